#include "runtime/objects/object_ops.h"

#include <string.h>

#include "runtime/int_format.h"
#include "runtime/names.h"
#include "runtime/objects/bound_method.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/iterators.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/none_bool.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/type_type.h"

namespace mica {

const Type* TypeOf(Value value) {
  if (value.IsSmallInt()) return &kIntType;
  if (value.IsName()) return &kStrType;
  if (value.IsObject()) return value.AsObject()->type;
  if (value.IsNone()) return &kNoneType;
  if (value.IsBool()) return &kBoolType;
  if (value.Is(Value::Ellipsis())) return &kEllipsisType;
  if (value.Is(Value::NotImplemented())) return &kNotImplementedType;
  return &kNoneType;  // kException, kUnbound and null are not Python values
}

namespace {

bool Declined(Value result) { return result.IsNull() || result.Is(Value::NotImplemented()); }

const char* OperatorSymbol(BinaryOp op) {
  static const char* const kSymbols[] = {"+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^"};
  const uint8_t index = static_cast<uint8_t>(op);
  if (index < kInplaceOffset) return kSymbols[index];
  if (index < static_cast<uint8_t>(BinaryOp::kLess)) {
    static const char* const kInplace[] = {"+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=",
                                           "&=", "|=", "^="};
    return kInplace[index - kInplaceOffset];
  }
  static const char* const kCompare[] = {"<", "<=", "==", "!=", ">", ">="};
  if (op <= BinaryOp::kGreaterEqual) return kCompare[index - static_cast<uint8_t>(BinaryOp::kLess)];
  return "in";
}

bool IsUserClass(const Type* type) { return (type->flags & kTypeIsUserClass) != 0; }

// Binds a member found on an instance's type.
Value BindMember(const Member* member, Value object) {
  const Value value = Value::FromObject(member->object);
  if (member->object->type == &kBuiltinFunctionType) {
    const BuiltinFunction* function = reinterpret_cast<const BuiltinFunction*>(member->object);
    if ((function->flags & kBuiltinStatic) != 0) return value;
    if ((function->flags & kBuiltinClassMethod) != 0) return NewBoundMethod(value, TypeValue(TypeOf(object)));
    return NewBoundMethod(value, object);
  }
  return value;
}

}  // namespace

// ---- Text ----------------------------------------------------------------------------------------------------

const char* TypeNameOf(const Type* type, size_t* length) {
  const char* data = "?";
  size_t n = 1;
  NameText(type->name, &data, &n);
  if (length != nullptr) *length = n;
  return data;
}

const char* TypeName(Value v) { return TypeNameOf(TypeOf(v)); }

Value Print(const Printer& printer, Value v, PrintKind kind) {
  const Type* type = TypeOf(v);
  if (type->print != nullptr) return type->print(printer, v, kind);
  char address[kMaxIntText];
  IntFormat hex;
  hex.base = 16;
  hex.prefix = true;
  const size_t length = FormatUint(v.bits(), hex, address, sizeof(address));
  printer.Write("<", 1);
  printer.Write(TypeNameOf(type));
  printer.Write(" object at ", 11);
  printer.Write(address, length);
  printer.Write(">", 1);
  return Value::None();
}

static Value ToText(Value v, PrintKind kind) {
  if (kind == PrintKind::kStr && IsStr(v)) return v;
  StringBuilder builder;
  MICA_TRY(Print(builder.AsPrinter(), v, kind));
  return builder.Finish();
}

Value Repr(Value v) { return ToText(v, PrintKind::kRepr); }
Value Str(Value v) { return ToText(v, PrintKind::kStr); }

Value ReprEnter(Value container, bool* already_active) {
  MICA_TRY(CheckCStack());
  RuntimeState& state = State();
  *already_active = false;
  for (uint32_t i = 0; i < state.repr_guard_depth; ++i) {
    if (state.repr_guard[i].Is(container)) {
      *already_active = true;
      return Value::None();
    }
  }
  if (state.repr_guard_depth < kReprGuardDepth) state.repr_guard[state.repr_guard_depth++] = container;
  return Value::None();
}

void ReprLeave(Value container) {
  RuntimeState& state = State();
  if (state.repr_guard_depth > 0 && state.repr_guard[state.repr_guard_depth - 1].Is(container)) {
    state.repr_guard[--state.repr_guard_depth] = Value();
  }
}

// ---- Hashing and comparison ----------------------------------------------------------------------------------

Value HashToValue(intptr_t hash) {
  if (Value::FitsSmallInt(hash)) return Value::SmallInt(hash);
  // Keep the low bits, sign-extended from the small-int width: the same fold for every type.
  const intptr_t folded = static_cast<intptr_t>(static_cast<uintptr_t>(hash) << 1) >> 1;
  return Value::SmallInt(folded);
}

Value Hash(Value v) {
  if (v.IsSmallInt()) return HashToValue(IntHash(v));
  if (v.IsName()) return HashToValue(static_cast<intptr_t>(static_cast<int32_t>(NameHash(v.AsNameId()))));
  const Type* type = TypeOf(v);
  if (type->unary_op == nullptr) return HashToValue(static_cast<intptr_t>(v.bits() >> 3));
  const Value result = type->unary_op(UnaryOp::kHash, v);
  if (result.IsNull()) return RaiseFormat(&kTypeErrorType, "unhashable type: '%T'", v);
  return result;
}

bool HashWord(Value v, uintptr_t* out) {
  const Value hash = Hash(v);
  if (hash.IsException()) return false;
  if (!hash.IsSmallInt()) {
    RaiseTypeError("__hash__ method should return an integer");
    return false;
  }
  *out = static_cast<uintptr_t>(hash.AsSmallInt());
  return true;
}

Value Compare(BinaryOp op, Value a, Value b) {
  if (a.IsSmallInt() && b.IsSmallInt()) {
    const intptr_t x = a.AsSmallInt();
    const intptr_t y = b.AsSmallInt();
    switch (op) {
      case BinaryOp::kLess: return Value::Bool(x < y);
      case BinaryOp::kLessEqual: return Value::Bool(x <= y);
      case BinaryOp::kEqual: return Value::Bool(x == y);
      case BinaryOp::kNotEqual: return Value::Bool(x != y);
      case BinaryOp::kGreater: return Value::Bool(x > y);
      default: return Value::Bool(x >= y);
    }
  }
  const Type* a_type = TypeOf(a);
  const Type* b_type = TypeOf(b);
  // A user subclass of the left operand's type gets the first say, as in CPython.
  const bool b_first = a_type != b_type && IsUserClass(b_type) && IsSubtype(b_type, a_type);
  const Type* first = b_first ? b_type : a_type;
  const Type* second = b_first ? a_type : b_type;
  if (first->binary_op != nullptr) {
    const Value result = first->binary_op(op, a, b);
    if (!Declined(result)) return result;
  }
  if (second != first && second->binary_op != nullptr) {
    const Value result = second->binary_op(op, a, b);
    if (!Declined(result)) return result;
  }
  if (op == BinaryOp::kEqual) return Value::Bool(a.Is(b));
  if (op == BinaryOp::kNotEqual) return Value::Bool(!a.Is(b));
  return RaiseFormat(&kTypeErrorType, "'%s' not supported between instances of '%T' and '%T'", OperatorSymbol(op),
                     a, b);
}

Value Equals(Value a, Value b) {
  if (a.Is(b)) return Value::True();
  if (a.IsSmallInt() && b.IsSmallInt()) return Value::False();
  if (a.IsName() && b.IsName()) return Value::False();
  if (IsStr(a) && IsStr(b)) return Value::Bool(StrEquals(a, b));
  const Value result = Compare(BinaryOp::kEqual, a, b);
  if (result.IsException() || result.IsBool()) return result;
  return Truth(result);
}

bool EqualsBool(Value a, Value b, bool* failed) {
  const Value result = Equals(a, b);
  *failed = result.IsException();
  return result.IsTrue();
}

// ---- Operators -----------------------------------------------------------------------------------------------

Value BinaryOperation(BinaryOp op, Value lhs, Value rhs) {
  if (op >= BinaryOp::kLess && op <= BinaryOp::kGreaterEqual) return Compare(op, lhs, rhs);
  if (op == BinaryOp::kContains) return Contains(lhs, rhs);
  const Type* lhs_type = TypeOf(lhs);
  const Type* rhs_type = TypeOf(rhs);
  BinaryOp plain = op;
  if (static_cast<uint8_t>(op) >= kInplaceOffset) {
    if (lhs_type->binary_op != nullptr) {
      const Value result = lhs_type->binary_op(op, lhs, rhs);
      if (!Declined(result)) return result;
    }
    plain = static_cast<BinaryOp>(static_cast<uint8_t>(op) - kInplaceOffset);
  }
  if (lhs.IsSmallInt() && rhs.IsSmallInt()) {
    // int declines only `/`, and only where the build has no float (float = none): then it is unsupported.
    const Value result = IntBinaryOp(plain, lhs, rhs);
    if (!Declined(result)) return result;
  } else {
    const bool rhs_first = lhs_type != rhs_type && IsUserClass(rhs_type) && IsSubtype(rhs_type, lhs_type);
    const Type* first = rhs_first ? rhs_type : lhs_type;
    const Type* second = rhs_first ? lhs_type : rhs_type;
    if (first->binary_op != nullptr) {
      const Value result = first->binary_op(plain, lhs, rhs);
      if (!Declined(result)) return result;
    }
    if (second != first && second->binary_op != nullptr) {
      const Value result = second->binary_op(plain, lhs, rhs);
      if (!Declined(result)) return result;
    }
  }
  return RaiseFormat(&kTypeErrorType, "unsupported operand type(s) for %s: '%T' and '%T'", OperatorSymbol(op), lhs,
                     rhs);
}

Value UnaryOperation(UnaryOp op, Value v) {
  switch (op) {
    case UnaryOp::kBool: return Truth(v);
    case UnaryOp::kLen: return Len(v);
    case UnaryOp::kHash: return Hash(v);
    default: break;
  }
  if (v.IsSmallInt() || v.IsBool()) return IntUnaryOp(op, v);
  const Type* type = TypeOf(v);
  if (type->unary_op != nullptr) {
    const Value result = type->unary_op(op, v);
    if (!Declined(result)) return result;
  }
  if (op == UnaryOp::kAbs) return RaiseFormat(&kTypeErrorType, "bad operand type for abs(): '%T'", v);
  const char* symbol = op == UnaryOp::kNegative ? "-" : (op == UnaryOp::kPositive ? "+" : "~");
  return RaiseFormat(&kTypeErrorType, "bad operand type for unary %s: '%T'", symbol, v);
}

Value Contains(Value container, Value item) {
  const Type* type = TypeOf(container);
  if (type->binary_op != nullptr) {
    const Value result = type->binary_op(BinaryOp::kContains, container, item);
    if (!Declined(result)) {
      if (result.IsException() || result.IsBool()) return result;
      return Truth(result);
    }
  }
  if (type->get_iter == nullptr && type->subscript == nullptr) {
    return RaiseFormat(&kTypeErrorType, "argument of type '%T' is not iterable", container);
  }
  const Value iterator = GetIter(container);
  MICA_TRY(iterator);
  while (true) {
    const Value next = IterNext(iterator);
    if (next.IsNull()) return Value::False();
    MICA_TRY(next);
    const Value equal = Equals(next, item);
    MICA_TRY(equal);
    if (equal.IsTrue()) return Value::True();
  }
}

Value Power(Value base, Value exponent, Value modulus) {
  if (modulus.IsNone() || modulus.IsNull()) return BinaryOperation(BinaryOp::kPower, base, exponent);
  if (IsInt(base) && IsInt(exponent) && IsInt(modulus)) return IntPowMod(base, exponent, modulus);
  return RaiseTypeError("pow() 3rd argument not allowed unless all arguments are integers");
}

Value Truth(Value v) {
  if (v.IsBool()) return v;
  if (v.IsNone()) return Value::False();
  if (v.IsSmallInt()) return Value::Bool(v.AsSmallInt() != 0);
  if (v.IsName()) return Value::Bool(v.AsNameId() != names::kEmpty);
  const Type* type = TypeOf(v);
  if (type->unary_op == nullptr) return Value::True();
  Value result = type->unary_op(UnaryOp::kBool, v);
  if (result.IsNull()) {
    result = type->unary_op(UnaryOp::kLen, v);
    if (result.IsNull()) return Value::True();
    MICA_TRY(result);
    return Value::Bool(!result.IsSmallInt() || result.AsSmallInt() != 0);
  }
  MICA_TRY(result);
  if (!result.IsBool()) return RaiseFormat(&kTypeErrorType, "__bool__ should return bool, returned %T", result);
  return result;
}

Value Len(Value v) {
  const Type* type = TypeOf(v);
  if (type->unary_op != nullptr) {
    const Value result = type->unary_op(UnaryOp::kLen, v);
    if (!result.IsNull()) return result;
  }
  return RaiseFormat(&kTypeErrorType, "object of type '%T' has no len()", v);
}

// ---- Iteration -----------------------------------------------------------------------------------------------

Value GetIter(Value v) {
  const Type* type = TypeOf(v);
  if (type->get_iter != nullptr) {
    const Value result = type->get_iter(v);
    if (!result.IsNull()) return result;
  }
  if (type->subscript != nullptr && !v.IsSmallInt()) return NewSequenceIterator(v);
  return RaiseFormat(&kTypeErrorType, "'%T' object is not iterable", v);
}

Value IterNext(Value iterator) {
  const Type* type = TypeOf(iterator);
  if (type->iter_next == nullptr) return RaiseFormat(&kTypeErrorType, "'%T' object is not an iterator", iterator);
  return type->iter_next(iterator);
}

// ---- Subscripts ----------------------------------------------------------------------------------------------

Value LoadSubscript(Value object, Value index) {
  const Type* type = TypeOf(object);
  if (type->subscript != nullptr) {
    const Value result = type->subscript(object, index, Value());
    if (!result.IsNull()) return result;
  }
  if (IsType(object)) return RaiseFormat(&kTypeErrorType, "type '%s' is not subscriptable",
                                         TypeNameOf(AsType(object)));
  return RaiseFormat(&kTypeErrorType, "'%T' object is not subscriptable", object);
}

Value StoreSubscript(Value object, Value index, Value value) {
  const Type* type = TypeOf(object);
  if (type->subscript != nullptr) {
    const Value result = type->subscript(object, index, value);
    if (!result.IsNull()) return result.IsException() ? result : Value::None();
  }
  return RaiseFormat(&kTypeErrorType, "'%T' object does not support item assignment", object);
}

Value DeleteSubscript(Value object, Value index) {
  const Type* type = TypeOf(object);
  if (type->subscript != nullptr) {
    const Value result = type->subscript(object, index, Value::Unbound());
    if (!result.IsNull()) return result.IsException() ? result : Value::None();
  }
  return RaiseFormat(&kTypeErrorType, "'%T' object doesn't support item deletion", object);
}

// ---- Attributes ----------------------------------------------------------------------------------------------

const Member* FindMember(const Type* type, uint32_t name) {
  for (const Type* t = type; t != nullptr; t = t->base) {
    const Member* members = t->members.members;
    uint32_t low = 0;
    uint32_t high = t->members.count;
    while (low < high) {
      const uint32_t middle = low + (high - low) / 2;
      if (members[middle].name == name) return &members[middle];
      if (members[middle].name < name) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
  }
  return nullptr;
}

Value LookupAttr(Value object, uint32_t name) {
  const Type* type = TypeOf(object);
  const bool user_class = IsUserClass(type);
  Value value;
  if (user_class && type->attr != nullptr) {
    const Value status = type->attr(object, name, AttrOp::kLoad, &value);
    MICA_TRY(status);
    if (!status.IsNull() && !value.IsNull()) return value;
  }
  if (IsType(object) && !IsUserClass(AsType(object))) {
    // A built-in type's own members come unbound (str.join), class methods bound to the type.
    const Member* member = FindMember(AsType(object), name);
    if (member != nullptr) {
      const Value found = Value::FromObject(member->object);
      if (member->object->type == &kBuiltinFunctionType &&
          (reinterpret_cast<const BuiltinFunction*>(member->object)->flags & kBuiltinClassMethod) != 0) {
        return NewBoundMethod(found, object);
      }
      return found;
    }
  } else {
    const Member* member = FindMember(type, name);
    if (member != nullptr) return BindMember(member, object);
  }
  if (!user_class && type->attr != nullptr) {
    const Value status = type->attr(object, name, AttrOp::kLoad, &value);
    MICA_TRY(status);
    if (!status.IsNull() && !value.IsNull()) return value;
  }
  if (name == names::__class__) return TypeValue(type);
  return Value();
}

Value LoadAttr(Value object, uint32_t name) {
  const Value value = LookupAttr(object, name);
  if (value.IsNull()) return RaiseAttributeError(object, name);
  return value;
}

static Value SetAttr(Value object, uint32_t name, AttrOp op, Value value) {
  const Type* type = TypeOf(object);
  if (type->attr != nullptr) {
    const Value status = type->attr(object, name, op, &value);
    MICA_TRY(status);
    if (!status.IsNull()) return Value::None();
  }
  if (FindMember(type, name) != nullptr) {
    return RaiseFormat(&kAttributeErrorType, "'%T' object attribute '%q' is read-only", object, name);
  }
  return RaiseAttributeError(object, name);
}

Value StoreAttr(Value object, uint32_t name, Value value) { return SetAttr(object, name, AttrOp::kStore, value); }
Value DeleteAttr(Value object, uint32_t name) { return SetAttr(object, name, AttrOp::kDelete, Value()); }

Value LoadMethod(Value object, uint32_t name, Value out[2]) {
  const Type* type = TypeOf(object);
  if (!IsUserClass(type) && !IsType(object)) {
    const Member* member = FindMember(type, name);
    if (member != nullptr && member->object->type == &kBuiltinFunctionType &&
        (reinterpret_cast<const BuiltinFunction*>(member->object)->flags & (kBuiltinStatic | kBuiltinClassMethod)) ==
            0) {
      out[0] = Value::FromObject(member->object);
      out[1] = object;
      return Value::None();
    }
  }
  const Value value = LoadAttr(object, name);
  MICA_TRY(value);
  out[0] = value;
  out[1] = Value();
  return Value::None();
}

// ---- Calls ---------------------------------------------------------------------------------------------------

Value CallValue(Value callable, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const Type* type = TypeOf(callable);
  if (type->call == nullptr) return RaiseFormat(&kTypeErrorType, "'%T' object is not callable", callable);
  MICA_TRY(CheckCStack());
  return type->call(callable, args, n_pos, n_kw);
}

Value CallMethod(Value object, uint32_t name, const Value* args, uint32_t n_pos) {
  Value method[2];
  MICA_TRY(LoadMethod(object, name, method));
  if (method[1].IsNull()) return CallValue(method[0], args, n_pos, 0);
  if (n_pos > 8) return CallWithSelf(method[0], method[1], args, n_pos, 0);
  Value buffer[9];
  buffer[0] = method[1];
  for (uint32_t i = 0; i < n_pos; ++i) buffer[i + 1] = args[i];
  return CallValue(method[0], buffer, n_pos + 1, 0);
}

Value CheckArgCount(const char* function, uint32_t n_pos, uint32_t n_kw, uint32_t min_pos, uint32_t max_pos) {
  if (n_kw != 0) return RaiseFormat(&kTypeErrorType, "%s() takes no keyword arguments", function);
  if (n_pos >= min_pos && n_pos <= max_pos) return Value::None();
  if (min_pos == max_pos) {
    if (min_pos == 0) return RaiseFormat(&kTypeErrorType, "%s() takes no arguments (%u given)", function, n_pos);
    if (min_pos == 1) return RaiseFormat(&kTypeErrorType, "%s() takes exactly one argument (%u given)", function, n_pos);
    return RaiseFormat(&kTypeErrorType, "%s() takes exactly %u arguments (%u given)", function, min_pos, n_pos);
  }
  if (n_pos < min_pos) {
    return RaiseFormat(&kTypeErrorType, "%s() takes at least %u argument%s (%u given)", function, min_pos,
                       min_pos == 1 ? "" : "s", n_pos);
  }
  return RaiseFormat(&kTypeErrorType, "%s() takes at most %u argument%s (%u given)", function, max_pos,
                     max_pos == 1 ? "" : "s", n_pos);
}

Value FindKeyword(const Value* args, uint32_t n_pos, uint32_t n_kw, uint32_t name) {
  const Value* pairs = args + n_pos;
  for (uint32_t i = 0; i < n_kw; ++i) {
    if (pairs[2 * i].IsName() && pairs[2 * i].AsNameId() == name) return pairs[2 * i + 1];
  }
  return Value();
}

}  // namespace mica
