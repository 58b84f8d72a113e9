#include "compiler/arena.h"

#include <stdint.h>

#include <vector>

#include "gtest/gtest.h"

namespace mica {
namespace {

struct Pair {
  void* pointer;
  uint32_t value;
};

TEST(Arena, AlignsEachAllocation) {
  alignas(8) unsigned char block[256];
  Arena arena(block + 1, sizeof block - 1);  // a misaligned block
  void* a = arena.Allocate(3, 1);
  void* b = arena.Allocate(4, 4);
  void* c = arena.Allocate(8, 8);
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(b) % 4, 0u);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(c) % 8, 0u);
  Pair* pair = arena.New<Pair>();
  ASSERT_NE(pair, nullptr);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(pair) % alignof(Pair), 0u);
  EXPECT_EQ(pair->pointer, nullptr);  // New value-initialises
  EXPECT_EQ(pair->value, 0u);
}

TEST(Arena, FullArenaReturnsNullAndSaysSo) {
  unsigned char block[64];
  Arena arena(block, sizeof block);
  EXPECT_NE(arena.Allocate(60, 1), nullptr);
  EXPECT_FALSE(arena.exhausted());
  EXPECT_EQ(arena.Allocate(8, 1), nullptr);
  EXPECT_TRUE(arena.exhausted());
  EXPECT_EQ(arena.Allocate(SIZE_MAX, 1), nullptr);  // no wrap-around
  EXPECT_EQ(arena.PushScratch(SIZE_MAX, 1), nullptr);
  Arena empty(nullptr, 100);
  EXPECT_EQ(empty.Allocate(1, 1), nullptr);
}

TEST(Arena, ScratchAndBottomShareTheBlock) {
  unsigned char block[64];
  Arena arena(block, sizeof block);
  EXPECT_NE(arena.PushScratch(32, 1), nullptr);
  EXPECT_NE(arena.Allocate(32, 1), nullptr);
  EXPECT_EQ(arena.Allocate(1, 1), nullptr);
  EXPECT_EQ(arena.used(), 64u);
  EXPECT_EQ(arena.peak(), 64u);
}

TEST(Arena, MarkAndReleaseRewind) {
  unsigned char block[128];
  Arena arena(block, sizeof block);
  arena.Allocate(16, 1);
  const size_t mark = arena.Mark();
  void* first = arena.Allocate(32, 1);
  arena.Release(mark);
  EXPECT_EQ(arena.used(), 16u);
  EXPECT_EQ(arena.Allocate(32, 1), first);
  EXPECT_EQ(arena.peak(), 48u);
}

TEST(ListBuilder, FinishesInOrderAndExactSize) {
  std::vector<unsigned char> block(1024);
  Arena arena(block.data(), block.size());
  int values[5] = {1, 2, 3, 4, 5};
  Span<int*> span;
  {
    ListBuilder<int*> list(&arena);
    for (int& v : values) ASSERT_TRUE(list.Add(&v));
    const size_t before = arena.used();
    ASSERT_TRUE(list.Finish(&span));
    EXPECT_EQ(arena.used() - before, 5 * sizeof(int*));
  }
  ASSERT_EQ(span.count, 5u);
  for (uint32_t i = 0; i < 5; ++i) EXPECT_EQ(span[i], &values[i]);
  EXPECT_EQ(arena.used(), 5 * sizeof(int*));  // the scratch is gone
}

TEST(ListBuilder, NestedBuildersDoNotDisturbEachOther) {
  std::vector<unsigned char> block(1024);
  Arena arena(block.data(), block.size());
  ListBuilder<uint32_t> outer(&arena);
  outer.Add(10);
  outer.Add(11);
  Span<uint64_t> inner_span;
  {
    ListBuilder<uint64_t> inner(&arena);  // a different element size and alignment
    inner.Add(100);
    inner.Add(101);
    inner.Add(102);
    ASSERT_TRUE(inner.Finish(&inner_span));
  }
  outer.Add(12);
  Span<uint32_t> outer_span;
  ASSERT_TRUE(outer.Finish(&outer_span));
  ASSERT_EQ(outer_span.count, 3u);
  EXPECT_EQ(outer_span[0], 10u);
  EXPECT_EQ(outer_span[2], 12u);
  ASSERT_EQ(inner_span.count, 3u);
  EXPECT_EQ(inner_span[1], 101u);
  Span<uint32_t> tail;
  ASSERT_TRUE(outer.FinishRange(1, 3, &tail));
  ASSERT_EQ(tail.count, 2u);
  EXPECT_EQ(tail[0], 11u);
  Span<uint32_t> none;
  ASSERT_TRUE(outer.FinishRange(2, 2, &none));
  EXPECT_TRUE(none.empty());
}

TEST(ListBuilder, ReportsAFullArena) {
  unsigned char block[40];
  Arena arena(block, sizeof block);
  ListBuilder<uint32_t> list(&arena);
  int added = 0;
  while (list.Add(7)) ++added;
  EXPECT_EQ(added, 10);
  Span<uint32_t> span;
  EXPECT_FALSE(list.Finish(&span));  // no room left to copy the items down
  EXPECT_TRUE(arena.exhausted());
}

}  // namespace
}  // namespace mica
