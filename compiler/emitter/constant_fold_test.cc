// Constant folding with Python's semantics, and what must not fold (it would raise, or build something big).
#include "compiler/emitter/constant_fold.h"

#include <stdint.h>

#include <string>
#include <vector>

#include "compiler/arena.h"
#include "compiler/emitter/test_sink.h"
#include "compiler/parser.h"
#include "gtest/gtest.h"

namespace mica {
namespace emit {
namespace {

// The folded value of an expression as text: "int 7", "float 0.5", "str", "tuple", ... or "no".
std::string FoldText(const std::string& source, bool optimize = false) {
  std::vector<unsigned char> block(1 << 16);
  Arena arena(block.data(), block.size());
  ParseOptions options;
  options.mode = ParseMode::kEval;
  const ParseResult parsed = Parse(source.data(), static_cast<uint32_t>(source.size()), &arena, options);
  if (!parsed.ok()) return "parse error";
  FoldContext context;
  context.source = source.c_str();
  context.optimize = optimize;
  FoldedValue value;
  if (!FoldConstant(static_cast<ast::Expression*>(parsed.root)->body, context, &value)) return "no";
  char number[40];
  switch (value.kind) {
    case FoldedValue::Kind::kInt:
      return "int " + std::to_string(value.integer);
    case FoldedValue::Kind::kBigInt:
      return "bigint";
    case FoldedValue::Kind::kFloat:
      snprintf(number, sizeof number, "%.17g", value.number);
      return std::string("float ") + number;
    case FoldedValue::Kind::kImaginary:
      snprintf(number, sizeof number, "%.17g", value.number);
      return std::string("imaginary ") + number;
    case FoldedValue::Kind::kStr:
      return "str";
    case FoldedValue::Kind::kBytes:
      return "bytes";
    case FoldedValue::Kind::kNone:
      return "None";
    case FoldedValue::Kind::kTrue:
      return "True";
    case FoldedValue::Kind::kFalse:
      return "False";
    case FoldedValue::Kind::kEllipsis:
      return "Ellipsis";
    case FoldedValue::Kind::kTuple:
      return "tuple";
  }
  return "?";
}

TEST(ConstantFold, IntArithmeticWithPythonSemantics) {
  EXPECT_EQ(FoldText("1 + 2 * 3"), "int 7");
  EXPECT_EQ(FoldText("-7 // 2"), "int -4");  // floors
  EXPECT_EQ(FoldText("7 // -2"), "int -4");
  EXPECT_EQ(FoldText("-7 % 3"), "int 2");  // the sign of the divisor
  EXPECT_EQ(FoldText("7 % -3"), "int -2");
  EXPECT_EQ(FoldText("-8 % -3"), "int -2");
  EXPECT_EQ(FoldText("2 ** 62"), "int 4611686018427387904");
  EXPECT_EQ(FoldText("(-3) ** 3"), "int -27");
  EXPECT_EQ(FoldText("0 ** 0"), "int 1");
  EXPECT_EQ(FoldText("1 << 62"), "int 4611686018427387904");
  EXPECT_EQ(FoldText("-1 >> 100"), "int -1");
  EXPECT_EQ(FoldText("0x_ff & ~0b1111 | 0o7 ^ 1"), "int 246");
  EXPECT_EQ(FoldText("-(-9223372036854775807 - 1) // 1"), "no");  // overflows 64 bits
  EXPECT_EQ(FoldText("9223372036854775807 + 1"), "no");
  EXPECT_EQ(FoldText("3 / 2"), "float 1.5");
  EXPECT_EQ(FoldText("7 / 7"), "float 1");
  EXPECT_EQ(FoldText("+5"), "int 5");
}

TEST(ConstantFold, NothingThatRaisesOrGrowsFolds) {
  EXPECT_EQ(FoldText("1 // 0"), "no");
  EXPECT_EQ(FoldText("1 % 0"), "no");
  EXPECT_EQ(FoldText("1 / 0"), "no");
  EXPECT_EQ(FoldText("1.0 / 0.0"), "no");
  EXPECT_EQ(FoldText("1 << -1"), "no");
  EXPECT_EQ(FoldText("1 >> -1"), "no");
  EXPECT_EQ(FoldText("2 ** -1"), "no");
  EXPECT_EQ(FoldText("2 ** 1000000"), "no");
  EXPECT_EQ(FoldText("10 ** 19"), "no");
  EXPECT_EQ(FoldText("1 << 64"), "no");
  EXPECT_EQ(FoldText("1e308 * 10"), "no");  // inf: CPython gives inf, but a non-finite result never folds
  EXPECT_EQ(FoldText("2.0 ** 0.5"), "no");  // float ** is the runtime's pow
  EXPECT_EQ(FoldText("a + 1"), "no");
  EXPECT_EQ(FoldText("'a' + 'b'"), "no");
  EXPECT_EQ(FoldText("True + 1"), "no");
  EXPECT_EQ(FoldText("[1] * 3"), "no");
  EXPECT_EQ(FoldText("(1, 2) + (3,)"), "no");
  EXPECT_EQ(FoldText("2 @ 3"), "no");
}

TEST(ConstantFold, FloatArithmetic) {
  EXPECT_EQ(FoldText("0.1 + 0.2"), "float 0.30000000000000004");
  EXPECT_EQ(FoldText("-7.5 // 2"), "float -4");
  EXPECT_EQ(FoldText("-7.5 % 2"), "float 0.5");
  EXPECT_EQ(FoldText("7.5 % -2"), "float -0.5");
  EXPECT_EQ(FoldText("-0.0 % 5"), "float 0");
  EXPECT_EQ(FoldText("1 - 0.5"), "float 0.5");
  EXPECT_EQ(FoldText("-0.0"), "float -0");
  EXPECT_EQ(FoldText("2 ** 53 + 1.0"), "float 9007199254740992");
  EXPECT_EQ(FoldText("(2 ** 53 + 1) + 1.0"), "no");  // the int is not exact as a double
  EXPECT_EQ(FoldText("1.5j"), "imaginary 1.5");
  EXPECT_EQ(FoldText("1 + 2j"), "no");
}

TEST(ConstantFold, LiteralsConstantsAndTuples) {
  EXPECT_EQ(FoldText("'s' 'tr'"), "str");
  EXPECT_EQ(FoldText("b'x'"), "bytes");
  EXPECT_EQ(FoldText("None"), "None");
  EXPECT_EQ(FoldText("..."), "Ellipsis");
  EXPECT_EQ(FoldText("(1, 'a', (2.0, None))"), "tuple");
  EXPECT_EQ(FoldText("(1, a)"), "no");
  EXPECT_EQ(FoldText("(1, *b)"), "no");
  EXPECT_EQ(FoldText("123456789012345678901234567890"), "bigint");
  EXPECT_EQ(FoldText("-123456789012345678901234567890"), "no");  // a runtime negation of the big int
  EXPECT_EQ(FoldText("__debug__"), "True");
  EXPECT_EQ(FoldText("__debug__", true), "False");
}

TEST(ConstantFold, TruthOfFoldedValues) {
  const char* source = "'' b'x' 0.0 ()";
  FoldedValue value;
  value.kind = FoldedValue::Kind::kInt;
  value.integer = 0;
  EXPECT_EQ(FoldedTruth(value, source), 0);
  value.integer = -3;
  EXPECT_EQ(FoldedTruth(value, source), 1);
  value.kind = FoldedValue::Kind::kFloat;
  value.number = 0.0;
  EXPECT_EQ(FoldedTruth(value, source), 0);
  value.kind = FoldedValue::Kind::kNone;
  EXPECT_EQ(FoldedTruth(value, source), 0);
  value.kind = FoldedValue::Kind::kEllipsis;
  EXPECT_EQ(FoldedTruth(value, source), 1);
}

TEST(ConstantFold, SmallIntWidthOfTheTargetDecidesConstants) {
  // 2**30 is a small int on a 64-bit target and an int constant on a 31-bit one.
  testing_emitter::TestCompiler compiler;
  CompileOptions options;
  options.small_int_bits = 31;
  const vm::RawCode* narrow = compiler.Compile("x = 2 ** 30\ny = -2 ** 30\n", options);
  ASSERT_NE(narrow, nullptr);
  EXPECT_EQ(narrow->num_constants, 3);  // 1073741824, 'x', 'y' (-2**30 is the smallest small int)
  options.small_int_bits = 63;
  const vm::RawCode* wide = compiler.Compile("x = 2 ** 30\ny = -2 ** 30\n", options);
  ASSERT_NE(wide, nullptr);
  EXPECT_EQ(wide->num_constants, 2);
}

TEST(ConstantFold, OptimizeDropsAsserts) {
  testing_emitter::TestCompiler compiler;
  CompileOptions options;
  options.optimize = true;
  const vm::RawCode* code = compiler.Compile("assert f()\nif __debug__:\n    g()\n", options);
  ASSERT_NE(code, nullptr);
  EXPECT_EQ(code->bytecode_size, 2u);  // LOAD_NONE; RETURN_VALUE
}

}  // namespace
}  // namespace emit
}  // namespace mica
