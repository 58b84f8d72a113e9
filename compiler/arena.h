// Arena: a bump allocator over one block of memory the caller owns, for the compiler's short-lived data.
//
// The front end never calls malloc. AST nodes and finished lists are carved from the bottom of the block; lists
// still being built are staged on a scratch stack that grows down from the top (see ListBuilder), so a finished
// list costs exactly its items. Nothing is freed one by one: the caller drops the whole block after compiling.
// When the block is full, allocation returns nullptr and exhausted() turns true; the parser reports that as
// "out of memory" (MemoryError), never a crash. Mark()/Release() let the parser backtrack.
#ifndef MICA_COMPILER_ARENA_H_
#define MICA_COMPILER_ARENA_H_

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "compiler/span.h"

namespace mica {

// Tag for the placement form of `new` below: it starts an object's lifetime in arena memory (no allocation).
struct ArenaPlacement {};

}  // namespace mica

inline void* operator new(size_t, mica::ArenaPlacement, void* where) noexcept { return where; }

namespace mica {

class Arena {
 public:
  // `block` may have any alignment; the arena aligns each allocation itself.
  Arena(void* block, size_t size);
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  // Returns `size` bytes aligned to `alignment` (a power of two) from the bottom, or nullptr if they do not fit.
  void* Allocate(size_t size, size_t alignment);

  // A value-initialised (zeroed) T, or nullptr. T must be trivially destructible: destructors never run.
  template <typename T>
  T* New() {
    void* memory = Allocate(sizeof(T), alignof(T));
    return memory == nullptr ? nullptr : new (ArenaPlacement(), memory) T();
  }

  // Scratch stack at the top of the block (LIFO; used by ListBuilder).
  void* PushScratch(size_t size, size_t alignment);
  size_t scratch_mark() const { return top_; }
  void PopScratch(size_t mark) { top_ = mark; }

  // Backtracking: Release(mark) frees everything allocated from the bottom since Mark().
  size_t Mark() const { return bottom_; }
  void Release(size_t mark) { bottom_ = mark; }

  size_t capacity() const { return size_; }
  size_t used() const { return bottom_ + (size_ - top_); }
  size_t peak() const { return peak_; }  // the most bytes ever in use at once (bottom and scratch together)
  bool exhausted() const { return exhausted_; }

 private:
  void NotePeak();

  uintptr_t base_;
  size_t size_;
  size_t bottom_ = 0;  // offset of the first free byte from the bottom
  size_t top_;         // offset one past the last free byte (scratch occupies [top_, size_))
  size_t peak_ = 0;
  bool exhausted_ = false;
};

// Collects the items of one list on the arena's scratch stack while the parser is still finding them, then
// copies them to the bottom in one exact-size block. Builders nest like the parser's recursion (the destructor
// pops the scratch), so an inner list never disturbs an outer one. The rule that makes this work: only the
// innermost live builder may grow. Two lists that grow in turn (a call's arguments and keywords) share one
// builder and are split when finished. T must be trivially copyable.
template <typename T>
class ListBuilder {
 public:
  explicit ListBuilder(Arena* arena) : arena_(arena), mark_(arena->scratch_mark()) {}
  ~ListBuilder() { arena_->PopScratch(mark_); }
  ListBuilder(const ListBuilder&) = delete;
  ListBuilder& operator=(const ListBuilder&) = delete;

  // False when the arena is full.
  bool Add(const T& item) {
    void* slot = arena_->PushScratch(sizeof(T), alignof(T));
    if (slot == nullptr) return false;
    memcpy(slot, &item, sizeof(T));
    if (count_ == 0) first_ = static_cast<unsigned char*>(slot);
    ++count_;
    return true;
  }

  uint32_t count() const { return count_; }

  // Item `index` of those added so far (the stack grows down: item i sits i slots below the first).
  T At(uint32_t index) const {
    T item;
    memcpy(&item, first_ - static_cast<size_t>(index) * sizeof(T), sizeof(T));
    return item;
  }

  // The items in the order added, now owned by the arena's bottom. False (and an empty span) when full.
  bool Finish(Span<T>* out) { return FinishRange(0, count_, out); }

  // Items [begin, end) only: a list that holds two lists one after the other (parameters before and after '*').
  bool FinishRange(uint32_t begin, uint32_t end, Span<T>* out) {
    *out = Span<T>();
    if (begin >= end) return true;
    void* memory = arena_->Allocate(static_cast<size_t>(end - begin) * sizeof(T), alignof(T));
    if (memory == nullptr) return false;
    T* items = static_cast<T*>(memory);
    for (uint32_t i = begin; i < end; ++i) items[i - begin] = At(i);
    out->items = items;
    out->count = end - begin;
    return true;
  }

 private:
  Arena* arena_;
  size_t mark_;
  unsigned char* first_ = nullptr;
  uint32_t count_ = 0;
};

}  // namespace mica

#endif  // MICA_COMPILER_ARENA_H_
