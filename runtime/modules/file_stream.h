// Files: the stream objects open() returns, over the port's file interface (runtime/exec/port_files.h).
// FileIO is the binary stream ("rb", "wb"...), TextIOWrapper the text one (UTF-8, newlines as they are, as
// CPython on unix). Neither buffers: each read or write is one port call, so nothing is lost if the program
// ends without closing; a file the program forgets is closed by the collector's finaliser (stream.h).
#ifndef MICA_RUNTIME_MODULES_FILE_STREAM_H_
#define MICA_RUNTIME_MODULES_FILE_STREAM_H_

#include <stdint.h>

#include "runtime/modules/stream.h"
#include "runtime/value.h"

namespace mica {

struct FileObject {
  StreamObject stream;
  intptr_t handle;  // the port's handle
  Value name;       // the path as given
};

extern const StreamType kFileIOType;
extern const StreamType kTextIOWrapperType;

// open(file, mode='r', buffering=-1, encoding=None): io.open and the `open` builtin. Modes as CPython: one of
// r w a x, optionally + and b or t. OSError subclasses with errno for failures (FileNotFoundError...).
Value OpenFile(const Value* args, uint32_t n_pos, uint32_t n_kw);

}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_FILE_STREAM_H_
