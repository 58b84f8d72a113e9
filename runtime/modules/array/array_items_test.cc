#include "runtime/modules/array/array_items.h"

#include "gtest/gtest.h"

namespace mica {
namespace array_items {
namespace {

TEST(ArrayItemsTest, Sizes) {
  EXPECT_EQ(FindFormat('b')->size, 1);
  EXPECT_EQ(FindFormat('h')->size, 2);
  EXPECT_EQ(FindFormat('i')->size, 4);
  EXPECT_EQ(FindFormat('l')->size, sizeof(long));
  EXPECT_EQ(FindFormat('q')->size, 8);
  EXPECT_EQ(FindFormat('f')->size, 4);
  EXPECT_EQ(FindFormat('d')->size, 8);
  EXPECT_EQ(FindFormat('u'), nullptr);
  EXPECT_EQ(FindFormat('x'), nullptr);
}

TEST(ArrayItemsTest, SignedRanges) {
  const Format& b = *FindFormat('b');
  EXPECT_EQ(CheckSigned(b, 127), Range::kFits);
  EXPECT_EQ(CheckSigned(b, 128), Range::kAbove);
  EXPECT_EQ(CheckSigned(b, -128), Range::kFits);
  EXPECT_EQ(CheckSigned(b, -129), Range::kBelow);
  EXPECT_EQ(CheckSigned(*FindFormat('q'), INT64_MIN), Range::kFits);
  EXPECT_EQ(CheckUnsigned(*FindFormat('q'), uint64_t{1} << 63), Range::kAbove);
}

TEST(ArrayItemsTest, UnsignedRanges) {
  const Format& H = *FindFormat('H');
  EXPECT_EQ(CheckSigned(H, -1), Range::kBelow);
  EXPECT_EQ(CheckSigned(H, 65535), Range::kFits);
  EXPECT_EQ(CheckSigned(H, 65536), Range::kAbove);
  EXPECT_EQ(CheckUnsigned(*FindFormat('Q'), ~uint64_t{0}), Range::kFits);
}

TEST(ArrayItemsTest, StoreAndLoadRoundTrip) {
  uint8_t slot[8] = {};
  const Format& h = *FindFormat('h');
  StoreInteger(h, slot, static_cast<uint64_t>(int64_t{-2}));
  EXPECT_EQ(slot[0], 0xFE);
  EXPECT_EQ(slot[1], 0xFF);
  EXPECT_EQ(slot[2], 0);  // only the item's bytes are written
  EXPECT_EQ(LoadSigned(h, slot), -2);
  EXPECT_EQ(LoadUnsigned(*FindFormat('H'), slot), 65534u);
  const Format& q = *FindFormat('q');
  StoreInteger(q, slot, static_cast<uint64_t>(INT64_MIN));
  EXPECT_EQ(LoadSigned(q, slot), INT64_MIN);
}

TEST(ArrayItemsTest, UnalignedFloats) {
  uint8_t buffer[16] = {};
  StoreFloat(*FindFormat('d'), buffer + 1, 2.5);
  EXPECT_EQ(LoadFloat(*FindFormat('d'), buffer + 1), 2.5);
  StoreFloat(*FindFormat('f'), buffer + 3, 0.1);
  EXPECT_EQ(LoadFloat(*FindFormat('f'), buffer + 3), static_cast<double>(0.1f));
}

}  // namespace
}  // namespace array_items
}  // namespace mica
