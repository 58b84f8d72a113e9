// ArenaVector<T>: a growable array in the compiler's Arena, for the emitter's per-function tables.
//
// Growing allocates a block twice the size from the arena's bottom and copies; the old block is abandoned
// until the function's working memory is released as a whole (FunctionEmitter does Mark/Release around each
// function), so the waste is bounded by the final size. freeze() forbids further growth: the emitting pass
// must not allocate while a nested function, compiled in the middle of it, owns the arena above.
// T must be trivially copyable.
#ifndef MICA_COMPILER_EMITTER_ARENA_VECTOR_H_
#define MICA_COMPILER_EMITTER_ARENA_VECTOR_H_

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "compiler/arena.h"

namespace mica {
namespace emit {

template <typename T>
class ArenaVector {
 public:
  // False when the arena is full, or when the vector is frozen and full.
  bool Push(Arena* arena, const T& item) {
    if (count_ == capacity_ && !Grow(arena)) return false;
    items_[count_++] = item;
    return true;
  }

  uint32_t count() const { return count_; }
  T& operator[](uint32_t index) { return items_[index]; }
  const T& operator[](uint32_t index) const { return items_[index]; }
  T* data() { return items_; }

  // Keeps the capacity: the next pass refills the same slots.
  void Clear() { count_ = 0; }
  void Freeze() { frozen_ = true; }

 private:
  bool Grow(Arena* arena) {
    if (frozen_) return false;
    const uint32_t capacity = capacity_ == 0 ? 8 : capacity_ * 2;
    void* memory = arena->Allocate(static_cast<size_t>(capacity) * sizeof(T), alignof(T));
    if (memory == nullptr) return false;
    if (count_ != 0) memcpy(memory, items_, static_cast<size_t>(count_) * sizeof(T));
    items_ = static_cast<T*>(memory);
    capacity_ = capacity;
    return true;
  }

  T* items_ = nullptr;
  uint32_t count_ = 0;
  uint32_t capacity_ = 0;
  bool frozen_ = false;
};

}  // namespace emit
}  // namespace mica

#endif  // MICA_COMPILER_EMITTER_ARENA_VECTOR_H_
