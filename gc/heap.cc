// The heap's layout and its allocator: Init, Allocate, Reallocate, Free and the segregated free lists.
// The collector is in heap_collect.cc, the statistics and the map in heap_report.cc.
#include "gc/heap.h"

#include <string.h>

namespace mica {
namespace gc {
namespace {

// Smaller pools are refused: the tables would dwarf them and nothing useful fits.
constexpr size_t kMinGranules = 16;

// Mark stack: one entry per 256 granules (about 0.4% of the pool on 32-bit targets) within fixed bounds. It only
// has to be deep enough to make overflows rare; an overflow costs a card rescan, not a heap rescan.
constexpr size_t kGranulesPerMarkEntry = 256;
constexpr size_t kMinMarkEntries = 64;
constexpr size_t kMaxMarkEntries = 4096;

// A request in a range class looks at this many chunks of its own class for the best fit before it splits a
// chunk from a larger class: bounded work, and the lists of big chunks are short anyway.
constexpr int kBestFitProbes = 16;

// Free lists are kept in address order (see PushFree); an insertion walks at most this many chunks to find its
// place. The sweep rebuilds every list in exact order, so between collections the order is only approximate.
constexpr int kOrderedInsertSteps = 16;

constexpr size_t kMarkEntryBytes = 2 * sizeof(void*);

uintptr_t AlignUp(uintptr_t value, uintptr_t alignment) {
  return (value + alignment - 1) & ~(alignment - 1);
}

size_t MarkStackEntries(size_t granules) {
  const size_t entries = granules / kGranulesPerMarkEntry;
  if (entries < kMinMarkEntries) return kMinMarkEntries;
  return entries > kMaxMarkEntries ? kMaxMarkEntries : entries;
}

// Bytes of tables for a pool of `granules`: four planes, the overflow cards, the mark stack; rounded up to a
// granule so the pool that follows is aligned.
size_t MetadataBytes(size_t granules) {
  const size_t plane_words = BitWords(granules + 1);
  const size_t card_words = BitWords(plane_words);
  size_t bytes = (4 * plane_words + card_words) * sizeof(BitWord);
  bytes = AlignUp(bytes, sizeof(void*));
  bytes += MarkStackEntries(granules) * kMarkEntryBytes;
  return AlignUp(bytes, Heap::kGranuleBytes);
}

bool Fits(size_t granules, size_t available) {
  const size_t metadata = MetadataBytes(granules);
  return metadata <= available && granules <= (available - metadata) / Heap::kGranuleBytes;
}

}  // namespace

static_assert((Heap::kGranuleBytes & (Heap::kGranuleBytes - 1)) == 0, "granule must be a power of two");
static_assert(Heap::kGranuleBytes >= 8, "a granule must hold a double");

bool Heap::Init(void* memory, size_t bytes) {
  static_assert(sizeof(MarkEntry) == kMarkEntryBytes, "mark stack entry layout");
  // Start over: Init may be called again with new memory.
  pool_ = 0;
  granules_ = 0;
  plane_words_ = 0;
  metadata_bytes_ = 0;
  mark_stack_depth_ = 0;
  ResetFreeLists();
  used_granules_ = 0;
  pinned_ = kNone;
  lock_depth_ = 0;
  collecting_ = false;
  marking_ = false;
  draining_ = false;
  overflow_pending_ = false;
  allocated_since_collect_ = 0;
  collections_ = 0;
  last_marked_blocks_ = 0;
  last_scanned_words_ = 0;
  last_mark_overflows_ = 0;

  const uintptr_t begin = reinterpret_cast<uintptr_t>(memory);
  if (memory == nullptr || bytes > ~uintptr_t{0} - begin) return false;
  const uintptr_t end = begin + bytes;
  const uintptr_t start = AlignUp(begin, kGranuleBytes);
  if (start >= end) return false;
  const size_t available = end - start;

  // The largest pool whose tables fit beside it (Fits is monotonic in the pool size).
  size_t low = 0;
  size_t high = available / kGranuleBytes;
  while (low < high) {
    const size_t mid = low + (high - low + 1) / 2;
    if (Fits(mid, available)) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  if (low < kMinGranules) return false;

  const size_t granules = low;
  plane_words_ = BitWords(granules + 1);
  metadata_bytes_ = (start - begin) + MetadataBytes(granules);
  BitWord* planes = reinterpret_cast<BitWord*>(start);
  boundary_ = planes;
  kind_low_ = planes + plane_words_;
  kind_high_ = planes + 2 * plane_words_;
  mark_ = planes + 3 * plane_words_;
  overflow_cards_ = planes + 4 * plane_words_;
  const size_t card_words = BitWords(plane_words_);
  memset(planes, 0, (4 * plane_words_ + card_words) * sizeof(BitWord));
  mark_stack_ =
      reinterpret_cast<MarkEntry*>(AlignUp(reinterpret_cast<uintptr_t>(overflow_cards_ + card_words), sizeof(void*)));
  mark_stack_capacity_ = MarkStackEntries(granules);
  pool_ = start + MetadataBytes(granules);
  granules_ = granules;

  // One free chunk spans the pool; the sentinel boundary bit past its end bounds every forward search.
  SetBit(boundary_, 0);
  SetBit(boundary_, granules_);
  PushFree(0, granules_);
  return true;
}

// ---- Layout helpers -------------------------------------------------------------------------------------------

size_t Heap::GranuleOf(const void* pointer) const {
  const uintptr_t offset = reinterpret_cast<uintptr_t>(pointer) - pool_;  // wraps for addresses below the pool
  if (offset >= granules_ * kGranuleBytes || offset % kGranuleBytes != 0) return kNone;
  const size_t granule = offset / kGranuleBytes;
  if (!TestBit(boundary_, granule) || KindAt(granule) == kFree) return kNone;
  return granule;
}

size_t Heap::BytesToGranules(size_t bytes) const {
  if (bytes > granules_ * kGranuleBytes) return kNone;
  const size_t granules = bytes / kGranuleBytes + (bytes % kGranuleBytes != 0 ? 1 : 0);
  return granules == 0 ? 1 : granules;
}

size_t Heap::BlockGranules(size_t head) const {
  return FindNextSet(boundary_, head + 1, granules_ + 1) - head;
}

size_t Heap::FreeGranules(size_t head) const {
  // A one-granule chunk has no room for its size: the boundary right after it says it all.
  return TestBit(boundary_, head + 1) ? 1 : static_cast<size_t>(At(head)[2]);
}

// ---- Free lists -------------------------------------------------------------------------------------------------
// A free chunk of n granules starting at `head` keeps in its own words: [0] next chunk of its class, [1] previous
// one (addresses, 0 ends the list), and if n >= 2: [2] n and, in its last word, n again (for its right neighbour).
//
// Placement policy: an exact-size class hands out its lowest chunk; otherwise the lowest-addressed chunk among
// the heads of all larger classes is split (address-ordered first fit over the classes). Keeping allocations low
// lets the free space at higher addresses coalesce into large chunks: with plain LIFO lists the same classes
// fragment more than MicroPython's first fit does (docs/gc.md has the figures).

void Heap::WriteFreeChunk(size_t head, size_t granules) {
  SetKind(head, kFree);
  if (granules >= 2) {
    SetKind(head + granules - 1, kFree);
    At(head)[2] = granules;
    At(head + granules)[-1] = granules;
  }
}

void Heap::PushFree(size_t head, size_t granules) {
  WriteFreeChunk(head, granules);
  const uint32_t size_class = SizeClassOf(granules);
  const uintptr_t address = reinterpret_cast<uintptr_t>(At(head));
  // In address order, looking at most kOrderedInsertSteps chunks ahead: the lists' heads are what allocation
  // uses, and they stay the lowest chunks (exactly so right after a sweep).
  uintptr_t previous = 0;
  uintptr_t next = free_heads_[size_class];
  for (int step = 0; next != 0 && next < address && step < kOrderedInsertSteps; ++step) {
    previous = next;
    next = reinterpret_cast<const Word*>(next)[0];
  }
  Word* chunk = At(head);
  chunk[0] = next;
  chunk[1] = previous;
  if (next != 0) reinterpret_cast<Word*>(next)[1] = address;
  if (previous != 0) {
    reinterpret_cast<Word*>(previous)[0] = address;
  } else {
    free_heads_[size_class] = address;
  }
  nonempty_classes_ |= 1u << size_class;
}

void Heap::Unlink(size_t head, size_t granules) {
  const uint32_t size_class = SizeClassOf(granules);
  Word* chunk = At(head);
  const uintptr_t next = chunk[0];
  const uintptr_t previous = chunk[1];
  if (previous != 0) {
    reinterpret_cast<Word*>(previous)[0] = next;
  } else {
    free_heads_[size_class] = next;
  }
  if (next != 0) reinterpret_cast<Word*>(next)[1] = previous;
  if (free_heads_[size_class] == 0) nonempty_classes_ &= ~(1u << size_class);
  SetKind(head, kScanned);
  if (granules >= 2) SetKind(head + granules - 1, kScanned);
}

void Heap::ResetFreeLists() {
  for (uint32_t c = 0; c < kSizeClasses; ++c) free_heads_[c] = 0;
  nonempty_classes_ = 0;
}

// Keeps the first `granules` of an unlinked chunk and gives the rest back as a free chunk of its own. The rest's
// right neighbour was the chunk's, which is not free (free chunks never touch), so it needs no coalescing.
void Heap::Carve(size_t head, size_t chunk_granules, size_t granules) {
  if (chunk_granules == granules) return;
  SetBit(boundary_, head + granules);
  PushFree(head + granules, chunk_granules - granules);
}

// Takes the first `granules` of the free chunk at `head` (still linked, larger than `granules`), leaving the rest
// free. When the rest stays in the chunk's size class it simply takes the chunk's place in its list: same
// neighbours, still in address order (it only moved up, below the next chunk), and the footer is unchanged. Else
// the chunk is unlinked and the rest pushed into its own class.
size_t Heap::SplitFront(size_t head, size_t chunk_granules, size_t granules) {
  const size_t rest = chunk_granules - granules;
  const uint32_t size_class = SizeClassOf(chunk_granules);
  if (SizeClassOf(rest) != size_class) {
    Unlink(head, chunk_granules);
    Carve(head, chunk_granules, granules);
    return head;
  }
  // Same class: rest >= 2 (classes of single granules hold nothing else), so it has a size word and a footer.
  const Word* chunk = At(head);
  const uintptr_t next = chunk[0];
  const uintptr_t previous = chunk[1];
  const size_t rest_head = head + granules;
  Word* rest_chunk = At(rest_head);  // may overlap the old chunk's size word: the links were read first
  const uintptr_t address = reinterpret_cast<uintptr_t>(rest_chunk);
  rest_chunk[0] = next;
  rest_chunk[1] = previous;
  rest_chunk[2] = rest;
  At(rest_head + rest)[-1] = rest;
  if (previous != 0) {
    reinterpret_cast<Word*>(previous)[0] = address;
  } else {
    free_heads_[size_class] = address;
  }
  if (next != 0) reinterpret_cast<Word*>(next)[1] = address;
  SetBit(boundary_, rest_head);
  SetKind(rest_head, kFree);
  SetKind(head, kScanned);
  return head;
}

size_t Heap::TakeBestFit(uint32_t size_class, size_t granules) {
  size_t best = kNone;
  size_t best_granules = kNone;
  uintptr_t chunk = free_heads_[size_class];
  for (int probes = 0; chunk != 0 && probes < kBestFitProbes; ++probes) {
    const size_t head = (chunk - pool_) / kGranuleBytes;
    const size_t size = FreeGranules(head);
    if (size >= granules && size < best_granules) {
      best = head;
      best_granules = size;
      if (size == granules) break;
    }
    chunk = reinterpret_cast<const Word*>(chunk)[0];
  }
  if (best == kNone) return kNone;
  if (best_granules == granules) {
    Unlink(best, best_granules);
    return best;
  }
  return SplitFront(best, best_granules, granules);
}

// A chunk of exactly `granules` from the free lists (its kind bits cleared), or kNone.
size_t Heap::TakeFree(size_t granules) {
  const uint32_t size_class = SizeClassOf(granules);
  if (size_class < kExactClasses) {
    if (free_heads_[size_class] != 0) {
      const size_t head = (free_heads_[size_class] - pool_) / kGranuleBytes;
      Unlink(head, granules);
      return head;
    }
  } else {
    const size_t head = TakeBestFit(size_class, granules);
    if (head != kNone) return head;
  }
  // Any chunk of a larger class fits: split the lowest-addressed of their heads. (2u << 31 wraps to 0.)
  const uint32_t larger = nonempty_classes_ & ~((2u << size_class) - 1u);
  if (larger == 0) return kNone;
  uintptr_t lowest = ~uintptr_t{0};
  for (uint32_t classes = larger; classes != 0; classes &= classes - 1) {
    const uintptr_t candidate = free_heads_[__builtin_ctz(classes)];
    if (candidate < lowest) lowest = candidate;
  }
  const size_t head = (lowest - pool_) / kGranuleBytes;
  return SplitFront(head, FreeGranules(head), granules);
}

// Makes [head, head + granules) free, merged with free neighbours on both sides. On entry its boundary bit is
// set, the ones inside are clear and its kind bits are all 0.
void Heap::Release(size_t head, size_t granules) {
  const size_t next = head + granules;
  if (next < granules_ && KindAt(next) == kFree) {
    const size_t next_granules = FreeGranules(next);
    Unlink(next, next_granules);
    ClearBit(boundary_, next);
    granules += next_granules;
  }
  if (head > 0 && KindAt(head - 1) == kFree) {
    // Either a one-granule chunk (its boundary bit is set) or the footer granule of a longer one.
    const size_t previous_granules = TestBit(boundary_, head - 1) ? 1 : static_cast<size_t>(At(head)[-1]);
    const size_t previous = head - previous_granules;
    Unlink(previous, previous_granules);
    ClearBit(boundary_, head);
    head = previous;
    granules += previous_granules;
  }
  PushFree(head, granules);
}

// ---- Allocation -------------------------------------------------------------------------------------------------

void* Heap::Allocate(size_t bytes, uint32_t flags) {
  if (granules_ == 0 || lock_depth_ > 0 || collecting_) return nullptr;
  const size_t granules = BytesToGranules(bytes);
  if (granules == kNone) return nullptr;  // can never fit: no point collecting
  if (stress_mode_ || (auto_collect_ && threshold_bytes_ != 0 && allocated_since_collect_ >= threshold_bytes_)) {
    Collect();
  }
  size_t head;
  const uint32_t exact_class = static_cast<uint32_t>(granules - 1);
  if (exact_class < kExactClasses && free_heads_[exact_class] != 0) {
    // The common case: a chunk of exactly this size, the lowest of its list (no predecessor).
    head = (free_heads_[exact_class] - pool_) / kGranuleBytes;
    const uintptr_t next = At(head)[0];
    free_heads_[exact_class] = next;
    if (next != 0) {
      reinterpret_cast<Word*>(next)[1] = 0;
    } else {
      nonempty_classes_ &= ~(1u << exact_class);
    }
    if (granules >= 2) SetKind(head + granules - 1, kScanned);
  } else {
    head = TakeFree(granules);
  }
  if (head == kNone && auto_collect_ && !stress_mode_) {
    Collect();
    head = TakeFree(granules);
  }
  if (head == kNone) return nullptr;
  // kFinalizer wins over kNoScan: scanning a block that holds no pointers is only slower, never wrong.
  SetKind(head, (flags & kFinalizer) != 0 ? kFinalizerKind : (flags & kNoScan) != 0 ? kNoScanKind : kScanned);
  used_granules_ += granules;
  allocated_since_collect_ += granules * kGranuleBytes;
  Word* block = At(head);
  if (granules == 1) {
    block[0] = 0;
    block[1] = 0;
  } else {
    memset(block, 0, granules * kGranuleBytes);
  }
  return block;
}

void* Heap::Reallocate(void* block, size_t new_bytes) {
  if (block == nullptr) return Allocate(new_bytes, kNoFlags);
  if (lock_depth_ > 0 || collecting_) return nullptr;
  const size_t head = GranuleOf(block);
  if (head == kNone) return nullptr;
  if (new_bytes == 0) {
    Free(block);
    return nullptr;
  }
  const size_t granules = BytesToGranules(new_bytes);
  if (granules == kNone) return nullptr;
  const size_t current = BlockGranules(head);
  if (granules == current) return block;
  if (granules < current) {
    SetBit(boundary_, head + granules);
    used_granules_ -= current - granules;
    Release(head + granules, current - granules);
    return block;
  }
  const size_t next = head + current;
  if (next < granules_ && KindAt(next) == kFree) {
    const size_t next_granules = FreeGranules(next);
    if (current + next_granules >= granules) {
      Unlink(next, next_granules);
      ClearBit(boundary_, next);
      Carve(head, current + next_granules, granules);
      used_granules_ += granules - current;
      allocated_since_collect_ += (granules - current) * kGranuleBytes;
      memset(At(next), 0, (granules - current) * kGranuleBytes);
      return block;
    }
  }
  const Kind kind = KindAt(head);
  const uint32_t flags = kind == kFinalizerKind ? kFinalizer : kind == kNoScanKind ? kNoScan : kNoFlags;
  // The block must survive a collection the allocation may run, whether or not anything else still roots it.
  pinned_ = head;
  void* moved = Allocate(new_bytes, flags);
  pinned_ = kNone;
  if (moved == nullptr) return nullptr;
  memcpy(moved, block, current * kGranuleBytes);
  Free(block);
  return moved;
}

void Heap::Free(void* block) {
  if (lock_depth_ > 0 || collecting_) return;
  const size_t head = GranuleOf(block);
  if (head == kNone) return;
  const size_t granules = BlockGranules(head);
  used_granules_ -= granules;
  SetKind(head, kScanned);
  Release(head, granules);
}

size_t Heap::BlockSize(const void* block) const {
  const size_t head = GranuleOf(block);
  return head == kNone ? 0 : BlockGranules(head) * kGranuleBytes;
}

bool Heap::IsBlock(const void* pointer) const {
  return GranuleOf(pointer) != kNone;
}

// ---- Roots and policy -------------------------------------------------------------------------------------------

void Heap::SetRootMarker(RootMarker marker, void* context) {
  root_marker_ = marker;
  root_context_ = context;
}

void Heap::SetStackBase(void* base) {
  stack_base_ = reinterpret_cast<uintptr_t>(base);
}
void Heap::SetFinalizer(Finalizer finalizer) {
  finalizer_ = finalizer;
}

void Heap::Lock() {
  ++lock_depth_;
}
void Heap::Unlock() {
  if (lock_depth_ > 0) --lock_depth_;
}
bool Heap::IsLocked() const {
  return lock_depth_ > 0;
}

void Heap::SetStressMode(bool on) {
  stress_mode_ = on;
}
void Heap::SetAutoCollect(bool on) {
  auto_collect_ = on;
}
bool Heap::AutoCollect() const {
  return auto_collect_;
}
void Heap::SetCollectThreshold(size_t bytes) {
  threshold_bytes_ = bytes;
}

}  // namespace gc
}  // namespace mica
