// The REPL's view of a console: a byte stream in, a byte stream out. Each port provides one (a terminal on unix,
// a UART on a board), so the line editor and both REPL modes run unchanged everywhere.
//
// Output from the REPL itself ends lines with "\r\n" (terminals in raw mode and UARTs need both). Program output
// still goes through runtime/exec/port.h; a port whose REPL stream is its stdout writes both through one buffer.
#ifndef MICA_RUNTIME_REPL_REPL_IO_H_
#define MICA_RUNTIME_REPL_REPL_IO_H_

#include <stddef.h>
#include <string.h>

namespace mica {

struct ReplIo {
  void* context = nullptr;
  // The next input byte (0..255), blocking until there is one; -1 at end of input.
  int (*read_byte)(void* context) = nullptr;
  void (*write)(void* context, const char* data, size_t length) = nullptr;
  // Called around running user code (either may be null): a terminal leaves raw mode so Ctrl-C raises a signal
  // and input() gets a cooked line, and everything the program printed is flushed before the REPL writes again.
  void (*begin_run)(void* context) = nullptr;
  void (*end_run)(void* context) = nullptr;

  int Read() const { return read_byte(context); }
  void Write(const char* data, size_t length) const { write(context, data, length); }
  void Write(const char* text) const { write(context, text, strlen(text)); }
  void BeginRun() const {
    if (begin_run != nullptr) begin_run(context);
  }
  void EndRun() const {
    if (end_run != nullptr) end_run(context);
  }
};

// Control characters the REPL gives meaning to.
constexpr int kCtrlA = 0x01;
constexpr int kCtrlB = 0x02;
constexpr int kCtrlC = 0x03;
constexpr int kCtrlD = 0x04;
constexpr int kCtrlE = 0x05;

}  // namespace mica

#endif  // MICA_RUNTIME_REPL_REPL_IO_H_
