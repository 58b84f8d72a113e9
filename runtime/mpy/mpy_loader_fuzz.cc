// libFuzzer target for the .mpy loader (built with clang and -fsanitize=fuzzer,address,undefined through the
// `fuzz_test` rule in toolchains/platform_rules.bzl; docs/mpy-format.md, "Fuzzing").
//
// Each input is loaded as a .mpy image by LoadMpy. The contract under test (the issue's): the load either
// succeeds with no exception pending, or fails with ValueError/MemoryError/RuntimeError pending; anything else
// (a crash, a sanitizer report, a hang, a failure with nothing pending) is a bug and aborts.
//
// Running what loads (MICA_FUZZ_RUN=1 in the environment; off in the CI test). The checker (code_check.h) is
// what should make loaded code safe for the VM, which trusts its bytecode, so running is how a gap in the
// checker shows up; it found the stack-depth gaps fixed in code_check.cc. It stays off by default because the
// checker proves operand-stack depths but not what kind of value each entry holds, and the VM trusts that too:
// LIST_EXTEND on a value that is not a list writes through a bad pointer, GET_AWAITABLE on a stack entry that
// is not an object reads outside a member table (docs/mpy-format.md, "Fuzzing").
// A valid file may also loop forever (`while True: pass`), so it runs under a step budget: the harness wraps
// the VM's hooks and counts backward jumps (the interrupt hook, armed permanently), calls and entries into
// exception handlers, through one of which every cycle in bytecode passes. When the budget is spent the program
// gets KeyboardInterrupt at its next backward jump or call, and no handler catches errors any more, so it
// unwinds promptly. Loops inside C code over something the program built (sum() of a huge range) are not
// counted; -timeout reports them.
//
// The runtime (heap, VM, builtins) is set up afresh for every input over the same static memory, so every run
// is reproducible from its input alone.
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc/heap.h"
#include "runtime/exec/exec.h"
#include "runtime/exec/exec_state.h"
#include "runtime/exec/function.h"
#include "runtime/exec/module.h"
#include "runtime/exec/port.h"
#include "runtime/mpy/mpy_loader.h"
#include "runtime/names.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/vm_hooks.h"

namespace mica {

// The fuzzed program has no files and an empty stdin; what it prints is dropped.
namespace port {
PathKind StatPath(const char*) { return PathKind::kMissing; }
char* ReadSourceFile(const char*, size_t*) { return nullptr; }
void WriteStdout(const char*, size_t) {}
void WriteStderr(const char*, size_t) {}
void FlushStdout() {}
int ReadStdinByte() { return -1; }
}  // namespace port

namespace {

// Small, so big-int and string work stays short (MemoryError comes first); big enough for the builtins.
alignas(16) unsigned char g_heap[1024 * 1024];
Value g_stack[8 * 1024];
vm::Frame g_frames[128];

// Backward jumps + calls + handler entries one run may make: about a few milliseconds of work.
constexpr uint32_t kStepBudget = 20000;
uint32_t g_steps_left = 0;

vm::VmHooks g_hooks;
const vm::VmHooks* g_runtime_hooks = nullptr;

bool TakeStep() {
  if (g_steps_left == 0) return false;
  --g_steps_left;
  return true;
}

Value RaiseBudgetSpent(vm::VmState* state) {
  RaiseNew(&kKeyboardInterruptType, "fuzz step budget spent");
  return PendingToVm(state);
}

Value CountingInterrupt(vm::VmState* state) {
  state->interrupt_requested = 1;  // stays armed: every backward jump comes here
  if (!TakeStep()) return RaiseBudgetSpent(state);
  return g_runtime_hooks->interrupt(state);
}

const vm::RawCode* CountingBytecodeFunction(vm::VmState* state, Value callable) {
  // Once the budget is spent, calls take the `call` hook below, which raises (this hook must not).
  if (!TakeStep()) return nullptr;
  return g_runtime_hooks->bytecode_function(state, callable);
}

Value CountingCall(vm::VmState* state, Value callable, const Value* args, size_t argc) {
  if (!TakeStep()) return RaiseBudgetSpent(state);
  return g_runtime_hooks->call(state, callable, args, argc);
}

Value CountingExceptionValue(vm::VmState* state) {
  // A handler may jump backwards into its own protected range: a loop that passes no backward jump.
  if (!TakeStep()) return Value::Exception();  // the error passes every handler
  return g_runtime_hooks->exception_value(state);
}

void InstallCountingHooks() {
  vm::VmState& vm = Exec().vm;
  g_runtime_hooks = vm.hooks;
  g_hooks = *vm.hooks;
  g_hooks.interrupt = CountingInterrupt;
  g_hooks.bytecode_function = CountingBytecodeFunction;
  g_hooks.call = CountingCall;
  g_hooks.exception_value = CountingExceptionValue;
  vm.hooks = &g_hooks;
  vm.interrupt_requested = 1;
}

uintptr_t g_c_stack_limit = 0;
bool g_run_loaded = false;

bool SetUpRuntime() {
  if (!InitRuntime(g_heap, sizeof(g_heap))) return false;
  ExecConfig config;
  config.stack = g_stack;
  config.stack_values = sizeof(g_stack) / sizeof(g_stack[0]);
  config.frames = g_frames;
  config.frame_count = sizeof(g_frames) / sizeof(g_frames[0]);
  config.c_stack_limit = g_c_stack_limit;
  if (!InitExec(config)) return false;
  InstallCountingHooks();
  return true;
}

[[noreturn]] void Fail(const char* what) {
  fprintf(stderr, "mpy_loader_fuzz: %s\n", what);
  abort();
}

// A load or run may end with these; any other pending type after a failed load is a bug.
bool IsExpectedLoadError(Value exception) {
  return IsInstance(exception, &kValueErrorType) || IsInstance(exception, &kMemoryErrorType) ||
         IsInstance(exception, &kRuntimeErrorType);
}

void RunLoaded(const vm::RawCode* code) {
  const Value module = NewMainModule(names::kAngleString);
  if (module.IsException()) return ClearPendingException();
  const Value function = NewFunction(code, ModuleGlobals(module), Value(), Value(), Value());
  if (function.IsException()) return ClearPendingException();
  g_steps_left = kStepBudget;
  const Value result = CallFunction(function, nullptr, 0, 0);
  // Any Python exception is a fine outcome of running a fuzzed program; it must at least be recorded.
  if (result.IsException()) {
    if (PendingException().IsNull()) Fail("the module failed with no exception pending");
    ClearPendingException();
  }
}

}  // namespace
}  // namespace mica

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // The C stack below this frame, less what ASan-instrumented recursion in the runtime needs to unwind.
  int here = 0;
  mica::g_c_stack_limit = reinterpret_cast<uintptr_t>(&here) - 512 * 1024;
  const char* run = getenv("MICA_FUZZ_RUN");
  mica::g_run_loaded = run != nullptr && strcmp(run, "1") == 0;
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace mica;
  if (!SetUpRuntime()) Fail("the runtime did not start");
  // Loaded code and the objects in flight live in C++ frames below this one: the collector scans them from here,
  // as a port's main does, so an allocation that collects cannot free them.
  Heap().SetStackBase(__builtin_frame_address(0));
  const vm::RawCode* code = mpy::LoadMpy(data, size);
  if (code == nullptr) {
    const Value exception = PendingException();
    if (exception.IsNull()) Fail("LoadMpy failed with no exception pending");
    if (!IsExpectedLoadError(exception)) Fail("LoadMpy raised an unexpected exception type");
    ClearPendingException();
    return 0;
  }
  if (!PendingException().IsNull()) Fail("LoadMpy succeeded with an exception pending");
  if (g_run_loaded) RunLoaded(code);
  return 0;
}
