// Pieces the asyncio awaitables share: `__await__` returning the object itself, an already-completed awaitable
// (what the stream methods and Lock.__aexit__ return), and the conversion of delays to microseconds.
#ifndef MICA_RUNTIME_MODULES_ASYNCIO_AWAITABLE_H_
#define MICA_RUNTIME_MODULES_ASYNCIO_AWAITABLE_H_

#include <stdint.h>

#include "runtime/object.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/value.h"

namespace mica {
namespace asyncio {

// A zeroed record of type T (whose first member is its Object header); null with MemoryError pending.
template <typename T>
T* NewRecord(const Type* type, uint32_t gc_flags = 0) {
  return reinterpret_cast<T*>(NewObject(type, sizeof(T), gc_flags));
}

// __await__(self) -> self: every awaitable here is its own iterator.
extern const BuiltinFunction kAwaitSelf;

// An awaitable that finishes at once with `value`. kCompletedNone is a constant one for None.
Value NewCompleted(Value value);
Value CompletedNone();

// A delay in seconds (int or float) or in milliseconds as microseconds; negative delays are 0.
Value SecondsToMicroseconds(Value seconds, uint64_t* out);
Value MillisecondsToMicroseconds(Value milliseconds, uint64_t* out);

}  // namespace asyncio
}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_ASYNCIO_AWAITABLE_H_
