#include "ports/unix/unix_repl.h"

#include <stdio.h>

#include "ports/unix/unix_terminal.h"
#include "runtime/exec/compile_hook.h"
#include "runtime/exec/exec.h"
#include "runtime/exec/function.h"
#include "runtime/exec/module.h"
#include "runtime/exec/port.h"
#include "runtime/names.h"
#include "runtime/objects/errors.h"
#include "runtime/repl/history.h"
#include "runtime/repl/repl.h"
#include "runtime/repl/text_buffer.h"
#include "runtime/repl/version.h"

namespace mica {
namespace unix_port {
namespace {

constexpr size_t kLineBytes = 1024;
constexpr size_t kHistorySlots = 32;
constexpr size_t kHistorySlotBytes = 256;

char line_buffer[kLineBytes];
char history_storage[kHistorySlots * kHistorySlotBytes];
char banner[256];

// The REPL and the program share stdout's buffer, so their output stays in order; it is flushed before waiting
// for a key.
int ReadByte(void*) {
  port::FlushStdout();
  return port::ReadStdinByte();
}

void Write(void*, const char* data, size_t length) {
  port::WriteStdout(data, length);
}

// A program runs with the user's terminal settings: Ctrl-C is SIGINT (KeyboardInterrupt), input() is cooked.
void BeginRun(void*) {
  port::FlushStdout();
  RestoreTerminalMode();
}

void EndRun(void*) {
  port::FlushStdout();
  EnterRawTerminalMode();
}

}  // namespace

int RunInteractive() {
  snprintf(banner, sizeof(banner),
           "Mica %s on %s; unix [GCC %d.%d.%d] version\r\nUse Ctrl-D to exit, Ctrl-E for paste mode\r\n",
           kMicaVersion, kMicaVersionDate, __GNUC__, __GNUC_MINOR__, __GNUC_PATCHLEVEL__);
  static History history(history_storage, kHistorySlots, kHistorySlotBytes);
  ReplConfig config;
  config.io.read_byte = ReadByte;
  config.io.write = Write;
  config.io.begin_run = BeginRun;
  config.io.end_run = EndRun;
  config.banner = banner;
  config.line_buffer = line_buffer;
  config.line_capacity = sizeof(line_buffer);
  config.history = &history;
  EnterRawTerminalMode();
  const int status = RunRepl(config);
  port::FlushStdout();
  RestoreTerminalMode();
  return status;
}

int RunInteractiveOrStdin() {
  if (StdinIsTerminal()) return RunInteractive();
  TextBuffer program;
  for (;;) {
    const int c = port::ReadStdinByte();
    if (c < 0) break;
    if (!program.AppendByte(static_cast<char>(c))) {
      RaiseMemoryError();
      return HandleUncaughtException(PendingException());
    }
  }
  const Value module = NewMainModule(names::kAngleStdin);
  if (module.IsException()) return HandleUncaughtException(PendingException());
  Value result = CompileSource(program.data(), program.length(), names::kAngleStdin, SourceKind::kFile,
                               ModuleGlobals(module));
  if (!result.IsException()) result = CallFunction(result, nullptr, 0, 0);
  if (result.IsException()) return HandleUncaughtException(PendingException());
  return 0;
}

}  // namespace unix_port
}  // namespace mica
