// The execution layer's entry points for a port: start-up, the module search path, and what to do with an
// exception nothing caught.
//
//   InitRuntime(heap, bytes);                  // runtime/objects/runtime_state.h
//   ExecConfig config = {stack, n, frames, m, c_stack_limit};
//   InitExec(config);                          // the VM, builtins, module table
//   AppendSearchPath("lib", 3);
//   ... compile and run (compiler/runtime_sink) ...
//   if (failed) status = HandleUncaughtException(PendingException());
#ifndef MICA_RUNTIME_EXEC_EXEC_H_
#define MICA_RUNTIME_EXEC_EXEC_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/value.h"
#include "runtime/vm/frame.h"

namespace mica {

struct BuiltinModuleDef;
namespace mpy {
struct FrozenModuleList;
}

struct ExecConfig {
  Value* stack = nullptr;        // the VM's value stack (the port owns the memory: a static array on boards)
  size_t stack_values = 0;
  vm::Frame* frames = nullptr;   // frame records: their number is the recursion limit
  size_t frame_count = 0;
  uintptr_t c_stack_limit = 0;   // deepest C stack address allowed (0: unchecked)
  // The built-in modules `import` finds (builtin_module.h), null-terminated; null: none.
  const BuiltinModuleDef* const* modules = nullptr;
  // The frozen modules (runtime/mpy/frozen_module.h): tables of constant .mpy images, null-terminated; null: none.
  // `import` finds them through the ".frozen" entry of the search path.
  const mpy::FrozenModuleList* const* frozen_modules = nullptr;
};

// After InitRuntime. False if the heap is too small for the builtins.
bool InitExec(const ExecConfig& config);

// Appends a directory to the module search path (sys.path); "" is the current directory. False on MemoryError.
bool AppendSearchPath(const char* path, size_t length);

// Asks the running program to raise KeyboardInterrupt at its next loop edge (safe from a signal handler).
void RequestInterrupt();

// For natives that wait (time.sleep, reading the console): raises the KeyboardInterrupt that RequestInterrupt()
// asked for now, rather than at the next loop edge (which a program that only sleeps may never reach). Returns
// Value::Exception() if it raised, else Value::None().
Value RaiseIfInterrupted();

// micropython.schedule(): queues function(argument) to run at the next safe point (a backward jump of the running
// program). Allocates nothing, so an interrupt handler may call it. False when the queue is full.
bool ScheduleCall(Value function, Value argument);
// Runs the queued callbacks now, oldest first; stops at the first that raises (its exception is pending).
Value RunScheduled();

// Writes "Traceback (most recent call last):", the frames and "Type: message" to stderr, as CPython does
// (SyntaxError shows its file and line without a traceback).
void PrintException(Value exception);

// The exit status for an exception that ended the program: SystemExit's code (its message printed to stderr
// when it is not an int or None), else 1 after PrintException. Clears the pending exception.
int HandleUncaughtException(Value exception);

}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_EXEC_H_
