// The collector: roots, references between blocks, the conservative C stack scan, deep and wide structures (the
// mark stack and its overflow path), finalisers, stress mode and the collection policy.
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <functional>
#include <set>
#include <vector>

#include "gc/heap.h"
#include "gc/heap_test_util.h"
#include "gtest/gtest.h"

namespace mica {
namespace gc {
namespace {

using testing::MakeHeap;
using testing::Slots;

constexpr size_t G = Heap::kGranuleBytes;

// ---- Precise roots and references between blocks ----------------------------------------------------------------

TEST(HeapCollect, RootedBlocksSurviveUnreachableOnesAreReclaimed) {
  auto t = MakeHeap(64 * 1024);
  Heap& heap = t->heap;
  void* kept = heap.Allocate(3 * G);
  void* lost = heap.Allocate(5 * G);
  memset(kept, 0x11, 3 * G);
  t->roots = {kept};
  heap.Collect();
  EXPECT_TRUE(heap.IsBlock(kept));
  EXPECT_FALSE(heap.IsBlock(lost));
  EXPECT_EQ(static_cast<unsigned char*>(kept)[3 * G - 1], 0x11);
  const HeapStats stats = heap.Stats();
  EXPECT_EQ(stats.used_bytes, 3 * G);
  EXPECT_EQ(stats.collections, 1u);
  EXPECT_EQ(stats.last_marked_blocks, 1u);
  EXPECT_TRUE(heap.CheckConsistency());
}

TEST(HeapCollect, ReferencesBetweenBlocksKeepAChainAlive) {
  auto t = MakeHeap(64 * 1024);
  Heap& heap = t->heap;
  void* a = heap.Allocate(2 * G);
  void* b = heap.Allocate(7 * G);
  void* c = heap.Allocate(G);
  Slots(a)[1] = b;
  Slots(b)[5] = c;
  t->roots = {a};
  heap.Collect();
  EXPECT_TRUE(heap.IsBlock(a) && heap.IsBlock(b) && heap.IsBlock(c));
  EXPECT_EQ(heap.Stats().last_marked_blocks, 3u);
  t->roots.clear();
  heap.Collect();
  EXPECT_EQ(heap.Stats().used_bytes, 0u);
  EXPECT_EQ(heap.Stats().free_fragments, 1u);
}

TEST(HeapCollect, OnlyExactBlockStartsCountInsideTheHeapAndInRoots) {
  auto t = MakeHeap(64 * 1024);
  Heap& heap = t->heap;
  void* holder = heap.Allocate(4 * G);
  char* interior_target = static_cast<char*>(heap.Allocate(4 * G));
  char* tagged_target = static_cast<char*>(heap.Allocate(4 * G));
  char* root_interior_target = static_cast<char*>(heap.Allocate(4 * G));
  Slots(holder)[0] = interior_target + G;  // points inside: not a reference between blocks
  Slots(holder)[1] = tagged_target + 1;    // a tagged value (small int): never a pointer
  t->roots = {holder, root_interior_target + 2 * G, reinterpret_cast<void*>(uintptr_t{1})};
  heap.Collect();
  EXPECT_TRUE(heap.IsBlock(holder));
  EXPECT_FALSE(heap.IsBlock(interior_target));
  EXPECT_FALSE(heap.IsBlock(tagged_target));
  EXPECT_FALSE(heap.IsBlock(root_interior_target));
}

TEST(HeapCollect, NoScanBlocksDoNotKeepWhatTheySeemToPointAt) {
  auto t = MakeHeap(64 * 1024);
  Heap& heap = t->heap;
  void* bytes = heap.Allocate(4 * G, kNoScan);
  void* pointee = heap.Allocate(G);
  Slots(bytes)[0] = pointee;
  void* scanned_anyway = heap.Allocate(2 * G, kNoScan | kFinalizer);  // kFinalizer blocks are always scanned
  void* kept = heap.Allocate(G);
  Slots(scanned_anyway)[0] = kept;
  t->roots = {bytes, scanned_anyway};
  heap.Collect();
  EXPECT_TRUE(heap.IsBlock(bytes));
  EXPECT_FALSE(heap.IsBlock(pointee));
  EXPECT_TRUE(heap.IsBlock(kept));
}

TEST(HeapCollect, CyclesAreTracedOnceAndReclaimedWhenUnreachable) {
  auto t = MakeHeap(64 * 1024);
  Heap& heap = t->heap;
  std::vector<void*> ring;
  for (int i = 0; i < 50; ++i) ring.push_back(heap.Allocate(2 * G));
  for (size_t i = 0; i < ring.size(); ++i) {
    Slots(ring[i])[0] = ring[(i + 1) % ring.size()];
    Slots(ring[i])[1] = ring[i];  // and a self-reference
  }
  void* self = heap.Allocate(G);
  Slots(self)[0] = self;
  t->roots = {ring[17]};
  heap.Collect();
  EXPECT_EQ(heap.Stats().last_marked_blocks, ring.size());
  EXPECT_EQ(heap.Stats().used_bytes, ring.size() * 2 * G);
  EXPECT_FALSE(heap.IsBlock(self));
  t->roots.clear();
  heap.Collect();
  EXPECT_EQ(heap.Stats().used_bytes, 0u);
}

TEST(HeapCollect, MarkRootOutsideACollectionDoesNothing) {
  auto t = MakeHeap(16 * 1024);
  void* block = t->heap.Allocate(G);
  t->heap.MarkRoot(block);
  void* roots[] = {block};
  t->heap.MarkRange(roots, roots + 1);
  EXPECT_TRUE(t->heap.CheckConsistency());  // no mark bit left behind
}

// ---- Deep and wide structures: the mark stack --------------------------------------------------------------------

TEST(HeapCollect, LinkedListOfAHundredThousandNodes) {
  constexpr size_t kNodes = 100000;
  auto t = MakeHeap(kNodes * G + 512 * 1024);
  Heap& heap = t->heap;
  t->roots = {nullptr};
  for (size_t i = 0; i < kNodes; ++i) {
    void* node = heap.Allocate(G);  // [next, payload]
    ASSERT_NE(node, nullptr);
    Slots(node)[0] = t->roots[0];
    Slots(node)[1] = reinterpret_cast<void*>(2 * i + 1);  // a tagged int: not a pointer
    t->roots[0] = node;
  }
  heap.Collect();
  HeapStats stats = heap.Stats();
  EXPECT_EQ(stats.last_marked_blocks, kNodes);
  EXPECT_EQ(stats.last_mark_overflows, 0u);  // a list needs a stack depth of one
  EXPECT_EQ(stats.used_bytes, kNodes * G);
  size_t count = 0;
  for (void* node = t->roots[0]; node != nullptr; node = Slots(node)[0]) {
    ASSERT_TRUE(heap.IsBlock(node));
    ASSERT_EQ(Slots(node)[1], reinterpret_cast<void*>(2 * (kNodes - 1 - count) + 1));
    ++count;
  }
  EXPECT_EQ(count, kNodes);
  t->roots.clear();
  heap.Collect();
  stats = heap.Stats();
  EXPECT_EQ(stats.used_bytes, 0u);
  EXPECT_EQ(stats.free_fragments, 1u);
}

// Each node is [leaf, next]: the trace pushes the leaf, then the next node, and pops the next node first, so the
// leaves pile up on the stack until it overflows. Every block must still be marked, without a heap rescan.
TEST(HeapCollect, MarkStackOverflowLosesNothing) {
  constexpr size_t kNodes = 20000;
  auto t = MakeHeap(kNodes * 3 * G + 256 * 1024);
  Heap& heap = t->heap;
  heap.SetAutoCollect(false);  // leaves are unrooted until linked
  t->roots = {nullptr};
  for (size_t i = 0; i < kNodes; ++i) {
    void* leaf = heap.Allocate(G);
    Slots(leaf)[0] = reinterpret_cast<void*>(4 * i + 1);
    void* node = heap.Allocate(2 * G);
    Slots(node)[0] = leaf;
    Slots(node)[1] = t->roots[0];
    t->roots[0] = node;
  }
  void* garbage = heap.Allocate(G);
  heap.Collect();
  const HeapStats stats = heap.Stats();
  EXPECT_GT(stats.last_mark_overflows, 0u);
  EXPECT_EQ(stats.last_marked_blocks, 2 * kNodes);
  EXPECT_EQ(stats.used_bytes, kNodes * 3 * G);
  EXPECT_FALSE(heap.IsBlock(garbage));
  // No full rescan: every word of the live blocks is examined a bounded number of times.
  EXPECT_LT(stats.last_scanned_words, 4 * kNodes * 3 * (G / sizeof(void*)));
  printf("[ mark overflow ] %zu blocks marked, %zu overflows, %zu words scanned for %zu live words\n",
         stats.last_marked_blocks, stats.last_mark_overflows, stats.last_scanned_words,
         kNodes * 3 * (G / sizeof(void*)));
  size_t count = 0;
  for (void* node = t->roots[0]; node != nullptr; node = Slots(node)[1]) {
    ASSERT_TRUE(heap.IsBlock(node));
    ASSERT_TRUE(heap.IsBlock(Slots(node)[0]));
    ASSERT_EQ(Slots(Slots(node)[0])[0], reinterpret_cast<void*>(4 * (kNodes - 1 - count) + 1));
    ++count;
  }
  EXPECT_EQ(count, kNodes);
  EXPECT_TRUE(heap.CheckConsistency());
}

TEST(HeapCollect, AWideArrayIsScannedInChunksWithoutOverflow) {
  constexpr size_t kItems = 50000;
  auto t = MakeHeap(kItems * (G + sizeof(void*)) + 256 * 1024);
  Heap& heap = t->heap;
  void** items = Slots(heap.Allocate(kItems * sizeof(void*)));
  t->roots = {items};
  for (size_t i = 0; i < kItems; ++i) items[i] = heap.Allocate(G);  // scannable leaves
  heap.Collect();
  const HeapStats stats = heap.Stats();
  EXPECT_EQ(stats.last_marked_blocks, kItems + 1);
  EXPECT_EQ(stats.last_mark_overflows, 0u);
  for (size_t i = 0; i < kItems; ++i) ASSERT_TRUE(heap.IsBlock(items[i]));
}

TEST(HeapCollect, ManyRootsDrainInsteadOfOverflowing) {
  constexpr size_t kRoots = 30000;
  auto t = MakeHeap(kRoots * G + 256 * 1024);
  Heap& heap = t->heap;
  for (size_t i = 0; i < kRoots; ++i) t->roots.push_back(heap.Allocate(G));
  heap.Collect();
  EXPECT_EQ(heap.Stats().last_marked_blocks, kRoots);
  EXPECT_EQ(heap.Stats().last_mark_overflows, 0u);
}

void* BuildTree(Heap& heap, int depth) {
  void** node = Slots(heap.Allocate(3 * sizeof(void*)));
  if (depth > 0) {
    node[0] = BuildTree(heap, depth - 1);
    node[1] = BuildTree(heap, depth - 1);
  }
  node[2] = reinterpret_cast<void*>(uintptr_t{2} * static_cast<uintptr_t>(depth) + 1);
  return node;
}

size_t CountTree(Heap& heap, void* node) {
  if (node == nullptr) return 0;
  EXPECT_TRUE(heap.IsBlock(node));
  return 1 + CountTree(heap, Slots(node)[0]) + CountTree(heap, Slots(node)[1]);
}

TEST(HeapCollect, BinaryTreeSurvivesCollectionsUnderStress) {
  auto t = MakeHeap(1 << 20);
  Heap& heap = t->heap;
  heap.SetAutoCollect(false);
  t->roots = {BuildTree(heap, 13)};
  heap.SetAutoCollect(true);
  for (int i = 0; i < 3; ++i) heap.Collect();
  EXPECT_EQ(CountTree(heap, t->roots[0]), (size_t{1} << 14) - 1);
  EXPECT_EQ(heap.Stats().last_marked_blocks, (size_t{1} << 14) - 1);
}

// The pause follows the live data: the same heap full of garbage costs a small collection when little is live.
TEST(HeapCollect, WorkFollowsLiveDataNotHeapSize) {
  auto t = MakeHeap(4 << 20);
  Heap& heap = t->heap;
  heap.SetAutoCollect(false);
  for (int i = 0; i < 20000; ++i) {
    void* block = heap.Allocate(4 * G);
    if (i % 200 == 0) t->roots.push_back(block);
  }
  heap.Collect();
  const HeapStats stats = heap.Stats();
  EXPECT_EQ(stats.last_marked_blocks, 100u);
  EXPECT_EQ(stats.last_scanned_words, 100u + 100u * 4 * (G / sizeof(void*)));  // the roots, then the blocks
  EXPECT_EQ(stats.used_bytes, 100 * 4 * G);
  EXPECT_EQ(stats.free_fragments, 100u);  // the gaps between survivors, each coalesced into one chunk
}

// ---- The conservative C stack scan --------------------------------------------------------------------------------

// Runs `body` with the C stack scan on. The base is a local of this frame, which is above every frame `body` uses.
__attribute__((noinline)) void WithStackScan(Heap& heap, const std::function<void()>& body) {
  volatile uintptr_t anchor = 0;
  heap.SetStackBase(const_cast<uintptr_t*>(&anchor));
  body();
  heap.SetStackBase(nullptr);
}

__attribute__((noinline)) void CollectFromDeeper(Heap& heap, int depth) {
  volatile char frame[64];
  frame[0] = static_cast<char>(depth);
  if (depth > 0) {
    CollectFromDeeper(heap, depth - 1);
  } else {
    heap.Collect();
  }
  frame[1] = frame[0];
}

// Overwrites the stack below the caller, so stale copies of pointers left by earlier calls are gone.
__attribute__((noinline)) void ScrubStack() {
  volatile uintptr_t scrub[1024];
  for (auto& word : scrub) word = 0;
}

// Allocates in a frame that is gone (and scrubbed) by the time the caller collects; returns block + offset.
__attribute__((noinline)) char* AllocateElsewhere(Heap& heap, size_t bytes, size_t offset) {
  char* block = static_cast<char*>(heap.Allocate(bytes));
  memset(block, 0x77, bytes);
  return block + offset;
}

TEST(HeapCStack, ALocalVariableKeepsItsBlockAndWhatItReferencesAlive) {
  auto t = MakeHeap(64 * 1024);
  Heap& heap = t->heap;
  void* child_address = nullptr;
  WithStackScan(heap, [&] {
    void* volatile local = heap.Allocate(5 * G);
    void* child = heap.Allocate(3 * G);
    Slots(local)[2] = child;
    Slots(child)[0] = reinterpret_cast<void*>(uintptr_t{0x1235});
    child_address = reinterpret_cast<void*>(~reinterpret_cast<uintptr_t>(child));  // hidden from the scan
    child = nullptr;
    ScrubStack();
    CollectFromDeeper(heap, 10);
    EXPECT_TRUE(heap.IsBlock(local));
    EXPECT_TRUE(heap.IsBlock(Slots(local)[2]));
    EXPECT_EQ(Slots(Slots(local)[2])[0], reinterpret_cast<void*>(uintptr_t{0x1235}));
    EXPECT_EQ(heap.Stats().used_bytes, 8 * G);
  });
  // Without the stack scan nothing roots them any more.
  heap.Collect();
  EXPECT_FALSE(heap.IsBlock(reinterpret_cast<void*>(~reinterpret_cast<uintptr_t>(child_address))));
  EXPECT_EQ(heap.Stats().used_bytes, 0u);
}

TEST(HeapCStack, AnInteriorPointerOnTheStackKeepsTheBlockAlive) {
  auto t = MakeHeap(64 * 1024);
  Heap& heap = t->heap;
  WithStackScan(heap, [&] {
    char* volatile interior = AllocateElsewhere(heap, 8 * G, 3 * G + 5);
    ScrubStack();
    CollectFromDeeper(heap, 3);
    char* block = interior - (3 * G + 5);
    EXPECT_TRUE(heap.IsBlock(block));
    EXPECT_EQ(static_cast<unsigned char>(block[8 * G - 1]), 0x77);
    EXPECT_EQ(heap.Stats().used_bytes, 8 * G);
  });
}

// The interior rule itself, on words the test controls (a stack scan may also find stale copies of pointers, so
// it cannot show what is *not* kept): inside a block counts, one past its end or into free space does not.
TEST(HeapCStack, ConservativeRangesAcceptInteriorPointersOnly) {
  auto t = MakeHeap(64 * 1024);
  Heap& heap = t->heap;
  char* interior_kept = static_cast<char*>(heap.Allocate(8 * G));
  char* last_byte_kept = static_cast<char*>(heap.Allocate(8 * G));
  char* unreferenced_lost = static_cast<char*>(heap.Allocate(8 * G));
  char* past_end_lost = static_cast<char*>(heap.Allocate(8 * G));
  char* wall = static_cast<char*>(heap.Allocate(G));
  heap.Free(wall);  // past_end_lost + 8 * G is now free space
  struct Words {
    uintptr_t words[6];
  };
  static Words words;
  words = Words{{reinterpret_cast<uintptr_t>(interior_kept + 3 * G + 5),
                 reinterpret_cast<uintptr_t>(last_byte_kept + 8 * G - 1), reinterpret_cast<uintptr_t>(wall),
                 reinterpret_cast<uintptr_t>(past_end_lost + 8 * G), 12345, ~uintptr_t{0}}};
  heap.SetRootMarker([](Heap& h, void*) { h.MarkConservativeRange(words.words, words.words + 6); }, nullptr);
  heap.Collect();
  EXPECT_TRUE(heap.IsBlock(interior_kept));
  EXPECT_TRUE(heap.IsBlock(last_byte_kept));
  EXPECT_FALSE(heap.IsBlock(past_end_lost));
  EXPECT_FALSE(heap.IsBlock(unreferenced_lost));
  EXPECT_EQ(heap.Stats().last_marked_blocks, 2u);
  // Unaligned ranges: only whole aligned words inside are read.
  words.words[0] = reinterpret_cast<uintptr_t>(interior_kept);
  heap.SetRootMarker(
      [](Heap& h, void*) {
        h.MarkConservativeRange(reinterpret_cast<const char*>(words.words) + 1,
                                reinterpret_cast<const char*>(words.words + 2) - 1);
      },
      nullptr);
  heap.Collect();
  EXPECT_FALSE(heap.IsBlock(interior_kept));   // words[0] is not whole inside the range
  EXPECT_FALSE(heap.IsBlock(last_byte_kept));  // nor is words[1]
}

// ---- Finalisers ---------------------------------------------------------------------------------------------------

struct FinalizerLog {
  Heap* heap = nullptr;
  std::vector<void*> blocks;
  std::vector<uintptr_t> tags;        // word 0 of each finalised block
  std::vector<uintptr_t> child_tags;  // word 0 of the block word 1 points at, if any
  bool allocate_succeeded = false;
};
FinalizerLog* g_log = nullptr;

void RecordFinalizer(void* block) {
  g_log->blocks.push_back(block);
  g_log->tags.push_back(reinterpret_cast<uintptr_t>(Slots(block)[0]));
  if (Slots(block)[1] != nullptr) g_log->child_tags.push_back(reinterpret_cast<uintptr_t>(Slots(Slots(block)[1])[0]));
  if (g_log->heap->Allocate(G) != nullptr) g_log->allocate_succeeded = true;
  g_log->heap->Free(block);  // ignored during a collection
}

class HeapFinalizer : public ::testing::Test {
 protected:
  void SetUp() override {
    t_ = MakeHeap(64 * 1024);
    log_.heap = &t_->heap;
    g_log = &log_;
    t_->heap.SetFinalizer(&RecordFinalizer);
  }
  void TearDown() override { g_log = nullptr; }

  void* Tagged(size_t bytes, uint32_t flags, uintptr_t tag) {
    void* block = t_->heap.Allocate(bytes, flags);
    Slots(block)[0] = reinterpret_cast<void*>(tag);
    return block;
  }

  std::unique_ptr<testing::TestHeap> t_;
  FinalizerLog log_;
};

TEST_F(HeapFinalizer, RunsExactlyOnceForEachDeadBlock) {
  Heap& heap = t_->heap;
  void* a = Tagged(2 * G, kFinalizer, 0xA1);
  void* b = Tagged(2 * G, kFinalizer, 0xB1);
  void* c = Tagged(2 * G, kFinalizer, 0xC1);
  Tagged(2 * G, kNoFlags, 0xD1);  // dies without a finaliser call
  t_->roots = {b};
  heap.Collect();
  EXPECT_EQ(log_.blocks, (std::vector<void*>{a, c}));
  EXPECT_EQ(log_.tags, (std::vector<uintptr_t>{0xA1, 0xC1}));
  heap.Collect();
  EXPECT_EQ(log_.blocks.size(), 2u);
  t_->roots.clear();
  heap.Collect();
  EXPECT_EQ(log_.blocks, (std::vector<void*>{a, c, b}));
  heap.Collect();
  EXPECT_EQ(log_.blocks.size(), 3u);
  EXPECT_FALSE(log_.allocate_succeeded);  // no allocation while collecting
  EXPECT_EQ(heap.Stats().used_bytes, 0u);
  EXPECT_TRUE(heap.CheckConsistency());
}

TEST_F(HeapFinalizer, SeesTheDeadBlocksItPointsAtIntact) {
  Heap& heap = t_->heap;
  // The child sits before its owner, so a sweep that ran first would have put a free chunk's links over it.
  void* child = Tagged(3 * G, kNoFlags, 0xC0DE);
  void* owner = Tagged(2 * G, kFinalizer, 0x0);
  Slots(owner)[1] = child;
  heap.Collect();
  EXPECT_EQ(log_.child_tags, (std::vector<uintptr_t>{0xC0DE}));
  EXPECT_FALSE(heap.IsBlock(child));
  EXPECT_FALSE(heap.IsBlock(owner));
}

TEST_F(HeapFinalizer, NotCalledByFreeOrForLiveBlocks) {
  Heap& heap = t_->heap;
  void* freed = Tagged(G, kFinalizer, 1);
  void* live = Tagged(G, kFinalizer, 3);
  t_->roots = {live};
  heap.Free(freed);
  heap.Collect();
  EXPECT_TRUE(log_.blocks.empty());
  EXPECT_TRUE(heap.IsBlock(live));
}

TEST_F(HeapFinalizer, MovedBlocksKeepTheirFinalizer) {
  Heap& heap = t_->heap;
  void* block = Tagged(2 * G, kFinalizer, 0x77);
  t_->roots = {heap.Allocate(G)};  // a wall: the block cannot grow in place
  void* moved = heap.Reallocate(block, 6 * G);
  ASSERT_NE(moved, block);
  heap.Collect();
  EXPECT_EQ(log_.blocks, std::vector<void*>{moved});
  EXPECT_EQ(log_.tags, std::vector<uintptr_t>{0x77});
}

// ---- Policy: stress mode, threshold, disabled collection, Reallocate under pressure ------------------------------

TEST(HeapPolicy, StressModeCollectsBeforeEveryAllocation) {
  auto t = MakeHeap(64 * 1024);
  Heap& heap = t->heap;
  heap.SetStressMode(true);
  for (uintptr_t i = 0; i < 300; ++i) {
    void* block = heap.Allocate(3 * G);
    ASSERT_NE(block, nullptr);
    Slots(block)[0] = reinterpret_cast<void*>(2 * i + 1);
    if (i % 3 == 0) t->roots.push_back(block);
    for (void* root : t->roots) ASSERT_TRUE(heap.IsBlock(root));
  }
  EXPECT_EQ(heap.Stats().collections, 300u);
  for (size_t k = 0; k < t->roots.size(); ++k) {
    EXPECT_EQ(Slots(t->roots[k])[0], reinterpret_cast<void*>(2 * (3 * k) + 1));
  }
  heap.Collect();
  EXPECT_EQ(heap.Stats().used_bytes, 100 * 3 * G);
  EXPECT_TRUE(heap.CheckConsistency());
}

TEST(HeapPolicy, ThresholdCollectsAfterThatManyBytes) {
  auto t = MakeHeap(64 * 1024);
  Heap& heap = t->heap;
  heap.SetCollectThreshold(1024);
  for (int i = 0; i < 100; ++i) heap.Allocate(64);
  EXPECT_EQ(heap.Stats().collections, 6u);  // before the 17th, 33rd, ..., 97th allocation
  heap.SetCollectThreshold(0);
  for (int i = 0; i < 100; ++i) heap.Allocate(64);
  EXPECT_EQ(heap.Stats().collections, 6u);
}

TEST(HeapPolicy, DisabledCollectionStillCollectsWhenAsked) {
  auto t = MakeHeap(16 * 1024);
  Heap& heap = t->heap;
  heap.SetAutoCollect(false);
  EXPECT_FALSE(heap.AutoCollect());
  heap.SetCollectThreshold(64);
  while (heap.Allocate(100) != nullptr) {
  }
  EXPECT_EQ(heap.Stats().collections, 0u);
  heap.Collect();
  EXPECT_EQ(heap.Stats().collections, 1u);
  EXPECT_EQ(heap.Stats().used_bytes, 0u);
}

TEST(HeapPolicy, ReallocateKeepsItsBlockAcrossTheCollectionItTriggers) {
  auto t = MakeHeap(16 * 1024);
  Heap& heap = t->heap;
  heap.SetAutoCollect(false);
  auto* block = static_cast<unsigned char*>(heap.Allocate(6 * G));  // rooted by nothing but this call
  for (size_t i = 0; i < 6 * G; ++i) block[i] = static_cast<unsigned char>(i ^ 0x5C);
  while (heap.Allocate(4 * G) != nullptr) {  // garbage, the first of it right after the block
  }
  heap.SetAutoCollect(true);
  auto* moved = static_cast<unsigned char*>(heap.Reallocate(block, 40 * G));
  ASSERT_NE(moved, nullptr);
  EXPECT_EQ(heap.Stats().collections, 1u);
  for (size_t i = 0; i < 6 * G; ++i) ASSERT_EQ(moved[i], static_cast<unsigned char>(i ^ 0x5C)) << i;
  EXPECT_EQ(heap.Stats().used_bytes, 40 * G);
  EXPECT_TRUE(heap.CheckConsistency());
}

}  // namespace
}  // namespace gc
}  // namespace mica
