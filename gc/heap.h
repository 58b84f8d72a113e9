// The garbage-collected heap: one block of memory, handed over by the port at start-up, that every Python object
// lives in. The collector is mark-and-sweep and never moves a block. It knows nothing of Python: a block is a run of
// words that may hold pointers. Design, worst cases and measurements: docs/gc.md.
//
// Contract:
// - Init() takes the memory. The heap's own tables (bit planes, mark stack) are carved from its start; the rest is
//   the pool, cut into granules of two machine words (8 bytes on 32-bit targets, 16 on 64-bit). Blocks start on a
//   granule: 8-byte aligned everywhere (a double fits), 16-byte aligned on 64-bit hosts. No header precedes a block.
// - Allocate() returns zeroed memory, or nullptr if the heap is full even after a collection, is locked, or is in
//   the middle of a collection (a finaliser must not allocate).
// - What keeps a block alive during Collect():
//     * a word that holds exactly the block's start address, found in a precise root the runtime reports from its
//       root marker (MarkRoot / MarkRange) or in a live block that was not allocated with kNoScan;
//     * a word on the C stack (from the current stack pointer to the base given to SetStackBase), in a
//       callee-saved register, or in a range given to MarkConservativeRange, that points anywhere inside the
//       block, [start, start + BlockSize): compiled code may keep only a derived pointer in a register, so this
//       part is conservative and accepts interior pointers (a pointer just past the end does not count).
//   Pointers to free memory, to the heap's tables or outside the pool are ignored. Keep the Heap object itself
//   off the scanned stack (ports make it static): its pointer to the pool would pin the block at the pool's start.
// - Dead blocks allocated with kFinalizer get the finaliser called once, before any memory is reused in that
//   collection (so a finaliser may still read the dead blocks it points to). The block is freed whatever the
//   finaliser does. Free() never calls it: a block freed explicitly is one its owner has already cleaned up.
// - Single-threaded. Lock() is for interrupt handlers (micropython.heap_lock): while locked, Allocate and
//   Reallocate return nullptr, Free and Collect do nothing.
#ifndef MICA_GC_HEAP_H_
#define MICA_GC_HEAP_H_

#include <stddef.h>
#include <stdint.h>

#include "gc/bitmap.h"
#include "gc/size_class.h"

namespace mica {
namespace gc {

// Allocation flags; combine with |.
enum AllocFlags : uint32_t {
  kNoFlags = 0,
  kNoScan = 1u << 0,     // holds no pointers (str/bytes data, bigint digits): the marker does not look inside
  kFinalizer = 1u << 1,  // call the finaliser when the block dies (with kNoScan too, the block is still scanned)
};

struct HeapStats {
  size_t total_bytes = 0;         // the pool: what blocks can use (the tables excluded)
  size_t used_bytes = 0;          // in allocated blocks, whole granules (micropython.mem_alloc)
  size_t free_bytes = 0;          // total - used (mem_free)
  size_t largest_free_bytes = 0;  // the biggest block Allocate can return without a collection
  size_t free_fragments = 0;      // maximal runs of free granules
  size_t metadata_bytes = 0;      // bit planes, mark stack and alignment taken from the memory given to Init
  uint32_t collections = 0;       // since Init
  // The last collection's pause, in work done (independent of the CPU): blocks marked and words examined.
  size_t last_marked_blocks = 0;
  size_t last_scanned_words = 0;
  size_t last_mark_overflows = 0;  // pushes that did not fit the mark stack (handled without a heap rescan)
};

class Heap {
 public:
  static constexpr size_t kGranuleBytes = 2 * sizeof(void*);

  using RootMarker = void (*)(Heap& heap, void* context);
  using Finalizer = void (*)(void* block);
  using TextWriter = void (*)(const char* text, size_t length, void* context);

  constexpr Heap() = default;
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // Takes [memory, memory + bytes) for the heap. False (and an unusable heap) if it is too small to hold the
  // tables and a few granules. May be called again to start over with new memory.
  bool Init(void* memory, size_t bytes);

  // Zeroed block of at least `bytes` (0 is allowed and gives the smallest block), or nullptr.
  void* Allocate(size_t bytes, uint32_t flags = kNoFlags);
  // Resizes `block` to at least `new_bytes`, keeping its contents and flags; the part added is zeroed. Shrinks and
  // grows into following free space in place; otherwise moves (allocate, copy, free). nullptr and the block
  // untouched if there is no room; a null block allocates, new_bytes == 0 frees and returns nullptr.
  void* Reallocate(void* block, size_t new_bytes);
  // Gives a block known to be dead back at once (list growth and the like). Ignores nullptr and anything that is
  // not the start of an allocated block.
  void Free(void* block);
  // Usable size of an allocated block (a whole number of granules), 0 if `block` is not the start of one.
  size_t BlockSize(const void* block) const;
  // Whether `pointer` is the start of an allocated block.
  bool IsBlock(const void* pointer) const;

  // Marks from the C stack and registers, the root marker and a block Reallocate is moving; runs the finalisers
  // of the dead; sweeps. Does nothing while locked or when called during a collection.
  void Collect();

  // Roots. The marker is called at the start of each collection and reports every precise root with MarkRoot /
  // MarkRange (words that are not heap pointers, such as tagged small ints, are ignored). Both are no-ops outside
  // a collection.
  void SetRootMarker(RootMarker marker, void* context);
  void MarkRoot(const void* maybe_pointer);
  void MarkRange(void* const* begin, void* const* end);
  // Scans [begin, end) conservatively, like the C stack: every aligned word that points anywhere inside an
  // allocated block keeps it. For memory the port cannot describe precisely (another task's stack, a saved
  // register context). Also a no-op outside a collection.
  void MarkConservativeRange(const void* begin, const void* end);
  // The end of the C stack the collector scans conservatively: any address inside the outermost frame that may
  // hold heap pointers, e.g. a local of main (the word there is scanned too). nullptr turns the C stack scan off
  // (precise roots only).
  void SetStackBase(void* base);
  uintptr_t StackBase() const { return stack_base_; }  // 0 when the C stack is not scanned

  void SetFinalizer(Finalizer finalizer);

  // Policy.
  void Lock();
  void Unlock();
  bool IsLocked() const;
  size_t LockDepth() const { return lock_depth_; }  // nested Lock() calls not yet undone
  void SetStressMode(bool on);   // collect before every allocation (the GC stress test variant)
  void SetAutoCollect(bool on);  // gc.enable()/gc.disable(): collect when an allocation does not fit
  bool AutoCollect() const;
  void SetCollectThreshold(size_t bytes);  // gc.threshold(): also collect after `bytes` allocated; 0 turns it off

  // Diagnostics.
  HeapStats Stats() const;
  // The fragmentation map (micropython.mem_info(1)): a summary line, then 64 granules per line prefixed with the
  // byte offset, one character each: '.' free, 'h' head of a scanned block, 'n' head of a kNoScan block,
  // 'f' head of a kFinalizer block, '=' the rest of a block. Runs of all-free lines are folded into one line.
  void DumpMap(TextWriter write, void* context) const;
  // Checks every invariant of the tables and free lists (O(heap)): for tests and debugging.
  bool CheckConsistency() const;

 private:
  // The pool seen as machine words. may_alias: the collector reads every block's words whatever their C++ type.
  typedef uintptr_t Word __attribute__((may_alias));

  // What a chunk (an allocated block or a maximal free run) is, two bits at its first granule, split over the
  // kind_low_ and kind_high_ planes. Granules inside a chunk have kind 0, except the last granule of a free chunk
  // of two or more granules, which repeats kFree so that Free() can find its left neighbour in O(1).
  enum Kind : uint32_t { kScanned = 0, kNoScanKind = 1, kFinalizerKind = 2, kFree = 3 };

  // A range of words still to scan.
  struct MarkEntry {
    const Word* begin;
    const Word* end;
  };

  static constexpr size_t kNone = ~static_cast<size_t>(0);

  // Layout (heap.cc).
  Word* At(size_t granule) const { return reinterpret_cast<Word*>(pool_ + granule * kGranuleBytes); }
  size_t GranuleOf(const void* pointer) const;  // exact block start, or kNone
  size_t BytesToGranules(size_t bytes) const;   // kNone if larger than the pool
  Kind KindAt(size_t granule) const {
    return static_cast<Kind>((TestBit(kind_low_, granule) ? 1u : 0u) | (TestBit(kind_high_, granule) ? 2u : 0u));
  }
  void SetKind(size_t granule, Kind kind) {
    const size_t word = granule / kBitsPerWord;
    const BitWord bit = BitWord{1} << (granule % kBitsPerWord);
    kind_low_[word] = (kind & 1u) != 0 ? (kind_low_[word] | bit) : (kind_low_[word] & ~bit);
    kind_high_[word] = (kind & 2u) != 0 ? (kind_high_[word] | bit) : (kind_high_[word] & ~bit);
  }
  size_t BlockGranules(size_t head) const;  // of an allocated block, from the boundary plane
  size_t FreeGranules(size_t head) const;   // of a free chunk, from its own words

  // Free lists (heap.cc).
  void WriteFreeChunk(size_t head, size_t granules);
  void PushFree(size_t head, size_t granules);
  void Unlink(size_t head, size_t granules);
  size_t TakeFree(size_t granules);
  size_t TakeBestFit(uint32_t size_class, size_t granules);
  void Carve(size_t head, size_t chunk_granules, size_t granules);
  size_t SplitFront(size_t head, size_t chunk_granules, size_t granules);
  void Release(size_t head, size_t granules);
  void ResetFreeLists();

  // Collection (heap_collect.cc).
  void MarkHead(size_t head);
  void MarkExact(uintptr_t word);
  void MarkInterior(uintptr_t word);
  void PushBlock(size_t head);
  void Drain();
  void DrainOverflow();
  void ScanCStack();
  void ScanStackWords(const void* registers);
  void RunFinalizers();
  void Sweep();
  void AppendFree(size_t head, size_t granules, uintptr_t* tails);

  // Tables, carved from the memory given to Init.
  uintptr_t pool_ = 0;
  size_t granules_ = 0;
  size_t plane_words_ = 0;  // words per plane: granules_ + 1 bits (the boundary plane's end sentinel)
  size_t metadata_bytes_ = 0;
  BitWord* boundary_ = nullptr;  // first granule of every chunk, allocated or free, plus bit granules_
  BitWord* kind_low_ = nullptr;
  BitWord* kind_high_ = nullptr;
  BitWord* mark_ = nullptr;            // at block heads, only during a collection
  BitWord* overflow_cards_ = nullptr;  // one bit per mark_ word: a marked block there may be unscanned
  MarkEntry* mark_stack_ = nullptr;
  size_t mark_stack_capacity_ = 0;
  size_t mark_stack_depth_ = 0;

  // Free lists: doubly linked through the free chunks' first two words (addresses, 0 ends a list).
  uintptr_t free_heads_[kSizeClasses] = {};
  uint32_t nonempty_classes_ = 0;
  size_t used_granules_ = 0;

  // Roots and hooks.
  RootMarker root_marker_ = nullptr;
  void* root_context_ = nullptr;
  uintptr_t stack_base_ = 0;
  Finalizer finalizer_ = nullptr;
  size_t pinned_ = kNone;  // a block Reallocate is moving: kept alive by a collection its Allocate triggers

  // Policy and state.
  uint32_t lock_depth_ = 0;
  bool collecting_ = false;
  bool marking_ = false;  // MarkRoot/MarkRange are accepted
  bool draining_ = false;
  bool overflow_pending_ = false;
  bool stress_mode_ = false;
  bool auto_collect_ = true;
  size_t threshold_bytes_ = 0;
  size_t allocated_since_collect_ = 0;

  // Statistics.
  uint32_t collections_ = 0;
  size_t last_marked_blocks_ = 0;
  size_t last_scanned_words_ = 0;
  size_t last_mark_overflows_ = 0;
};

}  // namespace gc
}  // namespace mica

#endif  // MICA_GC_HEAP_H_
