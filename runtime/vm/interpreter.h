// The bytecode interpreter: runs RawCode on a caller-provided value stack, dispatching with computed goto.
//
//   Value stack[1024];
//   Frame frames[64];                       // the recursion limit
//   VmState state;
//   InitVmState(&state, &hooks, stack, 1024, frames, 64);
//   Value result = Execute(&state, code, function, args, argc);
//   if (result.IsException()) { ... state.error says what and where ... }
//
// Calls between bytecode functions run inside one Execute without C recursion, each frame carved from the
// value stack; running out of frame records or of value stack is a clean error (kRecursionLimit,
// kStackOverflow), never an overrun. Execute may be re-entered from a hook (a call the runtime makes itself):
// the new frames go above the current ones, and `c_stack_limit` bounds the C recursion this allows. Resume runs
// a generator's saved frame the same way, and returns when it yields.
#ifndef MICA_RUNTIME_VM_INTERPRETER_H_
#define MICA_RUNTIME_VM_INTERPRETER_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/value.h"
#include "runtime/vm/frame.h"
#include "runtime/vm/raw_code.h"
#include "runtime/vm/vm_error.h"
#include "runtime/vm/vm_hooks.h"

namespace mica {
namespace vm {

struct VmState {
  const VmHooks* hooks = &kDefaultVmHooks;

  // The value stack and the frame records, owned by the embedder.
  Value* stack_base = nullptr;
  Value* stack_end = nullptr;
  Frame* frames_base = nullptr;
  Frame* frames_end = nullptr;
  Frame* frame_top = nullptr;  // the innermost running frame; null when no Execute is active

  // Execute fails with kRecursionLimit when the C stack pointer is below this address (stacks grow down on every
  // supported target); 0 disables the check. The port sets it a safety margin above the stack's end.
  uintptr_t c_stack_limit = 0;

  // The object GET_RANGE_ITER treats as the built-in `range` (the runtime stores its type object here); with
  // the null Value, every range loop takes the generic iterator path.
  Value builtin_range;

  // The exception being handled (sys.exception()), maintained by PUSH_EXC_INFO / POP_EXCEPT.
  Value handled_exception = Value::None();

  // Set asynchronously (an interrupt handler, Ctrl-C); checked on backward jumps, see VmHooks::interrupt.
  volatile uint8_t interrupt_requested = 0;

  PendingError error;

  // The embedding runtime's own state, for its hooks.
  void* runtime = nullptr;
};

void InitVmState(VmState* state, const VmHooks* hooks, Value* stack, size_t stack_values, Frame* frames,
                 size_t frame_count);

// Runs `code` with its parameter slots set to args[0, argc), which must be exactly NumParameterSlots(*code)
// values already arranged by the caller (defaults and keyword arguments are the runtime's job). `function` is
// the callable being run (None for module code). Returns the result, or Value::Exception() with state->error
// describing the error that nothing handled.
Value Execute(VmState* state, const RawCode* code, Value function, const Value* args, size_t argc);

// A frame kept off the value stack between runs (a generator's or coroutine's heap frame): Resume copies it onto
// the value stack, runs it, and copies it back when it suspends.
struct SuspendedFrame {
  Value* values;            // FrameValues(code) values: NumSlots(code) slots, then `depth` operand-stack values
  uint32_t depth;           // operand-stack values saved
  uint32_t resume_offset;   // where it goes on: after a YIELD_VALUE, or the suspending hook's frame->ip
  uint32_t suspend_offset;  // the instruction that suspended it; an exception thrown in is raised there
};

enum class ResumeMode : uint8_t {
  kStart,  // the first run: values[0, NumParameterSlots(code)) are the parameters; `value` is ignored
  kSend,   // push `value` and go on at resume_offset
  kThrow,  // raise the exception object `value` at suspend_offset (its handlers and traceback entry apply)
};

enum class RunStatus : uint8_t {
  kReturned,  // the result is the return value
  kYielded,   // the result is the yielded value, and *saved describes the suspended frame
  kRaised,    // the result is Value::Exception(), with state->error set
};

// Runs a suspended frame (YIELD_VALUE, or a VmHooks::opcode that yields, suspends it) until it returns, yields
// or raises. Only this frame may suspend, not the frames it calls. `function` is the callable it runs.
Value Resume(VmState* state, const RawCode* code, Value function, SuspendedFrame* saved, ResumeMode mode, Value value,
             RunStatus* status);

}  // namespace vm
}  // namespace mica

#endif  // MICA_RUNTIME_VM_INTERPRETER_H_
