// The adapter between the VM core and the opcodes it leaves to the runtime.
//
// The committed dispatch loop (runtime/vm/interpreter.cc, bytecode version 1) runs 71 opcodes itself and sends
// the other 60 to VmHooks::unimplemented_opcode, after which it can only unwind: there is no hook that runs an
// instruction and continues, and no way to re-enter a suspended frame. Until the core grows one (a hook that
// may return "continue at frame->ip/frame->sp", and an Execute that resumes a saved frame), this adapter gets
// the same effect through the exception table, which is the one place the loop takes a new ip and stack depth
// from data:
//
//   1. The hook runs the instruction itself (RunOpcode, opcodes.cc) on the saved frame: it reads the operands at
//      frame->ip, pops and pushes at frame->sp, and leaves frame->ip after the instruction.
//   2. It points the frame's code at a shadow copy of its RawCode whose exception table has one entry covering
//      the instruction, targeting the next one, with the new stack depth minus one, and records an error.
//   3. The loop unwinds into that "handler": the traceback hook ignores it, the exception_value hook puts the
//      real code back and returns the value that belongs on top of the stack, which the loop pushes; execution
//      continues at the next instruction. At depth 0 the loop pushes a dummy and continues in a two-instruction
//      trampoline (POP_TOP; JUMP_FAR back), which is why compiled bytecode must lie within 2 GiB of the heap.
//
// Generators use the same steering: a yield points the frame at a shadow with an empty table, so the error
// leaves Execute (the generator's frame is always the one Execute was called for); resuming calls Execute on a
// shadow whose bytecode is a one-instruction trampoline, whose hook restores the saved slots and stack and
// resumes at the saved offset (or raises there, for throw()).
//
// Everything else (traceback building, exception objects) only has to let the adapter see those calls first.
// Cost: about three hook calls per adapted instruction instead of one.
#ifndef MICA_RUNTIME_EXEC_VM_ADAPTER_H_
#define MICA_RUNTIME_EXEC_VM_ADAPTER_H_

#include <stdint.h>

#include "runtime/value.h"
#include "runtime/vm/bytecode.h"
#include "runtime/vm/frame.h"
#include "runtime/vm/interpreter.h"

namespace mica {

struct GeneratorObject;

enum class OpStatus : uint8_t {
  kContinue,  // frame->ip and frame->sp describe where to go on
  kError,     // the runtime's pending exception is set
  kYield,     // the running generator has saved its frame (generator.h) and yields
};

// Runs one of the opcodes the VM core leaves to the hooks (opcodes.cc). On entry frame->ip is just past the
// opcode byte; `op_offset` is the opcode's offset in frame->code.
OpStatus RunOpcode(vm::VmState* state, vm::Frame* frame, vm::Opcode op, uint32_t op_offset);

// VmHooks::unimplemented_opcode.
Value AdapterOpcodeHook(vm::VmState* state, vm::Opcode op);

// Called first by the traceback hook: true when the unwinding is the adapter's own (nothing to record).
// Otherwise *code and *offset may be rewritten to the real location.
bool AdapterFilterTraceback(vm::VmState* state, const vm::RawCode** code, uint32_t* offset);

// Called first by the exception_value hook: true when the adapter provides the value to push.
bool AdapterFilterExceptionValue(vm::VmState* state, Value* out);

// How a suspended generator is re-entered.
enum class ResumeKind : uint8_t {
  kSend,        // push `value` and continue after the suspension point
  kReplaceTop,  // a `yield from` delegate finished with `value`: replace it and continue after YIELD_FROM
  kThrow,       // raise the exception `value` at the suspension point
};

// Runs a started, suspended generator's frame until it yields, returns or raises (vm::Execute's result, with
// a yield reported as Value::Exception() and *yielded set).
Value AdapterResumeGenerator(GeneratorObject* generator, ResumeKind kind, Value value, bool* yielded);

// After vm::Execute of a generator frame failed: true (and the adapter reset) if it was a yield.
bool AdapterTakeYield(vm::VmState* state);

// The code a frame really runs (its shadow resolved).
const vm::RawCode* RealCode(const vm::Frame* frame);

// At every collection: the shadow may be a copy of code whose address is about to be reused.
void AdapterForgetShadow();

// Start-up: the trampoline block in the heap. False on MemoryError.
bool InitAdapter();

}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_VM_ADAPTER_H_
