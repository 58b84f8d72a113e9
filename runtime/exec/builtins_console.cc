// The console builtins: print() (to stdout or any object with write()), input(), help() and ascii().
#include "runtime/exec/builtins_console.h"

#include <string.h>

#include "runtime/exec/builtin_module.h"
#include "runtime/exec/exec.h"
#include "runtime/exec/exec_state.h"
#include "runtime/exec/module.h"
#include "runtime/exec/port.h"
#include "runtime/exec/builtins_exec.h"
#include "runtime/mpy/frozen_module.h"
#include "runtime/names.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/list.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

// sep/end: None or absent means the default; anything but a str is a TypeError (CPython's wording).
Value CheckSeparator(Value value, const char* what) {
  if (value.IsNull() || value.IsNone() || IsStr(value)) return Value::None();
  return RaiseFormat(&kTypeErrorType, "%s must be None or a string, not %T", what, value);
}

void WriteToStdout(void*, const char* data, size_t length) { port::WriteStdout(data, length); }

void WriteSeparator(const Printer& printer, Value value, const char* fallback) {
  if (value.IsNull() || value.IsNone()) {
    printer.Write(fallback);
  } else {
    Print(printer, value, PrintKind::kStr);  // a str: printing it cannot fail
  }
}

Value WriteToStream(Value file, Value piece) {
  MICA_TRY(piece);
  return CallMethod(file, names::write, &piece, 1);
}

Value SeparatorStr(Value value, const char* fallback) {
  if (!value.IsNull() && !value.IsNone()) return value;
  return NewStrFromCString(fallback);
}

// print(..., file=stream): one write() call per piece, as CPython makes them, so a stream sees the same calls.
Value PrintToStream(Value file, const Value* args, uint32_t n_pos, Value sep, Value end) {
  for (uint32_t i = 0; i < n_pos; ++i) {
    if (i > 0) MICA_TRY(WriteToStream(file, SeparatorStr(sep, " ")));
    MICA_TRY(WriteToStream(file, Str(args[i])));
  }
  return WriteToStream(file, SeparatorStr(end, "\n"));
}

// The lines help() with no argument prints. Constant text, so it stays in flash.
constexpr char kWelcome[] =
    "Welcome to Mica, a Python 3 for microcontrollers.\n"
    "\n"
    "help(obj) lists the attributes of an object; help('modules') lists the modules that can be imported\n"
    "without a file.\n"
    "\n"
    "At the interactive prompt:\n"
    "  CTRL-A        -- raw REPL mode (for tools)\n"
    "  CTRL-B        -- back to the normal REPL\n"
    "  CTRL-C        -- interrupt a running program\n"
    "  CTRL-D        -- on a blank line, exit (or soft reset on a board)\n"
    "  CTRL-E        -- paste mode\n";

void WriteLine(const StringBuilder& text) { port::WriteStdout(text.data(), text.length()); }

// The modules imported so far, the port's built-in modules and its frozen modules (by dotted name), sorted.
Value HelpModules() {
  const Value known = NewDict();
  MICA_TRY(known);
  size_t position = 0;
  Value key;
  Value value;
  while (DictNext(Exec().modules, &position, &key, &value)) MICA_TRY(DictStore(known, key, Value::None()));
  const BuiltinModuleDef* const* builtin = Exec().builtin_modules;
  for (; builtin != nullptr && *builtin != nullptr; ++builtin) {
    MICA_TRY(DictStore(known, Value::Name((*builtin)->name), Value::None()));
  }
  const mpy::FrozenModuleList* const* frozen = Exec().frozen_modules;
  for (; frozen != nullptr && *frozen != nullptr; ++frozen) {
    for (uint32_t i = 0; i < (*frozen)->count; ++i) {
      const char* name = (*frozen)->modules[i].name;
      const Value text = NewStr(name, strlen(name));
      MICA_TRY(text);
      MICA_TRY(DictStore(known, text, Value::None()));
    }
  }
  const Value modules = SortedDictKeys(known);
  MICA_TRY(modules);
  StringBuilder text;
  for (size_t i = 0; i < AsList(modules)->length; ++i) {
    const Value name = AsList(modules)->items[i];
    const char* data;
    size_t length;
    StrData(name, &data, &length);
    if (length > 0 && data[0] == '_') continue;  // __main__ is not something to import
    text.AppendStr(name);
    text.AppendChar('\n');
  }
  if (text.failed()) return RaiseMemoryError();
  WriteLine(text);
  return Value::None();
}

// help(obj): its type, then each public attribute and its value, like MicroPython's help().
Value HelpObject(Value object) {
  {
    StringBuilder text;
    const Printer printer = text.AsPrinter();
    text.Append("object ");
    MICA_TRY(Print(printer, object, PrintKind::kRepr));
    text.Append(" is of type ");
    text.Append(TypeName(object));
    text.AppendChar('\n');
    if (text.failed()) return RaiseMemoryError();
    WriteLine(text);
  }
  const Value names = BuiltinDir(&object, 1, 0);
  MICA_TRY(names);
  for (size_t i = 0; i < AsList(names)->length; ++i) {
    const Value name = AsList(names)->items[i];
    const char* data;
    size_t length;
    StrData(name, &data, &length);
    if (length >= 2 && data[0] == '_' && data[1] == '_') continue;
    const Value interned = StrToName(name);
    MICA_TRY(interned);
    const Value value = LookupAttr(object, interned.AsNameId());
    MICA_TRY(value);
    if (value.IsNull()) continue;
    StringBuilder text;
    const Printer printer = text.AsPrinter();
    text.Append("  ");
    text.AppendStr(name);
    text.Append(" -- ");
    MICA_TRY(Print(printer, value, PrintKind::kRepr));
    text.AppendChar('\n');
    if (text.failed()) return RaiseMemoryError();
    WriteLine(text);
  }
  return Value::None();
}

}  // namespace

Value BuiltinPrint(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  Value sep;
  Value end;
  Value file;
  bool flush = false;
  for (uint32_t k = 0; k < n_kw; ++k) {
    const uint32_t name = args[n_pos + 2 * k].AsNameId();
    const Value value = args[n_pos + 2 * k + 1];
    if (name == names::sep) {
      sep = value;
    } else if (name == names::end) {
      end = value;
    } else if (name == names::file) {
      file = value;
    } else if (name == names::flush) {
      const Value truth = Truth(value);
      MICA_TRY(truth);
      flush = truth.IsTrue();
    } else {
      return RaiseFormat(&kTypeErrorType, "'%q' is an invalid keyword argument for print()", name);
    }
  }
  MICA_TRY(CheckSeparator(sep, "sep"));
  MICA_TRY(CheckSeparator(end, "end"));
  if (!file.IsNull() && !file.IsNone()) {
    MICA_TRY(PrintToStream(file, args, n_pos, sep, end));
    if (flush) MICA_TRY(CallMethod(file, names::flush, nullptr, 0));
    return Value::None();
  }
  // Each piece goes straight to the port as it is formatted: a __str__ that raises leaves what came before it
  // written (as CPython's print does), and printing allocates nothing, so it works with the heap locked.
  const Printer printer{WriteToStdout, nullptr};
  for (uint32_t i = 0; i < n_pos; ++i) {
    if (i > 0) WriteSeparator(printer, sep, " ");
    MICA_TRY(Print(printer, args[i], PrintKind::kStr));
  }
  WriteSeparator(printer, end, "\n");
  return Value::None();
}

Value BuiltinInput(const Value* args, uint32_t n_pos, uint32_t) {
  if (n_pos == 1) {
    StringBuilder prompt;
    MICA_TRY(Print(prompt.AsPrinter(), args[0], PrintKind::kStr));
    if (prompt.failed()) return RaiseMemoryError();
    port::WriteStdout(prompt.data(), prompt.length());
  }
  port::FlushStdout();
  StringBuilder line;
  bool any = false;
  for (;;) {
    const int c = port::ReadStdinByte();
    if (c < 0) {
      MICA_TRY(RaiseIfInterrupted());  // Ctrl-C while waiting: KeyboardInterrupt, not EOFError
      break;
    }
    any = true;
    if (c == '\n') break;
    line.AppendChar(static_cast<char>(c));
  }
  if (!any) return RaiseFormat(&kEOFErrorType, "EOF when reading a line");
  // A line typed on a terminal that sends CR LF: the CR is not part of the text.
  if (line.length() > 0 && line.data()[line.length() - 1] == '\r') line.Truncate(line.length() - 1);
  const Value text = line.Finish();
  MICA_TRY(text);
  size_t chars;
  const char* data;
  size_t length;
  StrData(text, &data, &length);
  // A bytes-like str holds any bytes; a unicode one must be valid UTF-8.
  if (kUnicodeStrings && !CountUtf8(data, length, &chars)) {
    return RaiseFormat(&kValueErrorType, "input is not valid UTF-8");
  }
  return text;
}

Value BuiltinHelp(const Value* args, uint32_t n_pos, uint32_t) {
  if (n_pos == 0) {
    port::WriteStdout(kWelcome, sizeof(kWelcome) - 1);
    return Value::None();
  }
  if (IsStr(args[0]) && StrEqualsText(args[0], "modules", 7)) return HelpModules();
  return HelpObject(args[0]);
}

}  // namespace mica
