// The collector: mark from the roots and the C stack, run the finalisers of dead blocks, sweep.
//
// Marking is a depth-first trace with an explicit stack of word ranges. A block's words are scanned at most
// kScanChunkWords at a time (the rest of the block is pushed back first), so one big array cannot flood the stack,
// and a linked list of any length needs a stack depth of one or two. When the stack is full anyway, the block just
// marked is recorded in a card bitmap (one bit per 32 granules) instead of being pushed; once the stack is empty,
// only the marked blocks that start in those cards are scanned again. The heap is never rescanned as a whole.
//
// The sweep walks the mark bits a word at a time: every gap between two live blocks becomes one free chunk, its
// table bits cleared with word operations. Dead blocks are never visited one by one, so the pause is
// O(live blocks + words they hold + heap granules / 32).
#include <setjmp.h>

#include "gc/heap.h"

namespace mica {
namespace gc {
namespace {

constexpr ptrdiff_t kScanChunkWords = 32;

}  // namespace

void Heap::Collect() {
  if (granules_ == 0 || collecting_ || lock_depth_ > 0) return;
  collecting_ = true;
  marking_ = true;
  last_marked_blocks_ = 0;
  last_scanned_words_ = 0;
  last_mark_overflows_ = 0;
  mark_stack_depth_ = 0;
  overflow_pending_ = false;

  // The C stack first: until then this function has computed nothing from the pool, so the registers it spills
  // hold its callers' values only. Later, a register may hold pool_ (the start of granule 0) or a block being
  // scanned, and a scan would keep that block alive for no reason.
  if (stack_base_ != 0) ScanCStack();
  if (pinned_ != kNone) MarkHead(pinned_);
  if (root_marker_ != nullptr) root_marker_(*this, root_context_);
  Drain();
  DrainOverflow();
  marking_ = false;

  RunFinalizers();
  Sweep();
  ++collections_;
  allocated_since_collect_ = 0;
  collecting_ = false;
}

// ---- Marking ----------------------------------------------------------------------------------------------------

void Heap::MarkRoot(const void* maybe_pointer) {
  if (!marking_) return;
  ++last_scanned_words_;
  MarkExact(reinterpret_cast<uintptr_t>(maybe_pointer));
}

void Heap::MarkRange(void* const* begin, void* const* end) {
  if (!marking_) return;
  last_scanned_words_ += static_cast<size_t>(end - begin);
  for (void* const* p = begin; p < end; ++p) MarkExact(reinterpret_cast<uintptr_t>(*p));
}

// A word from a root or a block: counts only as the exact start of an allocated block.
inline void Heap::MarkExact(uintptr_t word) {
  const uintptr_t offset = word - pool_;  // wraps for words below the pool
  if (offset >= granules_ * kGranuleBytes || offset % kGranuleBytes != 0) return;
  const size_t granule = offset / kGranuleBytes;
  if (!TestBit(boundary_, granule) || KindAt(granule) == kFree) return;
  MarkHead(granule);
}

// A word from the C stack or a register: anything inside an allocated block counts.
void Heap::MarkInterior(uintptr_t word) {
  const uintptr_t offset = word - pool_;
  if (offset >= granules_ * kGranuleBytes) return;
  const size_t granule = offset / kGranuleBytes;
  // Granule 0 always starts a chunk, so the search always finds one.
  const size_t head = TestBit(boundary_, granule) ? granule : FindPrevSet(boundary_, granule);
  if (KindAt(head) == kFree) return;
  MarkHead(head);
}

void Heap::MarkHead(size_t head) {
  if (TestBit(mark_, head)) return;
  SetBit(mark_, head);
  ++last_marked_blocks_;
  if (KindAt(head) == kNoScanKind) return;
  if (mark_stack_depth_ == mark_stack_capacity_) {
    if (!draining_) {
      Drain();  // marking roots: make room rather than overflow
    } else {
      SetBit(overflow_cards_, head / kBitsPerWord);
      overflow_pending_ = true;
      ++last_mark_overflows_;
      return;
    }
  }
  PushBlock(head);
}

void Heap::PushBlock(size_t head) {
  const size_t end = FindNextSet(boundary_, head + 1, granules_ + 1);
  mark_stack_[mark_stack_depth_++] = MarkEntry{At(head), At(end)};
}

void Heap::Drain() {
  draining_ = true;
  while (mark_stack_depth_ > 0) {
    const MarkEntry entry = mark_stack_[--mark_stack_depth_];
    const Word* stop = entry.end - entry.begin > kScanChunkWords ? entry.begin + kScanChunkWords : entry.end;
    // The rest of the block goes back first, so the blocks found in this chunk are traced before it.
    if (stop != entry.end) mark_stack_[mark_stack_depth_++] = MarkEntry{stop, entry.end};
    last_scanned_words_ += static_cast<size_t>(stop - entry.begin);
    for (const Word* p = entry.begin; p != stop; ++p) MarkExact(*p);
  }
  draining_ = false;
}

// Scans again the marked, scannable blocks that start in an overflowed card. Those that were scanned already find
// only marked children; the rest get traced now. A card can overflow again while it is processed (new blocks are
// marked), hence the outer loop; it ends because every overflow marks a block that was not marked before.
void Heap::DrainOverflow() {
  const size_t card_words = BitWords(plane_words_);
  while (overflow_pending_) {
    overflow_pending_ = false;
    for (size_t w = 0; w < card_words; ++w) {
      while (overflow_cards_[w] != 0) {
        const size_t card = w * kBitsPerWord + static_cast<size_t>(__builtin_ctz(overflow_cards_[w]));
        ClearBit(overflow_cards_, card);
        BitWord heads = mark_[card] & ~kind_low_[card];  // marked, and of kind kScanned or kFinalizerKind
        while (heads != 0) {
          const size_t head = card * kBitsPerWord + static_cast<size_t>(__builtin_ctz(heads));
          heads &= heads - 1;
          PushBlock(head);  // the stack is empty here
          Drain();
        }
      }
    }
  }
}

// Spills the callee-saved registers into this frame (setjmp into a local jmp_buf; __builtin_unwind_init as well,
// because glibc mangles some registers it stores in a jmp_buf), then scans from below this frame to the base.
__attribute__((noinline)) void Heap::ScanCStack() {
  jmp_buf registers;
  __builtin_unwind_init();
  (void)setjmp(registers);
  ScanStackWords(&registers);
}

__attribute__((noinline)) void Heap::ScanStackWords(const void* registers) {
  // A local of this frame is below every frame that may hold a root, including the caller's jmp_buf.
  volatile uintptr_t here = reinterpret_cast<uintptr_t>(registers);
  uintptr_t low = reinterpret_cast<uintptr_t>(&here);
  uintptr_t high = stack_base_;
  if (low > high) {  // a stack that grows upwards
    const uintptr_t swap = low;
    low = high;
    high = swap;
  }
  // The word at the base itself is included.
  MarkConservativeRange(reinterpret_cast<const void*>(low), reinterpret_cast<const void*>(high + sizeof(Word)));
}

// Reading a whole stack, dead slots and sanitizer redzones included, is what a conservative scan is: the address
// sanitizer must not instrument these loads.
__attribute__((no_sanitize("address"))) void Heap::MarkConservativeRange(const void* begin, const void* end) {
  if (!marking_) return;
  const uintptr_t mask = sizeof(Word) - 1;
  const uintptr_t last = reinterpret_cast<uintptr_t>(end);
  for (uintptr_t address = (reinterpret_cast<uintptr_t>(begin) + mask) & ~mask; address + sizeof(Word) <= last;
       address += sizeof(Word)) {
    MarkInterior(*reinterpret_cast<const Word*>(address));
    ++last_scanned_words_;
  }
}

// ---- Finalisers and sweep ---------------------------------------------------------------------------------------

// Before the sweep writes anything, so a finaliser still sees intact the dead blocks it points to.
void Heap::RunFinalizers() {
  if (finalizer_ == nullptr) return;
  for (size_t w = 0; w < plane_words_; ++w) {
    // Chunk starts of kind kFinalizerKind (high bit set, low bit clear) that were not marked.
    BitWord dead = boundary_[w] & kind_high_[w] & ~kind_low_[w] & ~mark_[w];
    while (dead != 0) {
      const size_t head = w * kBitsPerWord + static_cast<size_t>(__builtin_ctz(dead));
      dead &= dead - 1;
      finalizer_(At(head));
    }
  }
}

// Rebuilds the free lists from scratch in address order (so each class hands out its lowest chunks first) and
// clears the mark bits.
void Heap::Sweep() {
  ResetFreeLists();
  uintptr_t tails[kSizeClasses] = {};
  size_t cursor = 0;  // start of the gap after the last live block
  size_t used = 0;
  for (size_t w = 0; w < plane_words_; ++w) {
    BitWord live = mark_[w];
    if (live == 0) continue;
    mark_[w] = 0;
    while (live != 0) {
      const size_t head = w * kBitsPerWord + static_cast<size_t>(__builtin_ctz(live));
      live &= live - 1;
      if (head > cursor) AppendFree(cursor, head - cursor, tails);
      const size_t end = FindNextSet(boundary_, head + 1, granules_ + 1);
      used += end - head;
      cursor = end;
    }
  }
  if (cursor < granules_) AppendFree(cursor, granules_ - cursor, tails);
  used_granules_ = used;
}

// Turns the gap [head, head + granules) - dead blocks and free chunks - into one free chunk at the end of its list.
void Heap::AppendFree(size_t head, size_t granules, uintptr_t* tails) {
  ClearBits(boundary_, head + 1, head + granules);
  ClearBits(kind_low_, head, head + granules);
  ClearBits(kind_high_, head, head + granules);
  WriteFreeChunk(head, granules);
  const uint32_t size_class = SizeClassOf(granules);
  Word* chunk = At(head);
  const uintptr_t address = reinterpret_cast<uintptr_t>(chunk);
  chunk[0] = 0;
  chunk[1] = tails[size_class];
  if (tails[size_class] != 0) {
    reinterpret_cast<Word*>(tails[size_class])[0] = address;
  } else {
    free_heads_[size_class] = address;
  }
  tails[size_class] = address;
  nonempty_classes_ |= 1u << size_class;
}

}  // namespace gc
}  // namespace mica
