// The version the REPL banner shows (and, later, sys.version and sys.implementation). The date is the version's
// release date, not the build's: builds are hermetic (__DATE__ is redacted), so the same sources give the same
// binary.
#ifndef MICA_RUNTIME_REPL_VERSION_H_
#define MICA_RUNTIME_REPL_VERSION_H_

namespace mica {

constexpr char kMicaVersion[] = "0.1.0";
constexpr char kMicaVersionDate[] = "2026-11-21";

}  // namespace mica

#endif  // MICA_RUNTIME_REPL_VERSION_H_
