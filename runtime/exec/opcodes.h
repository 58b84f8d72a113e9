// The opcodes the VM core leaves to the runtime: VmHooks::opcode (runtime/vm/vm_hooks.h has the contract).
#ifndef MICA_RUNTIME_EXEC_OPCODES_H_
#define MICA_RUNTIME_EXEC_OPCODES_H_

#include "runtime/value.h"
#include "runtime/vm/bytecode.h"
#include "runtime/vm/frame.h"
#include "runtime/vm/interpreter.h"

namespace mica {

// Runs `op` on `frame` (frame->ip just past the opcode byte): vm::kOpcodeContinue with frame->ip/sp after the
// instruction, a value to yield (YIELD_FROM: the frame suspends and resumes at the YIELD_FROM itself), or
// Value::Exception() with the error moved into the VM.
Value RunOpcode(vm::VmState* state, vm::Frame* frame, vm::Opcode op);

}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_OPCODES_H_
