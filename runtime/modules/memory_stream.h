// io.StringIO and io.BytesIO: streams over a growable buffer in the GC heap. StringIO is a text stream holding
// UTF-8 (positions are byte offsets, as in MicroPython), BytesIO a binary one. Writing past the end fills the gap
// with zero bytes, as CPython does.
#ifndef MICA_RUNTIME_MODULES_MEMORY_STREAM_H_
#define MICA_RUNTIME_MODULES_MEMORY_STREAM_H_

#include <stddef.h>

#include "runtime/modules/stream.h"

namespace mica {

struct MemoryStreamObject {
  StreamObject stream;
  uint8_t* data;  // AllocateRaw(kNoScan) block of `capacity` bytes, or null; zero past `length`
  size_t length;
  size_t capacity;
  size_t position;
};

extern const StreamType kStringIOType;
extern const StreamType kBytesIOType;

}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_MEMORY_STREAM_H_
