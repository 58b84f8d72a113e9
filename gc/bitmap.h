// Bit planes: one bit per granule of the heap, packed into 32-bit words (bit i of word w is granule 32*w + i).
//
// The heap keeps its metadata as several such planes side by side (see heap.h). Everything here works a word at
// a time, so clearing or searching a run of n granules costs about n/32 word operations: that is what keeps the
// sweep proportional to heap_size/32 plus the live blocks instead of to the number of granules. 32-bit words on
// every target because two of them (Cortex-M4F, rv32) have no cheap 64-bit shifts.
#ifndef MICA_GC_BITMAP_H_
#define MICA_GC_BITMAP_H_

#include <stddef.h>
#include <stdint.h>

namespace mica {
namespace gc {

using BitWord = uint32_t;
constexpr size_t kBitsPerWord = 32;

// Returned by the searches when no bit is found.
constexpr size_t kNoBit = ~static_cast<size_t>(0);

// Words needed to hold `bits` bits.
constexpr size_t BitWords(size_t bits) {
  return (bits + kBitsPerWord - 1) / kBitsPerWord;
}

inline bool TestBit(const BitWord* plane, size_t i) {
  return ((plane[i / kBitsPerWord] >> (i % kBitsPerWord)) & 1u) != 0;
}

inline void SetBit(BitWord* plane, size_t i) {
  plane[i / kBitsPerWord] |= BitWord{1} << (i % kBitsPerWord);
}

inline void ClearBit(BitWord* plane, size_t i) {
  plane[i / kBitsPerWord] &= ~(BitWord{1} << (i % kBitsPerWord));
}

// Sets / clears bits [begin, end). An empty range is allowed.
void SetBits(BitWord* plane, size_t begin, size_t end);
void ClearBits(BitWord* plane, size_t begin, size_t end);

// Index of the first set bit in [from, limit), or kNoBit.
size_t FindNextSet(const BitWord* plane, size_t from, size_t limit);

// Index of the last set bit in [0, from] (from included), or kNoBit.
size_t FindPrevSet(const BitWord* plane, size_t from);

}  // namespace gc
}  // namespace mica

#endif  // MICA_GC_BITMAP_H_
