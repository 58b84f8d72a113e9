#include "runtime/exec/module.h"

#include <string.h>

#include "runtime/exec/compile_hook.h"
#include "runtime/exec/builtin_module.h"
#include "runtime/exec/exec_state.h"
#include "runtime/exec/function.h"
#include "runtime/exec/port.h"
#include "runtime/exec/user_class.h"
#include "runtime/mpy/frozen_module.h"
#include "runtime/mpy/mpy_loader.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/list.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

CompileFunctionHook g_compile_hook = nullptr;

Value ModuleAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  const Value dict = AsModule(self)->dict;
  switch (op) {
    case AttrOp::kLoad:
      if (name == names::__dict__) {
        *value = ModuleGlobals(self);
        MICA_TRY(*value);
        return Value::None();
      }
      *value = DictLookupName(dict, name);
      if (value->IsNull() && AsModule(self)->builtin != nullptr) {
        *value = BuiltinModuleMember(AsModule(self)->builtin, name);
      }
      return Value::None();
    case AttrOp::kStore:
      return DictStoreName(dict, name, *value);
    default: {
      // A built-in module's constants cannot be deleted; what was stored over them can.
      const Value removed = DictRemove(dict, Value::Name(name));
      MICA_TRY(removed);
      return removed.IsNull() ? Value() : Value::None();
    }
  }
}

Value ModulePrint(const Printer& printer, Value self, PrintKind) {
  const ModuleObject* module = AsModule(self);
  printer.Write("<module '");
  const char* data;
  size_t length;
  if (StrData(module->name, &data, &length)) printer.Write(data, length);
  printer.Write("'");
  const Value file = DictLookupName(module->dict, names::__file__);
  if (!file.IsNull() && StrData(file, &data, &length)) {
    printer.Write(" from '");
    printer.Write(data, length);
    printer.Write("'");
  }
  printer.Write(">");
  return Value::None();
}

Value ModuleNotFound(Value name) {
  StringBuilder text;
  text.Append("No module named '");
  text.AppendStr(name);
  text.Append("'");
  const Value message = text.Finish();
  MICA_TRY(message);
  // ModuleNotFoundError(message, name=name), as CPython's import raises it.
  const Value args[3] = {message, Value::Name(names::name), name};
  const Value exception = CallValue(TypeValue(&kModuleNotFoundErrorType), args, 1, 1);
  MICA_TRY(exception);
  return Raise(exception);
}

// The text of a str value (valid while the value lives).
void TextOf(Value str, const char** data, size_t* length) {
  if (!StrData(str, data, length)) {
    *data = "";
    *length = 0;
  }
}

// __file__ for a module found at `path`: the path itself, or for a frozen module its path under the frozen root
// ("pkg/sub.py"), which is what MicroPython stores.
Value ModuleFileName(Value path) {
  const char* text;
  size_t length;
  TextOf(path, &text, &length);
  const size_t frozen = mpy::FrozenPathPrefix(text, length);
  return frozen > 0 ? NewStr(text + frozen, length - frozen) : path;
}

// Finds and runs module `full_name` (a str) whose last component is part[0, part_length), in the directories
// `dirs` (a list of str). The null Value when it is not there.
Value LoadFromDirectories(Value full_name, const char* part, size_t part_length, Value dirs, Value parent) {
  const ListObject* list = AsList(dirs);
  for (uint32_t i = 0; i < list->length; ++i) {
    const Value dir = list->items[i];
    if (!IsStr(dir)) continue;
    const Value package_dir = JoinPath(dir, part, part_length, "");
    MICA_TRY(package_dir);
    // As MicroPython: a package's __init__ before a module file, and in each case the .py before the .mpy
    // (a source beside its compiled form wins).
    static const char* const kCandidates[] = {"/__init__.py", "/__init__.mpy", ".py", ".mpy"};
    Value path;
    bool is_package = false;
    for (uint32_t c = 0; c < sizeof(kCandidates) / sizeof(kCandidates[0]) && path.IsNull(); ++c) {
      const Value candidate = JoinPath(dir, part, part_length, kCandidates[c]);
      MICA_TRY(candidate);
      const char* text;
      size_t length;
      TextOf(candidate, &text, &length);
      if (!ModuleFileExists(text, length)) continue;
      path = candidate;
      is_package = c < 2;
    }
    if (path.IsNull()) continue;
    const Value module = NewModule(full_name);
    MICA_TRY(module);
    const Value dict = AsModule(module)->dict;
    const Value file_name = ModuleFileName(path);
    MICA_TRY(file_name);
    MICA_TRY(DictStoreName(dict, names::__file__, file_name));
    if (is_package) {
      const Value path_list = NewListFrom(&package_dir, 1);
      MICA_TRY(path_list);
      MICA_TRY(DictStoreName(dict, names::__path__, path_list));
      MICA_TRY(DictStoreName(dict, names::__package__, full_name));
    } else {
      const Value package = parent.IsNull() ? Value::Name(names::kEmpty) : AsModule(parent)->name;
      MICA_TRY(DictStoreName(dict, names::__package__, package));
    }
    MICA_TRY(DictStore(Exec().modules, full_name, module));
    const Value ran = ExecModuleFile(module, path);
    if (ran.IsException()) {
      const Value error = PendingException();
      ClearPendingException();
      DictRemove(Exec().modules, full_name);
      ClearPendingException();
      return Raise(error);
    }
    // The module as the table has it now (a module may replace itself there).
    const Value registered = DictLookup(Exec().modules, full_name);
    MICA_TRY(registered);
    const Value result = registered.IsNull() ? module : registered;
    if (!parent.IsNull()) {
      const Value last = NewStr(part, part_length);
      MICA_TRY(last);
      const Value last_name = StrToName(last);
      MICA_TRY(last_name);
      MICA_TRY(DictStoreName(AsModule(parent)->dict, last_name.AsNameId(), result));
    }
    return result;
  }
  return Value();
}

// A built-in module (builtin_module.h) on its first import: registered, then its init run.
Value ImportBuiltinModule(Value full_name, const BuiltinModuleDef* def) {
  const Value module = NewModule(Value::Name(def->name));
  MICA_TRY(module);
  AsModule(module)->builtin = def;
  MICA_TRY(RegisterModule(full_name, module));
  if (def->init != nullptr) {
    const Value done = def->init(module);
    if (done.IsException()) {
      const Value pending = PendingException();
      ClearPendingException();
      DictRemove(Exec().modules, full_name);
      return Raise(pending);
    }
  }
  return module;
}

// Imports `full_name` (all its parents first); returns the module.
Value ImportFullName(Value full_name) {
  const Value known = DictLookup(Exec().modules, full_name);
  MICA_TRY(known);
  if (!known.IsNull()) return known;
  const char* text;
  size_t length;
  TextOf(full_name, &text, &length);
  // Built-in modules come first, as in MicroPython; their names are built-in names.
  const Value builtin_name = FindName(text, length);
  if (!builtin_name.IsNull()) {
    const BuiltinModuleDef* def = FindBuiltinModule(builtin_name.AsNameId());
    if (def != nullptr) return ImportBuiltinModule(full_name, def);
  }
  size_t dot = length;
  while (dot > 0 && text[dot - 1] != '.') --dot;
  Value parent;
  Value dirs = Exec().search_path;
  if (dot > 0) {
    const Value parent_name = NewStr(text, dot - 1);
    MICA_TRY(parent_name);
    parent = ImportFullName(parent_name);
    MICA_TRY(parent);
    TextOf(full_name, &text, &length);  // the collector does not move blocks, but keep the reads simple
    const Value again = DictLookup(Exec().modules, full_name);
    MICA_TRY(again);
    if (!again.IsNull()) return again;
    dirs = IsModule(parent) ? DictLookupName(AsModule(parent)->dict, names::__path__) : Value();
    if (dirs.IsNull() || !IsList(dirs)) return ModuleNotFound(full_name);
  }
  TextOf(full_name, &text, &length);
  const Value module = LoadFromDirectories(full_name, text + dot, length - dot, dirs, parent);
  MICA_TRY(module);
  if (module.IsNull()) return ModuleNotFound(full_name);
  return module;
}

// The package a relative import in `globals` starts from, `level` levels up.
Value ResolveRelative(Value name, Value globals, intptr_t level) {
  Value package = globals.IsNull() ? Value() : DictLookupName(globals, names::__package__);
  if (package.IsNull() || package.IsNone()) {
    const Value module_name = globals.IsNull() ? Value() : DictLookupName(globals, names::__name__);
    if (module_name.IsNull() || !IsStr(module_name)) {
      return RaiseNew(&kImportErrorType, "attempted relative import with no known parent package");
    }
    if (!DictLookupName(globals, names::__path__).IsNull()) {
      package = module_name;
    } else {
      const char* text;
      size_t length;
      TextOf(module_name, &text, &length);
      size_t end = length;
      while (end > 0 && text[end - 1] != '.') --end;
      package = NewStr(text, end > 0 ? end - 1 : 0);
      MICA_TRY(package);
    }
  }
  const char* text;
  size_t length;
  TextOf(package, &text, &length);
  if (length == 0) return RaiseNew(&kImportErrorType, "attempted relative import with no known parent package");
  size_t end = length;
  for (intptr_t i = 1; i < level; ++i) {
    while (end > 0 && text[end - 1] != '.') --end;
    if (end == 0) return RaiseNew(&kImportErrorType, "attempted relative import beyond top-level package");
    --end;
  }
  const char* name_text;
  size_t name_length;
  TextOf(name, &name_text, &name_length);
  StringBuilder full;
  full.Append(text, end);
  if (name_length > 0) {
    full.AppendChar('.');
    full.Append(name_text, name_length);
  }
  return full.Finish();
}

bool FromListIsEmpty(Value fromlist) {
  if (fromlist.IsNull() || fromlist.IsNone()) return true;
  if (IsTuple(fromlist)) return TupleLength(fromlist) == 0;
  if (IsList(fromlist)) return AsList(fromlist)->length == 0;
  return false;
}

}  // namespace

Value JoinPath(Value dir, const char* part, size_t part_length, const char* suffix) {
  const char* dir_text;
  size_t dir_length;
  TextOf(dir, &dir_text, &dir_length);
  StringBuilder path;
  if (dir_length > 0) {
    path.Append(dir_text, dir_length);
    if (dir_text[dir_length - 1] != '/') path.AppendChar('/');
  }
  path.Append(part, part_length);
  path.Append(suffix);
  return path.Finish();
}

bool ModuleFileExists(const char* path, size_t length) {
  const size_t frozen = mpy::FrozenPathPrefix(path, length);
  if (frozen > 0) return mpy::FindFrozenFile(Exec().frozen_modules, path + frozen, length - frozen) != nullptr;
  return port::StatPath(path) == port::PathKind::kFile;
}

Value ExecFrozenModule(Value module, const char* file, size_t length) {
  const mpy::FrozenModule* frozen = mpy::FindFrozenFile(Exec().frozen_modules, file, length);
  if (frozen == nullptr) return RaiseFormat(&kImportErrorType, "no frozen module file %s", file);
  const vm::RawCode* code = mpy::LoadMpyInPlace(frozen->data, frozen->size);
  if (code == nullptr) return Value::Exception();
  const Value function = NewFunction(code, AsModule(module)->dict, Value(), Value(), Value());
  MICA_TRY(function);
  return CallFunction(function, nullptr, 0, 0);
}

const Type kModuleType = {
    {&kTypeType}, names::module, 0, nullptr, nullptr, ModulePrint, nullptr, nullptr, nullptr, ModuleAttr, nullptr, nullptr,
    nullptr, {nullptr, 0},
};

bool IsModule(Value v) {
  return v.IsObject() && v.AsObject()->type == &kModuleType;
}

Value NewModule(Value name) {
  const Value dict = NewDict();
  MICA_TRY(dict);
  MICA_TRY(DictStoreName(dict, names::__name__, name));
  Object* object = NewObject(&kModuleType, sizeof(ModuleObject));
  if (object == nullptr) return Value::Exception();
  ModuleObject* module = reinterpret_cast<ModuleObject*>(object);
  module->name = name;
  module->dict = dict;
  module->builtin = nullptr;
  return Value::FromObject(object);
}

Value NewMainModule(uint32_t file_name) {
  const Value module = NewModule(Value::Name(names::__main__));
  MICA_TRY(module);
  const Value dict = AsModule(module)->dict;
  if (file_name != names::kAngleString && file_name != names::kAngleStdin) {
    MICA_TRY(DictStoreName(dict, names::__file__, Value::Name(file_name)));
  }
  MICA_TRY(DictStoreName(dict, names::__builtins__, Exec().builtins_module));
  MICA_TRY(RegisterModule(Value::Name(names::__main__), module));
  Exec().main_module = module;
  return module;
}

Value ExecModuleFile(Value module, Value path) {
  const char* path_text;
  size_t path_length;
  TextOf(path, &path_text, &path_length);
  const size_t frozen = mpy::FrozenPathPrefix(path_text, path_length);
  if (frozen > 0) return ExecFrozenModule(module, path_text + frozen, path_length - frozen);
  size_t length = 0;
  char* source = port::ReadSourceFile(path_text, &length);
  if (source == nullptr) {
    if (!PendingException().IsNull()) return Value::Exception();
    return RaiseFormat(&kImportErrorType, "cannot read %S", path);
  }
  Value function;
  if (path_length > 4 && memcmp(path_text + path_length - 4, ".mpy", 4) == 0) {
    // Precompiled (docs/mpy-format.md): loaded and checked, no compiler needed.
    const vm::RawCode* code = mpy::LoadMpy(reinterpret_cast<const uint8_t*>(source), length);
    FreeRaw(source);
    if (code == nullptr) return Value::Exception();
    function = NewFunction(code, AsModule(module)->dict, Value(), Value(), Value());
  } else {
    const Value file_name = StrToName(path);
    if (file_name.IsException()) FreeRaw(source);
    MICA_TRY(file_name);
    function = CompileSource(source, length, file_name.AsNameId(), SourceKind::kFile, AsModule(module)->dict);
    FreeRaw(source);
  }
  MICA_TRY(function);
  return CallFunction(function, nullptr, 0, 0);
}

Value ModuleGlobals(Value module) {
  ModuleObject* object = AsModule(module);
  const BuiltinModuleDef* def = object->builtin;
  if (def == nullptr) return object->dict;
  for (uint16_t i = 0; i < def->count; ++i) {
    const ModuleMember& member = def->members[i];
    const Value stored = DictLookupName(object->dict, member.name);
    if (!stored.IsNull()) continue;  // stored at run time: it shadows the constant
    MICA_TRY(DictStoreName(object->dict, member.name, ModuleMemberValue(member)));
  }
  return object->dict;
}

Value RegisterModule(Value name, Value module) {
  return DictStore(Exec().modules, name, module);
}

Value ImportName(Value name, Value globals, Value fromlist, Value level) {
  const intptr_t depth = level.IsSmallInt() ? level.AsSmallInt() : 0;
  Value full_name = name;
  if (depth > 0) {
    full_name = ResolveRelative(name, globals, depth);
    MICA_TRY(full_name);
  } else if (!IsStr(name) || StrCharCount(name) == 0) {
    return RaiseValueError("Empty module name");
  }
  const Value module = ImportFullName(full_name);
  MICA_TRY(module);
  if (!FromListIsEmpty(fromlist)) return module;
  if (depth > 0) {
    // `import .a` does not exist; `from . import x` has a fromlist. Return the named module.
    return module;
  }
  // `import a.b.c` binds a: the top-level package.
  const char* text;
  size_t length;
  TextOf(full_name, &text, &length);
  size_t first = 0;
  while (first < length && text[first] != '.') ++first;
  if (first == length) return module;
  const Value top_name = NewStr(text, first);
  MICA_TRY(top_name);
  const Value top = DictLookup(Exec().modules, top_name);
  MICA_TRY(top);
  return top.IsNull() ? module : top;
}

Value ImportFrom(Value module, uint32_t name) {
  const Value found = LookupAttribute(module, name);
  MICA_TRY(found);
  if (!found.IsNull()) return found;
  if (IsModule(module) && !DictLookupName(AsModule(module)->dict, names::__path__).IsNull()) {
    StringBuilder full;
    full.AppendStr(AsModule(module)->name);
    full.AppendChar('.');
    full.AppendStr(Value::Name(name));
    const Value full_name = full.Finish();
    MICA_TRY(full_name);
    const Value submodule = ImportFullName(full_name);
    if (!submodule.IsException()) return submodule;
    if (!PendingIs(&kImportErrorType)) return submodule;
    ClearPendingException();
  }
  if (IsModule(module)) {
    const Value file = DictLookupName(AsModule(module)->dict, names::__file__);
    if (!file.IsNull()) {
      return RaiseFormat(&kImportErrorType, "cannot import name '%q' from '%S' (%S)", name, AsModule(module)->name,
                         file);
    }
    return RaiseFormat(&kImportErrorType, "cannot import name '%q' from '%S'", name, AsModule(module)->name);
  }
  return RaiseFormat(&kImportErrorType, "cannot import name '%q'", name);
}

Value ImportStar(Value module, Value namespace_dict) {
  if (!IsModule(module)) return RaiseTypeError("import * needs a module");
  const Value dict = ModuleGlobals(module);
  MICA_TRY(dict);
  const Value all = DictLookupName(dict, names::__all__);
  if (!all.IsNull()) {
    const Value iterator = GetIter(all);
    MICA_TRY(iterator);
    for (;;) {
      const Value item = IterNext(iterator);
      MICA_TRY(item);
      if (item.IsNull()) break;
      const Value name = StrToName(item);
      MICA_TRY(name);
      const Value value = GetAttribute(module, name.AsNameId());
      MICA_TRY(value);
      MICA_TRY(DictStore(namespace_dict, name, value));
    }
    return Value::None();
  }
  size_t position = 0;
  Value key;
  Value value;
  while (DictNext(dict, &position, &key, &value)) {
    const char* text;
    size_t length;
    if (!StrData(key, &text, &length) || (length > 0 && text[0] == '_')) continue;
    MICA_TRY(DictStore(namespace_dict, key, value));
  }
  return Value::None();
}

void SetOptimizationLevel(uint8_t level) {
  Exec().optimization_level = level;
}

uint8_t OptimizationLevel() {
  return Exec().optimization_level;
}

void SetCompileHook(CompileFunctionHook hook) {
  g_compile_hook = hook;
}

Value CompileSource(const char* source, size_t length, uint32_t file_name, SourceKind kind, Value globals) {
  if (g_compile_hook == nullptr) return RaiseNew(&kRuntimeErrorType, "no compiler in this build");
  return g_compile_hook(source, length, file_name, kind, globals);
}

}  // namespace mica
