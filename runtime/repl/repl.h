// The friendly REPL: ">>> " and "... " prompts with line editing, history and tab completion, auto-indent,
// expression echo (repr, stored in builtins._), paste mode (Ctrl-E) and the raw REPL (Ctrl-A, raw_repl.h).
// docs/repl.md lists the keys.
//
// It talks only to a ReplIo (repl_io.h), so a port runs it over a terminal or a UART alike. Memory: the line
// being edited and the history are in storage the port gives (static arrays); a statement of several lines, a
// paste and a raw-REPL program grow in the GC heap.
#ifndef MICA_RUNTIME_REPL_REPL_H_
#define MICA_RUNTIME_REPL_REPL_H_

#include <stddef.h>

#include "runtime/repl/history.h"
#include "runtime/repl/repl_io.h"

namespace mica {

struct ReplConfig {
  ReplIo io;
  // Printed at start-up and on Ctrl-B, e.g. "Mica 0.1.0 on 2026-11-21; unix [GCC 12.2.0] version\r\n"
  // "Use Ctrl-D to exit, Ctrl-E for paste mode\r\n".
  const char* banner = "";
  char* line_buffer = nullptr;  // the line being edited
  size_t line_capacity = 0;
  History* history = nullptr;   // may be null
  // A board: Ctrl-D on an empty line (and Ctrl-D with nothing typed in raw mode) is a soft reset, which ends the
  // session so the port can start the runtime afresh (heap cleared, boot.py and main.py run again).
  bool soft_reset_returns = false;
  // Start in raw mode (after a soft reset asked for in raw mode, as MicroPython does, so host tools stay in it).
  bool start_in_raw_mode = false;
};

struct ReplExit {
  enum Kind : uint8_t { kEndOfInput, kSystemExit, kSoftReset } kind;
  int status;     // kSystemExit: its status
  bool raw_mode;  // kSoftReset: it was asked for in raw mode
};

// Runs until Ctrl-D on an empty line or the end of input (kEndOfInput, or kSoftReset with soft_reset_returns), or
// SystemExit. Code runs in __main__'s namespace (made if the port ran no program first).
ReplExit RunReplSession(const ReplConfig& config);

// RunReplSession for a port without soft resets: 0, or SystemExit's status.
int RunRepl(const ReplConfig& config);

}  // namespace mica

#endif  // MICA_RUNTIME_REPL_REPL_H_
