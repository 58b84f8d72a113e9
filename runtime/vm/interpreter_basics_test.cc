// Constants, locals and operand-stack manipulation.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/vm/bytecode.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/vm_test_support.h"

namespace mica {
namespace vm {
namespace {

Value RunSource(TestVm& vm, const std::string& source, const std::vector<Value>& args = {}) {
  auto code = vm.Build(source);
  if (code == nullptr) return Value::Exception();
  return vm.Run(*code, args);
}

TEST(InterpreterBasics, ReturnsASmallInt) {
  TestVm vm;
  const Value result = RunSource(vm, "LOAD_SMALL_INT 42\nRETURN_VALUE");
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 42);
  EXPECT_EQ(vm.state().frame_top, nullptr);
  EXPECT_EQ(vm.state().error.kind, VmError::kNone);
  EXPECT_TRUE(vm.log.empty());
}

TEST(InterpreterBasics, SmallIntOperandsCoverTheWholeRange) {
  TestVm vm;
  for (intptr_t v : {intptr_t{0}, intptr_t{-1}, intptr_t{63}, intptr_t{-64}, intptr_t{64}, intptr_t{100000},
                     Value::kSmallIntMax, Value::kSmallIntMin}) {
    const Value result = RunSource(vm, "LOAD_SMALL_INT " + std::to_string(v) + "\nRETURN_VALUE");
    ASSERT_TRUE(result.IsSmallInt());
    EXPECT_EQ(result.AsSmallInt(), v);
  }
}

TEST(InterpreterBasics, NoneTrueFalse) {
  TestVm vm;
  EXPECT_TRUE(RunSource(vm, "LOAD_NONE\nRETURN_VALUE").IsNone());
  EXPECT_TRUE(RunSource(vm, "LOAD_TRUE\nRETURN_VALUE").IsTrue());
  EXPECT_TRUE(RunSource(vm, "LOAD_FALSE\nRETURN_VALUE").IsFalse());
}

TEST(InterpreterBasics, ConstantsTable) {
  TestVm vm;
  auto code = vm.Build(R"(
    .const 7
    .const None
    .const 'hello'
    .const Ellipsis
        LOAD_CONST 2
        RETURN_VALUE
  )");
  ASSERT_NE(code, nullptr);
  EXPECT_TRUE(vm.Run(*code).Is(vm.Name("hello")));
  code->SetConstant(2, Value::Ellipsis());
  EXPECT_TRUE(vm.Run(*code).Is(Value::Ellipsis()));
}

TEST(InterpreterBasics, ParametersAndLocals) {
  TestVm vm;
  // def f(a, b): c = a; a = b; b = c; return a * 10 + b
  const Value result = RunSource(vm, R"(
    .params 2
    .locals 3
        LOAD_FAST 0
        STORE_FAST 2
        LOAD_FAST 1
        STORE_FAST 0
        LOAD_FAST 2
        STORE_FAST 1
        LOAD_FAST 0
        LOAD_SMALL_INT 10
        BINARY_MULTIPLY
        LOAD_FAST 1
        BINARY_ADD
        RETURN_VALUE
  )",
                                 {Value::SmallInt(3), Value::SmallInt(4)});
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 43);
}

TEST(InterpreterBasics, ManyLocalsUseMultiByteSlotOperands) {
  TestVm vm;
  const Value result = RunSource(vm, R"(
    .locals 300
        LOAD_SMALL_INT 5
        STORE_FAST 299
        LOAD_FAST 299
        RETURN_VALUE
  )");
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 5);
}

TEST(InterpreterBasics, LoadOfAnUnboundLocalIsACleanError) {
  TestVm vm;
  auto code = vm.Build(R"(
    .locals 2
        LOAD_SMALL_INT 1
        STORE_FAST 0
        LOAD_FAST 1
        RETURN_VALUE
  )");
  ASSERT_NE(code, nullptr);
  EXPECT_TRUE(vm.Run(*code).IsException());
  EXPECT_EQ(vm.state().error.kind, VmError::kUnboundLocal);
  EXPECT_EQ(vm.state().error.detail, 1u);
  EXPECT_EQ(vm.state().error.code, code->get());
  EXPECT_EQ(InstructionStartContaining(code->code(), vm.state().error.offset), 4u);
  EXPECT_EQ(vm.state().frame_top, nullptr);
}

TEST(InterpreterBasics, DeleteFastUnbindsAndChecks) {
  TestVm vm;
  auto code = vm.Build(R"(
    .params 1
    .locals 1
        DELETE_FAST 0
        DELETE_FAST 0
        LOAD_NONE
        RETURN_VALUE
  )");
  ASSERT_NE(code, nullptr);
  EXPECT_TRUE(vm.Run(*code, {Value::SmallInt(1)}).IsException());
  EXPECT_EQ(vm.state().error.kind, VmError::kUnboundLocal);
  EXPECT_EQ(InstructionStartContaining(code->code(), vm.state().error.offset), 2u);
}

TEST(InterpreterBasics, StackManipulation) {
  TestVm vm;
  struct Case {
    const char* ops;
    intptr_t expected;
  };
  // Each program pushes 1 2 3 4, applies `ops`, then folds the four values as digits: d1 d2 d3 d4.
  const Case cases[] = {
      {"NOP", 1234}, {"ROT_TWO", 1243}, {"ROT_THREE", 1423}, {"ROT_FOUR", 4123}, {"ROT_TWO\nROT_THREE", 1324}};
  for (const Case& c : cases) {
    const std::string source =
        std::string("LOAD_SMALL_INT 1\nLOAD_SMALL_INT 2\nLOAD_SMALL_INT 3\nLOAD_SMALL_INT 4\n") + c.ops + R"(
        STORE_FAST 3
        STORE_FAST 2
        STORE_FAST 1
        LOAD_SMALL_INT 10
        BINARY_MULTIPLY
        LOAD_FAST 1
        BINARY_ADD
        LOAD_SMALL_INT 10
        BINARY_MULTIPLY
        LOAD_FAST 2
        BINARY_ADD
        LOAD_SMALL_INT 10
        BINARY_MULTIPLY
        LOAD_FAST 3
        BINARY_ADD
        RETURN_VALUE
    )";
    const Value result = RunSource(vm, ".locals 4\n" + source);
    ASSERT_TRUE(result.IsSmallInt()) << c.ops;
    EXPECT_EQ(result.AsSmallInt(), c.expected) << c.ops;
  }
}

TEST(InterpreterBasics, DupAndPop) {
  TestVm vm;
  // 5 DUP_TOP -> 5 5 -> * = 25; 2 3 DUP_TOP_TWO -> 2 3 2 3 -> * * * = 36; POP_TOP drops the 99.
  const Value result = RunSource(vm, R"(
        LOAD_SMALL_INT 5
        DUP_TOP
        BINARY_MULTIPLY
        LOAD_SMALL_INT 2
        LOAD_SMALL_INT 3
        DUP_TOP_TWO
        BINARY_MULTIPLY
        BINARY_MULTIPLY
        BINARY_MULTIPLY
        BINARY_ADD
        LOAD_SMALL_INT 99
        POP_TOP
        RETURN_VALUE
  )");
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 25 + 36);
}

TEST(InterpreterBasics, StateIsReusableAfterAnError) {
  TestVm vm;
  EXPECT_TRUE(RunSource(vm, ".locals 1\nLOAD_FAST 0\nRETURN_VALUE").IsException());
  const Value result = RunSource(vm, "LOAD_SMALL_INT 3\nRETURN_VALUE");
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 3);
}

}  // namespace
}  // namespace vm
}  // namespace mica
