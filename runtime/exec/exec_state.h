// The execution layer's state: the VM (its stacks and hooks), the builtins, the module table and search path,
// and the bookkeeping of running generators.
//
// Errors: inside the VM a pending error lives in VmState::error; everywhere else (C code, the object model) it
// is the runtime's pending exception (runtime/objects/errors.h). ExecuteCode() and the hooks move an error
// from one to the other at the boundary, so C callers only ever see the usual convention.
#ifndef MICA_RUNTIME_EXEC_EXEC_STATE_H_
#define MICA_RUNTIME_EXEC_EXEC_STATE_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"
#include "runtime/vm/exception_table.h"
#include "runtime/vm/frame.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/raw_code.h"

namespace mica {

struct BuiltinModuleDef;
struct GeneratorObject;
namespace mpy {
struct FrozenModuleList;
}

struct ExecState {
  vm::VmState vm;
  Value builtins;         // the builtins module's dict
  Value builtins_module;
  Value modules;          // dict: module name -> module (sys.modules)
  Value search_path;      // list of str (sys.path)
  Value main_module;
  Value build_class;      // builtins.__build_class__, for LOAD_BUILD_CLASS
  const BuiltinModuleDef* const* builtin_modules;  // the port's modules (ExecConfig::modules)
  const mpy::FrozenModuleList* const* frozen_modules;  // the port's frozen modules (ExecConfig::frozen_modules)
  GeneratorObject* running_generator;  // the innermost generator being resumed
  // micropython.schedule(): callbacks waiting for the next safe point (a backward jump), oldest first. Fixed
  // storage, so an interrupt handler can schedule without allocating.
  static constexpr uint32_t kScheduleSlots = 8;
  Value scheduled[kScheduleSlots][2];  // (function, argument)
  volatile uint32_t scheduled_count;
  volatile uint8_t keyboard_interrupt;  // RequestInterrupt() was called: raise KeyboardInterrupt at the safe point
  volatile int16_t interrupt_char;  // micropython.kbd_intr(): the console byte that interrupts (-1: none)
  uint8_t optimization_level;       // compile_hook.h: SetOptimizationLevel
  // Runs a RawCode with vm::kCodeNative (machine code from @micropython.native): set with the compiler when the
  // build has a native emitter (natives/native_runtime.h), null otherwise (no such code can exist then).
  Value (*native_executor)(const vm::RawCode* code, Value function, const Value* args, size_t argc);
  bool initialized;
};

ExecState& Exec();
inline vm::VmState* Vm() { return &Exec().vm; }

// Runs `code` as a call of `function` with its parameter slots args[0, argc) (vm::Execute), converting a
// failure into the runtime's pending exception.
Value ExecuteCode(const vm::RawCode* code, Value function, const Value* args, size_t argc);

// The VM's pending error as an exception object (creating one for VM error codes), and the VM error cleared:
// for C code that called vm::Execute itself. Never fails (MemoryError instance at worst).
Value TakeVmError();

// Moves the runtime's pending exception into the VM (for hooks): returns Value::Exception().
Value PendingToVm(vm::VmState* state);

// Sets up the VM state with the runtime's hooks and registers the roots (exec.cc calls it first).
bool InitVm(const Value* stack, size_t stack_values, vm::Frame* frames, size_t frame_count, uintptr_t c_stack_limit);

// The namespace and globals of a running frame (function objects carry both).
Value FrameGlobals(const vm::Frame* frame);
Value FrameNamespace(const vm::Frame* frame);

}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_EXEC_STATE_H_
