// Known values for compare, add, subtract, multiply and divide, plus the edge cases of each algorithm.
#include <stdint.h>

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/bigint/big_for_tests.h"
#include "runtime/bigint/bigint.h"

namespace mica {
namespace bigint {
namespace {

Big Factorial(int n) {
  Big f = 1;
  for (int i = 2; i <= n; ++i) f = f * Big(i);
  return f;
}

TEST(BigintCompare, OrdersBySignThenMagnitude) {
  const Big values[] = {
      Big::Parse("-100000000000000000000000"), Big(-5), Big(-1), Big(0), Big(1), Big(4294967295), Big(4294967296),
      Big::Parse("100000000000000000000000")};
  const size_t n = sizeof values / sizeof values[0];
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < n; ++j) {
      EXPECT_EQ(Compare(values[i].view(), values[j].view()), i < j ? -1 : (i == j ? 0 : 1)) << i << " " << j;
    }
  }
}

TEST(BigintAdd, CarriesAcrossDigits) {
  EXPECT_EQ((Big(0xFFFFFFFF) + Big(1)).Hex(), "0x100000000");
  EXPECT_EQ((Big::Parse("0xffffffffffffffffffffffff", 16) + Big(1)).Hex(), "0x1000000000000000000000000");
  EXPECT_EQ((Big(1) + Big::Parse("0xffffffffffffffffffffffff", 16)).Hex(), "0x1000000000000000000000000");
  EXPECT_EQ(Big(0) + Big(0), Big(0));
}

TEST(BigintAdd, MixedSignsFollowPython) {
  EXPECT_EQ(Big(5) + Big(-7), Big(-2));
  EXPECT_EQ(Big(-5) + Big(7), Big(2));
  EXPECT_EQ(Big(-5) + Big(5), Big(0));
  EXPECT_FALSE((Big(-5) + Big(5)).negative());
  EXPECT_EQ(Big(-5) - Big(-5), Big(0));
  EXPECT_EQ(Big(3) - Big(10), Big(-7));
  EXPECT_EQ(Big(0) - Big(0), Big(0));
  EXPECT_EQ((Big::Parse("0x100000000000000000000", 16) - Big(1)).Hex(), "0xffffffffffffffffffff");
  EXPECT_EQ(-Big::Parse("0x100000000000000000000", 16) + Big(1), -Big::Parse("0xffffffffffffffffffff", 16));
}

TEST(BigintAdd, WorksInPlace) {
  // Add and Subtract allow the output to be either operand's buffer.
  std::vector<Digit> a = {0xFFFFFFFF, 0xFFFFFFFF, 0, 0};  // room for the carry
  const Digit b[] = {1};
  BigResult r = Add(BigView{a.data(), 2, false}, BigView{b, 1, false}, a.data());
  EXPECT_EQ(Big::FromResult(a.data(), r).Hex(), "0x10000000000000000");
  std::vector<Digit> small = {1, 0, 0, 0};
  const Digit big[] = {0xFFFFFFFF, 0xFFFFFFFF};
  r = Add(BigView{small.data(), 1, false}, BigView{big, 2, false}, small.data());
  EXPECT_EQ(Big::FromResult(small.data(), r).Hex(), "0x10000000000000000");
  std::vector<Digit> c = {5, 0, 0};
  const Digit d[] = {0, 1};
  r = Subtract(BigView{c.data(), 1, false}, BigView{d, 2, false}, c.data());  // 5 - 2**32
  EXPECT_EQ(Big::FromResult(c.data(), r), Big(5) - Big(4294967296));
}

TEST(BigintMultiply, KnownValues) {
  EXPECT_EQ(Big(0) * Big::Parse("123456789012345678901234567890"), Big(0));
  EXPECT_EQ(Big(-3) * Big(7), Big(-21));
  EXPECT_EQ(Big(-3) * Big(-7), Big(21));
  EXPECT_FALSE((Big(-3) * Big(0)).negative());
  EXPECT_EQ((Big(0xFFFFFFFF) * Big(0xFFFFFFFF)).Hex(), "0xfffffffe00000001");
  EXPECT_EQ(Factorial(30).Hex(), "0xd13f6370f96865df5dd54000000");
  EXPECT_EQ(Factorial(100).ToString(),
            "93326215443944152681699238856266700490715968264381621468592963895217599993229915608941463976156518286253"
            "697920827223758251185210916864000000000000000000000000");
}

// The product as a sum of one-digit products (plain schoolbook rows, never Karatsuba), to check Karatsuba against.
Big ReferenceProduct(const Big& a, const Big& b) {
  Big sum = 0;
  for (size_t i = 0; i < b.digits().size(); ++i) {
    sum = sum + ((a * Big(static_cast<int64_t>(b.digits()[i]))) << (kDigitBits * i));
  }
  return b.negative() ? -sum : sum;
}

Big Pattern(size_t digits, Digit seed) {
  std::vector<Digit> d(digits);
  Digit x = seed;
  for (size_t i = 0; i < digits; ++i) {
    x = x * 1103515245u + 12345u;
    d[i] = (i % 7 == 3) ? 0xFFFFFFFF : x;  // some all-ones digits for long carries
  }
  if (!d.empty() && d.back() == 0) d.back() = 1;
  return Big(d, false);
}

TEST(BigintMultiply, KaratsubaMatchesSchoolbookRows) {
  const size_t sizes[] = {
      kKaratsubaThreshold - 1, kKaratsubaThreshold, kKaratsubaThreshold + 1, 79, 80, 81, 97, 160, 333};
  for (size_t n : sizes) {
    for (size_t m : sizes) {
      const Big a = Pattern(n, static_cast<Digit>(n));
      const Big b = Pattern(m, static_cast<Digit>(m * 7));
      EXPECT_EQ(a * b, ReferenceProduct(a, b)) << n << "x" << m;
    }
  }
  // Very unbalanced: the long operand is cut into pieces of the short one's length.
  const Big a = Pattern(1000, 1);
  const Big b = Pattern(45, 2);
  EXPECT_EQ(a * b, ReferenceProduct(a, b));
  EXPECT_EQ(b * a, ReferenceProduct(a, b));
  const Big c = Pattern(130, 3);
  EXPECT_EQ(c * Pattern(kKaratsubaThreshold, 4), ReferenceProduct(c, Pattern(kKaratsubaThreshold, 4)));
}

TEST(BigintMultiply, SquaringMatchesGeneralProduct) {
  for (size_t n : {1, 2, 3, 17, 39, 40, 41, 64, 100, 257}) {
    const Big a = Pattern(n, static_cast<Digit>(n + 11));
    const Big copy = a;  // a different array: the general path
    GuardedDigits out(MulDigits(n, n));
    GuardedDigits scratch(MulScratchDigits(n, n));
    const size_t length = MultiplyMagnitudes(a.digits().data(), n, a.digits().data(), n, out.get(), scratch.get());
    EXPECT_EQ(Big::FromResult(out.get(), BigResult{length, false}), ReferenceProduct(a, copy)) << n;
    // All-ones digits: the largest square of n digits.
    const Big ones = (Big(1) << (kDigitBits * n)) - Big(1);
    EXPECT_EQ(ones * ones, ReferenceProduct(ones, ones)) << n;
  }
}

TEST(BigintMultiply, ScratchSizeIsEnoughForEverySplit) {
  // GuardedDigits checks that no multiplication writes past MulScratchDigits.
  for (size_t n = kKaratsubaThreshold - 2; n < 3 * kKaratsubaThreshold; n += 5) {
    for (size_t m = 1; m <= n; m += 9) {
      const Big a = Pattern(n, 5);
      const Big b = Pattern(m, 6);
      EXPECT_EQ(a * b, b * a);
    }
  }
}

TEST(BigintDivide, KnownValues) {
  const Big ten_100 = Big::Parse("1" + std::string(100, '0'));
  const Big ten_50 = Big::Parse("1" + std::string(50, '0'));
  EXPECT_EQ(ten_100 / ten_50, ten_50);
  EXPECT_EQ((ten_100 + Big(7)) % ten_50, Big(7));
  EXPECT_EQ(Factorial(100) / Factorial(98), Big(9900));
  EXPECT_EQ(Factorial(100) % Factorial(98), Big(0));
  EXPECT_EQ(Big(7) / Big(100), Big(0));
  EXPECT_EQ(Big(7) % Big(100), Big(7));
}

TEST(BigintDivide, FloorsLikePython) {
  // divmod(-7, 2) == (-4, 1), divmod(7, -2) == (-4, -1), divmod(-7, -2) == (3, -1).
  EXPECT_EQ(Big(-7) / Big(2), Big(-4));
  EXPECT_EQ(Big(-7) % Big(2), Big(1));
  EXPECT_EQ(Big(7) / Big(-2), Big(-4));
  EXPECT_EQ(Big(7) % Big(-2), Big(-1));
  EXPECT_EQ(Big(-7) / Big(-2), Big(3));
  EXPECT_EQ(Big(-7) % Big(-2), Big(-1));
  EXPECT_EQ(Big(-6) / Big(2), Big(-3));
  EXPECT_EQ(Big(-6) % Big(2), Big(0));
  EXPECT_FALSE((Big(-6) % Big(2)).negative());
  EXPECT_EQ(Big(-1) / Big::Parse("100000000000000000000000000"), Big(-1));
  EXPECT_EQ(Big(-1) % Big::Parse("100000000000000000000000000"), Big::Parse("99999999999999999999999999"));
  // Flooring carries the quotient into a new digit: -(2**64 - 1) // 2**32 == -2**32.
  const Big a = -((Big(1) << 64) - Big(1));
  EXPECT_EQ(a / (Big(1) << 32), -(Big(1) << 32));
  // -(2**96 - 1) // 2**64: the truncated quotient has one digit, the floored one two.
  const Big b = -((Big(1) << 96) - Big(1));
  EXPECT_EQ(b / (Big(1) << 64), -(Big(1) << 32));
  EXPECT_EQ(b % (Big(1) << 64), Big(1));
}

TEST(BigintDivide, AddBackStep) {
  // Quotient digit estimates that survive the two-digit test and need the divisor added back (found by search
  // with 32-bit digits); the expected values come from CPython.
  struct Case {
    const char* a;
    const char* b;
    const char* q;
    const char* r;
  };
  const Case cases[] = {
      {"0x800000000000000000000003", "0x200000000000000000000001", "0x3", "0x200000000000000000000000"},
      {"0xffffffff80000000fffffffe0000000000000001", "0x10000000000000003", "0xffffffff7ffffffdffffffff",
       "0x8000000600000004"},
      {"0x7fffffff7fffffff0000000200000001", "0x7fffffff7fffffff40000000", "0xffffffff", "0x7fffffff4000000140000001"},
      {"0x200000007fffffff8000000000000000", "0x80000001fffffffe00000001", "0x3fffffff", "0x80000001fffffffdc0000001"},
  };
  for (const Case& c : cases) {
    const Big a = Big::Parse(c.a, 16);
    const Big b = Big::Parse(c.b, 16);
    EXPECT_EQ((a / b).Hex(), c.q) << c.a;
    EXPECT_EQ((a % b).Hex(), c.r) << c.a;
  }
}

TEST(BigintDivide, SingleDigitDivisor) {
  const Big a = Factorial(50) + Big(12345);
  EXPECT_EQ(a % Big(1000000007), Big::Parse("318620393"));
  EXPECT_EQ(a / Big(1000000007) * Big(1000000007) + a % Big(1000000007), a);
  EXPECT_EQ(Big(-10) / Big(3), Big(-4));
  EXPECT_EQ(Big(-10) % Big(3), Big(2));
  EXPECT_EQ(Big(0xFFFFFFFF) / Big(0xFFFFFFFF), Big(1));
}

TEST(BigintDivide, ByZeroIsAnError) {
  Digit q[4];
  Digit r[4];
  Digit scratch[8];
  const Digit a[] = {5};
  BigResult qr{7, true};
  EXPECT_EQ(DivMod(BigView{a, 1, false}, BigView{nullptr, 0, false}, q, r, scratch, &qr, nullptr),
            Status::kZeroDivision);
  EXPECT_EQ(qr.length, 7u);  // untouched
}

TEST(BigintDivide, QuotientOrRemainderAlone) {
  const Big a = -Factorial(40) - Big(3);
  const Big b = Factorial(20) + Big(1);
  const auto expected = DivModOf(a, b);
  const size_t n = a.digits().size();
  const size_t m = b.digits().size();
  GuardedDigits q(QuotientDigits(n, m));
  GuardedDigits r(RemainderDigits(n, m));
  GuardedDigits scratch(DivScratchDigits(n, m));
  BigResult result{0, false};
  ASSERT_EQ(DivMod(a.view(), b.view(), q.get(), nullptr, scratch.get(), &result, nullptr), Status::kOk);
  EXPECT_EQ(Big::FromResult(q.get(), result), expected.first);
  ASSERT_EQ(DivMod(a.view(), b.view(), nullptr, r.get(), scratch.get(), nullptr, &result), Status::kOk);
  EXPECT_EQ(Big::FromResult(r.get(), result), expected.second);
}

TEST(BigintKnownValues, PowersAndPrimes) {
  const Big two_1000 = Big(1) << 1000;
  const std::string text = two_1000.ToString();
  EXPECT_EQ(text.size(), 302u);
  EXPECT_EQ(text.substr(0, 30), "107150860718626732094842504906");
  EXPECT_EQ(text.substr(292), "5668069376");
  EXPECT_EQ(PowOf(Big(2), 1000), two_1000);
  const Big m521 = (Big(1) << 521) - Big(1);
  EXPECT_EQ(m521.ToString(),
            "68647976601306097149819007990813932172694353001433054093944634591855431833976560521225596406614545549772"
            "96311391480858037121987999716643812574028291115057151");
  // A Mersenne prime passes Fermat's test in every base.
  for (int base : {2, 3, 5, 7, 10}) EXPECT_EQ(ModPowOf(Big(base), m521 - Big(1), m521), Big(1)) << base;
  EXPECT_NE(ModPowOf(Big(3), m521 + Big(1), m521 + Big(2)), Big(1));
}

}  // namespace
}  // namespace bigint
}  // namespace mica
