// Small-int arithmetic inline in the loop, and every way out of it into the slow-path hooks.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/vm/bytecode.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/small_int_ops.h"
#include "runtime/vm/vm_test_support.h"

namespace mica {
namespace vm {
namespace {

constexpr intptr_t kMax = Value::kSmallIntMax;
constexpr intptr_t kMin = Value::kSmallIntMin;

// Runs `op` (a mnemonic) on two parameters.
Value RunBinary(TestVm& vm, const std::string& op, Value lhs, Value rhs) {
  auto code = vm.Build(".params 2\n.locals 2\nLOAD_FAST 0\nLOAD_FAST 1\n" + op + "\nRETURN_VALUE");
  if (code == nullptr) return Value::Exception();
  return vm.Run(*code, {lhs, rhs});
}

Value RunUnary(TestVm& vm, const std::string& op, Value operand) {
  auto code = vm.Build(".params 1\n.locals 1\nLOAD_FAST 0\n" + op + "\nRETURN_VALUE");
  if (code == nullptr) return Value::Exception();
  return vm.Run(*code, {operand});
}

struct BinaryCase {
  const char* op;  // without the BINARY_/INPLACE_ prefix
  intptr_t lhs, rhs, expected;
};

TEST(InterpreterArithmetic, SmallIntOperatorsInline) {
  const BinaryCase cases[] = {
      {"ADD", 2, 3, 5},          {"ADD", -7, 3, -4},          {"SUBTRACT", 2, 3, -1},      {"MULTIPLY", -6, 7, -42},
      {"FLOOR_DIVIDE", 7, 2, 3}, {"FLOOR_DIVIDE", -7, 2, -4}, {"FLOOR_DIVIDE", 7, -2, -4}, {"FLOOR_DIVIDE", -7, -2, 3},
      {"MODULO", 7, 2, 1},       {"MODULO", -7, 2, 1},        {"MODULO", 7, -2, -1},       {"MODULO", -7, -2, -1},
      {"MODULO", -1, 10, 9},     {"POWER", 3, 4, 81},         {"POWER", -2, 3, -8},        {"POWER", 5, 0, 1},
      {"LSHIFT", 3, 4, 48},      {"LSHIFT", -1, 3, -8},       {"RSHIFT", 48, 4, 3},        {"RSHIFT", -5, 1, -3},
      {"RSHIFT", -5, 1000, -1},  {"RSHIFT", 5, 1000, 0},      {"AND", 12, 10, 8},          {"AND", -1, 10, 10},
      {"OR", 12, 10, 14},        {"XOR", 12, 10, 6},          {"XOR", -1, 5, -6},
  };
  for (const char* prefix : {"BINARY_", "INPLACE_"}) {
    for (const BinaryCase& c : cases) {
      TestVm vm;
      const std::string op = std::string(prefix) + c.op;
      const Value result = RunBinary(vm, op, Value::SmallInt(c.lhs), Value::SmallInt(c.rhs));
      ASSERT_TRUE(result.IsSmallInt()) << op << " " << c.lhs << " " << c.rhs;
      EXPECT_EQ(result.AsSmallInt(), c.expected) << op << " " << c.lhs << " " << c.rhs;
      EXPECT_TRUE(vm.log.empty()) << op << ": " << vm.log[0];
    }
  }
}

TEST(InterpreterArithmetic, LoopForm) {
  // total = total + i * 3 % 7 for three values of i, the benchmark's body.
  TestVm vm;
  auto code = vm.Build(R"(
    .params 1
    .locals 1
        LOAD_SMALL_INT 0
        LOAD_FAST 0
        LOAD_SMALL_INT 3
        BINARY_MULTIPLY
        LOAD_SMALL_INT 7
        BINARY_MODULO
        BINARY_ADD
        RETURN_VALUE
  )");
  ASSERT_NE(code, nullptr);
  for (intptr_t i : {0, 1, 5, -5, 1000}) {
    const Value result = vm.Run(*code, {Value::SmallInt(i)});
    const intptr_t expected = ((i * 3) % 7 + 7) % 7;
    ASSERT_TRUE(result.IsSmallInt());
    EXPECT_EQ(result.AsSmallInt(), expected) << i;
  }
}

struct SlowCase {
  const char* op;
  intptr_t lhs, rhs;
};

// Each of these leaves the small-int fast path: the hook must be called with exactly these operands.
const SlowCase kSlowCases[] = {
    {"BINARY_ADD", kMax, 1},   // exactly kSmallIntMax + 1
    {"BINARY_ADD", kMin, -1},  // exactly kSmallIntMin - 1
    {"INPLACE_ADD", kMax, 1},
    {"BINARY_SUBTRACT", kMin, 1},
    {"BINARY_SUBTRACT", 0, kMin},
    {"INPLACE_SUBTRACT", kMax, -1},
    {"BINARY_MULTIPLY", kMax / 2 + 1, 2},  // kSmallIntMax + 1
    {"BINARY_MULTIPLY", kMax, kMax},       // overflows the machine word
    {"INPLACE_MULTIPLY", kMin, -1},
    {"BINARY_FLOOR_DIVIDE", 1, 0},  // ZeroDivisionError is the runtime's to raise
    {"BINARY_FLOOR_DIVIDE", kMin, -1},
    {"BINARY_MODULO", 5, 0},
    {"BINARY_POWER", 2, -1},             // a float
    {"BINARY_POWER", 2, kWordBits - 2},  // kSmallIntMax + 1
    {"INPLACE_POWER", 10, 100},
    {"BINARY_LSHIFT", 1, kWordBits - 2},  // kSmallIntMax + 1
    {"BINARY_LSHIFT", 1, 64},
    {"BINARY_LSHIFT", 1, 100000},
    {"BINARY_LSHIFT", 1, -1},  // ValueError
    {"INPLACE_LSHIFT", kMax, 1},
    {"BINARY_RSHIFT", 1, -1},      // ValueError
    {"BINARY_TRUE_DIVIDE", 6, 3},  // always a float
    {"INPLACE_TRUE_DIVIDE", 6, 3},
    {"BINARY_MATRIX_MULTIPLY", 1, 2},
    {"INPLACE_MATRIX_MULTIPLY", 1, 2},
};

TEST(InterpreterArithmetic, OverflowAndSpecialCasesCallTheSlowPath) {
  for (const SlowCase& c : kSlowCases) {
    TestVm vm;
    vm.binary_op = [&vm](Opcode, Value, Value) { return vm.Name("big"); };
    const Value result = RunBinary(vm, c.op, Value::SmallInt(c.lhs), Value::SmallInt(c.rhs));
    const std::string expected_log =
        std::string("binary_op ") + c.op + " " + std::to_string(c.lhs) + " " + std::to_string(c.rhs);
    ASSERT_EQ(vm.log.size(), 1u) << c.op;
    EXPECT_EQ(vm.log[0], expected_log);
    EXPECT_TRUE(result.Is(vm.Name("big"))) << c.op;
  }
}

TEST(InterpreterArithmetic, InRangeNeighboursOfTheSlowCasesStayInline) {
  const BinaryCase cases[] = {
      {"ADD", kMax - 1, 1, kMax},
      {"ADD", kMin + 1, -1, kMin},
      {"SUBTRACT", kMin + 1, 1, kMin},
      {"MULTIPLY", kMax / 2, 2, kMax - 1},
      {"POWER", 2, kWordBits - 3, intptr_t{1} << (kWordBits - 3)},
      {"LSHIFT", 1, kWordBits - 3, intptr_t{1} << (kWordBits - 3)},
      {"LSHIFT", -1, kWordBits - 2, kMin},
      {"FLOOR_DIVIDE", kMin, 1, kMin},
  };
  for (const BinaryCase& c : cases) {
    TestVm vm;
    const Value result = RunBinary(vm, std::string("BINARY_") + c.op, Value::SmallInt(c.lhs), Value::SmallInt(c.rhs));
    ASSERT_TRUE(result.IsSmallInt()) << c.op;
    EXPECT_EQ(result.AsSmallInt(), c.expected) << c.op;
    EXPECT_TRUE(vm.log.empty());
  }
}

TEST(InterpreterArithmetic, SlowPathErrorPropagatesWithItsLocation) {
  TestVm vm;
  auto code = vm.Build(R"(
    .line 3
        LOAD_SMALL_INT 1
        LOAD_SMALL_INT 0
    .line 4
    divide:
        BINARY_FLOOR_DIVIDE
        RETURN_VALUE
  )");
  ASSERT_NE(code, nullptr);
  EXPECT_TRUE(vm.Run(*code).IsException());
  EXPECT_EQ(vm.state().error.kind, VmError::kRaised);
  EXPECT_TRUE(vm.state().error.exception.Is(Value::SmallInt(kSlowPathException)));
  EXPECT_EQ(vm.state().error.code, code->get());
  EXPECT_EQ(static_cast<int64_t>(vm.state().error.offset), code->LabelOffset("divide"));
  ASSERT_EQ(vm.traceback.size(), 1u);
  EXPECT_EQ(static_cast<int64_t>(vm.traceback[0].second), code->LabelOffset("divide"));
}

TEST(InterpreterArithmetic, NonSmallIntOperandsGoToTheSlowPath) {
  TestVm vm;
  vm.binary_op = [](Opcode, Value, Value) { return Value::SmallInt(7); };
  const Value result = RunBinary(vm, "BINARY_ADD", Value::None(), Value::SmallInt(1));
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 7);
  ASSERT_EQ(vm.log.size(), 1u);
  EXPECT_EQ(vm.log[0], "binary_op BINARY_ADD None 1");
  vm.log.clear();
  RunBinary(vm, "BINARY_AND", Value::SmallInt(1), Value::True());
  ASSERT_EQ(vm.log.size(), 1u);
  EXPECT_EQ(vm.log[0], "binary_op BINARY_AND 1 True");
}

TEST(InterpreterArithmetic, UnaryOperators) {
  struct Case {
    const char* op;
    intptr_t operand, expected;
  };
  const Case cases[] = {{"UNARY_NEGATIVE", 5, -5},   {"UNARY_NEGATIVE", kMax, -kMax}, {"UNARY_NEGATIVE", 0, 0},
                        {"UNARY_POSITIVE", -3, -3},  {"UNARY_INVERT", 5, -6},         {"UNARY_INVERT", kMin, kMax},
                        {"UNARY_INVERT", kMax, kMin}};
  for (const Case& c : cases) {
    TestVm vm;
    const Value result = RunUnary(vm, c.op, Value::SmallInt(c.operand));
    ASSERT_TRUE(result.IsSmallInt()) << c.op;
    EXPECT_EQ(result.AsSmallInt(), c.expected) << c.op << " " << c.operand;
    EXPECT_TRUE(vm.log.empty());
  }
}

TEST(InterpreterArithmetic, UnarySlowPaths) {
  TestVm vm;
  vm.unary_op = [&vm](Opcode, Value) { return vm.Name("neg"); };
  EXPECT_TRUE(RunUnary(vm, "UNARY_NEGATIVE", Value::SmallInt(kMin)).Is(vm.Name("neg")));
  EXPECT_TRUE(RunUnary(vm, "UNARY_NEGATIVE", Value::None()).Is(vm.Name("neg")));
  EXPECT_TRUE(RunUnary(vm, "UNARY_POSITIVE", Value::True()).Is(vm.Name("neg")));
  EXPECT_TRUE(RunUnary(vm, "UNARY_INVERT", Value::False()).Is(vm.Name("neg")));
  const std::vector<std::string> expected = {"unary_op UNARY_NEGATIVE " + std::to_string(kMin),
                                             "unary_op UNARY_NEGATIVE None", "unary_op UNARY_POSITIVE True",
                                             "unary_op UNARY_INVERT False"};
  EXPECT_EQ(vm.log, expected);
}

TEST(InterpreterArithmetic, NotUsesTruthInlineForKnownValues) {
  TestVm vm;
  EXPECT_TRUE(RunUnary(vm, "UNARY_NOT", Value::SmallInt(0)).IsTrue());
  EXPECT_TRUE(RunUnary(vm, "UNARY_NOT", Value::SmallInt(-3)).IsFalse());
  EXPECT_TRUE(RunUnary(vm, "UNARY_NOT", Value::None()).IsTrue());
  EXPECT_TRUE(RunUnary(vm, "UNARY_NOT", Value::True()).IsFalse());
  EXPECT_TRUE(RunUnary(vm, "UNARY_NOT", Value::False()).IsTrue());
  EXPECT_TRUE(vm.log.empty());
  vm.truth = [](Value) { return Value::True(); };
  EXPECT_TRUE(RunUnary(vm, "UNARY_NOT", vm.Name("x")).IsFalse());
  ASSERT_EQ(vm.log.size(), 1u);
  EXPECT_EQ(vm.log[0], "truth x");
  vm.truth = nullptr;
  EXPECT_TRUE(RunUnary(vm, "UNARY_NOT", vm.Name("x")).IsException());
}

}  // namespace
}  // namespace vm
}  // namespace mica
