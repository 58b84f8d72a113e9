// The built-in modules a port can choose from (runtime/exec/builtin_module.h explains what a built-in module is).
// Each is its own library, //runtime/modules:<name>, so a port links only the modules it lists.
#ifndef MICA_RUNTIME_MODULES_MODULES_H_
#define MICA_RUNTIME_MODULES_MODULES_H_

#include "runtime/exec/builtin_module.h"

namespace mica {

extern const BuiltinModuleDef kArrayModule;        // //runtime/modules:array
extern const BuiltinModuleDef kAsyncioModule;      // //runtime/modules:asyncio (needs the port's port_time.h)
extern const BuiltinModuleDef kBinasciiModule;     // //runtime/modules:binascii
extern const BuiltinModuleDef kCmathModule;        // //runtime/modules:cmath
extern const BuiltinModuleDef kCollectionsModule;  // //runtime/modules:collections
extern const BuiltinModuleDef kErrnoModule;        // //runtime/modules:errno
extern const BuiltinModuleDef kGcModule;           // //runtime/modules:gc
extern const BuiltinModuleDef kHashlibModule;      // //runtime/modules:hashlib
extern const BuiltinModuleDef kHeapqModule;        // //runtime/modules:heapq
extern const BuiltinModuleDef kIoModule;           // //runtime/modules:io (also gives the `open` builtin)
extern const BuiltinModuleDef kJsonModule;         // //runtime/modules:json
extern const BuiltinModuleDef kMathModule;         // //runtime/modules:math
extern const BuiltinModuleDef kMachineModule;      // //runtime/modules/machine (the port defines machine_port.h)
extern const BuiltinModuleDef kMicropythonModule;  // //runtime/modules:micropython
extern const BuiltinModuleDef kOsModule;           // //runtime/modules:os (needs the port's port_files.h)
extern const BuiltinModuleDef kPybModule;          // //runtime/modules/pyb (board LEDs over machine_port.h)
extern const BuiltinModuleDef kRandomModule;       // //runtime/modules:random
extern const BuiltinModuleDef kReModule;           // //runtime/modules:re
extern const BuiltinModuleDef kStructModule;       // //runtime/modules:struct
extern const BuiltinModuleDef kSysModule;          // //runtime/modules:sys (the port defines sys_port.h)
extern const BuiltinModuleDef kTimeModule;         // //runtime/modules:time (the port defines port_time.h)

}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_MODULES_H_
