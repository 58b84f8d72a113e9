// sys.stdin, sys.stdout and sys.stderr: constant stream objects (flash) over the port's console
// (runtime/exec/port.h), with MicroPython's methods write, read, readline, flush and a `buffer` attribute, the
// same stream for bytes (stdout.buffer.write(b"...")).
#ifndef MICA_RUNTIME_MODULES_SYS_STREAM_H_
#define MICA_RUNTIME_MODULES_SYS_STREAM_H_

#include <stdint.h>

#include "runtime/object.h"

namespace mica {

enum class ConsoleFd : uint8_t { kStdin = 0, kStdout = 1, kStderr = 2 };

struct ConsoleStream {
  Object header;  // &kTextConsoleType (str) or &kBinaryConsoleType (bytes)
  ConsoleFd fd;
};

extern const Type kTextConsoleType;    // io.TextIOWrapper
extern const Type kBinaryConsoleType;  // io.FileIO

extern const ConsoleStream kSysStdin;
extern const ConsoleStream kSysStdout;
extern const ConsoleStream kSysStderr;

}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_SYS_STREAM_H_
