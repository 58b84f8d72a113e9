// a ** n and pow(a, n, m). Expected values from CPython.
#include <stdint.h>

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/bigint/big_for_tests.h"
#include "runtime/bigint/bigint.h"

namespace mica {
namespace bigint {
namespace {

Big Dec(const std::string& text) {
  return Big::Parse(text);
}

Big RepeatedProduct(const Big& a, int n) {
  Big p = 1;
  for (int i = 0; i < n; ++i) p = p * a;
  return p;
}

TEST(BigintPow, KnownValues) {
  EXPECT_EQ(PowOf(Big(3), 200).ToString(),
            "265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001");
  EXPECT_EQ(PowOf(Big(-7), 33).Hex(), "-0x18faed9951a5676b05f89d07");
  EXPECT_EQ(PowOf(Dec("100000000000000000000"), 7), Dec("1" + std::string(140, '0')));
  EXPECT_EQ(PowOf(Big(0), 0), Big(1));
  EXPECT_EQ(PowOf(Big(0), 5), Big(0));
  EXPECT_EQ(PowOf(Big(-1), 1000001), Big(-1));
  EXPECT_EQ(PowOf(Big(-1), UINT64_MAX - 1), Big(1));
  EXPECT_EQ(PowOf(Big(12345), 1), Big(12345));
}

TEST(BigintPow, PowersOfTwoAreShifts) {
  EXPECT_EQ(PowOf(Big(2), 100000), Big(1) << 100000);
  EXPECT_EQ(PowOf(Big(-8), 3), -(Big(1) << 9));
  EXPECT_EQ(PowOf(Big(1) << 40, 5), Big(1) << 200);
}

TEST(BigintPow, MatchesRepeatedMultiplication) {
  const Big bases[] = {Big(3), Big(-10), Dec("123456789012345678901234567890"),
                       -Dec("98765432109876543210987654321098765432109876543210987654321098765432109876543")};
  for (const Big& a : bases) {
    for (int n : {2, 3, 7, 8, 15, 16, 31, 64, 65}) EXPECT_EQ(PowOf(a, n), RepeatedProduct(a, n)) << a << "**" << n;
  }
  // A base long enough for Karatsuba in the products by the base.
  const Big long_base = (Big(1) << (kDigitBits * kKaratsubaThreshold + 5)) - Big(12345);
  EXPECT_EQ(PowOf(long_base, 5), RepeatedProduct(long_base, 5));
}

TEST(BigintPow, SizesSaturate) {
  const Big three = 3;
  EXPECT_EQ(PowDigits(three.view(), UINT64_MAX), SIZE_MAX);
  EXPECT_EQ(PowScratchDigits(three.view(), UINT64_MAX), SIZE_MAX);
  EXPECT_EQ(PowDigits(Big(1).view(), UINT64_MAX), 1u);
  EXPECT_EQ(PowDigits(Big(0).view(), UINT64_MAX), 1u);
}

TEST(BigintModPow, SignsFollowTheModulus) {
  EXPECT_EQ(ModPowOf(Big(-3), Big(3), Big(7)), Big(1));
  EXPECT_EQ(ModPowOf(Big(-3), Big(3), Big(-7)), Big(-6));
  EXPECT_EQ(ModPowOf(Big(3), Big(3), Big(-7)), Big(-1));
  EXPECT_EQ(ModPowOf(Big(5), Big(0), Big(1)), Big(0));
  EXPECT_EQ(ModPowOf(Big(5), Big(0), Big(-5)), Big(-4));
  EXPECT_EQ(ModPowOf(Big(0), Big(0), Big(7)), Big(1));
  EXPECT_EQ(ModPowOf(Big(2), Dec("1" + std::string(30, '0')), Big(1000000007)), Big(312267046));
  EXPECT_EQ(
      ModPowOf(-(Dec("1" + std::string(40, '0')) + Big(3)), Big(12345), Dec("1" + std::string(20, '0')) + Big(39)),
      Dec("29798202072110290455"));
}

TEST(BigintModPow, Errors) {
  Digit out[2];
  Digit scratch[64];
  BigResult r{0, false};
  const Big two = 2;
  const Big minus_one = -1;
  EXPECT_EQ(ModPow(two.view(), two.view(), BigView{nullptr, 0, false}, out, scratch, &r), Status::kZeroDivision);
  EXPECT_EQ(ModPow(two.view(), minus_one.view(), two.view(), out, scratch, &r), Status::kInvalid);
}

TEST(BigintModPow, MatchesPowThenModulo) {
  const Big a = Dec("31415926535897932384626433832795028841971693993751");
  const Big m = (Big(1) << (kDigitBits * kKaratsubaThreshold + 3)) + Big(12345);  // Karatsuba-sized products
  for (int e : {0, 1, 2, 3, 10, 33}) {
    EXPECT_EQ(ModPowOf(a, Big(e), m), PowOf(a, e) % m) << e;
    EXPECT_EQ(ModPowOf(-a, Big(e), -m), PowOf(-a, e) % -m) << e;
  }
}

}  // namespace
}  // namespace bigint
}  // namespace mica
