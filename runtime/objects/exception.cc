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
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

constexpr uint16_t kExceptionFlags = kTypeSubclassable | kTypeIsException;

constexpr Type MakeExceptionType(uint16_t name, const Type* base) {
  return Type{{&kTypeType}, name,           kExceptionFlags, base,    ExceptionMakeNew, ExceptionPrint,
              nullptr,      nullptr,        nullptr,         ExceptionAttr, nullptr, nullptr,
              nullptr,      MemberTable{nullptr, 0}};
}

}  // namespace

constexpr Type kBaseExceptionType = MakeExceptionType(names::BaseException, nullptr);
constexpr Type kSystemExitType = MakeExceptionType(names::SystemExit, &kBaseExceptionType);
constexpr Type kKeyboardInterruptType = MakeExceptionType(names::KeyboardInterrupt, &kBaseExceptionType);
constexpr Type kGeneratorExitType = MakeExceptionType(names::GeneratorExit, &kBaseExceptionType);
constexpr Type kExceptionType = MakeExceptionType(names::Exception, &kBaseExceptionType);
constexpr Type kStopIterationType = MakeExceptionType(names::StopIteration, &kExceptionType);
constexpr Type kStopAsyncIterationType = MakeExceptionType(names::StopAsyncIteration, &kExceptionType);
constexpr Type kArithmeticErrorType = MakeExceptionType(names::ArithmeticError, &kExceptionType);
constexpr Type kOverflowErrorType = MakeExceptionType(names::OverflowError, &kArithmeticErrorType);
constexpr Type kZeroDivisionErrorType = MakeExceptionType(names::ZeroDivisionError, &kArithmeticErrorType);
constexpr Type kAssertionErrorType = MakeExceptionType(names::AssertionError, &kExceptionType);
constexpr Type kAttributeErrorType = MakeExceptionType(names::AttributeError, &kExceptionType);
constexpr Type kEOFErrorType = MakeExceptionType(names::EOFError, &kExceptionType);
constexpr Type kImportErrorType = MakeExceptionType(names::ImportError, &kExceptionType);
constexpr Type kLookupErrorType = MakeExceptionType(names::LookupError, &kExceptionType);
constexpr Type kIndexErrorType = MakeExceptionType(names::IndexError, &kLookupErrorType);
constexpr Type kKeyErrorType = MakeExceptionType(names::KeyError, &kLookupErrorType);
constexpr Type kMemoryErrorType = MakeExceptionType(names::MemoryError, &kExceptionType);
constexpr Type kNameErrorType = MakeExceptionType(names::NameError, &kExceptionType);
constexpr Type kOSErrorType = MakeExceptionType(names::OSError, &kExceptionType);
constexpr Type kRuntimeErrorType = MakeExceptionType(names::RuntimeError, &kExceptionType);
constexpr Type kNotImplementedErrorType = MakeExceptionType(names::NotImplementedError, &kRuntimeErrorType);
constexpr Type kSyntaxErrorType = MakeExceptionType(names::SyntaxError, &kExceptionType);
constexpr Type kIndentationErrorType = MakeExceptionType(names::IndentationError, &kSyntaxErrorType);
constexpr Type kTypeErrorType = MakeExceptionType(names::TypeError, &kExceptionType);
constexpr Type kValueErrorType = MakeExceptionType(names::ValueError, &kExceptionType);
constexpr Type kUnicodeErrorType = MakeExceptionType(names::UnicodeError, &kValueErrorType);

const Type* const kBuiltinExceptionTypes[] = {
    &kBaseExceptionType,  &kSystemExitType,        &kKeyboardInterruptType,  &kGeneratorExitType,
    &kExceptionType,      &kStopIterationType,     &kStopAsyncIterationType, &kArithmeticErrorType,
    &kOverflowErrorType,  &kZeroDivisionErrorType, &kAssertionErrorType,     &kAttributeErrorType,
    &kEOFErrorType,       &kImportErrorType,       &kLookupErrorType,        &kIndexErrorType,
    &kKeyErrorType,       &kMemoryErrorType,       &kNameErrorType,          &kOSErrorType,
    &kRuntimeErrorType,   &kNotImplementedErrorType, &kSyntaxErrorType,      &kIndentationErrorType,
    &kTypeErrorType,      &kValueErrorType,        &kUnicodeErrorType,       nullptr,
};

bool IsException(Value v) {
  if (!v.IsObject()) return false;
  const Type* type = v.AsObject()->type;
  return type != nullptr && (type->flags & kTypeIsException) != 0;
}

ExceptionObject* AsException(Value v) { return reinterpret_cast<ExceptionObject*>(v.AsObject()); }

void ResetException(ExceptionObject* exception, const Type* type) {
  exception->header.type = type;
  exception->args = Value::FromObject(&kEmptyTuple.header);
  exception->traceback = nullptr;
  exception->cause = Value::None();
  exception->context = Value::None();
  exception->value = Value::None();
  exception->flags = 0;
}

Value NewException(const Type* type, const Value* args, size_t n_args, size_t bytes) {
  Value args_tuple = Value::FromObject(&kEmptyTuple.header);
  if (n_args > 0) {
    args_tuple = NewTuple(args, n_args);
    MICA_TRY(args_tuple);
  }
  Object* object = NewObject(type, bytes > sizeof(ExceptionObject) ? bytes : sizeof(ExceptionObject));
  if (object == nullptr) return Value::Exception();
  ExceptionObject* exception = reinterpret_cast<ExceptionObject*>(object);
  ResetException(exception, type);
  exception->args = args_tuple;
  if (IsSubtype(type, &kStopIterationType) || IsSubtype(type, &kStopAsyncIterationType)) {
    if (n_args > 0) exception->value = args[0];
  } else if (IsSubtype(type, &kSystemExitType)) {
    if (n_args == 1) exception->value = args[0];
    if (n_args > 1) exception->value = args_tuple;
  }
  return Value::FromObject(object);
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

Value ExceptionMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  if (n_kw != 0) {
    size_t length;
    return RaiseFormat(&kTypeErrorType, "%s() takes no keyword arguments", TypeNameOf(type, &length));
  }
  return NewException(type, args, n_pos);
}

Value ExceptionPrint(const Printer& printer, Value self, PrintKind kind) {
  const ExceptionObject* exception = AsException(self);
  const size_t count = TupleLength(exception->args);
  const Value* items = TupleItems(exception->args);
  if (kind == PrintKind::kStr) {
    if (count == 0) return Value::None();
    if (count == 1) {
      const bool key_error = IsSubtype(exception->header.type, &kKeyErrorType);
      return Print(printer, items[0], key_error ? PrintKind::kRepr : PrintKind::kStr);
    }
    return Print(printer, exception->args, PrintKind::kStr);
  }
  printer.Write(TypeNameOf(exception->header.type));
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

bool IsStopIteration(const Type* type) {
  return IsSubtype(type, &kStopIterationType) || IsSubtype(type, &kStopAsyncIterationType);
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
      return Value();
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
