// The built-in `sys` module, MicroPython's API: argv, path, modules, exit, stdin/stdout/stderr, version,
// version_info, implementation, platform, byteorder, maxsize, print_exception.
//
// Constant members are in the table below (flash); what exists only at run time is stored in the module's dict by
// SysInit at first import: argv and platform (from the port, sys_port.h), path and modules (the very list and
// dict `import` uses, ExecState::search_path / ExecState::modules, so `sys.path.append(d)` and
// `del sys.modules['x']` act on import; rebinding `sys.path = [...]` does not, as that only replaces the dict
// entry: mutate the list instead), version and maxsize (objects that need the heap).
//
// Versions, MicroPython style: sys.version is "3.4.0; Mica 0.1.0" (the Python language level, then the
// implementation), sys.version_info is (3, 4, 0), sys.implementation is (name='mica', version=(0, 1, 0)). There
// is no .mpy format yet, so implementation has no _mpy attribute.
#include <stdint.h>
#include <string.h>

#include "runtime/exec/exec_state.h"
#include "runtime/exec/module.h"
#include "runtime/int_format.h"
#include "runtime/modules/modules.h"
#include "runtime/modules/sys_port.h"
#include "runtime/modules/sys_stream.h"
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

constexpr char kVersion[] = "3.4.0; Mica 0.1.0";

// A three-item tuple in flash.
struct ConstTuple3 {
  TupleObject tuple;
  Value items[3];
};

constexpr ConstTuple3 kVersionInfo = {{{&kTupleType}, 3}, {Value::SmallInt(3), Value::SmallInt(4), Value::SmallInt(0)}};
constexpr ConstTuple3 kMicaVersion = {{{&kTupleType}, 3}, {Value::SmallInt(0), Value::SmallInt(1), Value::SmallInt(0)}};

// sys.implementation: a constant object with the attributes name and version.
Value ImplementationAttr(Value, uint32_t name, AttrOp op, Value* value) {
  if (op != AttrOp::kLoad) return Value();
  if (name == names::name) {
    *value = Value::Name(names::mica);
  } else if (name == names::version) {
    *value = Value::FromObject(&kMicaVersion.tuple.header);
  } else {
    return Value();
  }
  return Value::None();
}

Value ImplementationPrint(const Printer& printer, Value, PrintKind) {
  printer.Write("(name='mica', version=");
  MICA_TRY(Print(printer, Value::FromObject(&kMicaVersion.tuple.header), PrintKind::kRepr));
  printer.Write(")");
  return Value::None();
}

constexpr Type kImplementationType = {
    {&kTypeType}, names::implementation, 0,       nullptr, nullptr, ImplementationPrint, nullptr,
    nullptr,      nullptr,               ImplementationAttr, nullptr, nullptr, nullptr, MemberTable{nullptr, 0},
};
constexpr Object kImplementation = {&kImplementationType};

// exit(code=None): raises SystemExit(code); SystemExit() for None, as CPython (its args are then empty).
Value SysExit(const Value* args, uint32_t n_pos, uint32_t) {
  if (n_pos == 1 && args[0].IsNone()) n_pos = 0;
  const Value exception = CallValue(Value::FromObject(&kSystemExitType.header), args, n_pos, 0);
  MICA_TRY(exception);
  return Raise(exception);
}

// The traceback and "Type: message" as MicroPython's print_exception writes them (the class name without its
// module; no chained exceptions).
Value FormatException(Value exception, StringBuilder* text) {
  if (!IsException(exception)) return RaiseTypeError("print_exception() argument must be an exception");
  const Traceback* traceback = AsException(exception)->traceback;
  if (traceback != nullptr && traceback->count > 0) {
    text->Append("Traceback (most recent call last):\n");
    for (uint32_t i = traceback->count; i-- > 0;) {
      const TracebackEntry& entry = traceback->Entries()[i];
      text->Append("  File \"");
      text->AppendStr(Value::Name(entry.file));
      text->Append("\", line ");
      char digits[16];
      text->Append(digits, FormatUint(entry.line, IntFormat(), digits, sizeof(digits)));
      text->Append(", in ");
      text->AppendStr(Value::Name(entry.code_name));
      text->AppendChar('\n');
    }
  }
  text->Append(TypeNameOf(TypeOf(exception)));
  const Value message = Str(exception);
  MICA_TRY(message);
  if (StrCharCount(message) > 0) {
    text->Append(": ");
    text->AppendStr(message);
  }
  text->AppendChar('\n');
  return Value::None();
}

// print_exception(exc, file=sys.stdout): one write() call with the whole text.
Value SysPrintException(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  Value file = n_pos >= 2 ? args[1] : Value();
  for (uint32_t i = 0; i < n_kw; ++i) {
    const Value name = args[n_pos + 2 * i];
    if (name.AsNameId() != names::file || n_pos >= 2) {
      return RaiseFormat(&kTypeErrorType, "unexpected keyword argument '%q'", name.AsNameId());
    }
    file = args[n_pos + 2 * i + 1];
  }
  if (file.IsNull() || file.IsNone()) file = Value::FromObject(&kSysStdout.header);
  StringBuilder text;
  MICA_TRY(FormatException(args[0], &text));
  const Value str = text.Finish();
  MICA_TRY(str);
  MICA_TRY(CallMethod(file, names::write, &str, 1));
  return Value::None();
}

constexpr BuiltinFunction kExit = MakeBuiltin(names::exit, 0, 1, SysExit);
constexpr BuiltinFunction kPrintException =
    MakeBuiltin(names::print_exception, 1, 2, SysPrintException, kBuiltinTakesKeywords);

constexpr ModuleMember kSysMembers[] = {
    ModuleValueMember(names::byteorder, Value::Name(names::little)),
    ModuleObjectMember(names::exit, &kExit.header),
    ModuleObjectMember(names::implementation, &kImplementation),
    ModuleObjectMember(names::print_exception, &kPrintException.header),
    ModuleObjectMember(names::stderr_, &kSysStderr.header),
    ModuleObjectMember(names::stdin_, &kSysStdin.header),
    ModuleObjectMember(names::stdout_, &kSysStdout.header),
    ModuleObjectMember(names::version_info, &kVersionInfo.tuple.header),
};
static_assert(ModuleMembersSorted(kSysMembers, sizeof(kSysMembers) / sizeof(kSysMembers[0])), "sorted by name id");

Value AppendText(Value list, const char* text) {
  const Value item = NewStr(text, strlen(text));
  MICA_TRY(item);
  return ListAppend(list, item);
}

Value NewArgv() {
  const port::SysArguments arguments = port::SysArgv();
  const Value argv = NewList(arguments.count + 1);
  MICA_TRY(argv);
  if (arguments.program == nullptr) return argv;
  MICA_TRY(AppendText(argv, arguments.program));
  for (size_t i = 0; i < arguments.count; ++i) MICA_TRY(AppendText(argv, arguments.args[i]));
  return argv;
}

Value SysInit(Value module) {
  const Value dict = AsModule(module)->dict;
  const Value argv = NewArgv();
  MICA_TRY(argv);
  MICA_TRY(DictStoreName(dict, names::argv, argv));
  const char* platform_text = port::SysPlatform();
  const Value platform = InternName(platform_text, strlen(platform_text));
  MICA_TRY(platform);
  MICA_TRY(DictStoreName(dict, names::platform, platform));
  MICA_TRY(DictStoreName(dict, names::path, Exec().search_path));
  MICA_TRY(DictStoreName(dict, names::modules, Exec().modules));
  const Value version = NewStr(kVersion, sizeof(kVersion) - 1);
  MICA_TRY(version);
  MICA_TRY(DictStoreName(dict, names::version, version));
  // The largest machine-word int, as MicroPython's (2147483647 on 32-bit targets): one bit more than a small int.
  const Value maxsize = NewInt(kMaxSizeInt);
  MICA_TRY(maxsize);
  return DictStoreName(dict, names::maxsize, maxsize);
}

}  // namespace

extern const BuiltinModuleDef kSysModule = {
    names::sys, kSysMembers, sizeof(kSysMembers) / sizeof(kSysMembers[0]), SysInit,
};

}  // namespace mica
