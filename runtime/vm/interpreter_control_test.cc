// Comparisons, truth and every jump; interrupts on backward jumps.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/vm/bytecode.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/vm_test_support.h"

namespace mica {
namespace vm {
namespace {

Value RunWith(TestVm& vm, const std::string& source, const std::vector<Value>& args) {
  auto code = vm.Build(source);
  if (code == nullptr) return Value::Exception();
  return vm.Run(*code, args);
}

Value Compare(TestVm& vm, const std::string& op, Value lhs, Value rhs) {
  return RunWith(vm, ".params 2\n.locals 2\nLOAD_FAST 0\nLOAD_FAST 1\n" + op + "\nRETURN_VALUE", {lhs, rhs});
}

TEST(InterpreterControl, SmallIntComparisons) {
  struct Case {
    const char* op;
    bool lt, eq, gt;  // the result for lhs < rhs, lhs == rhs, lhs > rhs
  };
  const Case cases[] = {{"COMPARE_LT", true, false, false}, {"COMPARE_LE", true, true, false},
                        {"COMPARE_EQ", false, true, false}, {"COMPARE_NE", true, false, true},
                        {"COMPARE_GT", false, false, true}, {"COMPARE_GE", false, true, true}};
  const intptr_t pairs[][2] = {{-5, 3}, {7, 7}, {Value::kSmallIntMax, Value::kSmallIntMin}};
  for (const Case& c : cases) {
    TestVm vm;
    const bool expected[] = {c.lt, c.eq, c.gt};
    for (int i = 0; i < 3; ++i) {
      const Value result = Compare(vm, c.op, Value::SmallInt(pairs[i][0]), Value::SmallInt(pairs[i][1]));
      EXPECT_TRUE(result.Is(Value::Bool(expected[i]))) << c.op << " " << pairs[i][0] << " " << pairs[i][1];
    }
    // Ordering of the extremes must not be confused by the tag bit.
    EXPECT_TRUE(vm.log.empty());
  }
}

TEST(InterpreterControl, IdentityIsInlineForEveryValue) {
  TestVm vm;
  EXPECT_TRUE(Compare(vm, "COMPARE_IS", Value::None(), Value::None()).IsTrue());
  EXPECT_TRUE(Compare(vm, "COMPARE_IS", Value::None(), Value::False()).IsFalse());
  EXPECT_TRUE(Compare(vm, "COMPARE_IS", vm.Name("a"), vm.Name("a")).IsTrue());
  EXPECT_TRUE(Compare(vm, "COMPARE_IS", vm.Name("a"), vm.Name("b")).IsFalse());
  EXPECT_TRUE(Compare(vm, "COMPARE_IS", Value::SmallInt(1), Value::True()).IsFalse());
  EXPECT_TRUE(Compare(vm, "COMPARE_IS_NOT", Value::None(), Value::SmallInt(0)).IsTrue());
  EXPECT_TRUE(Compare(vm, "COMPARE_IS_NOT", Value::True(), Value::True()).IsFalse());
  EXPECT_TRUE(vm.log.empty());
}

TEST(InterpreterControl, OtherComparisonsGoToTheRuntime) {
  TestVm vm;
  vm.binary_op = [](Opcode, Value, Value) { return Value::True(); };
  EXPECT_TRUE(Compare(vm, "COMPARE_IN", Value::SmallInt(1), vm.Name("list")).IsTrue());
  EXPECT_TRUE(Compare(vm, "COMPARE_NOT_IN", Value::SmallInt(1), vm.Name("list")).IsTrue());
  // True == 1 in Python: mixed bool/int equality is not an identity question.
  EXPECT_TRUE(Compare(vm, "COMPARE_EQ", Value::True(), Value::SmallInt(1)).IsTrue());
  EXPECT_TRUE(Compare(vm, "COMPARE_LT", Value::None(), Value::None()).IsTrue());
  const std::vector<std::string> expected = {"binary_op COMPARE_IN 1 list", "binary_op COMPARE_NOT_IN 1 list",
                                             "binary_op COMPARE_EQ True 1", "binary_op COMPARE_LT None None"};
  EXPECT_EQ(vm.log, expected);
}

// if x: return 1 else: return 2, with POP_JUMP_IF_FALSE or POP_JUMP_IF_TRUE.
TEST(InterpreterControl, PopJumpIf) {
  TestVm vm;
  auto if_false = vm.Build(R"(
    .params 1
    .locals 1
        LOAD_FAST 0
        POP_JUMP_IF_FALSE otherwise
        LOAD_SMALL_INT 1
        RETURN_VALUE
    otherwise:
        LOAD_SMALL_INT 2
        RETURN_VALUE
  )");
  auto if_true = vm.Build(R"(
    .params 1
    .locals 1
        LOAD_FAST 0
        POP_JUMP_IF_TRUE then
        LOAD_SMALL_INT 2
        RETURN_VALUE
    then:
        LOAD_SMALL_INT 1
        RETURN_VALUE
  )");
  ASSERT_NE(if_false, nullptr);
  ASSERT_NE(if_true, nullptr);
  struct Case {
    Value value;
    intptr_t expected;
  };
  const Case cases[] = {{Value::True(), 1},      {Value::False(), 2},      {Value::None(), 2},
                        {Value::SmallInt(0), 2}, {Value::SmallInt(-1), 1}, {Value::SmallInt(Value::kSmallIntMin), 1}};
  for (const Case& c : cases) {
    for (const auto* code : {if_false.get(), if_true.get()}) {
      const Value result = vm.Run(*code, {c.value});
      ASSERT_TRUE(result.IsSmallInt());
      EXPECT_EQ(result.AsSmallInt(), c.expected) << vm.Describe(c.value);
    }
  }
  EXPECT_TRUE(vm.log.empty());
  vm.truth = [](Value) { return Value::False(); };
  EXPECT_EQ(vm.Run(*if_false, {vm.Name("obj")}).AsSmallInt(), 2);
  EXPECT_EQ(vm.Run(*if_true, {vm.Name("obj")}).AsSmallInt(), 2);
  EXPECT_EQ(vm.log.size(), 2u);
}

TEST(InterpreterControl, TruthErrorIsRaisedAtTheJump) {
  TestVm vm;
  auto code = vm.Build(R"(
    .params 1
    .locals 1
        LOAD_FAST 0
    test:
        POP_JUMP_IF_FALSE end
        LOAD_NONE
        RETURN_VALUE
    end:
        LOAD_NONE
        RETURN_VALUE
  )");
  ASSERT_NE(code, nullptr);
  EXPECT_TRUE(vm.Run(*code, {vm.Name("obj")}).IsException());
  EXPECT_EQ(InstructionStartContaining(code->code(), vm.state().error.offset),
            static_cast<uint32_t>(code->LabelOffset("test")));
}

// `a and b` / `a or b` keep the deciding operand.
TEST(InterpreterControl, JumpIfOrPopImplementsAndOr) {
  TestVm vm;
  auto and_code = vm.Build(R"(
    .params 2
    .locals 2
        LOAD_FAST 0
        JUMP_IF_FALSE_OR_POP done
        LOAD_FAST 1
    done:
        RETURN_VALUE
  )");
  auto or_code = vm.Build(R"(
    .params 2
    .locals 2
        LOAD_FAST 0
        JUMP_IF_TRUE_OR_POP done
        LOAD_FAST 1
    done:
        RETURN_VALUE
  )");
  ASSERT_NE(and_code, nullptr);
  ASSERT_NE(or_code, nullptr);
  const Value zero = Value::SmallInt(0), five = Value::SmallInt(5), seven = Value::SmallInt(7);
  EXPECT_TRUE(vm.Run(*and_code, {zero, seven}).Is(zero));
  EXPECT_TRUE(vm.Run(*and_code, {five, seven}).Is(seven));
  EXPECT_TRUE(vm.Run(*and_code, {Value::None(), seven}).IsNone());
  EXPECT_TRUE(vm.Run(*or_code, {zero, seven}).Is(seven));
  EXPECT_TRUE(vm.Run(*or_code, {five, seven}).Is(five));
  EXPECT_TRUE(vm.Run(*or_code, {Value::False(), Value::None()}).IsNone());
}

// while i < n: total += i; i += 1 -- the condition at the bottom, jumping backward.
TEST(InterpreterControl, WhileLoopWithBackwardConditionalJump) {
  TestVm vm;
  auto code = vm.Build(R"(
    .params 1
    .locals 3
        LOAD_SMALL_INT 0
        STORE_FAST 1        # total
        LOAD_SMALL_INT 0
        STORE_FAST 2        # i
        JUMP test
    body:
        LOAD_FAST 1
        LOAD_FAST 2
        INPLACE_ADD
        STORE_FAST 1
        LOAD_FAST 2
        LOAD_SMALL_INT 1
        INPLACE_ADD
        STORE_FAST 2
    test:
        LOAD_FAST 2
        LOAD_FAST 0
        COMPARE_LT
        POP_JUMP_IF_TRUE body
        LOAD_FAST 1
        RETURN_VALUE
  )");
  ASSERT_NE(code, nullptr);
  for (intptr_t n : {0, 1, 10, 1000}) {
    const Value result = vm.Run(*code, {Value::SmallInt(n)});
    ASSERT_TRUE(result.IsSmallInt());
    EXPECT_EQ(result.AsSmallInt(), n * (n - 1) / 2);
  }
}

TEST(InterpreterControl, JumpForwardAndBackward) {
  TestVm vm;
  // Jumps around out of order: forward to `b`, backward to `a`, forward to the end.
  const Value result = RunWith(vm, R"(
        LOAD_SMALL_INT 1
        JUMP b
    a:
        LOAD_SMALL_INT 10
        BINARY_MULTIPLY
        JUMP end
    b:
        LOAD_SMALL_INT 2
        BINARY_ADD
        JUMP a
    end:
        RETURN_VALUE
  )",
                               {});
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 30);
}

TEST(InterpreterControl, FarJumpsCrossMoreThan32KiB) {
  TestVm vm;
  std::string padding;
  for (int i = 0; i < 40000; ++i) padding += "NOP\n";
  std::string error;
  EXPECT_EQ(Assemble("JUMP end\n" + padding + "end:\nLOAD_NONE\nRETURN_VALUE", &vm.names(), &error), nullptr);
  EXPECT_NE(error.find("out of 16-bit range"), std::string::npos) << error;
  const Value result = RunWith(vm, R"(
        JUMP_FAR end
    back:
        LOAD_SMALL_INT 9
        RETURN_VALUE
  )" + padding + "end:\nJUMP_FAR back\n",
                               {});
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 9);
}

const char* kCountToFive = R"(
    .locals 1
        LOAD_SMALL_INT 0
        STORE_FAST 0
    loop:
        LOAD_FAST 0
        LOAD_SMALL_INT 1
        BINARY_ADD
        STORE_FAST 0
        LOAD_FAST 0
        LOAD_SMALL_INT 5
        COMPARE_LT
        POP_JUMP_IF_FALSE done
    back:
        JUMP loop
    done:
        LOAD_FAST 0
        RETURN_VALUE
)";

TEST(InterpreterControl, InterruptIsCheckedOnBackwardJumps) {
  TestVm vm;
  int interrupts = 0;
  vm.interrupt = [&interrupts]() {
    ++interrupts;
    return Value::None();  // e.g. ran a scheduled callback; carry on
  };
  auto code = vm.Build(kCountToFive);
  ASSERT_NE(code, nullptr);
  vm.state().interrupt_requested = 1;
  const Value result = vm.Run(*code);
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 5);
  EXPECT_EQ(interrupts, 1);
  EXPECT_EQ(vm.state().interrupt_requested, 0);
}

TEST(InterpreterControl, InterruptCanRaiseAtTheJump) {
  TestVm vm;
  auto code = vm.Build(kCountToFive);
  ASSERT_NE(code, nullptr);
  vm.state().interrupt_requested = 1;
  EXPECT_TRUE(vm.Run(*code).IsException());
  EXPECT_EQ(vm.state().error.kind, VmError::kInterrupted);
  EXPECT_EQ(InstructionStartContaining(code->code(), vm.state().error.offset),
            static_cast<uint32_t>(code->LabelOffset("back")));
}

}  // namespace
}  // namespace vm
}  // namespace mica
