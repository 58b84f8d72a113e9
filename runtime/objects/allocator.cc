#include "runtime/objects/allocator.h"

#include "gc/heap.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/runtime_state.h"

namespace mica {

Object* NewObject(const Type* type, size_t bytes, uint32_t gc_flags) {
  if (bytes < sizeof(Object)) bytes = sizeof(Object);
  void* block = State().heap->Allocate(bytes, gc_flags);
  if (block == nullptr) {
    RaiseMemoryError();
    return nullptr;
  }
  Object* object = static_cast<Object*>(block);
  object->type = type;
  return object;
}

void* AllocateRaw(size_t bytes, uint32_t gc_flags) {
  void* block = State().heap->Allocate(bytes, gc_flags);
  if (block == nullptr) RaiseMemoryError();
  return block;
}

void* ReallocateRaw(void* block, size_t new_bytes) {
  if (new_bytes == 0) new_bytes = 1;  // Reallocate(…, 0) would free
  void* result = State().heap->Reallocate(block, new_bytes);
  if (result == nullptr) RaiseMemoryError();
  return result;
}

void FreeRaw(void* block) {
  if (block != nullptr) State().heap->Free(block);
}

}  // namespace mica
