#include <string>

#include "gtest/gtest.h"
#include "runtime/names.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/test_support.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

class IntTest : public testing::RuntimeTest {
 protected:
  // Python: repr(a op b) for small operands.
  std::string R(BinaryOp op, int64_t a, int64_t b) { return ReprOp(op, I(a), I(b)); }
};

TEST_F(IntTest, SmallArithmetic) {
  EXPECT_EQ(R(BinaryOp::kAdd, 2, 3), "5");
  EXPECT_EQ(R(BinaryOp::kSubtract, 2, 3), "-1");
  EXPECT_EQ(R(BinaryOp::kMultiply, -4, 3), "-12");
  EXPECT_EQ(R(BinaryOp::kFloorDivide, 7, 2), "3");
  EXPECT_EQ(R(BinaryOp::kFloorDivide, -7, 2), "-4");
  EXPECT_EQ(R(BinaryOp::kFloorDivide, 7, -2), "-4");
  EXPECT_EQ(R(BinaryOp::kModulo, -7, 2), "1");
  EXPECT_EQ(R(BinaryOp::kModulo, 7, -2), "-1");
  EXPECT_EQ(R(BinaryOp::kModulo, -7, -2), "-1");
  EXPECT_EQ(R(BinaryOp::kTrueDivide, 1, 3), "0.3333333333333333");
  EXPECT_EQ(R(BinaryOp::kTrueDivide, 6, 3), "2.0");
  EXPECT_EQ(R(BinaryOp::kTrueDivide, 0, -5), "-0.0");
  EXPECT_EQ(R(BinaryOp::kPower, 2, 10), "1024");
  EXPECT_EQ(R(BinaryOp::kPower, 2, -1), "0.5");
  EXPECT_EQ(R(BinaryOp::kPower, 10, -2), "0.01");
  EXPECT_EQ(R(BinaryOp::kLShift, 1, 3), "8");
  EXPECT_EQ(R(BinaryOp::kRShift, -9, 1), "-5");
  EXPECT_EQ(R(BinaryOp::kAnd, -4, 7), "4");
  EXPECT_EQ(R(BinaryOp::kOr, 5, 2), "7");
  EXPECT_EQ(R(BinaryOp::kXor, 5, 1), "4");
  EXPECT_EQ(R(BinaryOp::kLess, 1, 2), "True");
  EXPECT_EQ(R(BinaryOp::kGreaterEqual, 1, 2), "False");
  EXPECT_EQ(ReprOf(UnaryOperation(UnaryOp::kInvert, I(5))), "-6");
  EXPECT_EQ(ReprOf(UnaryOperation(UnaryOp::kNegative, I(Value::kSmallIntMin))),
            sizeof(void*) == 8 ? "4611686018427387904" : "1073741824");
}

TEST_F(IntTest, Errors) {
  EXPECT_EQ(ErrorOf(Op(BinaryOp::kFloorDivide, I(1), I(0))), "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_EQ(ErrorOf(Op(BinaryOp::kModulo, I(1), I(0))), "ZeroDivisionError: integer modulo by zero");
  EXPECT_EQ(ErrorOf(Op(BinaryOp::kTrueDivide, I(1), I(0))), "ZeroDivisionError: division by zero");
  EXPECT_EQ(ErrorOf(Op(BinaryOp::kPower, I(0), I(-1))), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  EXPECT_EQ(ErrorOf(Op(BinaryOp::kLShift, I(1), I(-1))), "ValueError: negative shift count");
  EXPECT_EQ(ErrorOf(Op(BinaryOp::kAdd, I(1), S("a"))), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  EXPECT_EQ(ErrorOf(Op(BinaryOp::kInplaceAdd, I(1), S("a"))),
            "TypeError: unsupported operand type(s) for +=: 'int' and 'str'");
  EXPECT_EQ(ErrorOf(Op(BinaryOp::kLess, I(1), S("a"))),
            "TypeError: '<' not supported between instances of 'int' and 'str'");
}

TEST_F(IntTest, BigIntegers) {
  EXPECT_EQ(R(BinaryOp::kPower, 2, 100), "1267650600228229401496703205376");
  EXPECT_EQ(R(BinaryOp::kPower, -3, 41), "-36472996377170786403");
  EXPECT_EQ(R(BinaryOp::kMultiply, INT64_MAX, INT64_MAX), "85070591730234615847396907784232501249");
  const Value big = Big("123456789012345678901234567890");
  EXPECT_EQ(ReprOf(big), "123456789012345678901234567890");
  EXPECT_EQ(ReprOp(BinaryOp::kFloorDivide, big, I(-7)), "-17636684144620811271604938270");
  EXPECT_EQ(ReprOp(BinaryOp::kModulo, big, I(-7)), "0");
  EXPECT_EQ(ReprOp(BinaryOp::kModulo, big, I(-11)), "-4");
  EXPECT_EQ(ReprOp(BinaryOp::kSubtract, big, big), "0");
  EXPECT_TRUE(Op(BinaryOp::kSubtract, big, big).IsSmallInt());
  EXPECT_EQ(ReprOp(BinaryOp::kRShift, big, I(64)), "6692605942");
  EXPECT_EQ(ReprOp(BinaryOp::kAnd, Big("-340282366920938463463374607431768211456"), I(255)), "0");
  EXPECT_EQ(ReprOf(UnaryOperation(UnaryOp::kInvert, big)), "-123456789012345678901234567891");
  EXPECT_EQ(ReprOp(BinaryOp::kTrueDivide, Big("1" + std::string(30, '0')), I(3)), "3.333333333333333e+29");
  EXPECT_EQ(ReprOp(BinaryOp::kTrueDivide, I(1), Big("1" + std::string(30, '0'))), "1e-30");
  EXPECT_EQ(ReprOp(BinaryOp::kTrueDivide, Big("9007199254740993"), I(1)), "9007199254740992.0");
  EXPECT_EQ(ErrorOf(Op(BinaryOp::kTrueDivide, Op(BinaryOp::kPower, I(10), I(400)), I(1))),
            "OverflowError: integer division result too large for a float");
  EXPECT_EQ(ReprOp(BinaryOp::kLess, big, I(5)), "False");
  EXPECT_EQ(ReprOp(BinaryOp::kEqual, Op(BinaryOp::kPower, I(2), I(70)), Big("1180591620717411303424")), "True");
  EXPECT_EQ(ReprOf(Power(I(3), I(1000), I(7))), "4");
  EXPECT_EQ(ReprOf(Power(I(2), Big("100000000000000000000"), I(1000000007))), "855473248");
  EXPECT_EQ(ReprOf(Power(I(-2), I(3), I(-5))), "-3");
}

TEST_F(IntTest, HashMatchesFloat) {
  const Value values[] = {I(0), I(1), I(-1), I(-2), I(123456), I(Value::kSmallIntMax - 1023), Big("18446744073709551616"),
                          Op(BinaryOp::kPower, I(2), I(61)), Op(BinaryOp::kPower, I(2), I(31))};
  for (Value v : values) {
    double d;
    ASSERT_TRUE(ToFloat(v, &d).IsNone());
    const Value as_float = F(d);
    EXPECT_EQ(ReprOf(Hash(v)), ReprOf(Hash(as_float))) << ReprOf(v);
  }
  EXPECT_EQ(ReprOf(Hash(I(-1))), "-2");
  if (sizeof(void*) == 8) {
    EXPECT_EQ(ReprOf(Hash(Op(BinaryOp::kPower, I(2), I(61)))), "1");
    EXPECT_EQ(ReprOf(Hash(F(0.5))), "1152921504606846976");
  }
}

TEST_F(IntTest, Constructor) {
  const Value int_type = TypeValue(&kIntType);
  const Value args1[] = {S(" -12_345 ")};
  EXPECT_EQ(ReprOf(CallValue(int_type, args1, 1, 0)), "-12345");
  const Value args2[] = {S("ff"), I(16)};
  EXPECT_EQ(ReprOf(CallValue(int_type, args2, 2, 0)), "255");
  const Value args3[] = {S("0x1F"), I(0)};
  EXPECT_EQ(ReprOf(CallValue(int_type, args3, 2, 0)), "31");
  const Value args4[] = {F(-3.99)};
  EXPECT_EQ(ReprOf(CallValue(int_type, args4, 1, 0)), "-3");
  const Value args5[] = {F(1e20)};
  EXPECT_EQ(ReprOf(CallValue(int_type, args5, 1, 0)), "100000000000000000000");
  const Value args6[] = {S("12a")};
  EXPECT_EQ(ErrorOf(CallValue(int_type, args6, 1, 0)), "ValueError: invalid literal for int() with base 10: '12a'");
  const Value args7[] = {F(1.0 / 0.0)};
  EXPECT_EQ(ErrorOf(CallValue(int_type, args7, 1, 0)), "OverflowError: cannot convert float infinity to integer");
  const Value args8[] = {Value::True()};
  EXPECT_EQ(ReprOf(CallValue(int_type, args8, 1, 0)), "1");
  EXPECT_EQ(ReprOf(CallValue(int_type, nullptr, 0, 0)), "0");
  const Value args9[] = {L({})};
  EXPECT_EQ(ErrorOf(CallValue(int_type, args9, 1, 0)),
            "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'");
  const Value args10[] = {S("z"), I(36)};
  EXPECT_EQ(ReprOf(CallValue(int_type, args10, 2, 0)), "35");
}

TEST_F(IntTest, BoolIsAnInt) {
  EXPECT_EQ(ReprOp(BinaryOp::kAdd, Value::True(), Value::True()), "2");
  EXPECT_EQ(ReprOp(BinaryOp::kAnd, Value::True(), Value::False()), "False");
  EXPECT_EQ(ReprOp(BinaryOp::kXor, Value::True(), I(3)), "2");
  EXPECT_EQ(ReprOf(UnaryOperation(UnaryOp::kNegative, Value::True())), "-1");
  EXPECT_EQ(ReprOp(BinaryOp::kEqual, Value::True(), I(1)), "True");
  EXPECT_EQ(ReprOf(Hash(Value::True())), "1");
  EXPECT_TRUE(IsInstance(Value::True(), &kIntType));
}

TEST_F(IntTest, MethodsAndAttributes) {
  EXPECT_EQ(ReprOf(Call(I(255), "bit_length")), "8");
  EXPECT_EQ(ReprOf(Call(Big("-18446744073709551616"), "bit_length")), "65");
  EXPECT_EQ(ReprOf(LoadAttr(I(5), names::real)), "5");
  EXPECT_EQ(ReprOf(LoadAttr(I(5), names::imag)), "0");
  IntFormat hex;
  hex.base = 16;
  hex.prefix = true;
  EXPECT_EQ(StrOf(IntToStr(I(-255), hex)), "-0xff");
  EXPECT_EQ(StrOf(IntToStr(Op(BinaryOp::kPower, I(2), I(64)), hex)), "0x10000000000000000");
}

// The byte conversions int.from_bytes/to_bytes use: never an intermediate beyond the result, so they also work at
// the edge of a bounded build's range (tests/ints_long_long/bytes_struct_array.py covers that build).
TEST_F(IntTest, BytesConversions) {
  const uint8_t ones[9] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
  EXPECT_EQ(ReprOf(IntFromBytes(ones, 8, false, true)), "-1");
  EXPECT_EQ(ReprOf(IntFromBytes(ones, 8, false, false)), "18446744073709551615");
  EXPECT_EQ(ReprOf(IntFromBytes(ones, 0, true, true)), "0");
  const uint8_t min64[8] = {0, 0, 0, 0, 0, 0, 0, 0x80};
  EXPECT_EQ(ReprOf(IntFromBytes(min64, 8, true, true)), "-9223372036854775808");
  uint8_t out[8] = {};
  EXPECT_TRUE(IntToBytes(I(INT64_MIN), out, 8, true, true).IsNone());
  EXPECT_EQ(out[7], 0x80);
  EXPECT_EQ(out[0], 0);
  EXPECT_TRUE(IntToBytes(I(-2), out, 2, false, true).IsNone());
  EXPECT_EQ(out[0], 0xff);
  EXPECT_EQ(out[1], 0xfe);
  EXPECT_EQ(ErrorOf(IntToBytes(I(-1), out, 8, true, false)), "OverflowError: can't convert negative int to unsigned");
  EXPECT_EQ(ErrorOf(IntToBytes(I(128), out, 1, true, true)), "OverflowError: int too big to convert");
  EXPECT_EQ(ErrorOf(IntToBytes(I(-129), out, 1, true, true)), "OverflowError: int too big to convert");
}

// pow(a, b, m) (the int64 path of bounded builds computes the same values; these pin the signs).
TEST_F(IntTest, PowModSigns) {
  EXPECT_EQ(ReprOf(IntPowMod(I(-3), I(5), I(-7))), "-5");
  EXPECT_EQ(ReprOf(IntPowMod(I(INT64_MAX), I(INT64_MAX), I(INT64_MIN))), "-1");
  EXPECT_EQ(ReprOf(IntPowMod(I(3), I(INT64_MAX), I(INT64_MAX))), "6348555216811415212");
  EXPECT_EQ(ReprOf(IntPowMod(I(5), I(0), I(1))), "0");
}

}  // namespace
}  // namespace mica
