#include <math.h>

#include <string>

#include "gtest/gtest.h"
#include "runtime/names.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/float.h"
#include "runtime/objects/float_text.h"
#include "runtime/objects/format.h"
#include "runtime/objects/int.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/test_support.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

class FloatTest : public testing::RuntimeTest {
 protected:
  std::string Text(double v, char type, int precision, bool alternate = false) {
    char buffer[1200];
    const size_t n = FormatFloat(v, type, precision, alternate, buffer, sizeof(buffer));
    return std::string(buffer, n);
  }
  std::string Parse(const std::string& text) {
    const Value v = FloatFromText(text.data(), text.size());
    return ReprOf(v);
  }
};

TEST_F(FloatTest, ShortestRepr) {
  const std::pair<double, const char*> cases[] = {
      {0.1, "0.1"},
      {1.0 / 3, "0.3333333333333333"},
      {1e22, "1e+22"},
      {1e16, "1e+16"},
      {1e15, "1000000000000000.0"},
      {123456789.123, "123456789.123"},
      {5e-324, "5e-324"},
      {1.7976931348623157e308, "1.7976931348623157e+308"},
      {2.2250738585072014e-308, "2.2250738585072014e-308"},
      {0.0001, "0.0001"},
      {0.00001, "1e-05"},
      {-0.0, "-0.0"},
      {0.0, "0.0"},
      {100.0, "100.0"},
      {1.5e-7, "1.5e-07"},
      {1.4142135623730951, "1.4142135623730951"},
      {9007199254740993.0, "9007199254740992.0"},
      {0.3, "0.3"},
      {2.0 / 3, "0.6666666666666666"},
      {1e23, "1e+23"},
      {8.41e21, "8.41e+21"},
      {5e-310, "5e-310"},
      {HUGE_VAL, "inf"},
      {-HUGE_VAL, "-inf"},
      {NAN, "nan"},
  };
  for (const auto& c : cases) EXPECT_EQ(ReprOf(F(c.first)), c.second);
}

TEST_F(FloatTest, ShortestReprRoundTrips) {
  // A deterministic sweep of bit patterns: every repr parses back to the same double.
  uint64_t state = 88172645463325252ull;
  for (int i = 0; i < 3000; ++i) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    double value;
    memcpy(&value, &state, sizeof(value));
    if (!isfinite(value)) continue;
    char text[kMaxFloatRepr];
    const size_t n = FormatFloatRepr(value, text, sizeof(text));
    double back;
    ASSERT_EQ(ParseFloat(text, n, &back), 1) << std::string(text, n);
    EXPECT_EQ(memcmp(&back, &value, sizeof(value)), 0) << std::string(text, n);
  }
}

TEST_F(FloatTest, FixedFormats) {
  EXPECT_EQ(Text(2.675, 'f', 2), "2.67");
  EXPECT_EQ(Text(0.5, 'f', 0), "0");
  EXPECT_EQ(Text(1.5, 'f', 0), "2");
  EXPECT_EQ(Text(2.5, 'f', 0), "2");
  EXPECT_EQ(Text(12345.678, 'e', 6), "1.234568e+04");
  EXPECT_EQ(Text(1e-5, 'g', 6), "1e-05");
  EXPECT_EQ(Text(123456789.0, 'g', 6), "1.23457e+08");
  EXPECT_EQ(Text(0.0001234, 'g', 3), "0.000123");
  EXPECT_EQ(Text(1.0, 'g', 6, true), "1.00000");
  EXPECT_EQ(Text(0.1, 'f', 10), "0.1000000000");
  EXPECT_EQ(Text(1e20, 'f', 6), "100000000000000000000.000000");
  EXPECT_EQ(Text(-0.04, 'f', 1), "-0.0");
  EXPECT_EQ(Text(0.1, 'f', 55), "0.1000000000000000055511151231257827021181583404541015625");
  EXPECT_EQ(Text(9.9999, 'f', 2), "10.00");
  EXPECT_EQ(Text(0.0, 'e', 2), "0.00e+00");
  EXPECT_EQ(Text(1e300, 'f', 0).size(), 301u);
}

TEST_F(FloatTest, Parse) {
  EXPECT_EQ(Parse("  1_000.5e-3 "), "1.0005");
  EXPECT_EQ(Parse("-inf"), "-inf");
  EXPECT_EQ(Parse("nAn"), "nan");
  EXPECT_EQ(Parse("+Infinity"), "inf");
  EXPECT_EQ(Parse(".5"), "0.5");
  EXPECT_EQ(Parse("1e-400"), "0.0");
  EXPECT_EQ(Parse("1e400"), "inf");
  EXPECT_EQ(Parse("0.1000000000000000055511151231257827021181583404541015625"), "0.1");
  EXPECT_EQ(Parse("2.4703282292062327e-324"), "0.0");
  EXPECT_EQ(Parse("2.4703282292062328e-324"), "5e-324");
  EXPECT_EQ(Parse("1.7976931348623158e308"), "1.7976931348623157e+308");
  EXPECT_EQ(Parse("1.7976931348623159e308"), "inf");
  EXPECT_EQ(Parse("9007199254740993"), "9007199254740992.0");
  EXPECT_EQ(Parse("9007199254740993.0000000000000000000001"), "9007199254740994.0");
  EXPECT_EQ(Parse("123456789012345678901234567890e-10"), "1.2345678901234567e+19");
  EXPECT_EQ(Parse("abc"), "<EXC ValueError: could not convert string to float: 'abc'>");
  EXPECT_EQ(Parse("1__0"), "<EXC ValueError: could not convert string to float: '1__0'>");
  EXPECT_EQ(Parse("1e"), "<EXC ValueError: could not convert string to float: '1e'>");
  EXPECT_EQ(Parse(""), "<EXC ValueError: could not convert string to float: ''>");
}

TEST_F(FloatTest, Arithmetic) {
  EXPECT_EQ(ReprOp(BinaryOp::kAdd, F(0.1), F(0.2)), "0.30000000000000004");
  EXPECT_EQ(ReprOp(BinaryOp::kAdd, I(1), F(2.5)), "3.5");
  EXPECT_EQ(ReprOp(BinaryOp::kMultiply, F(2.5), I(2)), "5.0");
  EXPECT_EQ(ReprOp(BinaryOp::kFloorDivide, F(7.0), I(2)), "3.0");
  EXPECT_EQ(ReprOp(BinaryOp::kFloorDivide, F(-7.0), I(2)), "-4.0");
  EXPECT_EQ(ReprOp(BinaryOp::kModulo, F(-7.0), I(2)), "1.0");
  EXPECT_EQ(ReprOp(BinaryOp::kModulo, F(7.0), I(-2)), "-1.0");
  EXPECT_EQ(ReprOp(BinaryOp::kModulo, F(1.0), F(0.1)), "0.09999999999999995");
  EXPECT_EQ(ReprOp(BinaryOp::kFloorDivide, F(-0.0), F(1.0)), "-0.0");
  EXPECT_EQ(ReprOp(BinaryOp::kPower, F(2.0), F(0.5)), "1.4142135623730951");
  EXPECT_EQ(ReprOp(BinaryOp::kPower, I(2), F(-1.0)), "0.5");
  EXPECT_EQ(ErrorOf(Op(BinaryOp::kTrueDivide, F(1.0), I(0))), "ZeroDivisionError: float division by zero");
  EXPECT_EQ(ErrorOf(Op(BinaryOp::kPower, F(10.0), F(400.0))),
            "OverflowError: (34, 'Numerical result out of range')");
  EXPECT_EQ(ErrorOf(Op(BinaryOp::kAnd, F(1.0), I(1))),
            "TypeError: unsupported operand type(s) for &: 'float' and 'int'");
  EXPECT_EQ(ErrorOf(Op(BinaryOp::kAdd, Op(BinaryOp::kPower, I(10), I(400)), F(1.0))),
            "OverflowError: int too large to convert to float");
}

TEST_F(FloatTest, ComparisonsWithIntsAreExact) {
  const Value two53 = Op(BinaryOp::kPower, I(2), I(53));
  const Value two53_plus_1 = Op(BinaryOp::kAdd, two53, I(1));
  EXPECT_EQ(ReprOp(BinaryOp::kEqual, F(9007199254740992.0), two53_plus_1), "False");
  EXPECT_EQ(ReprOp(BinaryOp::kLess, F(9007199254740992.0), two53_plus_1), "True");
  EXPECT_EQ(ReprOp(BinaryOp::kEqual, F(9007199254740992.0), two53), "True");
  EXPECT_EQ(ReprOp(BinaryOp::kGreater, Op(BinaryOp::kPower, I(10), I(400)), F(1e308)), "True");
  EXPECT_EQ(ReprOp(BinaryOp::kLess, F(HUGE_VAL), Op(BinaryOp::kPower, I(10), I(400))), "False");
  EXPECT_EQ(ReprOp(BinaryOp::kEqual, F(NAN), F(NAN)), "False");
  EXPECT_EQ(ReprOp(BinaryOp::kNotEqual, F(NAN), I(1)), "True");
  EXPECT_EQ(ReprOp(BinaryOp::kLess, I(1), F(1.5)), "True");
  EXPECT_EQ(ReprOp(BinaryOp::kEqual, Value::True(), F(1.0)), "True");
  const Value nan = F(NAN);
  EXPECT_EQ(ReprOf(Equals(nan, nan)), "True");  // identity first, as containers do
}

TEST_F(FloatTest, Hash) {
  EXPECT_EQ(ReprOf(Hash(F(2.0))), "2");
  EXPECT_EQ(ReprOf(Hash(F(-1.0))), "-2");
  EXPECT_EQ(ReprOf(Hash(F(HUGE_VAL))), "314159");
  if (sizeof(void*) == 8) {
    EXPECT_EQ(ReprOf(Hash(F(1.5))), "1152921504606846977");
    EXPECT_EQ(ReprOf(Hash(F(-2.5))), "-1152921504606846978");
    EXPECT_EQ(ReprOf(Hash(F(1e300))), "1224995262755759164");
  }
}

TEST_F(FloatTest, RoundAndConversions) {
  EXPECT_EQ(ReprOf(FloatRound(2.675, I(2))), "2.67");
  EXPECT_EQ(ReprOf(FloatRound(0.5, Value())), "0");
  EXPECT_EQ(ReprOf(FloatRound(1.5, Value())), "2");
  EXPECT_EQ(ReprOf(FloatRound(2.5, Value())), "2");
  EXPECT_EQ(ReprOf(FloatRound(-0.5, Value())), "0");
  EXPECT_EQ(ReprOf(FloatRound(1234.5678, I(-2))), "1200.0");
  EXPECT_EQ(ReprOf(FloatRound(5e-324, I(400))), "5e-324");
  EXPECT_EQ(ReprOf(FloatRound(0.125, I(2))), "0.12");
  EXPECT_EQ(ErrorOf(FloatRound(NAN, Value())), "ValueError: cannot convert float NaN to integer");
  const Value float_type = TypeValue(&kFloatType);
  const Value args[] = {S(" 1e3 ")};
  EXPECT_EQ(ReprOf(CallValue(float_type, args, 1, 0)), "1000.0");
  const Value args2[] = {Op(BinaryOp::kPower, I(2), I(70))};
  EXPECT_EQ(ReprOf(CallValue(float_type, args2, 1, 0)), "1.1805916207174113e+21");
  EXPECT_EQ(ReprOf(CallValue(float_type, nullptr, 0, 0)), "0.0");
  EXPECT_EQ(ReprOf(Call(F(3.0), "is_integer")), "True");
  EXPECT_EQ(ReprOf(Call(F(3.5), "is_integer")), "False");
}

TEST_F(FloatTest, FormatSpecs) {
  auto fmt = [&](double v, const char* spec) { return StrOf(FormatToStr(F(v), S(spec))); };
  EXPECT_EQ(fmt(1.0, ".3"), "1.0");
  EXPECT_EQ(fmt(1234.5, ".2"), "1.2e+03");
  EXPECT_EQ(fmt(100.0, ".3"), "1e+02");
  EXPECT_EQ(fmt(0.0, ".3"), "0.0");
  EXPECT_EQ(fmt(1e20, ".3"), "1e+20");
  EXPECT_EQ(fmt(3.14159, "10.2f"), "      3.14");
  EXPECT_EQ(fmt(-1.5, "+08.2f"), "-0001.50");
  EXPECT_EQ(fmt(1234567.891, ",.2f"), "1,234,567.89");
  EXPECT_EQ(fmt(0.25, "%"), "25.000000%");
  EXPECT_EQ(fmt(1.5, "10"), "       1.5");
  EXPECT_EQ(fmt(1e16, ""), "1e+16");
  EXPECT_EQ(fmt(1.0, ".1"), "1e+00");
  EXPECT_EQ(fmt(0.5, ".1"), "0.5");
  EXPECT_EQ(fmt(2.5, "^9.1f"), "   2.5   ");
  EXPECT_EQ(fmt(1.0, ".500f").size(), 502u);
  EXPECT_EQ(fmt(12345.0, ".0e"), "1e+04");
  EXPECT_EQ(fmt(-0.0, ""), "-0.0");
  EXPECT_EQ(fmt(HUGE_VAL, "+"), "+inf");
  EXPECT_EQ(fmt(1.0, "x"), "<EXC ValueError: Unknown format code 'x' for object of type 'float'>");
}

}  // namespace
}  // namespace mica
