#include "runtime/exec/vm_adapter.h"

#include <string.h>

#include "runtime/exec/exec_state.h"
#include "runtime/exec/generator.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "gc/heap.h"
#include "runtime/vm/exception_table.h"
#include "runtime/vm/vm_hooks.h"

namespace mica {
namespace {

using vm::ExceptionHandler;
using vm::Frame;
using vm::RawCode;
using vm::VmState;

// The first instruction a re-entered generator frame runs: any opcode the core sends to the hook.
constexpr uint8_t kGeneratorEntry[1] = {static_cast<uint8_t>(vm::Opcode::LOAD_ASSERTION_ERROR)};

constexpr size_t kTrampolineBytes = 6;  // POP_TOP; JUMP_FAR rel32

AdapterState& Adapter() {
  return Exec().adapter;
}

// Makes `frame` run the shadow of `original`, whose bytecode pointer is `fault_base` (so the VM computes its
// fault offset against it) and whose exception table is `entry` alone (null: empty).
// The shadow as a copy of `original` (only the fields the adapter changes differ between uses).
void CopyToShadow(const RawCode* original) {
  AdapterState& a = Adapter();
  if (a.shadow_of != original) {
    a.shadow = *original;
    a.shadow_of = original;
  }
}

void InstallShadow(Frame* frame, const RawCode* original, const uint8_t* fault_base, const ExceptionHandler* entry) {
  AdapterState& a = Adapter();
  CopyToShadow(original);
  a.shadow.bytecode = fault_base;
  if (entry != nullptr) {
    a.shadow.exception_table = a.table;
    a.shadow.exception_table_size = static_cast<uint32_t>(vm::WriteExceptionHandler(*entry, a.table));
  } else {
    a.shadow.exception_table = nullptr;
    a.shadow.exception_table_size = 0;
  }
  a.original = original;
  a.frame = frame;
  frame->code = &a.shadow;
}

// Continues `frame` at offset `next` of `original` with the operand stack as frame->sp says. The VM will fault
// at `fault` relative to `fault_base`.
Value ResumeAt(VmState* state, Frame* frame, const RawCode* original, const uint8_t* fault_base, uint32_t fault,
               uint32_t next) {
  AdapterState& a = Adapter();
  Value* const base = vm::StackBase(*frame);
  const uint32_t depth = static_cast<uint32_t>(frame->sp - base);
  ExceptionHandler entry;
  entry.start = fault;
  entry.end = fault + 1;
  if (depth > 0) {
    entry.target = next;
    entry.depth = depth - 1;
    a.value = frame->sp[-1];
    a.target_base = original->bytecode;
  } else {
    // The VM always pushes something: push None and pop it in the trampoline, which jumps back.
    const intptr_t distance = static_cast<intptr_t>(reinterpret_cast<uintptr_t>(original->bytecode + next) -
                                                    reinterpret_cast<uintptr_t>(a.trampoline + kTrampolineBytes));
    if (distance < INT32_MIN || distance > INT32_MAX) {
      RaiseNew(&kRuntimeErrorType, "bytecode out of reach of the VM adapter's trampoline");
      return PendingToVm(state);
    }
    const uint32_t rel = static_cast<uint32_t>(static_cast<int32_t>(distance));
    a.trampoline[0] = static_cast<uint8_t>(vm::Opcode::POP_TOP);
    a.trampoline[1] = static_cast<uint8_t>(vm::Opcode::JUMP_FAR);
    a.trampoline[2] = static_cast<uint8_t>(rel);
    a.trampoline[3] = static_cast<uint8_t>(rel >> 8);
    a.trampoline[4] = static_cast<uint8_t>(rel >> 16);
    a.trampoline[5] = static_cast<uint8_t>(rel >> 24);
    entry.target = 0;
    entry.depth = 0;
    a.value = Value::None();
    a.target_base = a.trampoline;
  }
  InstallShadow(frame, original, fault_base, &entry);
  a.mode = AdapterMode::kResume;
  return vm::RaiseVmError(state, vm::VmError::kRaised);
}

// The first hook call of a re-entered generator frame: restore what GeneratorSaveFrame kept, then continue
// (or raise) where it stopped.
Value EnterGeneratorFrame(VmState* state, Frame* frame) {
  AdapterState& a = Adapter();
  GeneratorObject* const generator = a.generator;
  const RawCode* const original = a.original;
  const uint32_t n_slots = vm::NumSlots(*original);
  memcpy(frame->locals, generator->values, n_slots * sizeof(Value));
  Value* sp = frame->locals + n_slots;
  memcpy(sp, generator->values + n_slots, generator->depth * sizeof(Value));
  sp += generator->depth;
  uint32_t next = generator->resume_offset;
  switch (static_cast<ResumeKind>(a.resume_kind)) {
    case ResumeKind::kSend:
      *sp++ = a.value;
      break;
    case ResumeKind::kReplaceTop:
      sp[-1] = a.value;
      next = generator->suspend_offset + 1;  // YIELD_FROM has no operands
      break;
    case ResumeKind::kThrow: {
      frame->sp = sp;
      ExceptionHandler handler;
      const bool found = vm::FindExceptionHandler(*original, generator->suspend_offset, &handler);
      ExceptionHandler entry{0, 1, handler.target, handler.depth};
      InstallShadow(frame, original, kGeneratorEntry, found ? &entry : nullptr);
      a.throw_offset = generator->suspend_offset;
      a.mode = AdapterMode::kThrowAt;
      return vm::RaiseException(state, a.value);
    }
  }
  frame->sp = sp;
  return ResumeAt(state, frame, original, kGeneratorEntry, 0, next);
}

}  // namespace

void AdapterForgetShadow() {
  Adapter().shadow_of = nullptr;
}

bool InitAdapter() {
  AdapterState& a = Adapter();
  a.mode = AdapterMode::kIdle;
  a.shadow_of = nullptr;
  a.trampoline = static_cast<uint8_t*>(AllocateRaw(kTrampolineBytes, gc::kNoScan));
  return a.trampoline != nullptr;
}

Value AdapterOpcodeHook(VmState* state, vm::Opcode op) {
  AdapterState& a = Adapter();
  Frame* const frame = state->frame_top;
  if (a.mode == AdapterMode::kGenStart) return EnterGeneratorFrame(state, frame);
  const RawCode* const code = frame->code;
  const uint32_t op_offset = static_cast<uint32_t>(frame->ip - 1 - code->bytecode);
  switch (RunOpcode(state, frame, op, op_offset)) {
    case OpStatus::kContinue:
      return ResumeAt(state, frame, code, code->bytecode, op_offset,
                      static_cast<uint32_t>(frame->ip - code->bytecode));
    case OpStatus::kError:
      return PendingToVm(state);
    case OpStatus::kYield:
      InstallShadow(frame, code, code->bytecode, nullptr);
      a.mode = AdapterMode::kYield;
      return vm::RaiseVmError(state, vm::VmError::kRaised);
  }
  return PendingToVm(state);
}

bool AdapterFilterTraceback(VmState*, const RawCode** code, uint32_t* offset) {
  AdapterState& a = Adapter();
  switch (a.mode) {
    case AdapterMode::kResume:
    case AdapterMode::kYield:
      return true;
    case AdapterMode::kThrowAt:
      if (*code == &a.shadow) {
        *code = a.original;
        *offset = a.throw_offset;
      }
      return false;
    default:
      if (*code == &a.shadow) *code = a.original;
      return false;
  }
}

bool AdapterFilterExceptionValue(VmState*, Value* out) {
  AdapterState& a = Adapter();
  if (a.mode == AdapterMode::kResume) {
    a.frame->code = a.original;
    a.shadow.bytecode = a.target_base;
    a.mode = AdapterMode::kIdle;
    *out = a.value;
    return true;
  }
  if (a.mode == AdapterMode::kThrowAt) {
    a.frame->code = a.original;
    a.shadow.bytecode = a.original->bytecode;
    a.mode = AdapterMode::kIdle;
  }
  return false;
}

Value AdapterResumeGenerator(GeneratorObject* generator, ResumeKind kind, Value value, bool* yielded) {
  AdapterState& a = Adapter();
  VmState* const state = Vm();
  const RawCode* const code = GeneratorCode(generator);
  CopyToShadow(code);
  a.shadow.bytecode = kGeneratorEntry;
  a.shadow.exception_table = nullptr;
  a.shadow.exception_table_size = 0;
  a.original = code;
  a.generator = generator;
  a.resume_kind = static_cast<uint8_t>(kind);
  a.value = value;
  a.mode = AdapterMode::kGenStart;
  *yielded = false;
  const Value result = vm::Execute(state, &a.shadow, generator->function, generator->values,
                                   vm::NumParameterSlots(*code));
  if (result.IsException()) {
    if (a.mode == AdapterMode::kYield) {
      a.mode = AdapterMode::kIdle;
      vm::ClearPendingError(state);
      *yielded = true;
      return result;
    }
    a.mode = AdapterMode::kIdle;
  }
  return result;
}

bool AdapterTakeYield(VmState* state) {
  AdapterState& a = Adapter();
  if (a.mode != AdapterMode::kYield) {
    if (a.mode != AdapterMode::kIdle) a.mode = AdapterMode::kIdle;
    return false;
  }
  a.mode = AdapterMode::kIdle;
  vm::ClearPendingError(state);
  return true;
}

const RawCode* RealCode(const Frame* frame) {
  const AdapterState& a = Exec().adapter;
  return frame->code == &a.shadow ? a.original : frame->code;
}

}  // namespace mica
