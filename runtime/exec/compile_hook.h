// How the runtime reaches a compiler it cannot depend on.
//
// runtime/ never includes compiler/ headers (a VM-only build links no compiler), yet `import` of a .py file, and
// later exec()/eval(), need one. The glue in compiler/runtime_sink registers its entry point here at start-up;
// without it, compiling raises ImportError/RuntimeError.
#ifndef MICA_RUNTIME_EXEC_COMPILE_HOOK_H_
#define MICA_RUNTIME_EXEC_COMPILE_HOOK_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/value.h"

namespace mica {

enum class SourceKind : uint8_t {
  kFile,    // a module: statements
  kEval,    // one expression; running the function returns its value
  kSingle,  // one interactive statement: expression statements print their value (PRINT_EXPR)
};

// Compiles source[0, length) and returns a function object for its module-level code bound to `globals`
// (calling it with no arguments runs it), or raises SyntaxError (with filename and lineno) or MemoryError.
using CompileFunctionHook = Value (*)(const char* source, size_t length, uint32_t file_name, SourceKind kind,
                                      Value globals);

void SetCompileHook(CompileFunctionHook hook);

// The optimisation level every compilation uses (`mica -O`, micropython.opt_level()): 1 and above leave out
// assert statements and make __debug__ False. The runtime keeps it, so a VM-only build still answers opt_level().
void SetOptimizationLevel(uint8_t level);
uint8_t OptimizationLevel();

// The registered compiler, or RuntimeError("no compiler in this build").
Value CompileSource(const char* source, size_t length, uint32_t file_name, SourceKind kind, Value globals);

}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_COMPILE_HOOK_H_
