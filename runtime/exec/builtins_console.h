// The builtins that talk to the console: print(), input() and help(). builtins_module.cc publishes them.
#ifndef MICA_RUNTIME_EXEC_BUILTINS_CONSOLE_H_
#define MICA_RUNTIME_EXEC_BUILTINS_CONSOLE_H_

#include <stdint.h>

#include "runtime/value.h"

namespace mica {

// print(*objects, sep=' ', end='\n', file=None, flush=False): file is any object with write(str).
Value BuiltinPrint(const Value* args, uint32_t n_pos, uint32_t n_kw);
// input(prompt=''): one line from the port's stdin without its newline; EOFError at end of input.
Value BuiltinInput(const Value* args, uint32_t n_pos, uint32_t n_kw);
// help(), help(obj), help('modules'): MicroPython's help texts.
Value BuiltinHelp(const Value* args, uint32_t n_pos, uint32_t n_kw);

}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_BUILTINS_CONSOLE_H_
