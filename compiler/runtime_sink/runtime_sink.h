// The compiler's glue to the runtime: the CodeSink that makes constants as runtime objects and copies finished
// code into the GC heap, and the calls that compile source text into a runnable function.
//
// The compiler's arena (parse tree, scopes, emitter scratch) is one block allocated from the GC heap for the
// compilation and freed right after it, so compiling needs no memory beyond the heap the port handed over. The
// block is scanned by the collector, which keeps the constants the emitter holds alive until its code is
// finished. Each RawCode is copied into a single heap block (the struct, its constants, children, slot names,
// bytecode and tables), kept alive by the function objects made from it.
#ifndef MICA_COMPILER_RUNTIME_SINK_RUNTIME_SINK_H_
#define MICA_COMPILER_RUNTIME_SINK_RUNTIME_SINK_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/exec/compile_hook.h"
#include "runtime/value.h"

namespace mica {

// Compiles source[0, length) into a function object for its top-level code, bound to `globals` (a dict). Raises
// SyntaxError / IndentationError (with the file and line as a traceback entry) or MemoryError.
Value CompileToFunction(const char* source, size_t length, uint32_t file_name, SourceKind kind, Value globals);

// CompileToFunction, then runs it: the module's result (None), or the expression's value for kEval.
Value CompileAndRun(const char* source, size_t length, uint32_t file_name, SourceKind kind, Value globals);

namespace natives {
struct InlineAssembler;
struct NativeEmitter;
}  // namespace natives

// Registers CompileToFunction with the runtime (compile_hook.h), so `import` can compile .py files.
// optimization_level is MicroPython's and CPython's -O level for everything compiled from then on: 1 and above
// leave out assert statements and make __debug__ False (higher levels do nothing more yet).
// inline_assemblers: the build's (null-terminated, config::kInlineAssemblers), or null for none.
// native_emitter: the build's (config::kNativeEmitter), or null; its executor runs the code it makes.
void InstallRuntimeCompiler(uint8_t optimization_level = 0,
                            const natives::InlineAssembler* const* inline_assemblers = nullptr,
                            const natives::NativeEmitter* native_emitter = nullptr);

}  // namespace mica

#endif  // MICA_COMPILER_RUNTIME_SINK_RUNTIME_SINK_H_
