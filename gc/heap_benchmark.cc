// Host benchmark for the heap: the pause per collection (in work and in time) against heap size and live data, and
// fragmentation under a churn workload next to a model of MicroPython's allocation policy.
//
//   bazel run -c opt //gc:heap_benchmark
//   bazel build -c opt --platforms=//toolchains:linux_arm_thumb //gc:heap_benchmark &&
//       qemu-arm bazel-out/k8-opt/bin/gc/heap_benchmark        (32-bit: 8-byte granules; times are meaningless)
//
// A host tool (the STL and <chrono> are fine here). Figures are recorded in docs/gc.md.
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <random>
#include <set>
#include <vector>

#include "gc/heap.h"

namespace mica {
namespace gc {
namespace {

struct Roots {
  std::vector<void*> blocks;
  static void Mark(Heap& heap, void* context) {
    auto* roots = static_cast<Roots*>(context);
    heap.MarkRange(roots->blocks.data(), roots->blocks.data() + roots->blocks.size());
  }
};

// Python-like object sizes. Objects are made of machine words (type pointer, length, items...), so the sizes are
// drawn in words: mostly 2-4 words (boxes, cells, small tuples, bound methods), some containers and strings, a few
// big arrays and buffers.
size_t ObjectSize(std::mt19937& random) {
  const uint32_t kind = random() % 100;
  size_t words;
  if (kind < 50) {
    words = 2 + random() % 3;
  } else if (kind < 75) {
    words = 5 + random() % 4;
  } else if (kind < 90) {
    words = 9 + random() % 56;
  } else if (kind < 98) {
    words = 65 + random() % 192;
  } else {
    words = 257 + random() % 1792;
  }
  return words * sizeof(void*);
}

double Microseconds(std::chrono::steady_clock::duration d) {
  return std::chrono::duration<double, std::micro>(d).count();
}

// Live data: `live` records of two words [next, payload] chained from one root, plus one kNoScan buffer each
// for every fourth record; the rest of the heap filled with garbage. Collects `runs` times, prints the median.
void PauseRow(size_t heap_bytes, size_t live) {
  std::unique_ptr<uint64_t[]> memory(new uint64_t[heap_bytes / 8]);
  Heap heap;
  if (!heap.Init(memory.get(), heap_bytes)) return;
  Roots roots;
  heap.SetRootMarker(&Roots::Mark, &roots);
  heap.SetAutoCollect(false);
  roots.blocks.push_back(nullptr);
  for (size_t i = 0; i < live; ++i) {
    void** record = static_cast<void**>(heap.Allocate(2 * sizeof(void*)));
    record[0] = roots.blocks[0];
    if (i % 4 == 0) record[1] = heap.Allocate(48, kNoScan);
    roots.blocks[0] = record;
  }
  while (heap.Allocate(64) != nullptr) {
  }
  std::vector<double> times;
  for (int run = 0; run < 5; ++run) {
    const auto start = std::chrono::steady_clock::now();
    heap.Collect();
    times.push_back(Microseconds(std::chrono::steady_clock::now() - start));
    while (heap.Allocate(64) != nullptr) {  // refill with garbage for the next run
    }
  }
  std::sort(times.begin(), times.end());
  const HeapStats stats = heap.Stats();
  printf("  %8zu KiB %9zu %10zu %12zu %10zu %10.1f\n", heap_bytes / 1024, live, stats.last_marked_blocks,
         stats.last_scanned_words, stats.last_mark_overflows, times[times.size() / 2]);
}

// A model of MicroPython's allocation policy (py/gc.c): 16-byte blocks, a table saying free/head/tail per block,
// first fit starting from the lowest block that may be free. Only the policy, to compare fragmentation.
class FirstFitModel {
 public:
  explicit FirstFitModel(size_t bytes) : state_(bytes / kBlock, kFreeBlock) {}

  // Returns the first block of the allocation or -1.
  long Allocate(size_t bytes) {
    const size_t n = (bytes + kBlock - 1) / kBlock;
    size_t run = 0;
    for (size_t i = lowest_free_; i < state_.size(); ++i) {
      run = state_[i] == kFreeBlock ? run + 1 : 0;
      if (run == n) {
        const size_t first = i + 1 - n;
        state_[first] = kHead;
        for (size_t j = first + 1; j <= i; ++j) state_[j] = kTail;
        if (first == lowest_free_) lowest_free_ = i + 1;
        return static_cast<long>(first);
      }
    }
    return -1;
  }

  void Free(long first) {
    size_t i = static_cast<size_t>(first);
    state_[i++] = kFreeBlock;
    while (i < state_.size() && state_[i] == kTail) state_[i++] = kFreeBlock;
    lowest_free_ = std::min(lowest_free_, static_cast<size_t>(first));
  }

  size_t FreeBytes() const { return std::count(state_.begin(), state_.end(), kFreeBlock) * kBlock; }

  void Fragments(size_t* largest, size_t* count) const {
    *largest = 0;
    *count = 0;
    size_t run = 0;
    for (size_t i = 0; i <= state_.size(); ++i) {
      if (i < state_.size() && state_[i] == kFreeBlock) {
        ++run;
        continue;
      }
      if (run > 0) ++*count;
      *largest = std::max(*largest, run * kBlock);
      run = 0;
    }
  }

 private:
  static constexpr size_t kBlock = 16;
  enum : uint8_t { kFreeBlock, kHead, kTail };
  std::vector<uint8_t> state_;
  size_t lowest_free_ = 0;
};

struct ChurnResult {
  size_t failures = 0;
  double free_percent_at_failure = 0;  // average
  size_t free_bytes = 0;
  size_t largest_free = 0;
  size_t fragments = 0;
};

// The same event sequence for any allocator: each step allocates one object with a random lifetime and frees
// those whose time is up. Lifetimes are mostly short with a long tail, so survivors pin the heap in place.
// With `collect`, expired objects are only forgotten (dropped from the roots); memory comes back when an
// allocation fails and the allocator collects, as in a garbage-collected runtime. Without it, each is freed
// explicitly when it expires.
template <typename Allocator>
ChurnResult Churn(Allocator& allocator, size_t steps, bool collect, uint32_t seed) {
  std::mt19937 random(seed);
  struct Live {
    size_t expires;
    typename Allocator::Handle handle;
  };
  std::vector<Live> live;
  ChurnResult result;
  double free_sum = 0;
  for (size_t step = 0; step < steps; ++step) {
    const size_t size = ObjectSize(random);
    const uint32_t r = random() % 100;
    const size_t lifetime = r < 70 ? 1 + random() % 50 : r < 95 ? 50 + random() % 2000 : 2000 + random() % 50000;
    typename Allocator::Handle handle;
    bool ok = allocator.Allocate(size, &handle);
    if (!ok && collect) {
      allocator.Collect();
      ok = allocator.Allocate(size, &handle);
    }
    if (ok) {
      live.push_back({step + lifetime, handle});
    } else {
      ++result.failures;
      free_sum += 100.0 * static_cast<double>(allocator.FreeBytes()) / static_cast<double>(allocator.Total());
    }
    for (size_t i = 0; i < live.size();) {
      if (live[i].expires <= step) {
        if (collect) {
          allocator.Forget(live[i].handle);
        } else {
          allocator.Free(live[i].handle);
        }
        live[i] = live.back();
        live.pop_back();
      } else {
        ++i;
      }
    }
  }
  result.free_percent_at_failure = result.failures != 0 ? free_sum / static_cast<double>(result.failures) : 0;
  result.free_bytes = allocator.FreeBytes();
  allocator.Fragments(&result.largest_free, &result.fragments);
  return result;
}

struct MicaAllocator {
  using Handle = void*;
  explicit MicaAllocator(size_t bytes) : memory(new uint64_t[bytes / 8]) {
    heap.Init(memory.get(), bytes);
    heap.SetAutoCollect(false);  // on only for the collecting variant (main)
    heap.SetRootMarker(&MarkLive, this);
  }
  bool Allocate(size_t bytes, Handle* handle) {
    *handle = heap.Allocate(bytes);
    if (*handle == nullptr) return false;
    roots.insert(*handle);
    return true;
  }
  void Free(Handle handle) {
    roots.erase(handle);
    heap.Free(handle);
  }
  void Forget(Handle handle) { roots.erase(handle); }
  void Collect() { heap.Collect(); }
  static void MarkLive(Heap& heap, void* context) {
    for (void* block : static_cast<MicaAllocator*>(context)->roots) heap.MarkRoot(block);
  }
  size_t FreeBytes() const { return heap.Stats().free_bytes; }
  size_t Total() const { return heap.Stats().total_bytes; }
  void Fragments(size_t* largest, size_t* count) const {
    *largest = heap.Stats().largest_free_bytes;
    *count = heap.Stats().free_fragments;
  }
  std::unique_ptr<uint64_t[]> memory;
  Heap heap;
  std::set<void*> roots;
};

struct FirstFitAllocator {
  using Handle = long;
  explicit FirstFitAllocator(size_t bytes) : model(bytes), total(bytes) {}
  bool Allocate(size_t bytes, Handle* handle) { return (*handle = model.Allocate(bytes)) >= 0; }
  void Free(Handle handle) { model.Free(handle); }
  void Forget(Handle handle) { dead.push_back(handle); }
  void Collect() {  // what a collection does for it: free everything forgotten
    for (Handle handle : dead) model.Free(handle);
    dead.clear();
  }
  size_t FreeBytes() const { return model.FreeBytes(); }
  size_t Total() const { return total; }
  void Fragments(size_t* largest, size_t* count) const { model.Fragments(largest, count); }
  FirstFitModel model;
  size_t total;
  std::vector<Handle> dead;
};

void Add(ChurnResult* sum, const ChurnResult& r) {
  sum->failures += r.failures;
  sum->free_percent_at_failure += r.free_percent_at_failure;
  sum->free_bytes += r.free_bytes;
  sum->largest_free += r.largest_free;
  sum->fragments += r.fragments;
}

// Averages over `runs`.
void ChurnRow(const char* name, const ChurnResult& r, size_t runs) {
  printf("  %-28s %9zu %12.1f %10zu %12zu %10zu\n", name, r.failures / runs, r.free_percent_at_failure / runs,
         r.free_bytes / runs, r.largest_free / runs, r.fragments / runs);
}

// Mixed sizes until the heap is full, every other block freed: what is left for a large request.
void EveryOtherFreed(size_t heap_bytes) {
  std::unique_ptr<uint64_t[]> memory(new uint64_t[heap_bytes / 8]);
  Heap heap;
  heap.Init(memory.get(), heap_bytes);
  heap.SetAutoCollect(false);
  std::mt19937 random(7);
  std::vector<void*> blocks;
  while (void* block = heap.Allocate(ObjectSize(random))) blocks.push_back(block);
  for (size_t i = 0; i < blocks.size(); i += 2) heap.Free(blocks[i]);
  const HeapStats stats = heap.Stats();
  printf("  %zu blocks, every other freed: free %zu of %zu bytes, largest free %zu, %zu fragments\n", blocks.size(),
         stats.free_bytes, stats.total_bytes, stats.largest_free_bytes, stats.free_fragments);
  heap.SetAutoCollect(true);
  Roots roots;  // nothing rooted: one collection frees it all
  heap.SetRootMarker(&Roots::Mark, &roots);
  heap.Collect();
  printf("  after a collection with nothing live: largest free %zu, %zu fragment(s), pause %zu blocks marked\n",
         heap.Stats().largest_free_bytes, heap.Stats().free_fragments, heap.Stats().last_marked_blocks);
}

}  // namespace
}  // namespace gc
}  // namespace mica

int main() {
  using namespace mica::gc;
  printf("Mica heap benchmark (granule %zu bytes)\n\n", Heap::kGranuleBytes);
  printf("Pause per collection (median of 5), heap full of garbage around the live data:\n");
  printf("  %12s %9s %10s %12s %10s %10s\n", "heap", "live recs", "marked", "words seen", "overflows", "time us");
  for (size_t heap_mib : {1, 4, 16, 64}) PauseRow(heap_mib << 20, 10000);
  for (size_t live : {1000, 100000, 400000}) PauseRow(size_t{16} << 20, live);

  for (bool collect : {false, true}) {
    printf(collect ? "\nChurn, memory reclaimed by collections only (GC runtime):\n"
                   : "\nChurn, 256 KiB heap, 300k allocations with random lifetimes, explicit frees, 5 seeds:\n");
    printf("  %-28s %9s %12s %10s %12s %10s\n", "allocator", "failures", "free% @fail", "free end", "largest end",
           "fragments");
    ChurnResult mica_sum, mp_sum, same_sum;
    for (uint32_t seed = 1; seed <= 5; ++seed) {
      MicaAllocator mica(256 * 1024);
      mica.heap.SetAutoCollect(collect);
      // The same event sequence on a model of MicroPython's first fit, with the pool MicroPython would have
      Add(&mica_sum, Churn(mica, 300000, collect, seed));
      // (its tables take 3 bits per 16-byte block: allocation and finaliser bits) and with Mica's pool.
      FirstFitAllocator first_fit(256 * 1024 / 131 * 128);
      Add(&mp_sum, Churn(first_fit, 300000, collect, seed));
      FirstFitAllocator same(mica.heap.Stats().total_bytes);
      Add(&same_sum, Churn(same, 300000, collect, seed));
    }
    ChurnRow("mica (segregated fits)", mica_sum, 5);
    ChurnRow("first fit, 16 B blocks (MP)", mp_sum, 5);
    ChurnRow("first fit, mica's pool size", same_sum, 5);
  }
  printf("\nEvery other block freed, 256 KiB heap:\n");
  EveryOtherFreed(256 * 1024);
  return 0;
}
