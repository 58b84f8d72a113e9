#include "runtime/bigint/divide.h"

#include "runtime/bigint/add_subtract.h"
#include "runtime/bigint/compare.h"
#include "runtime/bigint/kernels.h"

namespace mica {
namespace bigint {
namespace {

// Knuth's algorithm D for a_length >= b_length >= 2 and |a| >= |b|. The divisor is shifted so its top digit has
// its high bit set, which makes each estimated quotient digit at most two too large; the two-digit test below
// catches almost every overestimate and the rare remaining one is corrected by adding the divisor back.
DivLengths KnuthDivide(const Digit* a, size_t a_length, const Digit* b, size_t b_length, Digit* quotient,
                       Digit* remainder, Digit* scratch) {
  const unsigned shift = CountLeadingZeros(b[b_length - 1]);
  Digit* u = scratch;                 // a_length + 1 digits: the running remainder
  Digit* v = scratch + a_length + 1;  // b_length digits: the normalised divisor
  u[a_length] = ShiftLeftBits(u, a, a_length, shift);
  ShiftLeftBits(v, b, b_length, shift);
  const Digit v_top = v[b_length - 1];
  const Digit v_next = v[b_length - 2];
  const DigitDivisor top_divisor = PrepareDivisor(v_top);  // already normalised: shift 0

  for (size_t j = a_length - b_length + 1; j-- > 0;) {
    Digit* window = u + j;  // the b_length + 1 digits this step divides
    // Estimate the quotient digit from the top two digits of the window and the top digit of the divisor. The
    // window's top never exceeds v_top; when equal, the estimate is B - 1 (Knuth's step D3).
    Digit q_hat;
    DoubleDigit r_hat;
    if (window[b_length] >= v_top) {
      q_hat = kDigitMax;
      r_hat = static_cast<DoubleDigit>(window[b_length - 1]) + v_top;
    } else {
      Digit r;
      q_hat = DivideTwoDigits(window[b_length], window[b_length - 1], top_divisor, &r);
      r_hat = r;
    }
    // The next divisor digit shows almost every remaining overestimate (at most two).
    while (r_hat <= kDigitMax &&
           static_cast<DoubleDigit>(q_hat) * v_next > ((r_hat << kDigitBits) | window[b_length - 2])) {
      --q_hat;
      r_hat += v_top;
    }
    const Digit borrow = MultiplySubtractRow(window, v, b_length, q_hat);
    const Digit top = window[b_length];
    window[b_length] = top - borrow;
    if (top < borrow) {  // q_hat was still one too large: add the divisor back (the carry cancels the wrap)
      --q_hat;
      window[b_length] += AddSameLength(window, window, v, b_length);
    }
    if (quotient != nullptr) quotient[j] = q_hat;
  }

  DivLengths lengths;
  lengths.quotient = quotient != nullptr ? Normalize(quotient, a_length - b_length + 1) : 0;
  if (remainder != nullptr) {
    ShiftRightBits(remainder, u, b_length, shift, 0);
    lengths.remainder = Normalize(remainder, b_length);
  } else {
    lengths.remainder = Normalize(u, b_length);  // shifting does not change whether it is zero
  }
  return lengths;
}

}  // namespace

DivLengths DivideMagnitudes(const Digit* a, size_t a_length, const Digit* b, size_t b_length, Digit* quotient,
                            Digit* remainder, Digit* scratch) {
  if (CompareMagnitudes(a, a_length, b, b_length) < 0) {
    if (remainder != nullptr) CopyDigits(remainder, a, a_length);
    return DivLengths{0, a_length};
  }
  if (b_length == 1) {
    Digit* q = quotient != nullptr ? quotient : scratch;
    const Digit r = DivideByDigit(q, a, a_length, PrepareDivisor(b[0]));
    if (remainder != nullptr) remainder[0] = r;
    return DivLengths{quotient != nullptr ? Normalize(q, a_length) : 0, r != 0 ? 1u : 0u};
  }
  return KnuthDivide(a, a_length, b, b_length, quotient, remainder, scratch);
}

Status DivMod(BigView a, BigView b, Digit* quotient, Digit* remainder, Digit* scratch, BigResult* quotient_result,
              BigResult* remainder_result) {
  if (b.length == 0) return Status::kZeroDivision;
  DivLengths lengths = DivideMagnitudes(a.digits, a.length, b.digits, b.length, quotient, remainder, scratch);
  const bool signs_differ = a.negative != b.negative;
  if (signs_differ && lengths.remainder != 0) {
    // Truncation rounded towards zero; floor goes one further: q = -(|q| + 1), r = |b| - |r| (sign of b).
    if (quotient != nullptr) {
      const Digit carry = AddCarry(quotient, quotient, lengths.quotient, 1);
      quotient[lengths.quotient] = carry;
      lengths.quotient += carry;
    }
    if (remainder != nullptr) {
      lengths.remainder = SubtractMagnitudes(b.digits, b.length, remainder, lengths.remainder, remainder);
    }
  }
  if (quotient_result != nullptr)
    *quotient_result = MakeResult(quotient != nullptr ? lengths.quotient : 0, signs_differ);
  if (remainder_result != nullptr) {
    *remainder_result = MakeResult(remainder != nullptr ? lengths.remainder : 0, b.negative);
  }
  return Status::kOk;
}

}  // namespace bigint
}  // namespace mica
