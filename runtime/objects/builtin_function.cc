#include "runtime/objects/builtin_function.h"

#include "runtime/names.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

const BuiltinFunction* AsBuiltin(Value v) { return reinterpret_cast<const BuiltinFunction*>(v.AsObject()); }

Value BuiltinCall(Value self, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  return CallBuiltin(AsBuiltin(self), args, n_pos, n_kw);
}

Value BuiltinPrint(const Printer& printer, Value self, PrintKind) {
  const BuiltinFunction* function = AsBuiltin(self);
  const char* name;
  size_t length;
  if (!NameText(function->name, &name, &length)) {
    name = "?";
    length = 1;
  }
  if (function->owner != nullptr) {
    printer.Write("<method '", 9);
    printer.Write(name, length);
    printer.Write("' of '", 6);
    printer.Write(TypeNameOf(function->owner));
    printer.Write("' objects>", 10);
  } else {
    printer.Write("<built-in function ", 19);
    printer.Write(name, length);
    printer.Write(">", 1);
  }
  return Value::None();
}

Value BuiltinUnaryOp(UnaryOp op, Value self) {
  if (op == UnaryOp::kHash) return HashToValue(static_cast<intptr_t>(self.bits() >> 3));
  return Value();
}

Value BuiltinAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  if (op != AttrOp::kLoad) return Value();
  if (name == names::__name__ || name == names::__qualname__) {
    *value = Value::Name(AsBuiltin(self)->name);
    return Value::None();
  }
  return Value();
}

}  // namespace

constexpr Type kBuiltinFunctionType = {
    {&kTypeType}, names::builtin_function_or_method, 0, nullptr, nullptr, BuiltinPrint, BuiltinCall, BuiltinUnaryOp,
    nullptr,      BuiltinAttr, nullptr, nullptr, nullptr, MemberTable{nullptr, 0}};

bool IsBuiltinFunction(Value v) { return v.IsObject() && v.AsObject()->type == &kBuiltinFunctionType; }

Value CallBuiltin(const BuiltinFunction* function, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  if (n_kw != 0 && (function->flags & kBuiltinTakesKeywords) == 0) {
    return RaiseFormat(&kTypeErrorType, "%q() takes no keyword arguments", static_cast<uint32_t>(function->name));
  }
  if (n_pos < function->min_args || (function->max_args != kVariadic && n_pos > function->max_args)) {
    // Counts shown without self for methods, as Python users see them.
    const uint32_t self = function->owner != nullptr ? 1 : 0;
    const uint32_t given = n_pos - (n_pos >= self ? self : 0);
    const uint32_t low = function->min_args - self;
    if (function->max_args == function->min_args) {
      return RaiseFormat(&kTypeErrorType, "%q() takes exactly %u argument%s (%u given)",
                         static_cast<uint32_t>(function->name), low, low == 1 ? "" : "s", given);
    }
    if (n_pos < function->min_args) {
      return RaiseFormat(&kTypeErrorType, "%q() takes at least %u argument%s (%u given)",
                         static_cast<uint32_t>(function->name), low, low == 1 ? "" : "s", given);
    }
    const uint32_t high = function->max_args - self;
    return RaiseFormat(&kTypeErrorType, "%q() takes at most %u argument%s (%u given)",
                       static_cast<uint32_t>(function->name), high, high == 1 ? "" : "s", given);
  }
  if (function->owner != nullptr && (function->flags & (kBuiltinStatic | kBuiltinClassMethod)) == 0) {
    if (n_pos == 0 || !IsInstance(args[0], function->owner)) {
      return RaiseFormat(&kTypeErrorType, "descriptor '%q' requires a '%s' object but received a '%T'",
                         static_cast<uint32_t>(function->name), TypeNameOf(function->owner),
                         n_pos == 0 ? Value::None() : args[0]);
    }
  }
  return function->function(args, n_pos, n_kw);
}

}  // namespace mica
