// The Thumb-2 native emitter (`@micropython.native`): a function's scope-resolved AST -> Thumb-2 machine code
// that calls natives/native_runtime.h for everything it does not inline. docs/native.md describes the code it
// makes (frame layout, registers, fast paths) and the constructs it refuses.
#ifndef MICA_NATIVES_THUMB_NATIVE_EMITTER_H_
#define MICA_NATIVES_THUMB_NATIVE_EMITTER_H_

#include "natives/native_emitter.h"

namespace mica {
namespace thumb {

// natives::NativeEmitter::emit for Thumb-2.
bool EmitNativeFunction(const char* source, const ast::FunctionDef* def, const natives::NativeHost& host,
                        Arena* arena, natives::NativeOutput* out, SyntaxError* error);

}  // namespace thumb
}  // namespace mica

#endif  // MICA_NATIVES_THUMB_NATIVE_EMITTER_H_
