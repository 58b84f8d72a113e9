// Index arithmetic of deque's ring buffer: `length` items start at slot `head` of `capacity` slots and wrap
// around. Header-only and pure, so it is unit-tested on the host and on 32-bit ARM.
#ifndef MICA_RUNTIME_MODULES_COLLECTIONS_RING_H_
#define MICA_RUNTIME_MODULES_COLLECTIONS_RING_H_

#include <stdint.h>

namespace mica {
namespace ring {

// The slot of the item `index` places after `head` (index < capacity).
inline uint32_t Slot(uint32_t head, uint32_t index, uint32_t capacity) {
  const uint32_t room = capacity - head;
  return index < room ? head + index : index - room;
}

// The slot before `head` (where appendleft puts an item).
inline uint32_t Before(uint32_t head, uint32_t capacity) { return head == 0 ? capacity - 1 : head - 1; }

// Copies the `length` items in ring order into `to` (a linear buffer of at least `length` items).
template <typename T>
void Unroll(const T* from, uint32_t head, uint32_t length, uint32_t capacity, T* to) {
  for (uint32_t i = 0; i < length; ++i) to[i] = from[Slot(head, i, capacity)];
}

// The capacity to grow to when a ring of `capacity` slots is full: doubles, starting at 8; 0 when it would
// overflow 32 bits.
inline uint32_t GrownCapacity(uint32_t capacity) {
  if (capacity == 0) return 8;
  return capacity > 0x3FFFFFFFu ? 0 : capacity * 2;
}

}  // namespace ring
}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_COLLECTIONS_RING_H_
