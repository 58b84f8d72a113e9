#include "compiler/arena.h"

namespace mica {

Arena::Arena(void* block, size_t size)
    : base_(reinterpret_cast<uintptr_t>(block)), size_(block == nullptr ? 0 : size), top_(size_) {}

void Arena::NotePeak() {
  const size_t in_use = used();
  if (in_use > peak_) peak_ = in_use;
}

void* Arena::Allocate(size_t size, size_t alignment) {
  const uintptr_t start = (base_ + bottom_ + (alignment - 1)) & ~static_cast<uintptr_t>(alignment - 1);
  const size_t offset = static_cast<size_t>(start - base_);
  // Compare without forming offset + size, which could wrap for absurd sizes.
  if (offset > top_ || size > top_ - offset) {
    exhausted_ = true;
    return nullptr;
  }
  bottom_ = offset + size;
  NotePeak();
  return reinterpret_cast<void*>(start);
}

void* Arena::PushScratch(size_t size, size_t alignment) {
  if (size > top_) {
    exhausted_ = true;
    return nullptr;
  }
  const uintptr_t start = (base_ + top_ - size) & ~static_cast<uintptr_t>(alignment - 1);
  if (start < base_ + bottom_) {
    exhausted_ = true;
    return nullptr;
  }
  top_ = static_cast<size_t>(start - base_);
  NotePeak();
  return reinterpret_cast<void*>(start);
}

}  // namespace mica
