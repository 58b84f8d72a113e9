// The `mica` command: MicroPython's unix `micropython` command line (command_line.h) over the runtime.
//
// The heap is one mmap'd block handed to the runtime; the VM's value stack and frame records are static arrays
// (the same shape a board gives them). What the binary contains (compiler, REPL, modules, sizes, GC stress) comes
// from the variant's generated config/feature_set.h (ports/unix/BUILD.bazel, docs/feature-sets.md).
//
// Exit status: 0; 1 with a traceback on stderr for an uncaught exception or a SyntaxError; the code of
// SystemExit; 2 for a bad command line, an unreadable script, or source or the REPL asked of a build without them.
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>

#include "config/feature_set.h"
#include "ports/unix/command_line.h"
#include "ports/unix/run_program.h"
#include "ports/unix/search_path.h"
#include "ports/unix/unix_repl.h"
#include "ports/unix/unix_sys.h"
#include "runtime/exec/exec.h"
#include "runtime/exec/exec_state.h"
#include "runtime/exec/port.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/vm/frame.h"

namespace mica {
namespace {

constexpr size_t kStackValues = config::kVmStackValues;
// The recursion limit: Python calls in flight (CPython's default is 1000).
constexpr size_t kFrameCount = config::kMaxFrames;
// Room kept free below the C stack limit for the deepest C path that does not check it.
constexpr size_t kCStackMargin = 256 * 1024;

Value vm_stack[kStackValues];
vm::Frame vm_frames[kFrameCount];

// Ctrl-C: KeyboardInterrupt at the next backward jump.
// SIGINT is the terminal's Ctrl-C: it interrupts unless the program turned that off with micropython.kbd_intr(-1).
void OnInterrupt(int) {
  if (Exec().interrupt_char >= 0) RequestInterrupt();
}

// The address below which the C stack must not grow: the soft stack limit minus a margin, measured from here.
uintptr_t CStackLimit(const void* stack_base) {
  struct rlimit limit;
  size_t bytes = 8 * 1024 * 1024;
  if (getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) bytes = limit.rlim_cur;
  if (bytes < 2 * kCStackMargin) bytes = 2 * kCStackMargin;
  return reinterpret_cast<uintptr_t>(stack_base) - (bytes - kCStackMargin);
}

// `mica foo.mpy`: a script compiled by mpy-cross, which a build without a compiler can still run.
bool IsPrecompiledScript(const Options& options) {
  if (options.program != Options::Program::kScript || options.inspect) return false;
  const size_t length = strlen(options.target);
  return length > 4 && strcmp(options.target + length - 4, ".mpy") == 0;
}

// -1 when the options say to run a program, else the exit status (after -h or a bad command line).
int ParseOptions(int argc, char** argv, Options* options) {
  char error[256];
  switch (ParseCommandLine(argc, argv, options, error, sizeof(error))) {
    case ParseStatus::kRun:
      break;
    case ParseStatus::kHelp:
      fputs(kUsage, stdout);
      return 0;
    case ParseStatus::kError:
      fprintf(stderr, "mica: %s\nTry 'mica -h' for more information.\n", error);
      return 2;
  }
  if (getenv("MICROPYINSPECT") != nullptr) options->inspect = true;
  if (!config::kHasCompiler && options->program != Options::Program::kModule && !IsPrecompiledScript(*options)) {
    fprintf(stderr,
            "%s: this build has no compiler: it cannot run Python source (-c, a script, stdin or the REPL); "
            "run a precompiled .mpy file or use -m with a precompiled or frozen module\n",
            argv[0]);
    return 2;
  }
  if (!config::kHasRepl && (options->inspect || options->program == Options::Program::kRepl)) {
    fprintf(stderr, "%s: this build has no REPL: name a program (-c, -m or a script)\n", argv[0]);
    return 2;
  }
  return -1;
}

bool StartRuntime(const Options& options, volatile int* stack_base) {
  void* heap = mmap(nullptr, options.heap_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (heap == MAP_FAILED || !InitRuntime(heap, options.heap_bytes)) {
    fprintf(stderr, "mica: cannot set up a heap of %zu bytes\n", options.heap_bytes);
    return false;
  }
  Heap().SetStackBase(const_cast<int*>(stack_base));
  if (config::kGcStress) Heap().SetStressMode(true);
  ExecConfig exec_config;
  exec_config.stack = vm_stack;
  exec_config.stack_values = kStackValues;
  exec_config.frames = vm_frames;
  exec_config.frame_count = kFrameCount;
  exec_config.c_stack_limit = CStackLimit(const_cast<int*>(stack_base));
  exec_config.modules = config::kBuiltinModules;
  exec_config.frozen_modules = config::kFrozenModules;
  if (!InitExec(exec_config)) {
    fprintf(stderr, "mica: the heap is too small to start the interpreter\n");
    return false;
  }
  config::InstallCompiler(options.optimize);
  return true;
}

int RunProgram(const Options& options) {
  const bool script = options.program == Options::Program::kScript;
  // sys.argv[0]: the script path, '' for -c, the module name for -m.
  const char* program = script || options.program == Options::Program::kModule ? options.target : "";
  SetSysArgv(program, options.args, static_cast<size_t>(options.arg_count));
  if (!SetUpSearchPath(script ? options.target : nullptr)) {
    fprintf(stderr, "mica: the heap is too small to start the interpreter\n");
    return 2;
  }
  int status = 0;
  switch (options.program) {
    case Options::Program::kCommand:
      status = RunCommand(options.target);
      break;
    case Options::Program::kModule:
      status = RunModule(options.target);
      break;
    case Options::Program::kScript:
      status = RunScript(options.target);
      break;
    case Options::Program::kRepl:
      break;
  }
  if (options.program != Options::Program::kRepl && !options.inspect) return status;
  // ParseOptions refused the REPL in a build without one; `if constexpr` keeps the REPL out of its binary.
  if constexpr (!config::kHasRepl) {
    return 2;
  } else {
    // No program: the REPL on a terminal, else stdin run as a program. -i (or MICROPYINSPECT): the REPL after
    // the program, in its __main__, whatever stdin is; its exit status is then the process's.
    if (options.program == Options::Program::kRepl && !options.inspect) return unix_port::RunInteractiveOrStdin();
    return unix_port::RunInteractive();
  }
}

}  // namespace
}  // namespace mica

int main(int argc, char** argv) {
  // The conservative GC scans the C stack from here down.
  volatile int stack_base_marker = 0;
  mica::Options options;
  options.heap_bytes = mica::config::kDefaultHeapBytes;
  const int parse_status = mica::ParseOptions(argc, argv, &options);
  if (parse_status >= 0) return parse_status;
  if (!mica::StartRuntime(options, &stack_base_marker)) return 2;
  signal(SIGINT, mica::OnInterrupt);
  const int status = mica::RunProgram(options);
  mica::port::FlushStdout();
  return status;
}
