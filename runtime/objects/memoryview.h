// memoryview: a view of the bytes of a bytes-like object (bytes, bytearray, or another memoryview, which is
// flattened to its base), format 'B' and one dimension only. The view holds its base (so the GC keeps the base
// alive) plus an offset and a length, and reaches the data through GetBuffer() on every access, so it follows a
// bytearray whose block moves when it grows. A bytearray that shrinks under a view is not prevented (CPython
// raises BufferError): the view then sees only the bytes that are left.
//
// Supported: len, v[i], v[i:j] (a view sharing memory), v[i] = int and v[i:j] = bytes-like of the same length on
// writable views (over bytearray), readonly, tobytes(), tolist(), hex(), release(), == / != with any bytes-like
// object, iteration, bytes(v) and every other bytes-like use (GetBuffer accepts a memoryview).
// Like MicroPython, slices with a step other than 1 raise NotImplementedError; memoryviews are unhashable;
// repr is "<memory at 0x...>".
#ifndef MICA_RUNTIME_OBJECTS_MEMORYVIEW_H_
#define MICA_RUNTIME_OBJECTS_MEMORYVIEW_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

struct MemoryViewObject {
  Object header;
  Value base;         // a bytes or bytearray (never a memoryview)
  uint32_t offset;    // first byte of the view in the base
  uint32_t length;    // bytes in the view
  uint8_t readonly;
  uint8_t released;
};

extern const Type kMemoryViewType;

bool IsMemoryView(Value v);
// The view's bytes for GetBuffer (precondition: IsMemoryView(v)); a released view gives length 0.
void MemoryViewBuffer(Value v, const uint8_t** data, size_t* length);

Value MemoryViewMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_MEMORYVIEW_H_
