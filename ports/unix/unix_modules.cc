#include "ports/unix/unix_modules.h"

#include "runtime/modules/modules.h"

namespace mica {

const BuiltinModuleDef* const kUnixModules[] = {
    &kGcModule,
    &kMicropythonModule,
    &kSysModule,
    &kTimeModule,
    nullptr,
};

}  // namespace mica
