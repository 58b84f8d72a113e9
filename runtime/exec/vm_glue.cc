// The VmHooks the runtime gives the interpreter, the execution state, and the error hand-over between the VM
// (VmState::error) and C code (the runtime's pending exception).
#include <string.h>

#include "runtime/exec/exec.h"
#include "runtime/exec/exec_state.h"
#include "runtime/exec/function.h"
#include "runtime/exec/generator.h"
#include "runtime/exec/user_class.h"
#include "runtime/exec/opcodes.h"
#include "runtime/names.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/float.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/type_type.h"
#include "runtime/vm/line_table.h"
#include "runtime/vm/vm_hooks.h"

namespace mica {
namespace {

using vm::Opcode;
using vm::VmError;
using vm::VmState;

ExecState g_exec;

const char* SlotNameText(const vm::RawCode* code, uint32_t slot) {
  const char* text = "?";
  size_t length = 0;
  if (code != nullptr && code->slot_names != nullptr) NameText(code->slot_names[slot], &text, &length);
  return text;
}

// Raises (as the runtime's pending exception) what a VM error code means.
void RaiseForVmError(const vm::PendingError& error) {
  const vm::RawCode* code = error.code;
  switch (error.kind) {
    case VmError::kRecursionLimit:
    case VmError::kStackOverflow:
      RaiseRecursionError();
      return;
    case VmError::kUnboundLocal: {
      const Value type = TypeValue(&kUnboundLocalErrorType);
      Value message = Value::Exception();
      {
        StringBuilder text;
        text.Append("cannot access local variable '");
        text.Append(SlotNameText(code, error.detail));
        text.Append("' where it is not associated with a value");
        message = text.Finish();
      }
      if (message.IsException()) return;
      if (type.IsNull()) {
        RaiseFormat(&kNameErrorType, "%S", message);
        return;
      }
      const Value exception = CallValue(type, &message, 1, 0);
      if (!exception.IsException()) Raise(exception);
      return;
    }
    case VmError::kNoActiveException:
      RaiseNew(&kRuntimeErrorType, "No active exception to reraise");
      return;
    case VmError::kInvalidOpcode:
      RaiseFormat(&kRuntimeErrorType, "invalid opcode %u", error.detail);
      return;
    case VmError::kUnimplementedOpcode:
      RaiseFormat(&kRuntimeErrorType, "opcode %s is not implemented",
                  vm::OpcodeName(static_cast<Opcode>(error.detail)));
      return;
    case VmError::kBadCall:
      RaiseFormat(&kTypeErrorType, "wrong number of arguments (%u)", error.detail);
      return;
    case VmError::kInterrupted:
      RaiseNew(&kKeyboardInterruptType, nullptr);
      return;
    case VmError::kYieldOutsideGenerator:
      RaiseNew(&kRuntimeErrorType, "yield outside a running generator");
      return;
    default:
      RaiseFormat(&kRuntimeErrorType, "VM error %s", vm::VmErrorName(error.kind));
      return;
  }
}

// The pending VM error as an exception object, which it then is (kRaised) from here on.
Value VmErrorObject(VmState* state) {
  if (state->error.kind == VmError::kRaised && !state->error.exception.IsNull()) return state->error.exception;
  const Value saved_pending = PendingException();
  RaiseForVmError(state->error);
  Value exception = PendingException();
  if (exception.IsNull()) {
    RaiseMemoryError();
    exception = PendingException();
  }
  State().pending_exception = saved_pending;
  state->error.kind = VmError::kRaised;
  state->error.exception = exception;
  return exception;
}

// ---- The hooks ------------------------------------------------------------------------------------------

// An exact float, or a small int that converts to a Float exactly (so comparisons need no care).
inline bool FastFloatOperand(Value v, Float* out) {
  if (v.IsSmallInt()) {
    const intptr_t i = v.AsSmallInt();
    if (!ConvertsToFloatExactly(i)) return false;
    *out = static_cast<Float>(i);
    return true;
  }
  if (v.IsObject() && v.AsObject()->type == &kFloatType) {
    *out = reinterpret_cast<const FloatObject*>(v.AsObject())->value;
    return true;
  }
  return false;
}

// float op float and float op small int (either order), with float's own semantics (float.cc): the result, an
// exception, or null to take the generic path (neither a float, a big int, division by zero, powers, bit ops).
// Out of line: the hook's other callers keep a small frame. The caller has checked that one operand is a float.
__attribute__((noinline)) Value FloatFastBinary(Opcode op, Value lhs, Value rhs) {
  Float x;
  Float y;
  if (!FastFloatOperand(lhs, &x) || !FastFloatOperand(rhs, &y)) return Value();
  switch (op) {
    case Opcode::BINARY_ADD:
    case Opcode::INPLACE_ADD: return NewFloat(x + y);
    case Opcode::BINARY_SUBTRACT:
    case Opcode::INPLACE_SUBTRACT: return NewFloat(x - y);
    case Opcode::BINARY_MULTIPLY:
    case Opcode::INPLACE_MULTIPLY: return NewFloat(x * y);
    case Opcode::BINARY_TRUE_DIVIDE:
    case Opcode::INPLACE_TRUE_DIVIDE:
      if (y == 0.0) return Value();
      return NewFloat(x / y);
    case Opcode::BINARY_FLOOR_DIVIDE:
    case Opcode::INPLACE_FLOOR_DIVIDE:
    case Opcode::BINARY_MODULO:
    case Opcode::INPLACE_MODULO: {
      if (y == 0.0) return Value();
      Float quotient;
      Float remainder;
      MICA_TRY(FloatFloorDivMod(x, y, &quotient, &remainder));
      const bool modulo = op == Opcode::BINARY_MODULO || op == Opcode::INPLACE_MODULO;
      return NewFloat(modulo ? remainder : quotient);
    }
    // IEEE comparisons are Python's: anything with a NaN is false, except != which is true.
    case Opcode::COMPARE_LT: return Value::Bool(x < y);
    case Opcode::COMPARE_LE: return Value::Bool(x <= y);
    case Opcode::COMPARE_EQ: return Value::Bool(x == y);
    case Opcode::COMPARE_NE: return Value::Bool(x != y);
    case Opcode::COMPARE_GT: return Value::Bool(x > y);
    case Opcode::COMPARE_GE: return Value::Bool(x >= y);
    default: return Value();
  }
}

Value HookBinaryOp(VmState* state, Opcode op, Value lhs, Value rhs) {
  Value result;
  if constexpr (kHasFloat) {
    if ((lhs.IsObject() && lhs.AsObject()->type == &kFloatType) ||
        (rhs.IsObject() && rhs.AsObject()->type == &kFloatType)) {
      result = FloatFastBinary(op, lhs, rhs);
      if (!result.IsNull()) {
        if (result.IsException()) return PendingToVm(state);
        return result;
      }
    }
  }
  const uint8_t code = static_cast<uint8_t>(op);
  if (code >= static_cast<uint8_t>(Opcode::BINARY_ADD) && code <= static_cast<uint8_t>(Opcode::BINARY_XOR)) {
    result = BinaryOperation(
        static_cast<BinaryOp>(static_cast<uint8_t>(BinaryOp::kAdd) + code - static_cast<uint8_t>(Opcode::BINARY_ADD)),
        lhs, rhs);
  } else if (code >= static_cast<uint8_t>(Opcode::INPLACE_ADD) && code <= static_cast<uint8_t>(Opcode::INPLACE_XOR)) {
    result = BinaryOperation(static_cast<BinaryOp>(static_cast<uint8_t>(BinaryOp::kInplaceAdd) + code -
                                                   static_cast<uint8_t>(Opcode::INPLACE_ADD)),
                             lhs, rhs);
  } else if (code >= static_cast<uint8_t>(Opcode::COMPARE_LT) && code <= static_cast<uint8_t>(Opcode::COMPARE_GE)) {
    result = Compare(
        static_cast<BinaryOp>(static_cast<uint8_t>(BinaryOp::kLess) + code - static_cast<uint8_t>(Opcode::COMPARE_LT)),
        lhs, rhs);
  } else if (op == Opcode::COMPARE_IN || op == Opcode::COMPARE_NOT_IN) {
    result = Contains(rhs, lhs);
    if (!result.IsException() && op == Opcode::COMPARE_NOT_IN) result = Value::Bool(!result.IsTrue());
  } else {
    RaiseFormat(&kRuntimeErrorType, "bad binary opcode %s", vm::OpcodeName(op));
    result = Value::Exception();
  }
  if (result.IsException()) return PendingToVm(state);
  return result;
}

Value HookUnaryOp(VmState* state, Opcode op, Value operand) {
  UnaryOp unary = UnaryOp::kPositive;
  if (op == Opcode::UNARY_NEGATIVE) unary = UnaryOp::kNegative;
  if (op == Opcode::UNARY_INVERT) unary = UnaryOp::kInvert;
  const Value result = UnaryOperation(unary, operand);
  if (result.IsException()) return PendingToVm(state);
  return result;
}

Value HookTruth(VmState* state, Value value) {
  const Value result = Truth(value);
  if (result.IsException()) return PendingToVm(state);
  return result;
}

const vm::RawCode* HookBytecodeFunction(VmState*, Value callable) {
  if (!callable.IsObject() || callable.AsObject()->type != &kFunctionType) return nullptr;
  return AsFunction(callable)->code;
}

Value HookCall(VmState* state, Value callable, const Value* args, size_t argc) {
  const Value result = CallValue(callable, args, static_cast<uint32_t>(argc), 0);
  if (result.IsException()) return PendingToVm(state);
  return result;
}

Value HookGetIter(VmState* state, Value iterable) {
  const Value result = GetIter(iterable);
  if (result.IsException()) return PendingToVm(state);
  return result;
}

Value HookIterNext(VmState* state, Value iterator) {
  const Value result = IterNext(iterator);
  if (result.IsException()) return PendingToVm(state);
  return result;
}

// An exception object for `raise x`: instances as they are, classes instantiated.
Value MakeRaisable(Value value) {
  if (IsException(value)) return value;
  if (IsType(value) && (AsType(value)->flags & kTypeIsException) != 0) {
    const Value instance = CallValue(value, nullptr, 0, 0);
    MICA_TRY(instance);
    if (IsException(instance)) return instance;
    return RaiseFormat(&kTypeErrorType, "calling %R should have returned an instance of BaseException, not %T",
                       value, instance);
  }
  return RaiseTypeError("exceptions must derive from BaseException");
}

Value HookRaise(VmState* state, Value exception, Value cause) {
  const Value instance = MakeRaisable(exception);
  if (instance.IsException()) return PendingToVm(state);
  ExceptionObject* object = AsException(instance);
  if (!cause.IsNull()) {
    Value cause_value = cause;
    if (!cause.IsNone()) {
      cause_value = MakeRaisable(cause);
      if (cause_value.IsException()) {
        ClearPendingException();
        RaiseTypeError("exception causes must derive from BaseException");
        return PendingToVm(state);
      }
    }
    object->cause = cause_value;
    object->flags |= kExceptionSuppressContext;
  }
  const Value handled = state->handled_exception;
  // As CPython: the exception being handled becomes the context, replacing an older one.
  if (!handled.IsNull() && !handled.IsNone() && !handled.Is(instance)) ExceptionSetContext(instance, handled);
  return vm::RaiseException(state, instance);
}

Value HookExceptionValue(VmState* state) {
  return VmErrorObject(state);
}

void HookTraceback(VmState* state, const vm::RawCode* code, uint32_t offset) {
  const Value exception = VmErrorObject(state);
  if (!IsException(exception)) return;
  ExceptionObject* object = AsException(exception);
  const Value handled = state->handled_exception;
  if (object->context.IsNone() && !handled.IsNull() && !handled.IsNone() && !handled.Is(exception) &&
      IsException(handled)) {
    object->context = handled;
  }
  ExceptionAddTraceback(exception, code->name, code->source_file, vm::LineForOffset(*code, offset));
}

// A safe point was requested: run the scheduled callbacks, then raise KeyboardInterrupt if that was asked for.
Value HookInterrupt(VmState* state) {
  ExecState& exec = g_exec;
  if (RunScheduled().IsException()) return PendingToVm(state);
  if (exec.keyboard_interrupt != 0) {
    exec.keyboard_interrupt = 0;
    RaiseNew(&kKeyboardInterruptType, nullptr);
    return PendingToVm(state);
  }
  return Value::None();
}

constexpr vm::VmHooks kRuntimeHooks = {
    HookBinaryOp,          // binary_op
    HookUnaryOp,           // unary_op
    HookTruth,             // truth
    HookBytecodeFunction,  // bytecode_function
    HookCall,              // call
    HookGetIter,           // get_iter
    HookIterNext,          // iter_next
    HookRaise,             // raise
    HookExceptionValue,    // exception_value
    HookTraceback,         // traceback
    HookInterrupt,         // interrupt
    RunOpcode,             // opcode
};

// Roots: every live frame (its function, slots and operand stack), the VM's exception state, and ours.
void MarkExecRoots(gc::Heap& heap, void*) {
  InvalidateClassLookups();
  ExecState& exec = g_exec;
  VmState& state = exec.vm;
  if (state.frame_top != nullptr) {
    for (vm::Frame* frame = state.frames_base; frame <= state.frame_top; ++frame) {
      MarkValue(heap, frame->function);
      heap.MarkRoot(frame->code);
      if (frame->sp != nullptr && frame->sp >= frame->locals) {
        heap.MarkRange(reinterpret_cast<void* const*>(frame->locals), reinterpret_cast<void* const*>(frame->sp));
      }
    }
  }
  MarkValue(heap, state.handled_exception);
  MarkValue(heap, state.error.exception);
  MarkValue(heap, exec.builtins);
  MarkValue(heap, exec.builtins_module);
  MarkValue(heap, exec.modules);
  MarkValue(heap, exec.search_path);
  MarkValue(heap, exec.main_module);
  MarkValue(heap, exec.build_class);
  heap.MarkRoot(exec.running_generator);
  for (uint32_t i = 0; i < exec.scheduled_count; ++i) {
    MarkValue(heap, exec.scheduled[i][0]);
    MarkValue(heap, exec.scheduled[i][1]);
  }
}

}  // namespace

ExecState& Exec() {
  return g_exec;
}

Value PendingToVm(VmState* state) {
  Value exception = PendingException();
  if (exception.IsNull()) {
    RaiseNew(&kRuntimeErrorType, "error return without exception set");
    exception = PendingException();
  }
  ClearPendingException();
  return vm::RaiseException(state, exception);
}

Value TakeVmError() {
  VmState* const state = Vm();
  const Value exception = VmErrorObject(state);
  vm::ClearPendingError(state);
  return exception;
}

Value ExecuteCode(const vm::RawCode* code, Value function, const Value* args, size_t argc) {
  if ((code->flags & vm::kCodeNative) != 0) {
    if (g_exec.native_executor == nullptr) return RaiseNew(&kRuntimeErrorType, "native code cannot run in this build");
    return g_exec.native_executor(code, function, args, argc);
  }
  const Value result = vm::Execute(Vm(), code, function, args, argc);
  if (result.IsException()) return Raise(TakeVmError());
  return result;
}

Value FrameGlobals(const vm::Frame* frame) {
  if (frame->function.IsObject() && frame->function.AsObject()->type == &kFunctionType) {
    return AsFunction(frame->function)->globals;
  }
  return Value();
}

Value FrameNamespace(const vm::Frame* frame) {
  if (frame->function.IsObject() && frame->function.AsObject()->type == &kFunctionType) {
    const FunctionObject* function = AsFunction(frame->function);
    return function->namespace_dict.IsNull() ? function->globals : function->namespace_dict;
  }
  return Value();
}

bool InitVm(const Value* stack, size_t stack_values, vm::Frame* frames, size_t frame_count,
            uintptr_t c_stack_limit) {
  vm::InitVmState(&g_exec.vm, &kRuntimeHooks, const_cast<Value*>(stack), stack_values, frames, frame_count);
  g_exec.vm.c_stack_limit = c_stack_limit;
  g_exec.vm.runtime = &g_exec;
  State().c_stack_limit = c_stack_limit;
  return AddRootMarker(MarkExecRoots, nullptr);
}

}  // namespace mica
