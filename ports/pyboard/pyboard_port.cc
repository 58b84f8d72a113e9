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

int ReadStdinByte() { return board::ConsoleReadByte(); }

}  // namespace mica::port
