// Allocation of objects and of their internal storage in the GC heap.
//
// NewObject() is how every object comes to life: it returns zeroed memory with the type pointer set, or raises
// MemoryError (from the preallocated instance, no allocation) and returns null. Objects that hold no heap
// pointers besides their (flash) type pointer are allocated with gc::kNoScan (int, float, str). AllocateRaw() is
// for storage an object owns (list items, dict tables): it raises MemoryError the same way.
//
// GC safety: a collection may run inside any allocation. A value is kept alive by being on the C stack or in a
// register (conservative scan), in a live heap object, or in something a root marker reports.
#ifndef MICA_RUNTIME_OBJECTS_ALLOCATOR_H_
#define MICA_RUNTIME_OBJECTS_ALLOCATOR_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"

namespace mica {

// A zeroed object of `bytes` bytes (at least sizeof(Object)) whose type is `type`; null with MemoryError pending.
Object* NewObject(const Type* type, size_t bytes, uint32_t gc_flags = 0);

// Zeroed storage; null with MemoryError pending.
void* AllocateRaw(size_t bytes, uint32_t gc_flags);

// Grows or shrinks storage from AllocateRaw (contents kept, growth zeroed); null with MemoryError pending and the
// old block untouched.
void* ReallocateRaw(void* block, size_t new_bytes);

// Gives storage known to be unreachable back at once (ignored for null).
void FreeRaw(void* block);

// Byte count helpers that saturate instead of wrapping (an overflowing size then simply fails to allocate).
inline size_t SaturatingMul(size_t a, size_t b) {
  if (a != 0 && b > static_cast<size_t>(-1) / a) return static_cast<size_t>(-1);
  return a * b;
}
inline size_t SaturatingAdd(size_t a, size_t b) {
  return a + b < a ? static_cast<size_t>(-1) : a + b;
}

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_ALLOCATOR_H_
