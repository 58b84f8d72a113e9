// A host micro-benchmark that prints timings (the numbers the int object's performance rests on) and checks the
// results, so it also guards against a fast but wrong path. Not a pass/fail timing test: machines differ.
#include <stdint.h>
#include <stdio.h>

#include <chrono>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/bigint/big_for_tests.h"
#include "runtime/bigint/bigint.h"

namespace mica {
namespace bigint {
namespace {

// Best wall time in milliseconds of `repeats` runs of f.
template <typename F>
double BestMs(int repeats, F f) {
  double best = 1e30;
  for (int i = 0; i < repeats; ++i) {
    const auto start = std::chrono::steady_clock::now();
    f();
    const std::chrono::duration<double, std::milli> elapsed = std::chrono::steady_clock::now() - start;
    if (elapsed.count() < best) best = elapsed.count();
  }
  return best;
}

// Decimal text straight through the library (no guarded copies), as the int object would call it.
std::string Decimal(const Big& a, std::vector<Digit>* scratch, std::string* text) {
  text->resize(TextChars(a.digits().size(), 10));
  scratch->resize(TextScratchDigits(a.digits().size()));
  IntFormat format;
  const size_t n = ToText(a.view(), format, &(*text)[0], text->size(), scratch->data());
  return text->substr(0, n);
}

Big Factorial(int n) {
  // Multiplying a growing product by one small digit at a time: the common pattern of Python programs.
  std::vector<Digit> product(1, 1);
  std::vector<Digit> next;
  size_t length = 1;
  for (int i = 2; i <= n; ++i) {
    const Digit factor = static_cast<Digit>(i);
    next.resize(MulDigits(length, 1));
    length = MultiplyMagnitudes(product.data(), length, &factor, 1, next.data(), nullptr);
    product.swap(next);
  }
  product.resize(length);
  return Big(product, false);
}

Big Product(const Big& a, const Big& b, std::vector<Digit>* out, std::vector<Digit>* scratch) {
  out->resize(MulDigits(a.digits().size(), b.digits().size()));
  scratch->resize(MulScratchDigits(a.digits().size(), b.digits().size()));
  const BigResult r = Multiply(a.view(), b.view(), out->data(), scratch->data());
  return Big::FromResult(out->data(), r);
}

Big Pattern(size_t digits, uint64_t seed) {
  std::vector<Digit> d(digits);
  for (size_t i = 0; i < digits; ++i) {
    seed = seed * 6364136223846793005u + 1442695040888963407u;
    d[i] = static_cast<Digit>(seed >> 32);
  }
  d.back() |= 1;
  return Big(d, false);
}

TEST(BigintBenchmark, PrintsTimings) {
  std::vector<Digit> scratch;
  std::vector<Digit> out;
  std::string text;
  std::string decimal;

  Big f1000;
  const double factorial_ms = BestMs(5, [&] { f1000 = Factorial(1000); });
  const double factorial_text_ms = BestMs(5, [&] { decimal = Decimal(f1000, &scratch, &text); });
  EXPECT_EQ(decimal.size(), 2568u);
  EXPECT_EQ(decimal.substr(0, 20), "40238726007709377354");

  Big power;
  const double pow_ms = BestMs(5, [&] { power = PowOf(Big(3), 63000); });  // ~100000 bits, by squaring
  const Big two_100000 = Big(1) << 100000;
  const double power_text_ms = BestMs(5, [&] { decimal = Decimal(two_100000, &scratch, &text); });
  EXPECT_EQ(decimal.size(), 30103u);
  EXPECT_EQ(decimal.substr(0, 20), "99900209301438450794");
  EXPECT_EQ(decimal.substr(30083), "55304734389883109376");
  const double parse_ms = BestMs(3, [&] { EXPECT_EQ(Big::Parse(decimal), two_100000); });

  const Big a1000 = Pattern(1000, 1);
  const Big b1000 = Pattern(1000, 2);
  Big p;
  const double mul_1000_digits_ms = BestMs(10, [&] { p = Product(a1000, b1000, &out, &scratch); });
  const Big d1000 = Big::Parse(std::string(1000, '7'));  // 1000 decimal digits
  const Big e1000 = Big::Parse(std::string(1000, '3'));
  const double mul_1000_decimal_ms = BestMs(20, [&] { p = Product(d1000, e1000, &out, &scratch); });
  const double square_ms = BestMs(10, [&] { p = Product(a1000, a1000, &out, &scratch); });

  const Big dividend = Pattern(2000, 3);
  std::pair<Big, Big> qr;
  const double divide_ms = BestMs(10, [&] { qr = DivModOf(dividend, a1000); });
  EXPECT_EQ(qr.first * a1000 + qr.second, dividend);

  const Big modulus = Pattern(64, 4);  // 2048 bits
  const Big exponent = Pattern(64, 5);
  const Big base = Pattern(64, 6);
  const double modpow_ms = BestMs(3, [&] { p = ModPowOf(base, exponent, modulus); });

  printf("bigint timings (best of several runs, this build's -c mode):\n");
  printf("  1000! by 999 one-digit products   %8.3f ms\n", factorial_ms);
  printf("  1000! to decimal (2568 digits)     %8.3f ms\n", factorial_text_ms);
  printf("  3**63000 (~100000 bits) by pow     %8.3f ms\n", pow_ms);
  printf("  2**100000 to decimal (30103 dig.)  %8.3f ms\n", power_text_ms);
  printf("  30103 decimal digits parsed        %8.3f ms\n", parse_ms);
  printf("  1000 x 1000 digit (32-bit) mul     %8.3f ms\n", mul_1000_digits_ms);
  printf("  1000 x 1000 digit square           %8.3f ms\n", square_ms);
  printf("  1000 x 1000 decimal-digit mul      %8.3f ms\n", mul_1000_decimal_ms);
  printf("  2000 / 1000 digit divmod           %8.3f ms\n", divide_ms);
  printf("  2048-bit modular pow               %8.3f ms\n", modpow_ms);
}

TEST(BigintBenchmark, DecimalConversionScalesQuadratically) {
  // 10**9 chunking is quadratic; doubling the size should cost about four times as much, not more.
  std::vector<Digit> scratch;
  std::string text;
  const Big small = Pattern(1040, 7);  // ~10000 decimal digits
  const Big large = Pattern(2080, 8);
  const double small_ms = BestMs(3, [&] { Decimal(small, &scratch, &text); });
  const double large_ms = BestMs(3, [&] { Decimal(large, &scratch, &text); });
  printf("  ~10000-digit number to decimal    %8.3f ms (twice the size: %.3f ms, x%.1f)\n", small_ms, large_ms,
         large_ms / small_ms);
}

}  // namespace
}  // namespace bigint
}  // namespace mica
