// The stream protocol every stream object shares (files, StringIO, BytesIO; later UART and sockets): a stream
// type supplies four byte-level operations and inherits read/readinto/readline/readlines/write/seek/tell/flush/
// close, iteration over lines and `with` from the shared base type, IOBase.
//
// A stream type is a StreamType: a Type whose `base` is &kIOBaseType, followed by its StreamOps. Its instances
// start with a StreamObject (flags: readable, writable, text, closed). Text streams hold UTF-8: read() and
// readline() decode it (read(n) counts characters), write() takes str; binary streams take and give bytes.
// Positions (seek/tell) are byte offsets in both modes, as in MicroPython.
//
// Errors: an operation on a closed stream raises ValueError("I/O operation on closed file."); reading a stream
// that is not readable (or writing one that is not writable) raises io.UnsupportedOperation, an OSError subclass
// (CPython's also derives from ValueError; built-in types have single inheritance here); a failing operation
// raises OSError with the errno it returned.
//
// Finalisers: a stream type that holds an outside resource (a file handle) sets kTypeHasFinalizer; when the
// collector finds an instance dead and not closed, its close operation runs. Every type with
// kTypeHasFinalizer must be a StreamType, since the heap's single finaliser dispatches through StreamOps.
#ifndef MICA_RUNTIME_MODULES_STREAM_H_
#define MICA_RUNTIME_MODULES_STREAM_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

enum StreamFlags : uint32_t {
  kStreamReadable = 1u << 0,
  kStreamWritable = 1u << 1,
  kStreamText = 1u << 2,
  kStreamClosed = 1u << 3,
};

struct StreamObject {
  Object header;
  uint32_t flags;
};

// Byte-level operations; results are counts or positions, or -errno (a failure that left an exception pending,
// such as MemoryError, propagates that exception instead of OSError). Never called on a closed stream. close
// must not allocate: it may run inside a collection.
struct StreamOps {
  intptr_t (*read)(StreamObject* self, void* data, size_t length);  // 0 at end of stream
  intptr_t (*write)(StreamObject* self, const void* data, size_t length);
  int64_t (*seek)(StreamObject* self, int64_t offset, int whence);  // null: not seekable
  int (*close)(StreamObject* self);                                // releases what the stream holds
};

struct StreamType {
  Type type;  // first: a StreamType* is a Type*
  StreamOps ops;
};

extern const Type kIOBaseType;
extern const Type kUnsupportedOperationType;  // io.UnsupportedOperation

// The slots every stream type uses: iteration yields lines; attributes `closed`.
Value StreamGetIter(Value self);
Value StreamIterNext(Value self);
Value StreamAttr(Value self, uint32_t name, AttrOp op, Value* value);

// A new stream object of `bytes` bytes (at least sizeof(StreamObject)); a type with kTypeHasFinalizer gets the
// finaliser bit (closed when the collector finds it dead). Null with MemoryError pending.
StreamObject* NewStreamObject(const StreamType* type, size_t bytes, uint32_t flags);

// Whether v is a stream, and its object.
bool IsStream(Value v);
inline StreamObject* AsStream(Value v) { return reinterpret_cast<StreamObject*>(v.AsObject()); }

// ValueError("I/O operation on closed file.") when closed, else None.
Value CheckStreamOpen(const StreamObject* stream);

}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_STREAM_H_
