// runtime/exec/port.h on the pyboard: program output on the console (newlines sent as "\r\n", as a terminal on
// a UART wants), input() from it, and no file system yet (modules come built in or frozen into the image).
#include "ports/baremetal/board.h"
#include "ports/pyboard/console.h"
#include "runtime/exec/port.h"

namespace mica::port {

PathKind StatPath(const char*) { return PathKind::kMissing; }

char* ReadSourceFile(const char*, size_t*) { return nullptr; }

void WriteStdout(const char* data, size_t length) { board::ConsoleWrite(data, length); }

void WriteStderr(const char* data, size_t length) { board::ConsoleWrite(data, length); }

void FlushStdout() {}

// The console as a terminal's line discipline would present it to input() and sys.stdin: what is typed is
// echoed, Enter (CR) reads as "\n", and Ctrl-C while a program waits here ends the wait (-1, with the
// KeyboardInterrupt pending: runtime/exec/exec.h RaiseIfInterrupted).
int ReadStdinByte() {
  const int c = board::ConsoleReadByteOrInterrupt();
  if (c < 0) return -1;
  const char byte = c == '\r' ? '\n' : static_cast<char>(c);
  board::ConsoleWrite(&byte, 1);
  return static_cast<uint8_t>(byte);
}

}  // namespace mica::port
