// Compiling and running what the REPL read, in the REPL's globals.
//
// An exception is printed (traceback on stderr) and cleared, except SystemExit, which ends the REPL with its
// status. In raw-REPL framing the program's output is followed by "\x04", then the traceback if any, then a second
// "\x04" (MicroPython's protocol). The port's begin_run/end_run hooks bracket the run, so on a terminal Ctrl-C
// raises KeyboardInterrupt in the running code.
#ifndef MICA_RUNTIME_REPL_RUN_INPUT_H_
#define MICA_RUNTIME_REPL_RUN_INPUT_H_

#include <stddef.h>

#include "runtime/exec/compile_hook.h"
#include "runtime/repl/repl_io.h"
#include "runtime/value.h"

namespace mica {

struct RunOutcome {
  bool exit;   // SystemExit: leave the REPL
  int status;  // its exit status
};

RunOutcome RunInput(const ReplIo& io, const char* source, size_t length, SourceKind kind, Value globals,
                    bool raw_framing);

// The REPL's namespace: __main__'s dict (made if the program has no __main__ yet). Null on MemoryError.
Value ReplGlobals();

// A fresh __main__ (the soft reset of the raw REPL). Null on MemoryError.
Value ResetReplGlobals();

}  // namespace mica

#endif  // MICA_RUNTIME_REPL_RUN_INPUT_H_
