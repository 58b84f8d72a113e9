// The disassembler: a RawCode as readable text, for `mpy-cross -v`-style tools, golden tests and debugging.
//
// Core-clean (no allocation, no libc formatting): text goes through a write callback, or into a caller's
// buffer with DisassembleToBuffer. A listing: a header, the constants, then offset, line (where it changes) and
// instruction, then the exception handlers; nested functions follow when `children` is set.
//
//   fib (fib.py:1) params=1 posonly=0 kwonly=0 locals=1 cells=0 free=0 stack=4 caches=0 flags=none
//     const 0: <object>
//        0     2  LOAD_FAST 0 (n)
//        2        LOAD_SMALL_INT 2
//        4        COMPARE_LT
//        5        POP_JUMP_IF_FALSE -> 11
//        8     3  LOAD_FAST 0 (n)
//       10        RETURN_VALUE
//     ...
//     handler 12..30 -> 31 depth 0
//
// Undecodable bytes are listed as "<bad bytecode>" and end the listing; the disassembler never reads past the
// tables a RawCode declares.
#ifndef MICA_RUNTIME_VM_DISASSEMBLER_H_
#define MICA_RUNTIME_VM_DISASSEMBLER_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/vm/bytecode.h"
#include "runtime/vm/raw_code.h"

namespace mica {
namespace vm {

struct DisassemblerOptions {
  void (*write)(void* context, const char* text, size_t length) = nullptr;
  void* write_context = nullptr;
  // The text of interned name `id` (nul-terminated), or null to print it as "#id".
  const char* (*name_text)(void* context, uint32_t id) = nullptr;
  void* name_context = nullptr;
  // Also list the nested functions (children), after the function itself.
  bool children = true;
};

// The whole function: header, constants, instructions, exception handlers (and children).
void Disassemble(const RawCode& code, const DisassemblerOptions& options);

// One instruction without offset or newline, e.g. "POP_JUMP_IF_FALSE -> 11".
void DisassembleInstruction(const RawCode& code, const Instruction& instruction, const DisassemblerOptions& options);

// Disassemble into buffer[0, capacity): the text, truncated if need be, always nul-terminated when capacity > 0.
// Returns the length of the full text, so a caller can tell truncation and size a second attempt.
size_t DisassembleToBuffer(const RawCode& code, char* buffer, size_t capacity,
                           const char* (*name_text)(void* context, uint32_t id) = nullptr,
                           void* name_context = nullptr);

}  // namespace vm
}  // namespace mica

#endif  // MICA_RUNTIME_VM_DISASSEMBLER_H_
