#include "gc/bitmap.h"

#include <stddef.h>

#include <random>
#include <vector>

#include "gc/size_class.h"
#include "gtest/gtest.h"

namespace mica {
namespace gc {
namespace {

TEST(Bitmap, SingleBits) {
  BitWord plane[3] = {};
  SetBit(plane, 0);
  SetBit(plane, 31);
  SetBit(plane, 32);
  SetBit(plane, 95);
  EXPECT_EQ(plane[0], 0x80000001u);
  EXPECT_EQ(plane[1], 1u);
  EXPECT_EQ(plane[2], 0x80000000u);
  EXPECT_TRUE(TestBit(plane, 31));
  EXPECT_FALSE(TestBit(plane, 30));
  ClearBit(plane, 31);
  EXPECT_EQ(plane[0], 1u);
}

TEST(Bitmap, RangesAcrossWordsAndEdges) {
  BitWord plane[4] = {};
  SetBits(plane, 30, 70);
  EXPECT_EQ(plane[0], 0xC0000000u);
  EXPECT_EQ(plane[1], 0xFFFFFFFFu);
  EXPECT_EQ(plane[2], 0x3Fu);
  ClearBits(plane, 31, 64);
  EXPECT_EQ(plane[0], 0x40000000u);
  EXPECT_EQ(plane[1], 0u);
  SetBits(plane, 96, 128);  // exactly the last word
  EXPECT_EQ(plane[3], 0xFFFFFFFFu);
  SetBits(plane, 5, 5);    // empty
  ClearBits(plane, 7, 3);  // empty (reversed)
  EXPECT_EQ(plane[0], 0x40000000u);
}

TEST(Bitmap, Searches) {
  BitWord plane[4] = {};
  EXPECT_EQ(FindNextSet(plane, 0, 128), kNoBit);
  EXPECT_EQ(FindPrevSet(plane, 127), kNoBit);
  SetBit(plane, 40);
  SetBit(plane, 100);
  EXPECT_EQ(FindNextSet(plane, 0, 128), 40u);
  EXPECT_EQ(FindNextSet(plane, 40, 128), 40u);
  EXPECT_EQ(FindNextSet(plane, 41, 128), 100u);
  EXPECT_EQ(FindNextSet(plane, 41, 100), kNoBit);  // limit excluded
  EXPECT_EQ(FindNextSet(plane, 41, 101), 100u);
  EXPECT_EQ(FindPrevSet(plane, 127), 100u);
  EXPECT_EQ(FindPrevSet(plane, 100), 100u);
  EXPECT_EQ(FindPrevSet(plane, 99), 40u);
  EXPECT_EQ(FindPrevSet(plane, 39), kNoBit);
}

// Word-at-a-time results agree with a bit-by-bit model on random planes and ranges.
TEST(Bitmap, MatchesBitByBitModel) {
  std::mt19937 random(7);
  constexpr size_t kBits = 32 * 9;
  for (int round = 0; round < 300; ++round) {
    BitWord plane[9] = {};
    std::vector<bool> model(kBits);
    for (int op = 0; op < 6; ++op) {
      size_t a = random() % (kBits + 1), b = random() % (kBits + 1);
      if (a > b) std::swap(a, b);
      const bool set = random() % 2 == 0;
      if (set)
        SetBits(plane, a, b);
      else
        ClearBits(plane, a, b);
      for (size_t i = a; i < b; ++i) model[i] = set;
    }
    for (size_t i = 0; i < kBits; ++i) ASSERT_EQ(TestBit(plane, i), model[i]) << i;
    const size_t from = random() % kBits;
    const size_t limit = from + random() % (kBits - from + 1);
    size_t next = kNoBit;
    for (size_t i = from; i < limit; ++i)
      if (model[i]) {
        next = i;
        break;
      }
    EXPECT_EQ(FindNextSet(plane, from, limit), next);
    size_t previous = kNoBit;
    for (size_t i = from + 1; i-- > 0;)
      if (model[i]) {
        previous = i;
        break;
      }
    EXPECT_EQ(FindPrevSet(plane, from), previous);
  }
}

TEST(SizeClass, ExactThenDoublingRanges) {
  for (size_t n = 1; n <= 16; ++n) EXPECT_EQ(SizeClassOf(n), n - 1);
  EXPECT_EQ(SizeClassOf(17), 16u);
  EXPECT_EQ(SizeClassOf(63), 17u);
  EXPECT_EQ(SizeClassOf(64), 18u);
  for (uint32_t c = kExactClasses; c < kSizeClasses; ++c) {
    EXPECT_EQ(SizeClassOf(SizeClassMinimum(c)), c);
    EXPECT_EQ(SizeClassOf(SizeClassMinimum(c) - 1), c - 1);
  }
  EXPECT_EQ(SizeClassOf(~size_t{0}), kSizeClasses - 1);
}

}  // namespace
}  // namespace gc
}  // namespace mica
