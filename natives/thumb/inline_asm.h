// The `@micropython.asm_thumb` front end: walks a function's AST (compiler/ast.h) and assembles its body with
// the Thumb-2 encoder (encoder.h). docs/inline-asm.md lists the instructions and the error messages.
//
// The code is a leaf function with the AAPCS: arguments in r0-r3, result in r0. A fixed prologue
// `push {r4, r5, r6, r7, lr}` and epilogue `pop {r4, r5, r6, r7, pc}` surround the body, so the body may use
// r0-r7 freely and `bl` to its own labels. Branches start narrow and are widened until every one reaches its
// label (the same relaxation GNU as does), so the output matches `as -mcpu=cortex-m4 -mthumb` byte for byte.
#ifndef MICA_NATIVES_THUMB_INLINE_ASM_H_
#define MICA_NATIVES_THUMB_INLINE_ASM_H_

#include "natives/inline_asm.h"

namespace mica {
namespace thumb {

// InlineAssembler::assemble for Thumb-2.
bool AssembleFunction(const char* source, const ast::FunctionDef* def, Arena* arena, natives::AssembledCode* out,
                      SyntaxError* error);

}  // namespace thumb
}  // namespace mica

#endif  // MICA_NATIVES_THUMB_INLINE_ASM_H_
