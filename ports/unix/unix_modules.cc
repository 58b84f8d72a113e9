#include "ports/unix/unix_modules.h"

#include "runtime/modules/modules.h"

namespace mica {

const BuiltinModuleDef* const kUnixModules[] = {
    &kArrayModule,
    &kAsyncioModule,
    &kBinasciiModule,
    &kCmathModule,
    &kCollectionsModule,
    &kErrnoModule,
    &kGcModule,
    &kHashlibModule,
    &kHeapqModule,
    &kIoModule,
    &kJsonModule,
    &kMathModule,
    &kMicropythonModule,
    &kOsModule,
    &kRandomModule,
    &kReModule,
    &kStructModule,
    &kSysModule,
    &kTimeModule,
    nullptr,
};

}  // namespace mica
