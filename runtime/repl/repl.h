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
};

// Runs until Ctrl-D on an empty line or the end of input (returns 0) or SystemExit (returns its status). Code runs
// in __main__'s namespace (made if the port ran no program first).
int RunRepl(const ReplConfig& config);

}  // namespace mica

#endif  // MICA_RUNTIME_REPL_REPL_H_
