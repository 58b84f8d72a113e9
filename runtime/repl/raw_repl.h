// The raw REPL and raw-paste mode: MicroPython's machine protocol, so host tools (mpremote, pyboard.py) can
// drive a Mica console. docs/repl.md describes the bytes on the wire.
//
//   enter   Ctrl-A at the friendly prompt   -> "raw REPL; CTRL-B to exit\r\n>"
//   run     program bytes, Ctrl-D           -> "OK" stdout "\x04" traceback "\x04" ">"
//   paste   "\x05A\x01"                     -> "R\x01" + window (uint16 LE); "\x01" per window consumed;
//           program bytes, Ctrl-D           -> "\x04" stdout "\x04" traceback "\x04" ">"
//   reset   Ctrl-D with nothing typed       -> "OK\r\nMPY: soft reboot\r\n" + fresh __main__ (or, on a board, a fresh
//                                              runtime, boot.py and main.py) + the raw banner again
//   leave   Ctrl-B                          -> "\r\n", back to the friendly REPL
#ifndef MICA_RUNTIME_REPL_RAW_REPL_H_
#define MICA_RUNTIME_REPL_RAW_REPL_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/repl/repl_io.h"
#include "runtime/value.h"

namespace mica {

// Bytes the host may send per raw-paste window (the device answers "\x01" after each window it has taken).
constexpr uint16_t kRawPasteWindow = 256;

struct RawReplResult {
  enum Kind : uint8_t { kFriendly, kEndOfInput, kExit, kSoftReset } kind;
  int status;  // kExit: SystemExit's status
};

// Runs raw mode until Ctrl-B, the end of input or SystemExit. *globals is the namespace programs run in. A soft
// reset (Ctrl-D with nothing typed) answers "OK\r\nMPY: soft reboot\r\n"; then, if the port restarts the whole
// runtime itself (soft_reset_returns, a board), RunRawRepl returns kSoftReset; else it replaces *globals with a
// fresh __main__ and stays in raw mode.
RawReplResult RunRawRepl(const ReplIo& io, Value* globals, bool soft_reset_returns = false);

}  // namespace mica

#endif  // MICA_RUNTIME_REPL_RAW_REPL_H_
