// RawCode: one compiled function (or module or class body) as the VM runs it.
//
// Everything in a RawCode is constant: the compiler fills one in when it finishes a function and the .mpy loader
// builds them once. The interpreter never writes to a RawCode or to the bytes it points at, so bytecode, line
// table and exception table may be read-only memory: for a frozen module (runtime/mpy/frozen_module.h) the
// loader leaves them in the constant .mpy image (flash on a board) and only this struct, the constants, children
// and slot names are in the heap. What the VM caches at run time lives in RAM side tables (num_cache_slots
// entries per function object; see docs/bytecode.md, "Run-time caches").
//
// Frame slots: [0, num_locals) are the fast locals, parameters first in this order: positional (the first
// num_positional_only of them positional-only), keyword-only, *args (kVarArgs), **kwargs (kVarKeywords).
// [num_locals, +num_cells) are the cell variables that are not parameters, [.., +num_free) the free variables.
// LOAD_FAST and friends index this one slot space; a captured parameter becomes a cell in place (MAKE_CELL).
#ifndef MICA_RUNTIME_VM_RAW_CODE_H_
#define MICA_RUNTIME_VM_RAW_CODE_H_

#include <stdint.h>

#include "runtime/value.h"

namespace mica {
namespace vm {

// RawCode::flags.
enum CodeFlags : uint16_t {
  kCodeGenerator = 1 << 0,       // calling it creates a generator (a heap frame), it does not run the body
  kCodeCoroutine = 1 << 1,       // async def
  kCodeAsyncGenerator = 1 << 2,  // async def with yield
  kCodeVarArgs = 1 << 3,         // has *args: one more parameter slot, after the keyword-only ones
  kCodeVarKeywords = 1 << 4,     // has **kwargs: one more parameter slot, last
  kCodeNamespace = 1 << 5,       // module or class body: *_NAME opcodes use the frame's namespace mapping
  kCodeHasClassCell = 1 << 6,    // class body that defines __class__ (zero-argument super())
  kCodeNative = 1 << 7,          // `bytecode` is machine code (@micropython.native, natives/native_runtime.h)
};

// The flags that rule out entering the function directly with exactly num_positional positional arguments.
constexpr uint16_t kCodeNeedsFullCall =
    kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator | kCodeVarArgs | kCodeVarKeywords | kCodeNative;

struct RawCode {
  const uint8_t* bytecode;         // bytecode_size bytes of instructions
  const Value* constants;          // num_constants values: objects, interned names (name operands index here)
  const RawCode* const* children;  // num_children nested functions/classes, for MAKE_FUNCTION/MAKE_CLOSURE
  const uint8_t* line_table;       // line_table_size bytes: bytecode offset -> source line (line_table.h)
  const uint8_t* exception_table;  // exception_table_size bytes: protected ranges (exception_table.h)
  const uint32_t* slot_names;      // name ids of the slots, for keyword arguments and messages; null if stripped

  uint32_t bytecode_size;
  uint32_t line_table_size;
  uint32_t exception_table_size;
  uint32_t first_line;   // line of offset 0 before the line table applies its first entry
  uint32_t name;         // name id of the function ("<module>" for a module)
  uint32_t source_file;  // name id of the file name

  uint16_t num_constants;
  uint16_t num_children;
  uint16_t num_positional;  // positional parameters, positional-only included
  uint16_t num_positional_only;
  uint16_t num_kwonly;
  uint16_t num_locals;  // fast locals, every parameter slot included
  uint16_t num_cells;
  uint16_t num_free;
  uint16_t max_stack;        // deepest the operand stack gets (the emitter computes it)
  uint16_t num_cache_slots;  // run-time cache entries the instructions refer to
  uint16_t flags;            // CodeFlags
};

// Frame slots the function needs: locals, cells and free variables.
constexpr uint32_t NumSlots(const RawCode& code) {
  return uint32_t{code.num_locals} + code.num_cells + code.num_free;
}

// Parameter slots the caller fills: positional, keyword-only, *args, **kwargs.
constexpr uint32_t NumParameterSlots(const RawCode& code) {
  return uint32_t{code.num_positional} + code.num_kwonly + ((code.flags & kCodeVarArgs) ? 1 : 0) +
         ((code.flags & kCodeVarKeywords) ? 1 : 0);
}

// Values a frame of this function occupies on the value stack: its slots and its operand stack.
constexpr uint32_t FrameValues(const RawCode& code) {
  return NumSlots(code) + code.max_stack;
}

}  // namespace vm
}  // namespace mica

#endif  // MICA_RUNTIME_VM_RAW_CODE_H_
