// The `mica` command: runs a Python file or a -c string on the unix port.
//
//   mica [-X heapsize=N[kKmM]] file.py [args...]
//   mica [-X heapsize=N[kKmM]] -c "code" [args...]
//   mica [-X heapsize=N[kKmM]]              the REPL (ports/unix/unix_repl.h); stdin run as a program if not a tty
//   -i                                      the REPL after the script or -c code
//
// The heap is one mmap'd block handed to the runtime; the VM's value stack and frame records are static arrays
// (the same shape a board gives them). Exit status: 0, 1 with a traceback on stderr for an uncaught exception or
// a SyntaxError, the code of SystemExit, 2 for a bad command line or an unreadable script.
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>

#include "compiler/runtime_sink/runtime_sink.h"
#include "ports/unix/unix_repl.h"
#include "ports/unix/unix_modules.h"
#include "runtime/exec/port.h"
#include "runtime/exec/exec.h"
#include "runtime/exec/module.h"
#include "runtime/objects/name_pool.h"
#include "ports/unix/unix_modules.h"
#include "runtime/exec/port.h"
#include "runtime/names.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/vm/frame.h"

namespace mica {
namespace {

constexpr size_t kDefaultHeapBytes = 8 * 1024 * 1024;
constexpr size_t kStackValues = 256 * 1024;
// The recursion limit: Python calls in flight (CPython's default is 1000).
constexpr size_t kFrameCount = 1000;
// Room kept free below the C stack limit for the deepest C path that does not check it.
constexpr size_t kCStackMargin = 256 * 1024;

Value vm_stack[kStackValues];
vm::Frame vm_frames[kFrameCount];

struct Options {
  size_t heap_bytes = kDefaultHeapBytes;
  const char* command = nullptr;  // -c
  const char* script = nullptr;
  bool interactive = false;  // -i
};

void Usage() {
  fprintf(stderr, "usage: mica [-X heapsize=N[kKmM]] [-i] [-c cmd | file] [arg] ...\n");
}

// "8M", "256k", "1048576": false for anything else.
bool ParseSize(const char* text, size_t* out) {
  char* end = nullptr;
  const unsigned long long value = strtoull(text, &end, 10);
  if (end == text) return false;
  unsigned long long scale = 1;
  if (*end == 'k' || *end == 'K') {
    scale = 1024;
    ++end;
  } else if (*end == 'm' || *end == 'M') {
    scale = 1024 * 1024;
    ++end;
  }
  if (*end != 0 || value == 0) return false;
  *out = static_cast<size_t>(value * scale);
  return true;
}

// Returns -1 when the options are fine, else the exit status.
int ParseOptions(int argc, char** argv, Options* options) {
  int i = 1;
  for (; i < argc; ++i) {
    const char* arg = argv[i];
    if (strcmp(arg, "-X") == 0 || strncmp(arg, "-X", 2) == 0) {
      const char* value = arg[2] != 0 ? arg + 2 : (i + 1 < argc ? argv[++i] : nullptr);
      if (value == nullptr) {
        Usage();
        return 2;
      }
      if (strncmp(value, "heapsize=", 9) == 0) {
        if (!ParseSize(value + 9, &options->heap_bytes)) {
          fprintf(stderr, "mica: bad heap size: %s\n", value + 9);
          return 2;
        }
      }
      // Other -X options are accepted and ignored, as CPython does.
    } else if (strcmp(arg, "-c") == 0) {
      if (i + 1 >= argc) {
        fprintf(stderr, "Argument expected for the -c option\n");
        Usage();
        return 2;
      }
      options->command = argv[i + 1];
      return -1;
    } else if (strcmp(arg, "-i") == 0) {
      options->interactive = true;
    } else if (arg[0] == '-' && arg[1] != 0) {
      fprintf(stderr, "mica: unknown option %s\n", arg);
      Usage();
      return 2;
    } else {
      options->script = arg;
      return -1;
    }
  }
  return -1;  // no script: the REPL
}

// The directory part of a script path ("" for a bare file name), as sys.path[0].
void AddScriptDirectory(const char* script) {
  const char* slash = strrchr(script, '/');
  if (slash == nullptr) {
    AppendSearchPath("", 0);
  } else if (slash == script) {
    AppendSearchPath("/", 1);
  } else {
    AppendSearchPath(script, static_cast<size_t>(slash - script));
  }
}

void AddEnvironmentPaths() {
  const char* micropypath = getenv("MICROPYPATH");
  if (micropypath != nullptr) {
    const char* start = micropypath;
    for (;;) {
      const char* colon = strchr(start, ':');
      const size_t length = colon != nullptr ? static_cast<size_t>(colon - start) : strlen(start);
      if (length > 0) AppendSearchPath(start, length);
      if (colon == nullptr) break;
      start = colon + 1;
    }
  }
  const char* home = getenv("HOME");
  if (home != nullptr) {
    char path[4096];
    const int n = snprintf(path, sizeof(path), "%s/.micropython/lib", home);
    if (n > 0 && static_cast<size_t>(n) < sizeof(path)) AppendSearchPath(path, static_cast<size_t>(n));
  }
}

// The address below which the C stack must not grow: the soft stack limit minus a margin, measured from here.
// Ctrl-C: KeyboardInterrupt at the next backward jump.
void OnInterrupt(int) {
  RequestInterrupt();
}

uintptr_t CStackLimit(const void* stack_base) {
  struct rlimit limit;
  size_t bytes = 8 * 1024 * 1024;
  if (getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) bytes = limit.rlim_cur;
  if (bytes < 2 * kCStackMargin) bytes = 2 * kCStackMargin;
  return reinterpret_cast<uintptr_t>(stack_base) - (bytes - kCStackMargin);
}

int Run(const Options& options) {
  uint32_t file_name;
  const char* source;
  size_t length;
  if (options.command == nullptr && options.script == nullptr) {
    AppendSearchPath("", 0);
    AddEnvironmentPaths();
    return options.interactive ? unix_port::RunInteractive() : unix_port::RunInteractiveOrStdin();
  }
  if (options.command != nullptr) {
    AppendSearchPath("", 0);
    AddEnvironmentPaths();
    file_name = names::kAngleString;
    source = options.command;
    length = strlen(options.command);
  } else {
    AddScriptDirectory(options.script);
    AddEnvironmentPaths();
    const Value file_value = InternName(options.script, strlen(options.script));
    if (file_value.IsException()) return HandleUncaughtException(PendingException());
    file_name = file_value.AsNameId();
    char* text = port::ReadSourceFile(options.script, &length);
    if (text == nullptr) {
      fprintf(stderr, "mica: can't open file '%s'\n", options.script);
      return 2;
    }
    source = text;
  }
  const Value module = NewMainModule(file_name);
  if (module.IsException()) return HandleUncaughtException(PendingException());
  const Value result = CompileAndRun(source, length, file_name, SourceKind::kFile, ModuleGlobals(module));
  const int status = result.IsException() ? HandleUncaughtException(PendingException()) : 0;
  if (options.interactive) return unix_port::RunInteractive();
  return status;
}

}  // namespace
}  // namespace mica

int main(int argc, char** argv) {
  // The conservative GC scans the C stack from here down.
  volatile int stack_base_marker = 0;
  mica::Options options;
  const int bad_options = mica::ParseOptions(argc, argv, &options);
  if (bad_options >= 0) return bad_options;

  void* heap = mmap(nullptr, options.heap_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (heap == MAP_FAILED || !mica::InitRuntime(heap, options.heap_bytes)) {
    fprintf(stderr, "mica: cannot set up a heap of %zu bytes\n", options.heap_bytes);
    return 2;
  }
  mica::Heap().SetStackBase(const_cast<int*>(&stack_base_marker));
#ifdef MICA_GC_STRESS
  mica::Heap().SetStressMode(true);
#endif

  mica::ExecConfig config;
  config.stack = mica::vm_stack;
  config.stack_values = mica::kStackValues;
  config.frames = mica::vm_frames;
  config.frame_count = mica::kFrameCount;
  config.c_stack_limit = mica::CStackLimit(const_cast<int*>(&stack_base_marker));
  config.modules = mica::kUnixModules;
  if (!mica::InitExec(config)) {
    fprintf(stderr, "mica: the heap is too small to start the interpreter\n");
    return 2;
  }
  mica::InstallRuntimeCompiler();

  signal(SIGINT, mica::OnInterrupt);
  const int status = mica::Run(options);
  mica::port::FlushStdout();
  return status;
}
