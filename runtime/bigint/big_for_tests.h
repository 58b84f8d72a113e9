// Test-only: a value-semantics big integer (std::vector digits) over the bigint library, so tests read like
// Python. Every operation sizes its buffers with the library's size functions and runs inside guarded buffers:
// the digits past the requested size hold a canary that must survive, and the buffer starts out filled with
// garbage, so a size function that is too small or an algorithm that assumes zeroed memory fails the test (also
// under qemu-arm, where there is no ASan).
#ifndef MICA_RUNTIME_BIGINT_BIG_FOR_TESTS_H_
#define MICA_RUNTIME_BIGINT_BIG_FOR_TESTS_H_

#include <stdint.h>

#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/bigint/bigint.h"

namespace mica {
namespace bigint {

// A digit buffer of a requested size followed by canary digits.
class GuardedDigits {
 public:
  static constexpr size_t kGuard = 4;
  static constexpr Digit kCanary = 0xDEADBEEFu;
  static constexpr Digit kGarbage = 0xA5A5A5A5u;

  explicit GuardedDigits(size_t size) : size_(size), data_(size + kGuard, kGarbage) {
    for (size_t i = 0; i < kGuard; ++i) data_[size + i] = kCanary;
  }
  GuardedDigits(const GuardedDigits&) = delete;
  GuardedDigits& operator=(const GuardedDigits&) = delete;
  ~GuardedDigits() {
    for (size_t i = 0; i < kGuard; ++i) EXPECT_EQ(data_[size_ + i], kCanary) << "buffer of " << size_ << " overrun";
  }

  Digit* get() { return data_.data(); }
  size_t size() const { return size_; }

 private:
  size_t size_;
  std::vector<Digit> data_;
};

class Big {
 public:
  Big() = default;
  Big(int64_t value) {  // NOLINT: implicit, so tests can write a + 1
    Digit digits[kInt64Digits];
    Assign(digits, FromInt64(value, digits));
  }
  Big(std::vector<Digit> magnitude, bool negative) : digits_(std::move(magnitude)), negative_(negative) {
    digits_.resize(Normalize(digits_.data(), digits_.size()));
    negative_ = negative_ && !digits_.empty();
  }

  // Parses text as int(text, base) does; fails the test on invalid text.
  static Big Parse(const std::string& text, unsigned base = 10) {
    GuardedDigits out(FromTextDigits(text.size(), base));
    BigResult r{0, false};
    EXPECT_EQ(FromText(text.data(), text.size(), base, out.get(), &r), Status::kOk) << "'" << text << "'";
    return FromResult(out.get(), r);
  }

  // Copies a normalised result out of a library buffer, checking the normalisation contract.
  static Big FromResult(const Digit* digits, BigResult r) {
    Big b;
    b.Assign(digits, r);
    return b;
  }

  BigView view() const { return BigView{digits_.data(), digits_.size(), negative_}; }
  const std::vector<Digit>& digits() const { return digits_; }
  bool negative() const { return negative_; }
  bool is_zero() const { return digits_.empty(); }

  std::string ToString(unsigned base = 10, bool prefix = false, bool uppercase = false) const {
    const size_t capacity = TextChars(digits_.size(), base);
    std::string text(capacity, '?');
    GuardedDigits scratch(TextScratchDigits(digits_.size()));
    IntFormat format;
    format.base = static_cast<uint8_t>(base);
    format.prefix = prefix;
    format.uppercase = uppercase;
    const size_t n = ToText(view(), format, &text[0], capacity, scratch.get());
    EXPECT_NE(n, 0u);
    text.resize(n);
    return text;
  }

  std::string Hex() const { return ToString(16, true); }

 private:
  void Assign(const Digit* digits, BigResult r) {
    EXPECT_TRUE(r.length == 0 || digits[r.length - 1] != 0) << "result not normalised";
    EXPECT_FALSE(r.negative && r.length == 0) << "negative zero";
    digits_.assign(digits, digits + r.length);
    negative_ = r.negative;
  }

  std::vector<Digit> digits_;
  bool negative_ = false;
};

inline bool operator==(const Big& a, const Big& b) {
  return Compare(a.view(), b.view()) == 0;
}
inline bool operator!=(const Big& a, const Big& b) {
  return !(a == b);
}
inline bool operator<(const Big& a, const Big& b) {
  return Compare(a.view(), b.view()) < 0;
}
inline std::ostream& operator<<(std::ostream& os, const Big& b) {
  return os << b.Hex();
}

inline Big operator+(const Big& a, const Big& b) {
  GuardedDigits out(AddDigits(a.digits().size(), b.digits().size()));
  return Big::FromResult(out.get(), Add(a.view(), b.view(), out.get()));
}

inline Big operator-(const Big& a, const Big& b) {
  GuardedDigits out(AddDigits(a.digits().size(), b.digits().size()));
  return Big::FromResult(out.get(), Subtract(a.view(), b.view(), out.get()));
}

inline Big operator-(const Big& a) {
  return Big(0) - a;
}

inline Big operator*(const Big& a, const Big& b) {
  GuardedDigits out(MulDigits(a.digits().size(), b.digits().size()));
  GuardedDigits scratch(MulScratchDigits(a.digits().size(), b.digits().size()));
  return Big::FromResult(out.get(), Multiply(a.view(), b.view(), out.get(), scratch.get()));
}

// Python's divmod(a, b); b must be nonzero.
inline std::pair<Big, Big> DivModOf(const Big& a, const Big& b) {
  const size_t n = a.digits().size();
  const size_t m = b.digits().size();
  GuardedDigits q(QuotientDigits(n, m));
  GuardedDigits r(RemainderDigits(n, m));
  GuardedDigits scratch(DivScratchDigits(n, m));
  BigResult qr{0, false};
  BigResult rr{0, false};
  EXPECT_EQ(DivMod(a.view(), b.view(), q.get(), r.get(), scratch.get(), &qr, &rr), Status::kOk);
  return {Big::FromResult(q.get(), qr), Big::FromResult(r.get(), rr)};
}

inline Big operator/(const Big& a, const Big& b) {
  return DivModOf(a, b).first;
}  // floor division
inline Big operator%(const Big& a, const Big& b) {
  return DivModOf(a, b).second;
}

inline Big operator<<(const Big& a, uint64_t n) {
  GuardedDigits out(ShiftLeftDigits(a.digits().size(), n));
  return Big::FromResult(out.get(), ShiftLeft(a.view(), n, out.get()));
}

inline Big operator>>(const Big& a, uint64_t n) {
  GuardedDigits out(ShiftRightDigits(a.digits().size(), n));
  return Big::FromResult(out.get(), ShiftRight(a.view(), n, out.get()));
}

inline Big operator&(const Big& a, const Big& b) {
  GuardedDigits out(BitwiseDigits(a.digits().size(), b.digits().size()));
  return Big::FromResult(out.get(), And(a.view(), b.view(), out.get()));
}

inline Big operator|(const Big& a, const Big& b) {
  GuardedDigits out(BitwiseDigits(a.digits().size(), b.digits().size()));
  return Big::FromResult(out.get(), Or(a.view(), b.view(), out.get()));
}

inline Big operator^(const Big& a, const Big& b) {
  GuardedDigits out(BitwiseDigits(a.digits().size(), b.digits().size()));
  return Big::FromResult(out.get(), Xor(a.view(), b.view(), out.get()));
}

inline Big operator~(const Big& a) {
  GuardedDigits out(InvertDigits(a.digits().size()));
  return Big::FromResult(out.get(), Invert(a.view(), out.get()));
}

inline Big PowOf(const Big& a, uint64_t e) {
  GuardedDigits out(PowDigits(a.view(), e));
  GuardedDigits scratch(PowScratchDigits(a.view(), e));
  return Big::FromResult(out.get(), Pow(a.view(), e, out.get(), scratch.get()));
}

inline Big ModPowOf(const Big& a, const Big& e, const Big& m) {
  GuardedDigits out(ModPowDigits(m.digits().size()));
  GuardedDigits scratch(ModPowScratchDigits(a.digits().size(), m.digits().size()));
  BigResult r{0, false};
  EXPECT_EQ(ModPow(a.view(), e.view(), m.view(), out.get(), scratch.get(), &r), Status::kOk);
  return Big::FromResult(out.get(), r);
}

}  // namespace bigint
}  // namespace mica

#endif  // MICA_RUNTIME_BIGINT_BIG_FOR_TESTS_H_
