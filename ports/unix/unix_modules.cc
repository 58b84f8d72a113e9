#include "ports/unix/unix_modules.h"

#include "runtime/modules/modules.h"

namespace mica {

const BuiltinModuleDef* const kUnixModules[] = {
    &kBinasciiModule,
    &kCmathModule,
    &kHashlibModule,
    &kHeapqModule,
    &kMathModule,
    &kMicropythonModule,
    &kRandomModule,
    &kStructModule,
    nullptr,
};

}  // namespace mica
