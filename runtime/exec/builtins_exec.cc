#include "runtime/exec/builtins_exec.h"

#include <string.h>

#include "runtime/exec/code_object.h"
#include "runtime/exec/compile_hook.h"
#include "runtime/exec/exec_state.h"
#include "runtime/exec/function.h"
#include "runtime/exec/module.h"
#include "runtime/exec/user_class.h"
#include "runtime/names.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/list.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

// The caller's namespace: the module/class namespace, or a snapshot of a function's locals.
Value CallerLocals() {
  const vm::Frame* frame = Vm()->frame_top;
  if (frame == nullptr) return NewDict();
  const vm::RawCode* code = frame->code;
  if ((code->flags & vm::kCodeNamespace) != 0) return FrameNamespace(frame);
  const Value dict = NewDict();
  MICA_TRY(dict);
  if (code->slot_names == nullptr) return dict;
  for (uint32_t slot = 0; slot < code->num_locals; ++slot) {
    Value value = frame->locals[slot];
    if (IsCell(value)) value = AsCell(value)->contents;
    if (value.IsUnbound() || value.IsNull()) continue;
    MICA_TRY(DictStoreName(dict, code->slot_names[slot], value));
  }
  return dict;
}

// Positional or keyword argument `index` named `name`; null when not given (None counts as not given).
Value OptionalArg(const Value* args, uint32_t n_pos, uint32_t n_kw, uint32_t index, const char* name) {
  Value found;
  if (index < n_pos) found = args[index];
  for (uint32_t k = 0; k < n_kw; ++k) {
    if (StrEqualsText(Value::Name(args[n_pos + 2 * k].AsNameId()), name, strlen(name))) found = args[n_pos + 2 * k + 1];
  }
  return found.IsNone() ? Value() : found;
}

Value CompileText(Value source, const char* file_name, SourceKind kind, Value globals, const char* who) {
  const char* text;
  size_t length;
  if (!IsStr(source) || !StrData(source, &text, &length)) {
    return RaiseFormat(&kTypeErrorType, "%s() arg 1 must be a string or code object", who);
  }
  const Value name = InternName(file_name, strlen(file_name));
  MICA_TRY(name);
  return CompileSource(text, length, name.AsNameId(), kind, globals);
}

// exec/eval: compiles (or rebinds a compiled code object to) the namespaces and runs it.
Value Run(const Value* args, uint32_t n_pos, uint32_t n_kw, SourceKind kind, const char* who) {
  for (uint32_t k = 0; k < n_kw; ++k) {
    const Value keyword = Value::Name(args[n_pos + 2 * k].AsNameId());
    if (!StrEqualsText(keyword, "globals", 7) && !StrEqualsText(keyword, "locals", 6)) {
      return RaiseFormat(&kTypeErrorType, "%s() got an unexpected keyword argument '%q'", who,
                         args[n_pos + 2 * k].AsNameId());
    }
  }
  Value globals = OptionalArg(args, n_pos, n_kw, 1, "globals");
  Value locals = OptionalArg(args, n_pos, n_kw, 2, "locals");
  if (!globals.IsNull() && !IsDict(globals)) {
    return RaiseFormat(&kTypeErrorType, "%s() globals must be a dict, not %T", who, globals);
  }
  if (globals.IsNull()) {
    const vm::Frame* frame = Vm()->frame_top;
    globals = frame == nullptr ? NewDict() : FrameGlobals(frame);
    MICA_TRY(globals);
    if (locals.IsNull()) {
      locals = CallerLocals();
      MICA_TRY(locals);
    }
  }
  if (locals.IsNull()) locals = globals;
  const Value builtins_name = Value::Name(names::__builtins__);
  const Value has_builtins = DictLookup(globals, builtins_name);
  MICA_TRY(has_builtins);
  if (has_builtins.IsNull()) {
    MICA_TRY(DictStore(globals, builtins_name, Exec().builtins_module));
  }
  Value function;
  if (IsCode(args[0])) {
    function = NewFunction(CodeRawCode(args[0]), globals, Value(), Value(), Value());
  } else {
    function = CompileText(args[0], "<string>", kind, globals, who);
  }
  MICA_TRY(function);
  AsFunction(function)->namespace_dict = locals;
  const Value result = CallFunction(function, nullptr, 0, 0);
  MICA_TRY(result);
  return kind == SourceKind::kEval ? result : Value::None();
}

// Adds the keys of `dict` to `names` (a dict used as a set).
Value AddKeys(Value names, Value dict) {
  size_t position = 0;
  Value key;
  Value value;
  while (DictNext(dict, &position, &key, &value)) MICA_TRY(DictStore(names, key, Value::None()));
  return Value::None();
}

// Adds the member names of a built-in type and its built-in bases.
Value AddBuiltinMembers(Value names, const Type* type) {
  for (; type != nullptr; type = type->base) {
    if (IsUserClass(type)) continue;
    for (uint16_t i = 0; i < type->members.count; ++i) {
      MICA_TRY(DictStore(names, Value::Name(type->members.members[i].name), Value::None()));
    }
  }
  return Value::None();
}

Value AddTypeNames(Value names, const Type* type) {
  if (!IsUserClass(type)) return AddBuiltinMembers(names, type);
  const Value mro = AsClass(type)->mro;
  for (size_t i = 0; i < TupleLength(mro); ++i) {
    const Type* entry = AsType(TupleItems(mro)[i]);
    if (IsUserClass(entry)) {
      MICA_TRY(AddKeys(names, AsClass(entry)->dict));
    } else {
      MICA_TRY(AddBuiltinMembers(names, entry));
    }
  }
  return Value::None();
}

}  // namespace

Value BuiltinExec(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  return Run(args, n_pos, n_kw, SourceKind::kFile, "exec");
}

Value BuiltinEval(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  return Run(args, n_pos, n_kw, SourceKind::kEval, "eval");
}

Value BuiltinCompile(const Value* args, uint32_t n_pos, uint32_t) {
  if (n_pos < 3) return RaiseTypeError("compile() missing required argument 'mode'");
  const char* file_name;
  size_t file_length;
  if (!IsStr(args[1]) || !StrData(args[1], &file_name, &file_length)) {
    return RaiseTypeError("compile() arg 2 must be a string");
  }
  SourceKind kind;
  if (StrEqualsText(args[2], "exec", 4)) {
    kind = SourceKind::kFile;
  } else if (StrEqualsText(args[2], "eval", 4)) {
    kind = SourceKind::kEval;
  } else if (StrEqualsText(args[2], "single", 6)) {
    kind = SourceKind::kSingle;
  } else {
    return RaiseNew(&kValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  const char* text;
  size_t length;
  if (!IsStr(args[0]) || !StrData(args[0], &text, &length)) {
    return RaiseTypeError("compile() arg 1 must be a string");
  }
  const Value name = InternName(file_name, file_length);
  MICA_TRY(name);
  const Value globals = NewDict();
  MICA_TRY(globals);
  return NewCode(CompileSource(text, length, name.AsNameId(), kind, globals));
}

Value BuiltinDir(const Value* args, uint32_t n_pos, uint32_t) {
  const Value names = NewDict();
  MICA_TRY(names);
  if (n_pos == 0) {
    const Value locals = CallerLocals();
    MICA_TRY(locals);
    MICA_TRY(AddKeys(names, locals));
  } else {
    const Value object = args[0];
    if (IsModule(object)) {
      const Value globals = ModuleGlobals(object);
      MICA_TRY(globals);
      MICA_TRY(AddKeys(names, globals));
    } else if (IsType(object)) {
      MICA_TRY(AddTypeNames(names, AsType(object)));
    } else {
      if (IsUserInstance(object)) {
        const Value dict = InstanceDict(object);
        MICA_TRY(dict);
        if (!dict.IsNull()) {
          MICA_TRY(AddKeys(names, dict));
        }
      }
      MICA_TRY(AddTypeNames(names, TypeOf(object)));
    }
  }
  return SortedDictKeys(names);
}

Value SortedDictKeys(Value dict) {
  const Value list = NewList(DictLength(dict));
  MICA_TRY(list);
  size_t position = 0;
  Value key;
  Value value;
  while (DictNext(dict, &position, &key, &value)) MICA_TRY(ListAppend(list, key));
  MICA_TRY(ListSort(list, Value(), false));
  return list;
}

}  // namespace mica
