// The built-in modules the unix port is built with, for ExecConfig::modules.
#ifndef MICA_PORTS_UNIX_UNIX_MODULES_H_
#define MICA_PORTS_UNIX_UNIX_MODULES_H_

#include "runtime/exec/builtin_module.h"

namespace mica {

extern const BuiltinModuleDef* const kUnixModules[];  // null-terminated

}  // namespace mica

#endif  // MICA_PORTS_UNIX_UNIX_MODULES_H_
