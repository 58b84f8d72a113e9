// Modules and `import`: module objects, the module table (sys.modules) and finding .py files and packages on the
// search path (sys.path), read through the port (port.h) and compiled through the registered compiler
// (compile_hook.h).
//
// Resolution follows CPython for what a board needs: `import a.b.c` imports a, a.b, a.b.c in turn, each found as
// <dir>/<part>.py or the package <dir>/<part>/__init__.py, where <dir> is each search path entry for a top-level
// module and the package's directory (its __path__) for a submodule. A module is entered in the table before
// its code runs (so circular imports see the partial module) and removed again if that code raises. Relative
// imports (`from . import x`) resolve against the importing module's __package__ / __name__.
#ifndef MICA_RUNTIME_EXEC_MODULE_H_
#define MICA_RUNTIME_EXEC_MODULE_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {
struct BuiltinModuleDef;
}

namespace mica {

struct ModuleObject {
  Object header;  // &kModuleType
  Value name;     // a str
  Value dict;     // its globals (for a built-in module: what was stored at run time, and its state)
  const BuiltinModuleDef* builtin;  // a built-in module's constant globals, or null
};

extern const Type kModuleType;

bool IsModule(Value v);
inline ModuleObject* AsModule(Value v) { return reinterpret_cast<ModuleObject*>(v.AsObject()); }

// A module named `name` (a str) with __name__ set, not registered anywhere.
Value NewModule(Value name);
// The `__main__` module of a program from file `file_name` (a name id), registered in the module table.
Value NewMainModule(uint32_t file_name);
// Runs the file at `path` (a str) as the body of `module`: a .mpy file is loaded (docs/mpy-format.md), any
// other is compiled as source. Returns the body's result (None) or raises.
Value ExecModuleFile(Value module, Value path);
// Runs the frozen file `file` (a path under the frozen root: "boot.py", "pkg/sub.py") of ExecConfig's frozen
// tables as the body of `module`, loaded in place (its bytecode stays in the image). ImportError if there is none.
Value ExecFrozenModule(Value module, const char* file, size_t length);
// A module's dict (its globals). A built-in module's constant members are copied into it first, so the dict is
// complete (dir(), __dict__, import *); lookups alone never need that copy.
Value ModuleGlobals(Value module);
// Registers a module (built-in modules such as builtins) in the module table.
Value RegisterModule(Value name, Value module);

// dir + "/" + part + suffix, as a str (dir "" means the current directory).
Value JoinPath(Value dir, const char* part, size_t part_length, const char* suffix);
// Whether the module file `path` exists: under ".frozen/" one of the port's frozen modules (never the file system,
// as in MicroPython), else a file the port can read.
bool ModuleFileExists(const char* path, size_t length);

// IMPORT_NAME: __import__(name, globals, None, fromlist, level).
Value ImportName(Value name, Value globals, Value fromlist, Value level);
// IMPORT_FROM: module.name, else the submodule module.name, else ImportError.
Value ImportFrom(Value module, uint32_t name);
// IMPORT_STAR: copies the public names of `module` into `namespace_dict`.
Value ImportStar(Value module, Value namespace_dict);

}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_MODULE_H_
