// exec(), eval(), compile() and dir(): the builtins that reach the compiler (through compile_hook.h) or list
// names. builtins_module.cc publishes them.
#ifndef MICA_RUNTIME_EXEC_BUILTINS_EXEC_H_
#define MICA_RUNTIME_EXEC_BUILTINS_EXEC_H_

#include <stdint.h>

#include "runtime/value.h"

namespace mica {

// exec(source_or_code, globals=None, locals=None)
Value BuiltinExec(const Value* args, uint32_t n_pos, uint32_t n_kw);
// eval(source_or_code, globals=None, locals=None)
Value BuiltinEval(const Value* args, uint32_t n_pos, uint32_t n_kw);
// compile(source, filename, mode): a code object (a function object for the compiled code) exec/eval accept.
Value BuiltinCompile(const Value* args, uint32_t n_pos, uint32_t n_kw);
// dir() / dir(obj): a sorted list of names.
Value BuiltinDir(const Value* args, uint32_t n_pos, uint32_t n_kw);
// The keys of a dict as a sorted list (what dir() and help('modules') print).
Value SortedDictKeys(Value dict);

}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_BUILTINS_EXEC_H_
