#include "runtime/modules/collections/ring.h"

#include "gtest/gtest.h"

namespace mica {
namespace {

TEST(RingTest, SlotWrapsAround) {
  EXPECT_EQ(ring::Slot(0, 3, 8), 3u);
  EXPECT_EQ(ring::Slot(6, 1, 8), 7u);
  EXPECT_EQ(ring::Slot(6, 2, 8), 0u);
  EXPECT_EQ(ring::Slot(7, 7, 8), 6u);
}

TEST(RingTest, SlotNearUint32Limit) {
  // head + index would overflow 32 bits; the slot must still be right.
  const uint32_t capacity = 0x80000000u;
  EXPECT_EQ(ring::Slot(capacity - 1, capacity - 1, capacity), capacity - 2);
}

TEST(RingTest, BeforeWraps) {
  EXPECT_EQ(ring::Before(0, 8), 7u);
  EXPECT_EQ(ring::Before(5, 8), 4u);
}

TEST(RingTest, UnrollGivesRingOrder) {
  const int slots[4] = {30, 40, 10, 20};  // head at 2
  int out[4] = {};
  ring::Unroll(slots, 2, 4, 4, out);
  EXPECT_EQ(out[0], 10);
  EXPECT_EQ(out[1], 20);
  EXPECT_EQ(out[2], 30);
  EXPECT_EQ(out[3], 40);
}

TEST(RingTest, GrownCapacity) {
  EXPECT_EQ(ring::GrownCapacity(0), 8u);
  EXPECT_EQ(ring::GrownCapacity(8), 16u);
  EXPECT_EQ(ring::GrownCapacity(0x40000000u), 0u);
}

}  // namespace
}  // namespace mica
