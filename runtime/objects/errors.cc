#include "runtime/objects/errors.h"

#include <stdarg.h>
#include <string.h>

#include "runtime/int_format.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/object_type.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

SubtypeHook g_subtype_hook = nullptr;

Value SetPending(Value exception) {
  State().pending_exception = exception;
  return Value::Exception();
}

void AppendInt(StringBuilder* out, int64_t value) {
  char digits[kMaxIntText];
  out->Append(digits, FormatInt(value, IntFormat(), digits, sizeof(digits)));
}

void AppendUint(StringBuilder* out, uint64_t value) {
  char digits[kMaxIntText];
  out->Append(digits, FormatUint(value, IntFormat(), digits, sizeof(digits)));
}

// Formats the message; an exception from %R/%S (a failing __repr__) is returned as is.
Value FormatMessage(StringBuilder* out, const char* format, va_list args) {
  for (const char* p = format; *p != 0; ++p) {
    if (*p != '%') {
      const char* run = p;
      while (p[1] != 0 && p[1] != '%') ++p;
      out->Append(run, static_cast<size_t>(p - run + 1));
      continue;
    }
    ++p;
    switch (*p) {
      case 's': {
        const char* text = va_arg(args, const char*);
        out->Append(text != nullptr ? text : "(null)");
        break;
      }
      case 'd':
        AppendInt(out, va_arg(args, int));
        break;
      case 'u':
        AppendUint(out, va_arg(args, unsigned));
        break;
      case 'x': {
        char digits[kMaxIntText];
        IntFormat hex;
        hex.base = 16;
        out->Append(digits, FormatUint(va_arg(args, unsigned), hex, digits, sizeof(digits)));
        break;
      }
      case 'c': {
        char encoded[4];
        out->Append(encoded, EncodeUtf8(static_cast<uint32_t>(va_arg(args, int)), encoded));
        break;
      }
      case 'z':
        AppendUint(out, va_arg(args, size_t));
        break;
      case 'i':
        AppendInt(out, va_arg(args, intptr_t));
        break;
      case 'q': {
        const char* text;
        size_t length;
        if (NameText(va_arg(args, uint32_t), &text, &length)) out->Append(text, length);
        break;
      }
      case 'T':
        out->Append(TypeName(va_arg(args, Value)));
        break;
      case 'R':
      case 'S': {
        const Value value = va_arg(args, Value);
        MICA_TRY(Print(out->AsPrinter(), value, *p == 'R' ? PrintKind::kRepr : PrintKind::kStr));
        break;
      }
      case '%':
        out->AppendChar('%');
        break;
      case 0:
        return Value::None();
      default:
        out->AppendChar('%');
        out->AppendChar(*p);
        break;
    }
  }
  return Value::None();
}

}  // namespace

Value Raise(Value exception) {
  if (IsException(exception)) return SetPending(exception);
  if (IsType(exception) && (AsType(exception)->flags & kTypeIsException) != 0) {
    const Value instance = CallValue(exception, nullptr, 0, 0);
    MICA_TRY(instance);
    if (!IsException(instance)) return RaiseTypeError("exceptions must derive from BaseException");
    return SetPending(instance);
  }
  return RaiseTypeError("exceptions must derive from BaseException");
}

Value RaiseNew(const Type* type, const char* message) {
  const Value exception = message == nullptr ? NewException(type, nullptr, 0) : NewExceptionWithMessage(type, message);
  MICA_TRY(exception);
  return SetPending(exception);
}

Value RaiseFormatV(const Type* type, const char* format, va_list args) {
  Value message;
  {
    StringBuilder builder;
    MICA_TRY(FormatMessage(&builder, format, args));
    message = builder.Finish();
  }
  MICA_TRY(message);
  const Value exception = NewException(type, &message, 1);
  MICA_TRY(exception);
  return SetPending(exception);
}

Value RaiseFormat(const Type* type, const char* format, ...) {
  va_list args;
  va_start(args, format);
  const Value result = RaiseFormatV(type, format, args);
  va_end(args);
  return result;
}

Value RaiseMemoryError() {
  RuntimeState& state = State();
  ResetException(&state.memory_error, &kMemoryErrorType);
  return SetPending(Value::FromObject(&state.memory_error.header));
}

Value RaiseRecursionError() {
  RuntimeState& state = State();
  const Value args = state.recursion_error.args;
  ResetException(&state.recursion_error, &kRuntimeErrorType);
  if (!args.IsNull()) state.recursion_error.args = args;
  return SetPending(Value::FromObject(&state.recursion_error.header));
}

Value CheckCStack() {
  const uintptr_t limit = State().c_stack_limit;
  if (limit != 0 && reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) < limit) return RaiseRecursionError();
  return Value::None();
}

Value RaiseTypeError(const char* message) { return RaiseNew(&kTypeErrorType, message); }
Value RaiseValueError(const char* message) { return RaiseNew(&kValueErrorType, message); }
Value RaiseIndexError(const char* message) { return RaiseNew(&kIndexErrorType, message); }
Value RaiseZeroDivision(const char* message) { return RaiseNew(&kZeroDivisionErrorType, message); }
Value RaiseOverflowError(const char* message) { return RaiseNew(&kOverflowErrorType, message); }

Value RaiseKeyError(Value key) {
  const Value exception = NewException(&kKeyErrorType, &key, 1);
  MICA_TRY(exception);
  return SetPending(exception);
}

Value RaiseAttributeError(Value object, uint32_t name) {
  if (IsType(object)) {
    size_t length;
    const char* type_name = TypeNameOf(AsType(object), &length);
    return RaiseFormat(&kAttributeErrorType, "type object '%s' has no attribute '%q'", type_name, name);
  }
  return RaiseFormat(&kAttributeErrorType, "'%T' object has no attribute '%q'", object, name);
}

Value RaiseStopIteration(Value value) {
  const Value exception = value.IsNull() ? NewException(&kStopIterationType, nullptr, 0)
                                         : NewException(&kStopIterationType, &value, 1);
  MICA_TRY(exception);
  return SetPending(exception);
}

Value PendingException() { return State().pending_exception; }

void ClearPendingException() { State().pending_exception = Value(); }

bool PendingIs(const Type* type) {
  const Value pending = State().pending_exception;
  return !pending.IsNull() && IsInstance(pending, type);
}

void SetSubtypeHook(SubtypeHook hook) { g_subtype_hook = hook; }

bool IsSubtype(const Type* sub, const Type* type) {
  if (sub == type || type == &kObjectType) return true;
  if (g_subtype_hook != nullptr && ((sub->flags | type->flags) & kTypeIsUserClass) != 0) {
    return g_subtype_hook(sub, type);
  }
  for (const Type* t = sub->base; t != nullptr; t = t->base) {
    if (t == type) return true;
  }
  return false;
}

bool IsInstance(Value v, const Type* t) { return IsSubtype(TypeOf(v), t); }

}  // namespace mica
