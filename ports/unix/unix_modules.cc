#include "ports/unix/unix_modules.h"

#include "runtime/modules/modules.h"

namespace mica {

const BuiltinModuleDef* const kUnixModules[] = {
    &kJsonModule,
    &kMicropythonModule,
    &kReModule,
    nullptr,
};

}  // namespace mica
