#include "runtime/vm/vm_hooks.h"

#include "runtime/vm/interpreter.h"

namespace mica {
namespace vm {
namespace {

// The defaults: what a VM with no object model can honestly say about everything it does not run itself.

Value UnsupportedBinary(VmState* state, Opcode op, Value, Value) {
  return RaiseVmError(state, VmError::kUnsupported, static_cast<uint32_t>(op));
}

Value UnsupportedUnary(VmState* state, Opcode op, Value) {
  return RaiseVmError(state, VmError::kUnsupported, static_cast<uint32_t>(op));
}

Value UnsupportedValue(VmState* state, Value) {
  return RaiseVmError(state, VmError::kUnsupported);
}

const RawCode* NoBytecodeFunction(VmState*, Value) {
  return nullptr;
}

Value UnsupportedCall(VmState* state, Value, const Value*, size_t) {
  return RaiseVmError(state, VmError::kUnsupported);
}

Value UnsupportedRaise(VmState* state, Value, Value) {
  return RaiseVmError(state, VmError::kUnsupported);
}

// Only exceptions that already are objects can be caught without a runtime to create the others.
Value PendingExceptionObject(VmState* state) {
  return state->error.kind == VmError::kRaised ? state->error.exception : Value::Exception();
}

void NoTraceback(VmState*, const RawCode*, uint32_t) {}

Value Interrupted(VmState* state) {
  return RaiseVmError(state, VmError::kInterrupted);
}

Value Unimplemented(VmState* state, Frame*, Opcode op) {
  return RaiseVmError(state, VmError::kUnimplementedOpcode, static_cast<uint32_t>(op));
}

}  // namespace

const VmHooks kDefaultVmHooks = {
    UnsupportedBinary,       // binary_op
    UnsupportedUnary,        // unary_op
    UnsupportedValue,        // truth
    NoBytecodeFunction,      // bytecode_function
    UnsupportedCall,         // call
    UnsupportedValue,        // get_iter
    UnsupportedValue,        // iter_next
    UnsupportedRaise,        // raise
    PendingExceptionObject,  // exception_value
    NoTraceback,             // traceback
    Interrupted,             // interrupt
    Unimplemented,           // opcode
};

Value RaiseVmError(VmState* state, VmError kind, uint32_t detail) {
  state->error.kind = kind;
  state->error.detail = detail;
  state->error.exception = Value();
  state->error.code = nullptr;
  return Value::Exception();
}

Value RaiseException(VmState* state, Value exception) {
  state->error.kind = VmError::kRaised;
  state->error.detail = 0;
  state->error.exception = exception;
  state->error.code = nullptr;
  return Value::Exception();
}

void ClearPendingError(VmState* state) {
  state->error = PendingError();
}

}  // namespace vm
}  // namespace mica
