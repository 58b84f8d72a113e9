// The interface between the compiler and a native emitter (`@micropython.native`).
//
// The bytecode emitter recognises the decorator syntactically (`@micropython.native` as the innermost decorator)
// and, when the build has a native emitter (CompileOptions::native_emitter, from the feature set's
// config::kNativeEmitter), compiles that function's body with it instead of to bytecode. The function is still
// made by MAKE_FUNCTION from a RawCode (so it gets its globals, defaults and keyword binding from the normal
// call path); the RawCode has vm::kCodeNative and its `bytecode` is machine code (natives/native_runtime.h).
// The compiler gives the emitter what only it knows through NativeHost: slots, constants, names. A build whose
// feature set lists no native emitter links none of this.
#ifndef MICA_NATIVES_NATIVE_EMITTER_H_
#define MICA_NATIVES_NATIVE_EMITTER_H_

#include <stddef.h>
#include <stdint.h>

#include "compiler/arena.h"
#include "compiler/ast.h"
#include "compiler/syntax_error.h"
#include "runtime/value.h"
#include "runtime/vm/raw_code.h"

namespace mica {
namespace natives {

// What the compiler knows about the function being compiled.
struct NativeHost {
  void* context;
  // The frame slot of a fast local (parameters first), kGlobalName for a global or builtin, kUnsupportedName
  // for a closure variable.
  int32_t (*local_slot)(void* context, const char* text, uint32_t length);
  // The value of a constant expression (literals, folded arithmetic, const()), kept alive by the function's
  // constant table; false when `expression` is not constant. The null Value with *error_set when out of memory.
  bool (*constant)(void* context, const ast::Expr* expression, Value* value);
  // An interned name id; false when out of memory.
  bool (*name)(void* context, const char* text, uint32_t length, uint32_t* id);
  uint32_t num_locals;      // fast locals, parameters included
  uint32_t num_positional;  // parameters (slots 0..num_positional-1, always bound)
};

constexpr int32_t kGlobalName = -1;
constexpr int32_t kUnsupportedName = -2;

// Machine code in the compiler's arena: the first kNativeCodeOffset bytes are reserved for the entry address.
struct NativeOutput {
  const uint8_t* code;
  uint32_t size;
};

struct NativeEmitter {
  const char* decorator;  // the attribute of `micropython` that selects it: "native"
  // Compiles `def` (its source is `source`). False with *error filled in (a SyntaxError at the construct that
  // native code does not support, or error->kind == kMemoryError when the arena is full).
  bool (*emit)(const char* source, const ast::FunctionDef* def, const NativeHost& host, Arena* arena,
               NativeOutput* out, SyntaxError* error);
  // After the sink made the RawCode (its bytecode now in the heap): makes the code executable and records its
  // entry. False when the port's executable memory is full. Used only by the runtime's compiler.
  bool (*install)(const vm::RawCode* code);
  // The runtime's executor for kCodeNative code (ExecState::native_executor).
  Value (*execute)(const vm::RawCode* code, Value function, const Value* args, size_t argc);
};

}  // namespace natives
}  // namespace mica

#endif  // MICA_NATIVES_NATIVE_EMITTER_H_
