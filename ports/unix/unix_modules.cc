#include "ports/unix/unix_modules.h"

#include "runtime/modules/modules.h"

namespace mica {

const BuiltinModuleDef* const kUnixModules[] = {
    &kErrnoModule,
    &kIoModule,
    &kMicropythonModule,
    &kOsModule,
    nullptr,
};

}  // namespace mica
