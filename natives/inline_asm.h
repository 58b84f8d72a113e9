// The interface between the compiler and an inline assembler (`@micropython.asm_thumb`, ...).
//
// The bytecode emitter recognises the decorator syntactically (`@micropython.<decorator>` as the innermost
// decorator) and, when the build's table (CompileOptions::inline_assemblers, filled from the feature set's
// config::kInlineAssemblers) has an assembler of that name, hands it the function's AST instead of compiling the
// body to bytecode. The assembler returns machine code in the compiler's arena; the CodeSink then turns it into a
// callable object through `make_code` (for the runtime, natives/native_code.h), which the emitter loads as a
// constant in place of MAKE_FUNCTION. A build whose feature set lists no assembler links none of this.
#ifndef MICA_NATIVES_INLINE_ASM_H_
#define MICA_NATIVES_INLINE_ASM_H_

#include <stddef.h>
#include <stdint.h>

#include "compiler/arena.h"
#include "compiler/ast.h"
#include "compiler/syntax_error.h"
#include "runtime/value.h"

namespace mica {
namespace natives {

// How the machine word in r0 (or the architecture's return register) becomes a Python value.
enum class ReturnKind : uint8_t {
  kInt,   // signed 32-bit (the default, as MicroPython)
  kUint,  // `-> uint`: unsigned 32-bit
  kBool,  // `-> bool`: nonzero is True
};

// One assembled function. `code` lives in the compiler's arena and is valid until the sink has copied it.
struct AssembledCode {
  const uint8_t* code;
  uint32_t size;
  uint8_t num_args;
  ReturnKind return_kind;
};

struct InlineAssembler {
  const char* decorator;  // the attribute of `micropython` that selects it: "asm_thumb"
  // Assembles `def` (its source is `source`). False with *error filled in (SyntaxError at the bad line; the
  // message may live in `arena`) or with error->kind == kMemoryError when the arena is full.
  bool (*assemble)(const char* source, const ast::FunctionDef* def, Arena* arena, AssembledCode* out,
                   SyntaxError* error);
  // Makes the runtime's callable object for the code (named `name`, an interned name id): the null Value when
  // the heap or the port's executable memory is full (no exception left pending). Used only by the runtime's
  // CodeSink, so a compiler built for mpy-cross never needs it.
  Value (*make_code)(const AssembledCode& code, uint32_t name);
};

}  // namespace natives
}  // namespace mica

#endif  // MICA_NATIVES_INLINE_ASM_H_
