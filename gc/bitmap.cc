#include "gc/bitmap.h"

namespace mica {
namespace gc {
namespace {

// Bits [0, n) of a word set, for n in 0..32 (a plain shift by 32 would be undefined).
BitWord LowMask(size_t n) {
  return n >= kBitsPerWord ? ~BitWord{0} : (BitWord{1} << n) - 1;
}

// The bits of word `w` that fall inside [begin, end).
BitWord RangeMask(size_t w, size_t begin, size_t end) {
  const size_t word_begin = w * kBitsPerWord;
  const size_t lo = begin > word_begin ? begin - word_begin : 0;
  const size_t hi = end - word_begin < kBitsPerWord ? end - word_begin : kBitsPerWord;
  return LowMask(hi) & ~LowMask(lo);
}

}  // namespace

void SetBits(BitWord* plane, size_t begin, size_t end) {
  if (begin >= end) return;
  const size_t first = begin / kBitsPerWord;
  const size_t last = (end - 1) / kBitsPerWord;
  if (first == last) {
    plane[first] |= RangeMask(first, begin, end);
    return;
  }
  plane[first] |= RangeMask(first, begin, end);
  for (size_t w = first + 1; w < last; ++w) plane[w] = ~BitWord{0};
  plane[last] |= RangeMask(last, begin, end);
}

void ClearBits(BitWord* plane, size_t begin, size_t end) {
  if (begin >= end) return;
  const size_t first = begin / kBitsPerWord;
  const size_t last = (end - 1) / kBitsPerWord;
  if (first == last) {
    plane[first] &= ~RangeMask(first, begin, end);
    return;
  }
  plane[first] &= ~RangeMask(first, begin, end);
  for (size_t w = first + 1; w < last; ++w) plane[w] = 0;
  plane[last] &= ~RangeMask(last, begin, end);
}

size_t FindNextSet(const BitWord* plane, size_t from, size_t limit) {
  if (from >= limit) return kNoBit;
  size_t w = from / kBitsPerWord;
  BitWord bits = plane[w] & ~LowMask(from % kBitsPerWord);
  const size_t last = (limit - 1) / kBitsPerWord;
  while (bits == 0) {
    if (++w > last) return kNoBit;
    bits = plane[w];
  }
  const size_t found = w * kBitsPerWord + static_cast<size_t>(__builtin_ctz(bits));
  return found < limit ? found : kNoBit;
}

size_t FindPrevSet(const BitWord* plane, size_t from) {
  size_t w = from / kBitsPerWord;
  BitWord bits = plane[w] & LowMask(from % kBitsPerWord + 1);
  while (bits == 0) {
    if (w == 0) return kNoBit;
    bits = plane[--w];
  }
  return w * kBitsPerWord + (kBitsPerWord - 1 - static_cast<size_t>(__builtin_clz(bits)));
}

}  // namespace gc
}  // namespace mica
