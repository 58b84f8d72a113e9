// The Thumb-2 native emitter's entry: one NativeFunctionEmitter per function (native_function_emitter.h has the
// code shape; native_emitter_expressions.cc and native_emitter_statements.cc the code it writes).
#include "natives/thumb/native_emitter.h"

#include "natives/thumb/native_function_emitter.h"

namespace mica {
namespace thumb {

bool EmitNativeFunction(const char* source, const ast::FunctionDef* def, const natives::NativeHost& host,
                        Arena* arena, natives::NativeOutput* out, SyntaxError* error) {
  native_emitter_internal::NativeFunctionEmitter emitter(source, def, host, error);
  return emitter.Run(arena, out);
}

}  // namespace thumb
}  // namespace mica
