#include "runtime/objects/exception.h"

#include <string.h>

#include "gc/heap.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/int.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_type.h"

namespace mica {

bool IsException(Value v) {
  if (!v.IsObject()) return false;
  const Type* type = v.AsObject()->type;
  return type != nullptr && (type->flags & kTypeIsException) != 0;
}

ExceptionObject* AsException(Value v) {
  return reinterpret_cast<ExceptionObject*>(v.AsObject());
}

void ResetException(ExceptionObject* exception, const Type* type) {
  exception->header.type = type;
  exception->args = Value::FromObject(&kEmptyTuple.header);
  exception->traceback = nullptr;
  exception->cause = Value::None();
  exception->context = Value::None();
  exception->value = Value::None();
  exception->flags = 0;
}

namespace {

// The exception built in the runtime state's emergency buffer when the heap cannot give one (see runtime_state.h).
Value EmergencyException(const Type* type, const Value* args, size_t n_args) {
  RuntimeState& state = State();
  ExceptionObject* exception = &state.emergency_exception;
  ResetException(exception, type);
  state.emergency_args.tuple.length = n_args;
  for (size_t i = 0; i < n_args; ++i) state.emergency_args.items[i] = args[i];
  exception->args = Value::FromObject(&state.emergency_args.tuple.header);
  if (n_args == 1 && (IsSubtype(type, &kStopIterationType) || IsSubtype(type, &kSystemExitType))) {
    exception->value = args[0];
  }
  return Value::FromObject(&exception->header);
}

}  // namespace

Value NewException(const Type* type, const Value* args, size_t n_args, size_t bytes) {
  Object* object = NewObject(type, bytes > sizeof(ExceptionObject) ? bytes : sizeof(ExceptionObject));
  if (object == nullptr) {
    // A built-in exception type with few arguments still comes to life, from the emergency buffer.
    if (bytes > sizeof(ExceptionObject) || n_args > RuntimeState::kEmergencyArgs) return Value::Exception();
    ClearPendingException();
    return EmergencyException(type, args, n_args);
  }
  ResetException(reinterpret_cast<ExceptionObject*>(object), type);
  const Value exception = Value::FromObject(object);
  MICA_TRY(ExceptionSetArgs(exception, args, n_args));
  return exception;
}

Value ExceptionSetArgs(Value exception, const Value* args, size_t n_args) {
  ExceptionObject* object = AsException(exception);
  const Type* type = object->header.type;
  size_t n_kept = n_args;
  object->value = Value::None();
  if (IsSubtype(type, &kStopIterationType)) {
    if (n_args > 0) object->value = args[0];
  } else if (IsSubtype(type, &kOSErrorType)) {
    // A filename leaves args: OSError(2, 'x', 'f').args == (2, 'x').
    if (n_args >= 3 && n_args <= 5 && !args[2].IsNone()) {
      object->value = args[2];
      n_kept = 2;
    }
  }
  Value args_tuple = Value::FromObject(&kEmptyTuple.header);
  if (n_kept > 0) {
    args_tuple = NewTuple(args, n_kept);
    MICA_TRY(args_tuple);
  }
  object->args = args_tuple;
  if (IsSubtype(type, &kSystemExitType)) {
    if (n_args == 1) object->value = args[0];
    if (n_args > 1) object->value = args_tuple;
  }
  return Value::None();
}

void ExceptionSetContext(Value exception, Value context) {
  if (!IsException(exception)) return;
  if (context.Is(exception)) return;
  // Walk context's chain; where it leads back to `exception`, cut it (the walk is bounded by the cut: a chain
  // already holding a cycle not through `exception` is stopped by the step limit).
  Value link = context;
  for (int steps = 0; steps < 1000 && IsException(link); ++steps) {
    ExceptionObject* object = AsException(link);
    if (object->context.Is(exception)) {
      object->context = Value::None();
      break;
    }
    link = object->context;
  }
  AsException(exception)->context = context;
}

Value NewSyntaxError(const Type* type, const char* message, uint32_t file, uint32_t line, uint32_t column,
                     const char* text, size_t text_length) {
  Value details[4] = {Value::Name(file), NewInt(line), NewInt(column), Value::None()};
  if (text != nullptr) {
    size_t length = 0;
    while (length < text_length && text[length] != '\n') ++length;
    // CPython's text always ends with a newline, also on a last line that had none.
    StringBuilder line;
    line.Append(text, length);
    line.AppendChar('\n');
    details[3] = line.Finish();
    MICA_TRY(details[3]);
  }
  Value fields[2] = {NewStrFromCString(message), Value()};
  MICA_TRY(fields[0]);
  fields[1] = NewTuple(details, 4);
  MICA_TRY(fields[1]);
  return NewException(type, fields, 2);
}

Value NewImportError(const Type* type, Value message, Value name) {
  const Value exception = NewException(type, &message, 1);
  MICA_TRY(exception);
  AsException(exception)->value = name;
  return exception;
}

Value NewExceptionWithMessage(const Type* type, const char* message) {
  const Value text = NewStrFromCString(message);
  MICA_TRY(text);
  return NewException(type, &text, 1);
}

void ExceptionAddTraceback(Value exception, uint32_t code_name, uint32_t file, uint32_t line) {
  if (!IsException(exception)) return;
  ExceptionObject* object = AsException(exception);
  Traceback* traceback = object->traceback;
  if (traceback == nullptr || traceback->count == traceback->capacity) {
    const uint32_t capacity = traceback == nullptr ? 4 : traceback->capacity * 2;
    const size_t bytes = sizeof(Traceback) + capacity * sizeof(TracebackEntry);
    // Straight to the heap: a failed allocation must not raise MemoryError over the exception being unwound.
    gc::Heap& heap = *State().heap;
    void* block = traceback == nullptr ? heap.Allocate(bytes, gc::kNoScan) : heap.Reallocate(traceback, bytes);
    if (block == nullptr) return;
    traceback = static_cast<Traceback*>(block);
    traceback->capacity = capacity;
    object->traceback = traceback;
  }
  traceback->Entries()[traceback->count++] = TracebackEntry{code_name, file, line};
}

void ExceptionClearTraceback(Value exception) {
  if (IsException(exception)) AsException(exception)->traceback = nullptr;
}

Value ImportErrorKeywords(Value exception, const Value* pairs, uint32_t n_kw, bool strict) {
  Value name = Value::None();
  Value path = Value::None();
  for (uint32_t i = 0; i < n_kw; ++i) {
    const uint32_t key = pairs[2 * i].AsNameId();
    if (key == names::name) {
      name = pairs[2 * i + 1];
    } else if (key == names::path) {
      path = pairs[2 * i + 1];
    } else if (strict) {
      return RaiseFormat(&kTypeErrorType, "'%q' is an invalid keyword argument for ImportError()", key);
    }
  }
  ExceptionObject* object = AsException(exception);
  object->value = name;
  if (!path.IsNone()) {
    const Value both[2] = {name, path};
    object->value = NewTuple(both, 2);
    MICA_TRY(object->value);
    object->flags |= kExceptionImportPath;
  }
  return Value::None();
}

Value ExceptionMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const bool import_error = IsSubtype(type, &kImportErrorType);
  if (n_kw != 0 && !import_error) {
    size_t length;
    return RaiseFormat(&kTypeErrorType, "%s() takes no keyword arguments", TypeNameOf(type, &length));
  }
  if (type == &kOSErrorType && n_pos >= 2 && n_pos <= 5 && args[0].IsSmallInt()) {
    type = OSErrorSubtypeFor(args[0].AsSmallInt());
  }
  const Value exception = NewException(type, args, n_pos);
  MICA_TRY(exception);
  if (n_kw != 0) MICA_TRY(ImportErrorKeywords(exception, args + n_pos, n_kw, true));
  return exception;
}

namespace {

// The fields OSError derives from args (exception.h): errno (0), strerror (1); None when args do not have that
// shape.
Value OSErrorField(const ExceptionObject* exception, size_t index) {
  const size_t count = TupleLength(exception->args);
  const bool has_filename = !exception->value.IsNone();
  if (!has_filename && (count < 2 || count > 5)) return Value::None();
  return TupleItems(exception->args)[index];
}

// SyntaxError's msg (index 0) and its details tuple's filename, lineno, offset, text, end_lineno, end_offset
// (indexes 1 to 6).
Value SyntaxErrorField(const ExceptionObject* exception, size_t index) {
  const size_t count = TupleLength(exception->args);
  const Value* items = TupleItems(exception->args);
  if (index == 0) return count >= 1 ? items[0] : Value::None();
  if (count != 2 || !IsTuple(items[1])) return Value::None();
  const size_t n_details = TupleLength(items[1]);
  return index - 1 < n_details ? TupleItems(items[1])[index - 1] : Value::None();
}

// str(OSError): "[Errno 2] No such file: 'x'"; false when args have the plain shape.
Value PrintOSError(const Printer& printer, const ExceptionObject* exception, bool* done) {
  const Value errno_value = OSErrorField(exception, 0);
  const size_t count = TupleLength(exception->args);
  *done = exception->value.IsNone() ? count >= 2 && count <= 5 : true;
  if (!*done) return Value::None();
  printer.Write("[Errno ");
  MICA_TRY(Print(printer, errno_value, PrintKind::kStr));
  printer.Write("] ");
  MICA_TRY(Print(printer, OSErrorField(exception, 1), PrintKind::kStr));
  if (!exception->value.IsNone()) {
    printer.Write(": ");
    MICA_TRY(Print(printer, exception->value, PrintKind::kRepr));
  }
  return Value::None();
}

// str(SyntaxError): "msg (file.py, line 3)", the file name without its directories.
Value PrintSyntaxError(const Printer& printer, const ExceptionObject* exception) {
  MICA_TRY(Print(printer, SyntaxErrorField(exception, 0), PrintKind::kStr));
  const Value file = SyntaxErrorField(exception, 1);
  const Value line = SyntaxErrorField(exception, 2);
  const char* text = nullptr;
  size_t length = 0;
  const bool has_file = StrData(file, &text, &length);
  const bool has_line = line.IsSmallInt();
  if (!has_file && !has_line) return Value::None();
  printer.Write(" (");
  if (has_file) {
    size_t start = length;
    while (start > 0 && text[start - 1] != '/') --start;
    printer.Write(text + start, length - start);
    if (has_line) printer.Write(", ");
  }
  if (has_line) {
    printer.Write("line ");
    MICA_TRY(Print(printer, line, PrintKind::kStr));
  }
  printer.Write(")");
  return Value::None();
}

}  // namespace

Value ExceptionPrint(const Printer& printer, Value self, PrintKind kind) {
  const ExceptionObject* exception = AsException(self);
  const Type* type = exception->header.type;
  const size_t count = TupleLength(exception->args);
  const Value* items = TupleItems(exception->args);
  if (kind == PrintKind::kStr) {
    if (IsSubtype(type, &kOSErrorType)) {
      bool done;
      MICA_TRY(PrintOSError(printer, exception, &done));
      if (done) return Value::None();
    }
    if (IsSubtype(type, &kSyntaxErrorType)) return PrintSyntaxError(printer, exception);
    if (count == 0) return Value::None();
    if (count == 1) {
      const bool key_error = IsSubtype(type, &kKeyErrorType);
      return Print(printer, items[0], key_error ? PrintKind::kRepr : PrintKind::kStr);
    }
    return Print(printer, exception->args, PrintKind::kStr);
  }
  printer.Write(TypeNameOf(type));
  if (count == 1) {
    printer.Write("(", 1);
    MICA_TRY(Print(printer, items[0], PrintKind::kRepr));
    printer.Write(")", 1);
    return Value::None();
  }
  if (count == 0) {
    printer.Write("()", 2);
    return Value::None();
  }
  return Print(printer, exception->args, PrintKind::kRepr);
}

Value ExceptionWithTraceback(const Value* args, uint32_t, uint32_t) {
  if (!IsException(args[0])) return RaiseTypeError("descriptor 'with_traceback' requires a 'BaseException' object");
  // Tracebacks are not first-class objects here: only None (drop it) changes anything.
  if (args[1].IsNone()) AsException(args[0])->traceback = nullptr;
  return args[0];
}

namespace {

Value TracebackAsTuple(const Traceback* traceback) {
  if (traceback == nullptr) return Value::None();
  TupleObject* entries = AllocateTuple(traceback->count);
  if (entries == nullptr) return Value::Exception();
  const Value result = Value::FromObject(&entries->header);
  for (uint32_t i = 0; i < traceback->count; ++i) {
    const TracebackEntry& entry = traceback->Entries()[i];
    const Value fields[3] = {Value::Name(entry.code_name), Value::Name(entry.file), NewInt(entry.line)};
    const Value item = NewTuple(fields, 3);
    MICA_TRY(item);
    entries->Items()[i] = item;
  }
  return result;
}

// StopAsyncIteration has no value in CPython.
bool IsStopIteration(const Type* type) {
  return IsSubtype(type, &kStopIterationType);
}

// The read-only fields derived from args or `value` (exception.h); null when `name` is not one of the type's.
Value DerivedField(const ExceptionObject* exception, uint32_t name) {
  const Type* type = exception->header.type;
  if (IsSubtype(type, &kOSErrorType)) {
    switch (name) {
      case names::errno_:
        return OSErrorField(exception, 0);
      case names::strerror:
        return OSErrorField(exception, 1);
      case names::filename:
        return exception->value;
      case names::filename2:
        return Value::None();
      default:
        return Value();
    }
  }
  if (IsSubtype(type, &kSyntaxErrorType)) {
    static constexpr uint16_t kFields[] = {names::msg,  names::filename,   names::lineno,    names::offset,
                                           names::text, names::end_lineno, names::end_offset};
    for (size_t i = 0; i < sizeof(kFields) / sizeof(kFields[0]); ++i) {
      if (kFields[i] == name) return SyntaxErrorField(exception, i);
    }
    return Value();
  }
  if (IsSubtype(type, &kImportErrorType)) {
    const bool has_path = (exception->flags & kExceptionImportPath) != 0;
    switch (name) {
      case names::name:
        return has_path ? TupleItems(exception->value)[0] : exception->value;
      case names::path:
        return has_path ? TupleItems(exception->value)[1] : Value::None();
      case names::msg:
        return TupleLength(exception->args) == 1 ? TupleItems(exception->args)[0] : Value::None();
      default:
        return Value();
    }
  }
  return Value();
}

}  // namespace

Value ExceptionAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  ExceptionObject* exception = AsException(self);
  const Type* type = exception->header.type;
  Value* field = nullptr;
  switch (name) {
    case names::args:
      if (op == AttrOp::kLoad) {
        *value = exception->args;
        return Value::None();
      }
      if (op == AttrOp::kStore) {
        const Value args = TupleFromIterable(*value);
        MICA_TRY(args);
        exception->args = args;
        return Value::None();
      }
      return Value();
    case names::__traceback__:
      if (op == AttrOp::kLoad) {
        *value = TracebackAsTuple(exception->traceback);
        return value->IsException() ? Value::Exception() : Value::None();
      }
      if (op == AttrOp::kStore && value->IsNone()) {
        exception->traceback = nullptr;
        return Value::None();
      }
      return Value();
    case names::__suppress_context__:
      if (op == AttrOp::kLoad) {
        *value = Value::Bool((exception->flags & kExceptionSuppressContext) != 0);
        return Value::None();
      }
      if (op == AttrOp::kStore) {
        const Value truth = Truth(*value);
        MICA_TRY(truth);
        exception->flags = truth.IsTrue() ? (exception->flags | kExceptionSuppressContext)
                                          : (exception->flags & ~kExceptionSuppressContext);
        return Value::None();
      }
      return Value();
    case names::__cause__:
      field = &exception->cause;
      break;
    case names::__context__:
      field = &exception->context;
      break;
    case names::value:
      if (!IsStopIteration(type)) return Value();
      field = &exception->value;
      break;
    case names::code:
      if (!IsSubtype(type, &kSystemExitType)) return Value();
      field = &exception->value;
      break;
    default:
      if (op != AttrOp::kLoad) return Value();
      *value = DerivedField(exception, name);
      return value->IsNull() ? Value() : Value::None();
  }
  if (op == AttrOp::kLoad) {
    *value = *field;
    return Value::None();
  }
  if (op == AttrOp::kStore) {
    if (name == names::__cause__ || name == names::__context__) {
      if (!value->IsNone() && !IsException(*value)) {
        return RaiseTypeError("exception cause must be None or derive from BaseException");
      }
      if (name == names::__cause__) exception->flags |= kExceptionSuppressContext;
    }
    *field = *value;
    return Value::None();
  }
  return Value();
}

}  // namespace mica
