// Random operation sequences checked against a shadow model: allocate, free, reallocate, drop roots, link blocks,
// lock, collect. After every step the heap's statistics must match the model; after every collection exactly the
// blocks the model finds unreachable must be gone (and finalised), and every survivor's contents intact.
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <map>
#include <random>
#include <set>
#include <vector>

#include "gc/heap.h"
#include "gc/heap_test_util.h"
#include "gtest/gtest.h"

namespace mica {
namespace gc {
namespace {

constexpr size_t G = Heap::kGranuleBytes;

struct ShadowBlock {
  size_t requested;
  uint32_t flags;
  uint8_t seed;
  bool rooted;
  void* child;  // what word 0 points at (nullptr: word 0 holds a tagged value)
};

std::map<void*, int>* g_finalized = nullptr;
void CountFinalizer(void* block) {
  ++(*g_finalized)[block];
}

class ShadowModel {
 public:
  ShadowModel(uint32_t seed, size_t heap_bytes) : random_(seed), t_(testing::MakeHeap(heap_bytes)) {
    g_finalized = &finalized_;
    heap().SetFinalizer(&CountFinalizer);
  }
  ~ShadowModel() { g_finalized = nullptr; }

  Heap& heap() { return t_->heap; }

  void Run(int steps) {
    for (int step = 0; step < steps; ++step) {
      SCOPED_TRACE(step);
      const uint32_t op = Below(100);
      if (op < 36) {
        Allocate();
      } else if (op < 50) {
        FreeOne();
      } else if (op < 64) {
        DropRoot();
      } else if (op < 78) {
        ReallocateOne();
      } else if (op < 92) {
        Link();
      } else if (op < 95) {
        LockedAllocateFails();
      } else {
        heap().Collect();
        CatchUp(nullptr, nullptr);
      }
      CheckStats();
      if (::testing::Test::HasFatalFailure()) return;
      if (step % 64 == 0) {
        ASSERT_TRUE(heap().CheckConsistency());
      }
    }
    ASSERT_TRUE(heap().CheckConsistency());
    // The sequence must have gone through collections and through a full heap to be worth anything.
    EXPECT_GT(heap().Stats().collections, 3u);
    EXPECT_GT(failed_allocations_, 0u);
    printf("[ shadow model ] %d steps: %u collections, %zu failed allocations, %zu blocks left\n", steps,
           heap().Stats().collections, failed_allocations_, blocks_.size());
  }

 private:
  uint32_t Below(uint32_t n) { return static_cast<uint32_t>(random_() % n); }

  size_t RandomSize() {
    const uint32_t kind = Below(100);
    if (kind < 70) return 1 + Below(64);
    if (kind < 95) return 65 + Below(960);
    return 1025 + Below(16 * 1024);
  }

  void* Pick() {
    if (blocks_.empty()) return nullptr;
    auto it = blocks_.begin();
    std::advance(it, Below(static_cast<uint32_t>(blocks_.size())));
    return it->first;
  }

  static uint8_t PatternByte(uint8_t seed, size_t i) { return static_cast<uint8_t>((seed + 7 * i) | 1); }
  static void* Tag(uint8_t seed) { return reinterpret_cast<void*>(uintptr_t{2} * seed + 1); }

  // Word 0 is the child pointer or a tag; the bytes after it up to the requested size follow the pattern. Every
  // pattern word is odd, so it is never mistaken for a pointer.
  void Fill(void* block, const ShadowBlock& shadow) {
    auto* bytes = static_cast<uint8_t*>(block);
    static_cast<void**>(block)[0] = shadow.child != nullptr ? shadow.child : Tag(shadow.seed);
    for (size_t i = sizeof(void*); i < shadow.requested; ++i) bytes[i] = PatternByte(shadow.seed, i);
  }

  void Verify(void* block, const ShadowBlock& shadow) {
    ASSERT_TRUE(heap().IsBlock(block));
    ASSERT_EQ(heap().BlockSize(block), Rounded(shadow.requested));
    ASSERT_EQ(static_cast<void**>(block)[0], shadow.child != nullptr ? shadow.child : Tag(shadow.seed));
    const auto* bytes = static_cast<const uint8_t*>(block);
    for (size_t i = sizeof(void*); i < shadow.requested; ++i) ASSERT_EQ(bytes[i], PatternByte(shadow.seed, i)) << i;
  }

  static size_t Rounded(size_t bytes) { return bytes <= G ? G : (bytes + G - 1) / G * G; }

  void Allocate() {
    ShadowBlock shadow{RandomSize(), 0, static_cast<uint8_t>(Below(256)), Below(4) != 0, nullptr};
    shadow.requested = shadow.requested < sizeof(void*) ? sizeof(void*) : shadow.requested;
    const uint32_t flag_choice = Below(100);
    shadow.flags = flag_choice < 20 ? kNoScan : flag_choice < 26 ? kFinalizer : kNoFlags;
    void* block = heap().Allocate(shadow.requested, shadow.flags);
    CatchUp(nullptr, nullptr);  // a collection it ran happened before the new block existed
    if (block == nullptr) {
      ++failed_allocations_;
      // Allocate collected before giving up: the request really does not fit.
      EXPECT_LT(heap().Stats().largest_free_bytes, Rounded(shadow.requested));
      return;
    }
    // Zeroed, whatever the memory held before.
    for (size_t i = 0; i < Rounded(shadow.requested); ++i) {
      EXPECT_EQ(static_cast<uint8_t*>(block)[i], 0) << i;
      if (static_cast<uint8_t*>(block)[i] != 0) break;
    }
    Fill(block, shadow);
    blocks_[block] = shadow;
    if (shadow.rooted) SyncRoots();
  }

  void FreeOne() {
    void* block = Pick();
    if (block == nullptr) return;
    Unreference(block);
    heap().Free(block);
    blocks_.erase(block);
    SyncRoots();
    EXPECT_FALSE(heap().IsBlock(block));
  }

  void DropRoot() {
    void* block = Pick();
    if (block == nullptr) return;
    blocks_[block].rooted = false;
    SyncRoots();
  }

  void ReallocateOne() {
    void* block = Pick();
    if (block == nullptr) return;
    const ShadowBlock before = blocks_[block];
    const size_t new_size = sizeof(void*) + RandomSize();
    void* resized = heap().Reallocate(block, new_size);
    // Reallocate keeps its block alive through a collection it runs; if it moved, the old copy is gone now.
    CatchUp(block, resized != nullptr && resized != block ? block : nullptr);
    if (resized == nullptr) {
      ++failed_allocations_;
      EXPECT_TRUE(heap().IsBlock(block));
      return;
    }
    ShadowBlock shadow = blocks_.at(block);
    EXPECT_EQ(shadow.child, before.child);
    // The old contents survive up to the smaller size; what was added is zero.
    const size_t kept = shadow.requested < new_size ? shadow.requested : new_size;
    const size_t old_rounded = Rounded(shadow.requested);
    const auto* bytes = static_cast<const uint8_t*>(resized);
    EXPECT_EQ(static_cast<void**>(resized)[0], shadow.child != nullptr ? shadow.child : Tag(shadow.seed));
    size_t pattern_ok = sizeof(void*);
    while (pattern_ok < kept && bytes[pattern_ok] == PatternByte(shadow.seed, pattern_ok)) ++pattern_ok;
    EXPECT_EQ(pattern_ok < kept ? pattern_ok : kept, kept) << "contents lost at byte " << pattern_ok;
    size_t zero_ok = old_rounded;
    while (zero_ok < Rounded(new_size) && bytes[zero_ok] == 0) ++zero_ok;
    EXPECT_GE(zero_ok, Rounded(new_size)) << "added part not zeroed at byte " << zero_ok;
    blocks_.erase(block);
    if (resized != block) {
      Redirect(block, resized);
      if (shadow.child == block) shadow.child = resized;  // it pointed at itself
    }
    shadow.requested = new_size;
    Fill(resized, shadow);
    blocks_[resized] = shadow;
    SyncRoots();
  }

  // Makes a random block's word 0 point at another (or at nothing).
  void Link() {
    void* parent = Pick();
    void* child = Pick();
    if (parent == nullptr) return;
    ShadowBlock& shadow = blocks_[parent];
    shadow.child = Below(5) == 0 ? nullptr : child;
    static_cast<void**>(parent)[0] = shadow.child != nullptr ? shadow.child : Tag(shadow.seed);
  }

  void LockedAllocateFails() {
    heap().Lock();
    EXPECT_EQ(heap().Allocate(16), nullptr);
    heap().Unlock();
  }

  // Blocks that pointed at `block` (about to be freed) now hold their tag instead.
  void Unreference(void* block) {
    for (auto& [address, shadow] : blocks_) {
      if (shadow.child == block) {
        shadow.child = nullptr;
        static_cast<void**>(address)[0] = Tag(shadow.seed);
      }
    }
  }

  // `from` moved to `to`: references follow, as the runtime would update them.
  void Redirect(void* from, void* to) {
    for (auto& [address, shadow] : blocks_) {
      if (shadow.child == from) {
        shadow.child = to;
        static_cast<void**>(address)[0] = to;
      }
    }
  }

  void SyncRoots() {
    t_->roots.clear();
    for (const auto& [address, shadow] : blocks_) {
      if (shadow.rooted) t_->roots.push_back(address);
    }
  }

  // What the model says a collection must keep: the roots (and a block Reallocate pinned), then whatever a
  // scanned survivor points at.
  std::set<void*> Reachable(void* pinned) {
    std::set<void*> seen;
    std::vector<void*> work;
    for (const auto& [address, shadow] : blocks_) {
      if (shadow.rooted || address == pinned) work.push_back(address);
    }
    while (!work.empty()) {
      void* block = work.back();
      work.pop_back();
      if (!seen.insert(block).second) continue;
      const ShadowBlock& shadow = blocks_.at(block);
      if (shadow.child != nullptr && shadow.flags != kNoScan) work.push_back(shadow.child);
    }
    return seen;
  }

  // Brings the model up to date if the heap collected since the last call: exactly the unreachable blocks must be
  // gone (and the kFinalizer ones finalised once), every other one intact. `moved` was pinned but has been moved
  // and freed since, so it is not checked.
  void CatchUp(void* pinned, void* moved) {
    const uint32_t collections = heap().Stats().collections;
    if (collections == collections_seen_) return;
    EXPECT_EQ(collections, collections_seen_ + 1);  // at most one collection per operation
    collections_seen_ = collections;
    const std::set<void*> reachable = Reachable(pinned);
    std::map<void*, int> expected_finalized;
    for (auto it = blocks_.begin(); it != blocks_.end();) {
      if (reachable.count(it->first) != 0) {
        if (it->first != moved) Verify(it->first, it->second);
        ++it;
        continue;
      }
      if (it->second.flags == kFinalizer) expected_finalized[it->first] = 1;
      it = blocks_.erase(it);
    }
    // Unreachable blocks may have been finalised in more than one collection during this step only if their
    // address was reused; with one collection per step each is finalised exactly once.
    EXPECT_EQ(finalized_, expected_finalized);
    finalized_.clear();
    SyncRoots();
  }

  void CheckStats() {
    size_t used = 0;
    for (const auto& [address, shadow] : blocks_) used += Rounded(shadow.requested);
    const HeapStats stats = heap().Stats();
    ASSERT_EQ(stats.used_bytes, used);
    ASSERT_EQ(stats.used_bytes + stats.free_bytes, stats.total_bytes);
    ASSERT_LE(stats.largest_free_bytes, stats.free_bytes);
    ASSERT_EQ(stats.free_fragments == 0, stats.free_bytes == 0);
  }

  std::mt19937 random_;
  std::unique_ptr<testing::TestHeap> t_;
  std::map<void*, ShadowBlock> blocks_;
  std::map<void*, int> finalized_;
  size_t failed_allocations_ = 0;
  uint32_t collections_seen_ = 0;
};

TEST(HeapRandom, ShadowModelSeed1) {
  ShadowModel(1, 64 * 1024).Run(4000);
}
TEST(HeapRandom, ShadowModelSeed2) {
  ShadowModel(2, 96 * 1024).Run(4000);
}
TEST(HeapRandom, ShadowModelSeed3SmallHeap) {
  ShadowModel(3, 24 * 1024).Run(4000);
}

}  // namespace
}  // namespace gc
}  // namespace mica
