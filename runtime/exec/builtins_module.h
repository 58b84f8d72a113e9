// The builtins module: the functions, types and exception classes every module sees (builtins.__dict__ is where
// LOAD_GLOBAL and LOAD_NAME look last).
#ifndef MICA_RUNTIME_EXEC_BUILTINS_MODULE_H_
#define MICA_RUNTIME_EXEC_BUILTINS_MODULE_H_

#include "runtime/value.h"

namespace mica {

// Creates the module and its dict (ExecState::builtins, ::builtins_module). False on MemoryError.
bool InitBuiltins();

}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_BUILTINS_MODULE_H_
