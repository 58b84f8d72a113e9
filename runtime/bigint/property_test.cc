// Algebraic identities over thousands of random operands of many sizes (seeded, so failures reproduce): the
// division identity with Python's signs, ring laws, text and bytes round trips, shifts against multiplication
// and floor division, two's complement identities, and float conversion against the C library's strtod.
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/bigint/big_for_tests.h"
#include "runtime/bigint/bigint.h"

namespace mica {
namespace bigint {
namespace {

class RandomBigs {
 public:
  explicit RandomBigs(uint64_t seed) : rng_(seed) {}

  uint64_t Below(uint64_t n) { return std::uniform_int_distribution<uint64_t>(0, n - 1)(rng_); }
  bool Coin() { return Below(2) == 0; }

  // Lengths favour the small, the digit boundaries and the Karatsuba threshold, up to max_digits.
  Big Next(size_t max_digits) {
    size_t length;
    switch (Below(4)) {
      case 0:
        length = Below(4);
        break;
      case 1:
        length = 1 + Below(max_digits < 12 ? max_digits : 12);
        break;
      case 2:
        length = kKaratsubaThreshold - 2 + Below(5);
        break;
      default:
        length = Below(max_digits + 1);
        break;
    }
    if (length > max_digits) length = max_digits;
    std::vector<Digit> digits(length);
    const uint64_t style = Below(6);
    for (size_t i = 0; i < length; ++i) {
      if (style <= 2) {
        digits[i] = static_cast<Digit>(rng_());
      } else if (style == 3) {  // runs of all-zero and all-one digits: carries, borrows, quotient corrections
        static const Digit kSparse[] = {0, 0xFFFFFFFF, 0x80000000, 1, 0xFFFFFFFE};
        digits[i] = kSparse[Below(5)];
      } else if (style == 4) {
        digits[i] = 0xFFFFFFFF;
      } else {
        digits[i] = i + 1 == length ? static_cast<Digit>(1) << Below(32) : 0;
      }
    }
    return Big(digits, Coin());
  }

  Big NextNonzero(size_t max_digits) {
    for (;;) {
      Big b = Next(max_digits);
      if (!b.is_zero()) return b;
    }
  }

 private:
  std::mt19937_64 rng_;
};

int Sign(const Big& a) {
  return a.is_zero() ? 0 : (a.negative() ? -1 : 1);
}
Big Abs(const Big& a) {
  return a.negative() ? -a : a;
}

TEST(BigintProperties, DivisionIdentityWithPythonSigns) {
  RandomBigs random(1);
  for (int i = 0; i < 3000; ++i) {
    const Big a = random.Next(i < 2500 ? 24 : 200);
    const Big b = random.NextNonzero(i < 2500 ? 12 : 120);
    const auto qr = DivModOf(a, b);
    const Big& q = qr.first;
    const Big& r = qr.second;
    ASSERT_EQ(q * b + r, a) << a << " divmod " << b;
    ASSERT_TRUE(r.is_zero() || Sign(r) == Sign(b)) << a << " % " << b << " = " << r;
    ASSERT_TRUE(Abs(r) < Abs(b)) << a << " % " << b << " = " << r;
  }
}

TEST(BigintProperties, AdditionAndSubtraction) {
  RandomBigs random(2);
  for (int i = 0; i < 3000; ++i) {
    const Big a = random.Next(40);
    const Big b = random.Next(40);
    const Big sum = a + b;
    ASSERT_EQ(sum - b, a) << a << " " << b;
    ASSERT_EQ(sum, b + a);
    ASSERT_EQ(a - b, -(b - a));
    ASSERT_EQ(Compare(a.view(), b.view()), Sign(a - b)) << a << " " << b;
  }
}

TEST(BigintProperties, MultiplicationRingLaws) {
  RandomBigs random(3);
  for (int i = 0; i < 1500; ++i) {
    const size_t size = i < 1200 ? 30 : 250;  // the larger ones cross the Karatsuba threshold
    const Big a = random.Next(size);
    const Big b = random.Next(size);
    const Big c = random.Next(size);
    const Big ab = a * b;
    ASSERT_EQ(ab, b * a) << a << " " << b;
    ASSERT_EQ(a * (b + c), ab + a * c) << a << " " << b << " " << c;
    if (!b.is_zero()) {
      ASSERT_EQ(ab / b, a) << a << " " << b;
      ASSERT_TRUE((ab % b).is_zero());
    }
  }
}

TEST(BigintProperties, TextRoundTripsInSeveralBases) {
  RandomBigs random(4);
  const unsigned bases[] = {2, 3, 7, 8, 10, 16, 31, 36};
  for (int i = 0; i < 2000; ++i) {
    const Big a = random.Next(i < 1800 ? 20 : 150);
    const unsigned base = bases[i % 8];
    ASSERT_EQ(Big::Parse(a.ToString(base, false, random.Coin()), base), a) << a << " base " << base;
    if (base == 2 || base == 8 || base == 16) {
      ASSERT_EQ(Big::Parse(a.ToString(base, true), 0), a);
    }
    // A buffer of exactly the text's length is enough, and one character less is refused.
    const std::string text = a.ToString(base);
    std::string exact(text.size(), '?');
    std::vector<Digit> scratch(TextScratchDigits(a.digits().size()));
    IntFormat format;
    format.base = static_cast<uint8_t>(base);
    ASSERT_EQ(ToText(a.view(), format, &exact[0], exact.size(), scratch.data()), text.size());
    ASSERT_EQ(exact, text);
    ASSERT_EQ(ToText(a.view(), format, &exact[0], exact.size() - 1, scratch.data()), 0u);
  }
}

TEST(BigintProperties, ShiftsAreMultiplicationAndFloorDivision) {
  RandomBigs random(5);
  for (int i = 0; i < 2000; ++i) {
    const Big a = random.Next(30);
    const uint64_t n = random.Below(200);
    const Big power = PowOf(Big(2), n);
    ASSERT_EQ(a << n, a * power) << a << " << " << n;
    ASSERT_EQ(a >> n, a / power) << a << " >> " << n;
    ASSERT_EQ((a << n) >> n, a);
  }
}

TEST(BigintProperties, TwosComplementIdentities) {
  RandomBigs random(6);
  for (int i = 0; i < 3000; ++i) {
    const Big a = random.Next(20);
    const Big b = random.Next(20);
    ASSERT_EQ((a ^ b) ^ b, a) << a << " " << b;
    ASSERT_EQ(~a, -a - Big(1)) << a;
    ASSERT_EQ((a & b) + (a | b), a + b) << a << " " << b;
    ASSERT_EQ(a ^ b, (a | b) - (a & b)) << a << " " << b;
    ASSERT_EQ(~(a & b), ~a | ~b) << a << " " << b;
    ASSERT_EQ(a & a, a);
    ASSERT_EQ(a | Big(0), a);
    ASSERT_EQ(a & Big(-1), a);
  }
}

TEST(BigintProperties, BytesRoundTrip) {
  RandomBigs random(7);
  for (int i = 0; i < 2000; ++i) {
    const Big a = random.Next(10);
    const bool is_signed = a.negative() || random.Coin();
    const ByteOrder order = random.Coin() ? ByteOrder::kBig : ByteOrder::kLittle;
    // The fewest bytes that hold a, plus some.
    const uint64_t bits = a.is_zero() ? 0 : BitLength(a.digits().data(), a.digits().size()) + (is_signed ? 1 : 0);
    const size_t count = static_cast<size_t>((bits + 7) / 8 + random.Below(3));
    std::vector<uint8_t> bytes(count + 1);
    ASSERT_EQ(ToBytes(a.view(), bytes.data(), count, order, is_signed), Status::kOk) << a << " in " << count;
    GuardedDigits out(FromBytesDigits(count));
    ASSERT_EQ(Big::FromResult(out.get(), FromBytes(bytes.data(), count, order, is_signed, out.get())), a);
    if (count > 0 && (bits + 7) / 8 == count) {
      // One byte fewer no longer holds it, unless a is the most negative value of that width.
      const Status s = ToBytes(a.view(), bytes.data(), count - 1, order, is_signed);
      const bool most_negative = a.negative() && count >= 2 && a == -(Big(1) << (8 * (count - 1) - 1));
      if (!most_negative) {
        ASSERT_EQ(s, Status::kOverflow) << a << " in " << count - 1;
      }
    }
  }
}

TEST(BigintProperties, ToFloatMatchesStrtod) {
  // glibc's strtod rounds correctly (ties to even) and overflows to HUGE_VAL exactly when float() raises.
  RandomBigs random(8);
  for (int i = 0; i < 2000; ++i) {
    Big a = random.Next(34);
    if (random.Coin()) {
      // Force a tie or a near tie below the 53 kept bits.
      const uint64_t bits = BitLength(a.digits().data(), a.digits().size());
      if (bits > 60) {
        const uint64_t drop = bits - 53;
        a = ((a >> drop) << drop) + (Big(1) << (drop - 1)) + Big(static_cast<int64_t>(random.Below(3)) - 1);
      }
    }
    const std::string text = a.ToString();
    const double expected = strtod(text.c_str(), nullptr);
    double actual = 0;
    const Status s = ToFloat(a.view(), &actual);
    if (isinf(expected)) {
      ASSERT_EQ(s, Status::kOverflow) << text;
    } else {
      ASSERT_EQ(s, Status::kOk) << text;
      ASSERT_EQ(actual, expected) << text;
    }
  }
}

TEST(BigintProperties, DoublesTruncateExactly) {
  RandomBigs random(9);
  for (int i = 0; i < 2000; ++i) {
    const double mantissa = static_cast<double>(random.Below(uint64_t{1} << 53)) / 9007199254740992.0;
    const double x = ldexp(random.Coin() ? -mantissa : mantissa, static_cast<int>(random.Below(1030)));
    if (isinf(x)) continue;
    std::vector<Digit> out(FromFloatDigits(x));
    BigResult r{0, false};
    ASSERT_EQ(FromFloat(x, out.data(), &r), Status::kOk);
    const Big a = Big::FromResult(out.data(), r);
    double back = 0;
    ASSERT_EQ(ToFloat(a.view(), &back), Status::kOk);
    ASSERT_EQ(back, trunc(x)) << x;
  }
}

TEST(BigintProperties, Int64RoundTrip) {
  RandomBigs random(10);
  for (int i = 0; i < 2000; ++i) {
    const int64_t v = static_cast<int64_t>(random.Below(UINT64_MAX)) >> random.Below(64);
    int64_t back = 0;
    ASSERT_EQ(ToInt64(Big(v).view(), &back), Status::kOk);
    ASSERT_EQ(back, v);
    ASSERT_EQ(Big(v).ToString(), std::to_string(v));
  }
}

TEST(BigintProperties, HashIsInvariantModuloTheMersennePrime) {
  RandomBigs random(11);
  const Big p61 = (Big(1) << 61) - Big(1);
  const Big p31 = (Big(1) << 31) - Big(1);
  for (int i = 0; i < 1000; ++i) {
    const Big a = Abs(random.Next(20));
    const Big k = Abs(random.Next(5));
    ASSERT_EQ(HashWithBits((a + k * p61).view(), 61), HashWithBits(a.view(), 61)) << a;
    ASSERT_EQ(HashWithBits((a + k * p31).view(), 31), HashWithBits(a.view(), 31)) << a;
    // The hash is the residue itself (with the -1 -> -2 rule for negatives).
    int64_t small = 0;
    ASSERT_EQ(ToInt64((a % p61).view(), &small), Status::kOk);
    ASSERT_EQ(HashWithBits(a.view(), 61), small);
    const int64_t negative = HashWithBits((-a).view(), 61);
    ASSERT_EQ(negative, small == 1 ? -2 : -small);
  }
}

TEST(BigintProperties, ModPowMatchesPowThenModulo) {
  RandomBigs random(12);
  for (int i = 0; i < 300; ++i) {
    const Big a = random.Next(6);
    const Big m = random.NextNonzero(i < 250 ? 4 : 60);
    const uint64_t e = random.Below(20);
    ASSERT_EQ(ModPowOf(a, Big(static_cast<int64_t>(e)), m), PowOf(a, e) % m) << a << " " << e << " " << m;
  }
}

}  // namespace
}  // namespace bigint
}  // namespace mica
