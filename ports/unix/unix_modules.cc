#include "ports/unix/unix_modules.h"

#include "runtime/modules/modules.h"

namespace mica {

const BuiltinModuleDef* const kUnixModules[] = {
    &kErrnoModule,
    &kGcModule,
    &kIoModule,
    &kMicropythonModule,
    &kOsModule,
    &kSysModule,
    &kTimeModule,
    nullptr,
};

}  // namespace mica
