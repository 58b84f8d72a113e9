// Shifts and bitwise operations: Python's flooring right shift and infinite two's complement semantics.
#include <stdint.h>

#include "gtest/gtest.h"
#include "runtime/bigint/big_for_tests.h"
#include "runtime/bigint/bigint.h"

namespace mica {
namespace bigint {
namespace {

Big Hex(const char* text) {
  return Big::Parse(text, 16);
}

TEST(BigintShift, LeftMultipliesByPowersOfTwo) {
  EXPECT_EQ((Big(1) << 0), Big(1));
  EXPECT_EQ((Big(1) << 32).Hex(), "0x100000000");
  EXPECT_EQ((Big(3) << 31).Hex(), "0x180000000");
  EXPECT_EQ((Big(-5) << 100), -(Big(5) << 100));
  EXPECT_EQ((Big(0) << 1000), Big(0));
  EXPECT_EQ((Hex("ffffffffffffffff") << 4).Hex(), "0xffffffffffffffff0");
}

TEST(BigintShift, RightFloorsNegatives) {
  EXPECT_EQ(Big(7) >> 1, Big(3));
  EXPECT_EQ(Big(-7) >> 1, Big(-4));
  EXPECT_EQ(Big(-8) >> 1, Big(-4));
  EXPECT_EQ(Big(-1) >> 1000, Big(-1));
  EXPECT_EQ(Big(1) >> 1000, Big(0));
  EXPECT_EQ(Big(-1) >> UINT64_MAX, Big(-1));
  EXPECT_EQ(Hex("123456789abcdef0123") >> 36, Hex("123456789a"));
  EXPECT_EQ(-Hex("123456789abcdef0123") >> 36, -Hex("123456789b"));
  EXPECT_EQ(-Hex("1000000000000000000") >> 36, -Hex("1000000000"));
  // Rounding the magnitude up carries into a new digit: -(2**64 - 1) >> 32 == -2**32.
  EXPECT_EQ(-Hex("ffffffffffffffff") >> 32, -Hex("100000000"));
  // The only set bits lie in whole digits shifted out.
  EXPECT_EQ(-Hex("100000000000000001") >> 64, -Hex("11"));
}

TEST(BigintShift, SizeFunctions) {
  EXPECT_EQ(ShiftLeftDigits(SIZE_MAX - 1, 64), SIZE_MAX);
  EXPECT_EQ(ShiftLeftDigits(1, 64), 4u);
  EXPECT_EQ(ShiftRightDigits(3, 1000), 1u);
}

TEST(BigintBitwise, NonNegative) {
  EXPECT_EQ(Hex("ff00ff00ff00ff00ff") & Hex("0ff0"), Hex("f0"));
  EXPECT_EQ(Hex("ff00ff00ff00ff00ff") | Hex("0ff0"), Hex("ff00ff00ff00ff0fff"));
  EXPECT_EQ(Hex("ff00ff00ff00ff00ff") ^ Hex("ff00ff00ff00ff00ff"), Big(0));
}

TEST(BigintBitwise, NegativesAreInfiniteTwosComplement) {
  // Values checked against CPython.
  EXPECT_EQ(Big(-4) & Big(7), Big(4));
  EXPECT_EQ(Big(-1) & Hex("123456789abcdef0123"), Hex("123456789abcdef0123"));
  EXPECT_EQ(Big(-4) | Big(1), Big(-3));
  EXPECT_EQ(Big(-4) ^ Big(-1), Big(3));
  EXPECT_EQ(Big(-4) & Big(-7), Big(-8));
  EXPECT_EQ(Big(-4) | Big(-7), Big(-3));
  EXPECT_EQ(-Hex("100000000") | Big(0), -Hex("100000000"));
  EXPECT_EQ(-Hex("100000000") & -Hex("100000000"), -Hex("100000000"));
  EXPECT_EQ(Hex("ffffffff") ^ Big(-1), -Hex("100000000"));  // the magnitude grows a digit
  EXPECT_EQ(-Hex("10000000000000000") & Hex("ffffffffffffffffffffffff"), Hex("ffffffff0000000000000000"));
  EXPECT_EQ(-Hex("10000000000000001") ^ Hex("10000000000000000"), -Big(1));
}

TEST(BigintBitwise, Invert) {
  EXPECT_EQ(~Big(0), Big(-1));
  EXPECT_EQ(~Big(-1), Big(0));
  EXPECT_EQ(~Hex("ffffffff"), -Hex("100000000"));
  EXPECT_EQ(~-Hex("100000000"), Hex("ffffffff"));
  // In place: the output may be the operand's array.
  Digit d[3] = {0xFFFFFFFF, 0xFFFFFFFF, 0};
  const BigResult r = Invert(BigView{d, 2, false}, d);
  EXPECT_EQ(Big::FromResult(d, r), -Hex("10000000000000000"));
}

}  // namespace
}  // namespace bigint
}  // namespace mica
