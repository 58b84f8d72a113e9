// The built-in modules a port can choose from (runtime/exec/builtin_module.h explains what a built-in module is).
// Each is its own library, //runtime/modules:<name>, so a port links only the modules it lists.
#ifndef MICA_RUNTIME_MODULES_MODULES_H_
#define MICA_RUNTIME_MODULES_MODULES_H_

#include "runtime/exec/builtin_module.h"

namespace mica {

extern const BuiltinModuleDef kJsonModule;         // //runtime/modules:json
extern const BuiltinModuleDef kMicropythonModule;  // //runtime/modules:micropython
extern const BuiltinModuleDef kReModule;           // //runtime/modules:re

}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_MODULES_H_
