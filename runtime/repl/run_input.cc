#include "runtime/repl/run_input.h"

#include "runtime/exec/exec.h"
#include "runtime/exec/exec_state.h"
#include "runtime/exec/function.h"
#include "runtime/exec/module.h"
#include "runtime/exec/port.h"
#include "runtime/names.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"

namespace mica {

RunOutcome RunInput(const ReplIo& io, const char* source, size_t length, SourceKind kind, Value globals,
                    bool raw_framing) {
  io.BeginRun();
  // A Ctrl-C that reached the signal handler while the prompt was waiting must not stop this program.
  Vm()->interrupt_requested = 0;
  Value result = CompileSource(source, length, names::kAngleStdin, kind, globals);
  if (!result.IsException()) result = CallFunction(result, nullptr, 0, 0);
  port::FlushStdout();
  if (raw_framing) io.Write("\x04", 1);
  RunOutcome outcome = {false, 0};
  if (result.IsException()) {
    const Value exception = PendingException();
    if (IsInstance(exception, &kSystemExitType)) {
      outcome = {true, HandleUncaughtException(exception)};
    } else {
      PrintException(exception);
      ClearPendingException();
    }
  }
  if (raw_framing) io.Write("\x04", 1);
  port::FlushStdout();
  io.EndRun();
  return outcome;
}

Value ReplGlobals() {
  Value module = Exec().main_module;
  if (module.IsNull()) {
    module = NewMainModule(names::kAngleStdin);
    if (module.IsException()) {
      ClearPendingException();
      return Value();
    }
  }
  return ModuleGlobals(module);
}

Value ResetReplGlobals() {
  const Value module = NewMainModule(names::kAngleStdin);
  if (module.IsException()) {
    ClearPendingException();
    return Value();
  }
  return ModuleGlobals(module);
}

}  // namespace mica
