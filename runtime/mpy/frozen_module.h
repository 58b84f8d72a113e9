// Frozen modules: .mpy images compiled into the binary as constant byte arrays (flash on a board), with a
// constant table naming them. toolchains/frozen.bzl (`mica_frozen_modules`) builds a table from .py files with
// mpy-cross and mpy-freeze; a port passes its tables to InitExec (ExecConfig::frozen_modules), and `import`
// finds them through the `.frozen` entry of sys.path, as MicroPython does (docs/frozen-modules.md).
//
// A frozen image is loaded in place (LoadMpyInPlace): the RawCodes point at the bytecode, line table and
// exception table inside the image, so only the RawCode headers, constants and names take heap.
#ifndef MICA_RUNTIME_MPY_FROZEN_MODULE_H_
#define MICA_RUNTIME_MPY_FROZEN_MODULE_H_

#include <stddef.h>
#include <stdint.h>

namespace mica {
namespace mpy {

struct FrozenModule {
  const char* name;     // dotted module name: "pkg" for pkg/__init__.py, "pkg.sub" for pkg/sub.py
  bool is_package;      // compiled from a package's __init__.py
  const uint8_t* data;  // the .mpy image (docs/mpy-format.md)
  uint32_t size;
};

// One library's frozen modules, sorted by name (mpy-freeze writes them so).
struct FrozenModuleList {
  const FrozenModule* modules;
  uint32_t count;
};

// The sys.path entry that stands for the frozen modules. Paths under it are never looked up in the file system.
constexpr char kFrozenPathEntry[] = ".frozen";
constexpr size_t kFrozenPathEntryLength = sizeof(kFrozenPathEntry) - 1;

// If path[0, length) is under the `.frozen` entry (".frozen/..."), the length of the prefix ".frozen/"; else 0.
size_t FrozenPathPrefix(const char* path, size_t length);

// The frozen module whose file is `file` (a path relative to the frozen root: "name.py" for a module,
// "pkg/__init__.py" for a package, "pkg/sub.py" for a submodule), in the null-terminated array `lists`
// (null: none). Null if there is none: other suffixes (.mpy) never match.
const FrozenModule* FindFrozenFile(const FrozenModuleList* const* lists, const char* file, size_t length);

}  // namespace mpy
}  // namespace mica

#endif  // MICA_RUNTIME_MPY_FROZEN_MODULE_H_
