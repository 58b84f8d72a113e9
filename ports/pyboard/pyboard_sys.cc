// runtime/modules/sys_port.h on the pyboard: no command line, and sys.platform is "pyboard" as in MicroPython.
#include "runtime/modules/sys_port.h"

namespace mica::port {

SysArguments SysArgv() { return {nullptr, nullptr, 0}; }

const char* SysPlatform() { return "pyboard"; }

}  // namespace mica::port
