#include "runtime/exec/exec.h"

#include "runtime/exec/builtins_module.h"
#include "runtime/exec/descriptors.h"
#include "runtime/exec/exec_state.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/exec/function.h"
#include "runtime/exec/generator.h"
#include "runtime/exec/module.h"
#include "runtime/exec/port.h"
#include "runtime/exec/user_class.h"
#include "runtime/int_format.h"
#include "runtime/names.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

// How many chained exceptions (__cause__ / __context__) a traceback shows.
constexpr int kMaxChain = 8;

void WriteErr(const char* text) {
  size_t n = 0;
  while (text[n] != 0) ++n;
  port::WriteStderr(text, n);
}

void WriteErrName(uint32_t id) {
  const char* data;
  size_t length;
  if (NameText(id, &data, &length)) port::WriteStderr(data, length);
}

void WriteErrUint(uint32_t value) {
  char digits[16];
  const size_t n = FormatUint(value, IntFormat(), digits, sizeof(digits));
  port::WriteStderr(digits, n);
}

void WriteErrStr(Value str) {
  const char* data;
  size_t length;
  if (StrData(str, &data, &length)) port::WriteStderr(data, length);
}

// "ValueError: message", "mod.MyError: message" or just "KeyError" when str(e) is empty.
void WriteExceptionLine(Value exception) {
  const Type* type = TypeOf(exception);
  if (IsUserClass(type)) {
    const Value module = DictLookupName(AsClass(type)->dict, names::__module__);
    if (!module.IsNull() && IsStr(module) && !StrEqualsText(module, "__main__", 8) &&
        !StrEqualsText(module, "builtins", 8)) {
      WriteErrStr(module);
      WriteErr(".");
    }
  }
  WriteErr(TypeNameOf(type));
  // A SyntaxError shows its msg alone: str() would repeat the file and line printed above it.
  const Value args = AsException(exception)->args;
  const bool syntax_error = IsInstance(exception, &kSyntaxErrorType) && TupleLength(args) >= 1;
  const Value text = Str(syntax_error ? TupleItems(args)[0] : exception);
  if (text.IsException()) {
    ClearPendingException();
    WriteErr(": <exception str() failed>\n");
    return;
  }
  if (IsStr(text) && StrCharCount(text) > 0) {
    WriteErr(": ");
    WriteErrStr(text);
  }
  WriteErr("\n");
}

void PrintOne(Value exception) {
  const ExceptionObject* object = AsException(exception);
  const Traceback* traceback = object->traceback;
  const bool syntax_error = IsInstance(exception, &kSyntaxErrorType) && traceback != nullptr &&
                            traceback->count > 0 && traceback->Entries()[0].code_name == names::kEmpty;
  if (syntax_error) {
    const TracebackEntry& entry = traceback->Entries()[0];
    WriteErr("  File \"");
    WriteErrName(entry.file);
    WriteErr("\", line ");
    WriteErrUint(entry.line);
    WriteErr("\n");
    WriteExceptionLine(exception);
    return;
  }
  if (traceback != nullptr && traceback->count > 0) {
    WriteErr("Traceback (most recent call last):\n");
    for (uint32_t i = traceback->count; i-- > 0;) {
      const TracebackEntry& entry = traceback->Entries()[i];
      WriteErr("  File \"");
      WriteErrName(entry.file);
      WriteErr("\", line ");
      WriteErrUint(entry.line);
      WriteErr(", in ");
      WriteErrName(entry.code_name);
      WriteErr("\n");
    }
  }
  WriteExceptionLine(exception);
}

void PrintChain(Value exception, int depth) {
  if (!IsException(exception)) return;
  const ExceptionObject* object = AsException(exception);
  if (depth < kMaxChain) {
    if (!object->cause.IsNone() && !object->cause.IsNull() && IsException(object->cause)) {
      PrintChain(object->cause, depth + 1);
      WriteErr("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if ((object->flags & kExceptionSuppressContext) == 0 && !object->context.IsNone() &&
               !object->context.IsNull() && IsException(object->context) && !object->context.Is(exception)) {
      PrintChain(object->context, depth + 1);
      WriteErr("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
  }
  PrintOne(exception);
}


}  // namespace

bool InitExec(const ExecConfig& config) {
  ExecState& exec = Exec();
  // A restart over a new heap: nothing remembered from objects of the old one may survive.
  InvalidateClassLookups();
  exec.running_generator = nullptr;
  exec.main_module = Value();
  exec.build_class = Value();
  exec.scheduled_count = 0;
  exec.keyboard_interrupt = 0;
  exec.interrupt_char = 3;  // Ctrl-C
  exec.optimization_level = 0;
  if (!InitVm(config.stack, config.stack_values, config.frames, config.frame_count, config.c_stack_limit)) {
    return false;
  }
  if (!InitClasses()) return false;
    const Value modules = NewDict();
  if (modules.IsException()) return false;
  exec.modules = modules;
  const Value path = NewList();
  if (path.IsException()) return false;
  exec.search_path = path;
  exec.builtin_modules = config.modules;
  exec.frozen_modules = config.frozen_modules;
  if (!InitBuiltins()) return false;
  exec.vm.builtin_range = DictLookupName(exec.builtins, names::range);
  exec.initialized = true;
  return true;
}

bool AppendSearchPath(const char* path, size_t length) {
  const Value entry = NewStr(path, length);
  if (entry.IsException()) return false;
  return !ListAppend(Exec().search_path, entry).IsException();
}

void RequestInterrupt() {
  Exec().keyboard_interrupt = 1;
  Exec().vm.interrupt_requested = 1;
}

Value RaiseIfInterrupted() {
  ExecState& exec = Exec();
  if (exec.keyboard_interrupt == 0) return Value::None();
  exec.keyboard_interrupt = 0;
  return RaiseNew(&kKeyboardInterruptType, nullptr);
}

bool ScheduleCall(Value function, Value argument) {
  ExecState& exec = Exec();
  const uint32_t count = exec.scheduled_count;
  if (count >= ExecState::kScheduleSlots) return false;
  exec.scheduled[count][0] = function;
  exec.scheduled[count][1] = argument;
  exec.scheduled_count = count + 1;
  exec.vm.interrupt_requested = 1;
  return true;
}

Value RunScheduled() {
  ExecState& exec = Exec();
  while (exec.scheduled_count > 0) {
    const Value function = exec.scheduled[0][0];
    const Value argument = exec.scheduled[0][1];
    const uint32_t count = exec.scheduled_count;
    for (uint32_t i = 1; i < count; ++i) {
      exec.scheduled[i - 1][0] = exec.scheduled[i][0];
      exec.scheduled[i - 1][1] = exec.scheduled[i][1];
    }
    exec.scheduled[count - 1][0] = Value();
    exec.scheduled[count - 1][1] = Value();
    exec.scheduled_count = count - 1;
    MICA_TRY(CallValue(function, &argument, 1, 0));
  }
  return Value::None();
}

void PrintException(Value exception) {
  // A heap lock the program left behind (an exception escaped between heap_lock and heap_unlock) would make the
  // report itself fail: the top level drops it, as MicroPython's does.
  while (Heap().IsLocked()) Heap().Unlock();
  if (!IsException(exception)) {
    WriteErr("Exception: ");
    const Value text = Repr(exception);
    if (!text.IsException()) WriteErrStr(text);
    WriteErr("\n");
    return;
  }
  PrintChain(exception, 0);
}

int HandleUncaughtException(Value exception) {
  ClearPendingException();
  if (IsInstance(exception, &kSystemExitType)) {
    const Value code = AsException(exception)->value;
    if (code.IsNone() || code.IsNull()) return 0;
    int64_t status = 0;
    if (IsInt(code) && IntToInt64(code, &status)) return static_cast<int>(status & 0xFF);
    const Value text = Str(code);
    if (!text.IsException()) {
      WriteErrStr(text);
      WriteErr("\n");
    } else {
      ClearPendingException();
    }
    return 1;
  }
  PrintException(exception);
  return 1;
}

}  // namespace mica
