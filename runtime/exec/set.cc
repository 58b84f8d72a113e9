#include "runtime/exec/set.h"

#include <string.h>

#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/bound_method.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/iterators.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

Value DictOf(Value set) {
  return reinterpret_cast<SetObject*>(set.AsObject())->dict;
}

// A new empty set or frozenset (`type`).
Value NewSetOfType(const Type* type) {
  const Value dict = NewDict();
  MICA_TRY(dict);
  Object* object = NewObject(type, sizeof(SetObject));
  if (object == nullptr) return Value::Exception();
  reinterpret_cast<SetObject*>(object)->dict = dict;
  return Value::FromObject(object);
}

const Type* SetTypeOf(Value set) { return set.AsObject()->type; }

// A new set (or frozenset: `type`) holding the items of `iterable` (any iterable, sets included).
Value SetFrom(Value iterable, const Type* type = &kSetType) {
  const Value set = NewSetOfType(type);
  MICA_TRY(set);
  if (!iterable.IsNull()) MICA_TRY(SetUpdate(set, iterable));
  return set;
}

Value SetContains(Value set, Value item) {
  const Value found = DictLookup(DictOf(set), item);
  MICA_TRY(found);
  return Value::Bool(!found.IsNull());
}

// a <= b (every item of a is in b).
Value IsSubsetOf(Value a, Value b) {
  size_t position = 0;
  Value key;
  Value value;
  while (DictNext(DictOf(a), &position, &key, &value)) {
    const Value in = SetContains(b, key);
    MICA_TRY(in);
    if (in.IsFalse()) return Value::False();
  }
  return Value::True();
}

// The items of `a` that are (keep_common) or are not (!keep_common) in `b`.
Value Filtered(Value a, Value b, bool keep_common) {
  const Value result = NewSetOfType(SetTypeOf(a));
  MICA_TRY(result);
  size_t position = 0;
  Value key;
  Value value;
  while (DictNext(DictOf(a), &position, &key, &value)) {
    const Value in = SetContains(b, key);
    MICA_TRY(in);
    if (in.IsTrue() == keep_common) MICA_TRY(SetAdd(result, key));
  }
  return result;
}

Value SetBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  if (op == BinaryOp::kContains) return SetContains(lhs, rhs);
  if (!IsAnySet(lhs) || !IsAnySet(rhs)) {
    if (op == BinaryOp::kEqual || op == BinaryOp::kNotEqual) return Value::NotImplemented();
    return Value();
  }
  // A frozenset's in-place operators are the plain ones (a new frozenset rebinds the name).
  if (op >= BinaryOp::kInplaceAdd && op <= BinaryOp::kInplaceXor && !IsSet(lhs)) return Value();
  const size_t n_lhs = DictLength(DictOf(lhs));
  const size_t n_rhs = DictLength(DictOf(rhs));
  switch (op) {
    case BinaryOp::kOr:
    case BinaryOp::kInplaceOr: {
      const Value result = op == BinaryOp::kOr ? SetFrom(lhs, SetTypeOf(lhs)) : lhs;
      MICA_TRY(result);
      MICA_TRY(SetUpdate(result, rhs));
      return result;
    }
    case BinaryOp::kAnd:
      return Filtered(lhs, rhs, true);
    case BinaryOp::kSubtract:
      return Filtered(lhs, rhs, false);
    case BinaryOp::kXor: {
      const Value result = Filtered(lhs, rhs, false);
      MICA_TRY(result);
      const Value other = Filtered(rhs, lhs, false);
      MICA_TRY(other);
      MICA_TRY(SetUpdate(result, other));
      return result;
    }
    case BinaryOp::kEqual:
    case BinaryOp::kNotEqual: {
      Value equal = Value::False();
      if (n_lhs == n_rhs) equal = IsSubsetOf(lhs, rhs);
      MICA_TRY(equal);
      return op == BinaryOp::kEqual ? equal : Value::Bool(equal.IsFalse());
    }
    case BinaryOp::kLessEqual:
      return IsSubsetOf(lhs, rhs);
    case BinaryOp::kLess:
      return n_lhs < n_rhs ? IsSubsetOf(lhs, rhs) : Value::False();
    case BinaryOp::kGreaterEqual:
      return IsSubsetOf(rhs, lhs);
    case BinaryOp::kGreater:
      return n_rhs < n_lhs ? IsSubsetOf(rhs, lhs) : Value::False();
    default:
      return Value();
  }
}

// CPython's frozenset hash: order-independent, from the items' hashes.
Value FrozenSetHash(Value self) {
  uintptr_t hash = 0;
  size_t position = 0;
  Value key;
  Value value;
  while (DictNext(DictOf(self), &position, &key, &value)) {
    uintptr_t item;
    if (!HashWord(key, &item)) return Value::Exception();
    hash ^= ((item ^ 89869747UL) ^ (item << 16)) * 3644798167UL;
  }
  hash ^= (static_cast<uintptr_t>(DictLength(DictOf(self))) + 1) * 1927868237UL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923UL;
  return HashToValue(static_cast<intptr_t>(hash));
}

Value SetUnaryOp(UnaryOp op, Value self) {
  switch (op) {
    case UnaryOp::kBool:
      return Value::Bool(DictLength(DictOf(self)) != 0);
    case UnaryOp::kLen:
      return Value::SmallInt(static_cast<intptr_t>(DictLength(DictOf(self))));
    case UnaryOp::kHash:
      if (IsSet(self)) return Value();  // unhashable
      return FrozenSetHash(self);
    default:
      return Value();  // no arithmetic
  }
}

Value SetPrint(const Printer& printer, Value self, PrintKind) {
  const Value dict = DictOf(self);
  const bool frozen = !IsSet(self);
  if (DictLength(dict) == 0) {
    printer.Write(frozen ? "frozenset()" : "set()");
    return Value::None();
  }
  bool active;
  MICA_TRY(ReprEnter(self, &active));
  if (active) {
    printer.Write(frozen ? "frozenset(...)" : "set(...)");
    return Value::None();
  }
  printer.Write(frozen ? "frozenset({" : "{");
  size_t position = 0;
  Value key;
  Value value;
  bool first = true;
  Value result = Value::None();
  while (DictNext(dict, &position, &key, &value)) {
    if (!first) printer.Write(", ");
    first = false;
    result = Print(printer, key, PrintKind::kRepr);
    if (result.IsException()) break;
  }
  ReprLeave(self);
  MICA_TRY(result);
  printer.Write(frozen ? "})" : "}");
  return Value::None();
}

Value SetGetIter(Value self) {
  return NewDictIterator(DictOf(self), kDictIterKeys);
}

Value SetMakeNew(const Type*, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  MICA_TRY(CheckArgCount("set", n_pos, n_kw, 0, 1));
  return SetFrom(n_pos == 1 ? args[0] : Value());
}

Value FrozenSetMakeNew(const Type*, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  MICA_TRY(CheckArgCount("frozenset", n_pos, n_kw, 0, 1));
  if (n_pos == 1 && args[0].IsObject() && args[0].AsObject()->type == &kFrozenSetType) return args[0];
  return SetFrom(n_pos == 1 ? args[0] : Value(), &kFrozenSetType);
}

Value CheckAnySet(Value v) {
  if (!IsAnySet(v)) return RaiseFormat(&kTypeErrorType, "descriptor requires a 'set' object but received '%T'", v);
  return Value::None();
}

// ---- Methods (named at start-up: their names are not built-in names) -------------------------------------

Value CheckSet(Value v) {
  if (!IsSet(v)) return RaiseFormat(&kTypeErrorType, "descriptor requires a 'set' object but received '%T'", v);
  return Value::None();
}

Value MethodAdd(const Value* args, uint32_t, uint32_t) {
  MICA_TRY(CheckSet(args[0]));
  MICA_TRY(SetAdd(args[0], args[1]));
  return Value::None();
}

Value MethodDiscard(const Value* args, uint32_t, uint32_t) {
  MICA_TRY(CheckSet(args[0]));
  MICA_TRY(DictRemove(DictOf(args[0]), args[1]));
  return Value::None();
}

Value MethodRemove(const Value* args, uint32_t, uint32_t) {
  MICA_TRY(CheckSet(args[0]));
  const Value removed = DictRemove(DictOf(args[0]), args[1]);
  MICA_TRY(removed);
  if (removed.IsNull()) return RaiseKeyError(args[1]);
  return Value::None();
}

Value MethodPop(const Value* args, uint32_t, uint32_t) {
  MICA_TRY(CheckSet(args[0]));
  size_t position = 0;
  Value key;
  Value value;
  if (!DictNext(DictOf(args[0]), &position, &key, &value)) return RaiseNew(&kKeyErrorType, "pop from an empty set");
  MICA_TRY(DictRemove(DictOf(args[0]), key));
  return key;
}

Value MethodClear(const Value* args, uint32_t, uint32_t) {
  MICA_TRY(CheckSet(args[0]));
  DictClear(DictOf(args[0]));
  return Value::None();
}

Value MethodCopy(const Value* args, uint32_t, uint32_t) {
  MICA_TRY(CheckAnySet(args[0]));
  if (!IsSet(args[0])) return args[0];
  return SetFrom(args[0]);
}

Value MethodUpdate(const Value* args, uint32_t n_pos, uint32_t) {
  MICA_TRY(CheckSet(args[0]));
  for (uint32_t i = 1; i < n_pos; ++i) MICA_TRY(SetUpdate(args[0], args[i]));
  return Value::None();
}

// union/intersection/difference/symmetric_difference/issubset/issuperset/isdisjoint with any iterable.
Value WithOperand(const Value* args, BinaryOp op) {
  MICA_TRY(CheckAnySet(args[0]));
  const Value other = IsAnySet(args[1]) ? args[1] : SetFrom(args[1]);
  MICA_TRY(other);
  return SetBinaryOp(op, args[0], other);
}

Value MethodUnion(const Value* args, uint32_t, uint32_t) { return WithOperand(args, BinaryOp::kOr); }
Value MethodIntersection(const Value* args, uint32_t, uint32_t) { return WithOperand(args, BinaryOp::kAnd); }
Value MethodDifference(const Value* args, uint32_t, uint32_t) { return WithOperand(args, BinaryOp::kSubtract); }
Value MethodSymmetricDifference(const Value* args, uint32_t, uint32_t) {
  return WithOperand(args, BinaryOp::kXor);
}
Value MethodIsSubset(const Value* args, uint32_t, uint32_t) { return WithOperand(args, BinaryOp::kLessEqual); }
Value MethodIsSuperset(const Value* args, uint32_t, uint32_t) {
  return WithOperand(args, BinaryOp::kGreaterEqual);
}
Value MethodIsDisjoint(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const Value common = MethodIntersection(args, n_pos, n_kw);
  MICA_TRY(common);
  return Value::Bool(DictLength(DictOf(common)) == 0);
}

struct NamedMethod {
  const char* text;
  BuiltinFunction function;
  bool frozen_too;  // also a frozenset method (does not mutate)
};

NamedMethod g_methods[] = {
    {"add", MakeBuiltin(0, 2, 2, MethodAdd), false},
    {"clear", MakeBuiltin(0, 1, 1, MethodClear), false},
    {"copy", MakeBuiltin(0, 1, 1, MethodCopy), true},
    {"difference", MakeBuiltin(0, 2, 2, MethodDifference), true},
    {"discard", MakeBuiltin(0, 2, 2, MethodDiscard), false},
    {"intersection", MakeBuiltin(0, 2, 2, MethodIntersection), true},
    {"isdisjoint", MakeBuiltin(0, 2, 2, MethodIsDisjoint), true},
    {"issubset", MakeBuiltin(0, 2, 2, MethodIsSubset), true},
    {"issuperset", MakeBuiltin(0, 2, 2, MethodIsSuperset), true},
    {"pop", MakeBuiltin(0, 1, 1, MethodPop), false},
    {"remove", MakeBuiltin(0, 2, 2, MethodRemove), false},
    {"symmetric_difference", MakeBuiltin(0, 2, 2, MethodSymmetricDifference), true},
    {"union", MakeBuiltin(0, 2, 2, MethodUnion), true},
    {"update", MakeBuiltin(0, 1, kVariadic, MethodUpdate), false},
};

Value SetAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  if (op != AttrOp::kLoad) return Value();
  const bool frozen = !IsSet(self);
  for (const NamedMethod& method : g_methods) {
    if (method.function.name != name || (frozen && !method.frozen_too)) continue;
    const Value bound = NewBoundMethod(Value::FromObject(&method.function.header), self);
    MICA_TRY(bound);
    *value = bound;
    return Value::None();
  }
  return Value();
}

}  // namespace

Type kSetType = {
    {&kTypeType}, 0,          kTypeSubclassable, nullptr,  SetMakeNew, SetPrint, nullptr,
    SetUnaryOp,   SetBinaryOp, SetAttr,          nullptr,  SetGetIter, nullptr,  {nullptr, 0},
};

Type kFrozenSetType = {
    {&kTypeType}, 0,          0,       nullptr,  FrozenSetMakeNew, SetPrint, nullptr,
    SetUnaryOp,   SetBinaryOp, SetAttr, nullptr,  SetGetIter,       nullptr,  {nullptr, 0},
};

bool IsAnySet(Value v) {
  return v.IsObject() && (v.AsObject()->type == &kSetType || v.AsObject()->type == &kFrozenSetType);
}

bool IsSet(Value v) {
  return v.IsObject() && v.AsObject()->type == &kSetType;
}

Value NewSet() {
  const Value dict = NewDict();
  MICA_TRY(dict);
  Object* object = NewObject(&kSetType, sizeof(SetObject));
  if (object == nullptr) return Value::Exception();
  reinterpret_cast<SetObject*>(object)->dict = dict;
  return Value::FromObject(object);
}

Value SetAdd(Value set, Value item) {
  return DictStore(DictOf(set), item, Value::None());
}

Value SetUpdate(Value set, Value iterable) {
  const Value iterator = GetIter(iterable);
  MICA_TRY(iterator);
  for (;;) {
    const Value item = IterNext(iterator);
    MICA_TRY(item);
    if (item.IsNull()) return Value::None();
    MICA_TRY(SetAdd(set, item));
  }
}

bool InitSets() {
  const Value name = InternName("set", 3);
  if (name.IsException()) return false;
  kSetType.name = static_cast<uint16_t>(name.AsNameId());
  const Value frozen_name = InternName("frozenset", 9);
  if (frozen_name.IsException()) return false;
  kFrozenSetType.name = static_cast<uint16_t>(frozen_name.AsNameId());
  for (NamedMethod& method : g_methods) {
    const Value method_name = InternName(method.text, strlen(method.text));
    if (method_name.IsException()) return false;
    method.function.name = static_cast<uint16_t>(method_name.AsNameId());
  }
  return true;
}

}  // namespace mica
