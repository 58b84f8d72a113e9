// VmHooks: how the dispatch loop reaches the rest of the runtime.
//
// The loop runs the object-free core itself (small ints, bools, None, jumps, range loops, calls of bytecode
// functions) and hands everything else to these function pointers, which the object model fills in. Each hook
// follows the error convention: it returns Value::Exception() after recording a pending error (RaiseException,
// RaiseVmError), and anything else is a result. Before a hook runs, the current frame's ip and sp are saved in
// its Frame record, so a hook may collect garbage, build a traceback or re-enter Execute.
//
// kDefaultVmHooks is a complete table whose entries fail with VmError::kUnsupported (or return "no"): copy it
// and replace what you implement, so the interpreter never calls a null pointer.
#ifndef MICA_RUNTIME_VM_VM_HOOKS_H_
#define MICA_RUNTIME_VM_VM_HOOKS_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/value.h"
#include "runtime/vm/bytecode.h"
#include "runtime/vm/vm_error.h"

namespace mica {
namespace vm {

struct VmState;
struct Frame;

struct VmHooks {
  // BINARY_*, INPLACE_* and COMPARE_* (COMPARE_IN/NOT_IN included) whenever the inline small-int path does not
  // apply: an operand that is not a small int, a result out of range, a zero divisor, a negative shift count or
  // exponent, `/` and `@` always. `op` is the instruction's opcode.
  Value (*binary_op)(VmState* state, Opcode op, Value lhs, Value rhs);

  // UNARY_* on anything but a small int (and UNARY_NEGATIVE of kSmallIntMin); UNARY_NOT uses `truth`.
  Value (*unary_op)(VmState* state, Opcode op, Value operand);

  // bool(value) for anything but None, bools and small ints: Value::True(), Value::False() or an exception.
  Value (*truth)(VmState* state, Value value);

  // The code of `callable` if it is a plain bytecode function the loop may enter directly (no defaults needed,
  // no closure set-up beyond COPY_FREE_VARS), else null. Runs on every call, before the frame is saved: it must
  // be a quick type check that neither raises nor allocates. (Inline in the loop once function objects exist.)
  const RawCode* (*bytecode_function)(VmState* state, Value callable);

  // Every call the loop does not enter directly: callable(*args).
  Value (*call)(VmState* state, Value callable, const Value* args, size_t argc);

  // iter(iterable), and next(iterator) where the null Value means "exhausted" (no StopIteration object).
  Value (*get_iter)(VmState* state, Value iterable);
  Value (*iter_next)(VmState* state, Value iterator);

  // RAISE_VARARGS 1 and 2: validate or instantiate `exception`, attach `cause` (null for none), record it as
  // pending, and return Value::Exception().
  Value (*raise)(VmState* state, Value exception, Value cause);

  // A handler is about to run: return the pending error as an exception object (creating it for VM error codes)
  // or Value::Exception() if it cannot be caught; the VM clears the pending error after a success.
  Value (*exception_value)(VmState* state);

  // The error unwinds through the instruction at `offset` of `code` (innermost frame first, once per frame;
  // RERAISE and a bare `raise` add no entry for the frame they run in). The runtime builds the traceback here.
  void (*traceback)(VmState* state, const RawCode* code, uint32_t offset);

  // VmState::interrupt_requested was set (checked on backward jumps; the VM clears it before the call): run
  // scheduled callbacks, or return Value::Exception() to raise KeyboardInterrupt.
  Value (*interrupt)(VmState* state);

  // Every opcode the loop does not run itself (the object model's: names, attributes, containers, closures,
  // imports, YIELD_FROM, ...). On entry frame->ip is just past the opcode byte (the operands are not decoded)
  // and frame->sp is the operand-stack top. The hook runs the instruction on the frame and returns
  //   - kOpcodeContinue: done; frame->ip and frame->sp say where the frame goes on (ip past the operands, or a
  //     jump target), and the loop reloads them and dispatches;
  //   - Value::Exception(): an error is pending; it is attributed to this instruction (frame->ip and frame->sp
  //     are ignored);
  //   - any other value: suspend the frame and yield that value (YIELD_FROM and await). frame->ip is where
  //     the frame resumes and frame->sp its operand-stack top then; a value sent in is pushed on resume. Only
  //     the entry frame of a Resume can suspend; anywhere else the loop raises kYieldOutsideGenerator.
  // The default fails with kUnimplementedOpcode.
  Value (*opcode)(VmState* state, Frame* frame, Opcode op);
};

// VmHooks::opcode's "done, go on at frame->ip": the null Value, which no instruction ever yields.
constexpr Value kOpcodeContinue = Value();

extern const VmHooks kDefaultVmHooks;

// Records a pending error and returns Value::Exception(), for hooks: `return RaiseVmError(state, ...);`.
Value RaiseVmError(VmState* state, VmError kind, uint32_t detail = 0);
Value RaiseException(VmState* state, Value exception);
void ClearPendingError(VmState* state);

}  // namespace vm
}  // namespace mica

#endif  // MICA_RUNTIME_VM_VM_HOOKS_H_
