// bytearray: a mutable, growable sequence of bytes. The data lives in a separate kNoScan block (so the object keeps
// its address when it grows); it shares bytes' read-only methods (bytes_methods.h) and adds the mutators.
#ifndef MICA_RUNTIME_OBJECTS_BYTEARRAY_H_
#define MICA_RUNTIME_OBJECTS_BYTEARRAY_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

struct ByteArrayObject {
  Object header;
  uint32_t length;
  uint32_t capacity;
  uint8_t* data;  // AllocateRaw(kNoScan) block of `capacity` bytes, or null
};

extern const Type kByteArrayType;

bool IsByteArray(Value v);
ByteArrayObject* AsByteArray(Value v);  // precondition: IsByteArray(v)

// A bytearray holding a copy of data[0..length); Value::Exception() with MemoryError pending.
Value NewByteArray(const void* data, size_t length);
// Replaces items [start, start + removed) by data[0..added) (data may point into the bytearray itself).
Value ByteArraySplice(Value self, size_t start, size_t removed, const uint8_t* data, size_t added);

Value ByteArrayMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_BYTEARRAY_H_
