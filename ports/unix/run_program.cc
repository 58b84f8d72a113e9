#include "ports/unix/run_program.h"

#include <stdio.h>
#include <string.h>

#include "runtime/exec/compile_hook.h"
#include "runtime/exec/exec.h"
#include "runtime/exec/exec_state.h"
#include "runtime/exec/function.h"
#include "runtime/exec/module.h"
#include "runtime/exec/port.h"
#include "runtime/mpy/frozen_module.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/list.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/str.h"

namespace mica {
namespace {

int Uncaught() {
  return HandleUncaughtException(PendingException());
}

// Compiles through the runtime's compile hook (compile_hook.h), so this file links no compiler: a VM-only build
// raises RuntimeError here.
Value RunSource(const char* source, size_t length, uint32_t file_name, Value globals) {
  const Value function = CompileSource(source, length, file_name, SourceKind::kFile, globals);
  MICA_TRY(function);
  return CallFunction(function, nullptr, 0, 0);
}

// Runs the source file at `path` as __main__; `package` (a str, or null) becomes its __package__, so relative
// imports in a module run with -m work.
int RunFileAsMain(const char* path, Value package) {
  const Value file_name = InternName(path, strlen(path));
  if (file_name.IsException()) return Uncaught();
  const size_t path_length = strlen(path);
  // Precompiled (mpy-cross) or frozen into the binary: loaded, never compiled, so a VM-only build runs them.
  const bool frozen = mpy::FrozenPathPrefix(path, path_length) > 0;
  const bool precompiled = frozen || (path_length > 4 && strcmp(path + path_length - 4, ".mpy") == 0);
  size_t length = 0;
  char* source = nullptr;
  if (!precompiled) {
    source = port::ReadSourceFile(path, &length);
    if (source == nullptr) {
      if (!PendingException().IsNull()) return Uncaught();
      fprintf(stderr, "mica: can't open file '%s'\n", path);
      return 2;
    }
  }
  const Value module = NewMainModule(file_name.AsNameId());
  if (module.IsException() ||
      (!package.IsNull() && DictStoreName(ModuleGlobals(module), names::__package__, package).IsException())) {
    FreeRaw(source);
    return Uncaught();
  }
  if (precompiled) {
    const Value path_str = NewStr(path, path_length);
    if (path_str.IsException()) return Uncaught();
    return ExecModuleFile(module, path_str).IsException() ? Uncaught() : 0;
  }
  const Value result = RunSource(source, length, file_name.AsNameId(), ModuleGlobals(module));
  FreeRaw(source);
  return result.IsException() ? Uncaught() : 0;
}

// <dir>/<leaf>.py (or .mpy), else the package <dir>/<leaf>/__init__.py (or .mpy; run as __main__, as
// MicroPython does), as a str; null when none exists. A source beside its .mpy wins, as in import. Under the
// `.frozen` entry of sys.path the candidates are the binary's frozen modules. *is_package: it is an __init__.
Value FindModuleFile(Value dir, const char* leaf, size_t leaf_length, bool* is_package) {
  static constexpr const char* kSuffixes[] = {".py", ".mpy", "/__init__.py", "/__init__.mpy"};
  static constexpr size_t kFirstPackageSuffix = 2;
  for (size_t s = 0; s < sizeof(kSuffixes) / sizeof(kSuffixes[0]); ++s) {
    const char* suffix = kSuffixes[s];
    *is_package = s >= kFirstPackageSuffix;
    const Value candidate = JoinPath(dir, leaf, leaf_length, suffix);
    MICA_TRY(candidate);
    const char* text;
    size_t length;
    StrData(candidate, &text, &length);
    if (ModuleFileExists(text, length)) return candidate;
  }
  return Value();
}

}  // namespace

int RunCommand(const char* code) {
  const Value module = NewMainModule(names::kAngleString);
  if (module.IsException()) return Uncaught();
  const Value result = RunSource(code, strlen(code), names::kAngleString, ModuleGlobals(module));
  return result.IsException() ? Uncaught() : 0;
}

int RunScript(const char* path) {
  return RunFileAsMain(path, Value());
}

// `a.b.c`: imports the package a.b as usual, then runs c from a.b's __path__ (or sys.path for a top-level name).
int RunModule(const char* name) {
  const size_t length = strlen(name);
  const char* dot = strrchr(name, '.');
  Value dirs = Exec().search_path;
  Value package;
  if (dot != nullptr) {
    package = NewStr(name, static_cast<size_t>(dot - name));
    if (package.IsException()) return Uncaught();
    if (ImportName(package, Value(), Value::None(), Value::SmallInt(0)).IsException()) return Uncaught();
    const Value parent = DictLookup(Exec().modules, package);
    if (parent.IsException()) return Uncaught();
    dirs = IsModule(parent) ? DictLookupName(AsModule(parent)->dict, names::__path__) : Value();
  }
  const char* leaf = dot != nullptr ? dot + 1 : name;
  const size_t leaf_length = length - static_cast<size_t>(leaf - name);
  if (!dirs.IsNull() && IsList(dirs) && leaf_length > 0) {
    for (size_t i = 0; i < AsList(dirs)->length; ++i) {
      bool is_package = false;
      const Value file = FindModuleFile(AsList(dirs)->items[i], leaf, leaf_length, &is_package);
      if (file.IsException()) return Uncaught();
      if (file.IsNull()) continue;
      const char* path;
      size_t path_length;
      StrData(file, &path, &path_length);
      if (!is_package) return RunFileAsMain(path, package);
      // A package's __init__ runs as __main__ with the package itself as __package__, so its relative imports
      // find its submodules.
      const Value self = NewStr(name, length);
      if (self.IsException()) return Uncaught();
      return RunFileAsMain(path, self);
    }
  }
  fprintf(stderr, "mica: No module named '%s'\n", name);
  return 1;
}

}  // namespace mica
