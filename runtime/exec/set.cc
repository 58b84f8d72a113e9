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
  if (op >= BinaryOp::kInplaceAdd && op <= BinaryOp::kInplaceXor) {
    // A frozenset's in-place operators are the plain ones (a new frozenset rebinds the name).
    if (!IsSet(lhs)) return Value();
    // A set changes in place, so every name bound to it sees the result (`b = a; a -= c` changes b too).
    if (op != BinaryOp::kInplaceOr) {
      const Value result = SetBinaryOp(static_cast<BinaryOp>(static_cast<uint8_t>(op) - kInplaceOffset), lhs, rhs);
      MICA_TRY(result);
      if (result.IsNull()) return result;
      reinterpret_cast<SetObject*>(lhs.AsObject())->dict = DictOf(result);
      return lhs;
    }
  }
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

// ---- Methods ----------------------------------------------------------------------------------------------

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

// An operand of the set methods: any iterable (the operators take only sets).
Value AsSetOperand(Value v) { return IsAnySet(v) ? v : SetFrom(v); }

Value WithOperand(const Value* args, BinaryOp op) {
  MICA_TRY(CheckAnySet(args[0]));
  const Value other = AsSetOperand(args[1]);
  MICA_TRY(other);
  return SetBinaryOp(op, args[0], other);
}

// union/intersection/difference(*others): the operator applied to each in turn; with no others, a copy.
Value WithOperands(const Value* args, uint32_t n_pos, BinaryOp op) {
  MICA_TRY(CheckAnySet(args[0]));
  Value result = SetFrom(args[0], SetTypeOf(args[0]));
  for (uint32_t i = 1; i < n_pos; ++i) {
    MICA_TRY(result);
    const Value other = AsSetOperand(args[i]);
    MICA_TRY(other);
    result = SetBinaryOp(op, result, other);
  }
  return result;
}

// The *_update methods: the in-place operator with each operand in turn.
Value UpdateWithOperands(const Value* args, uint32_t n_pos, BinaryOp op) {
  MICA_TRY(CheckSet(args[0]));
  for (uint32_t i = 1; i < n_pos; ++i) {
    const Value other = AsSetOperand(args[i]);
    MICA_TRY(other);
    MICA_TRY(SetBinaryOp(op, args[0], other));
  }
  return Value::None();
}

Value MethodUnion(const Value* args, uint32_t n_pos, uint32_t) { return WithOperands(args, n_pos, BinaryOp::kOr); }
Value MethodIntersection(const Value* args, uint32_t n_pos, uint32_t) {
  return WithOperands(args, n_pos, BinaryOp::kAnd);
}
Value MethodDifference(const Value* args, uint32_t n_pos, uint32_t) {
  return WithOperands(args, n_pos, BinaryOp::kSubtract);
}
Value MethodSymmetricDifference(const Value* args, uint32_t, uint32_t) {
  return WithOperand(args, BinaryOp::kXor);
}
Value MethodIntersectionUpdate(const Value* args, uint32_t n_pos, uint32_t) {
  return UpdateWithOperands(args, n_pos, BinaryOp::kInplaceAnd);
}
Value MethodDifferenceUpdate(const Value* args, uint32_t n_pos, uint32_t) {
  return UpdateWithOperands(args, n_pos, BinaryOp::kInplaceSubtract);
}
Value MethodSymmetricDifferenceUpdate(const Value* args, uint32_t n_pos, uint32_t) {
  return UpdateWithOperands(args, n_pos, BinaryOp::kInplaceXor);
}
Value MethodIsSubset(const Value* args, uint32_t, uint32_t) { return WithOperand(args, BinaryOp::kLessEqual); }
Value MethodIsSuperset(const Value* args, uint32_t, uint32_t) {
  return WithOperand(args, BinaryOp::kGreaterEqual);
}
Value MethodIsDisjoint(const Value* args, uint32_t, uint32_t) {
  const Value common = WithOperand(args, BinaryOp::kAnd);
  MICA_TRY(common);
  return Value::Bool(DictLength(DictOf(common)) == 0);
}

// Both types' members, sorted by name id; a frozenset has only the methods that do not mutate.
constexpr BuiltinFunction kSetAdd = MakeMethod(&kSetType, names::add, 2, 2, MethodAdd);
constexpr BuiltinFunction kSetClear = MakeMethod(&kSetType, names::clear, 1, 1, MethodClear);
constexpr BuiltinFunction kSetCopy = MakeMethod(&kSetType, names::copy, 1, 1, MethodCopy);
constexpr BuiltinFunction kSetDifference = MakeMethod(&kSetType, names::difference, 1, kVariadic, MethodDifference);
constexpr BuiltinFunction kSetDifferenceUpdate =
    MakeMethod(&kSetType, names::difference_update, 1, kVariadic, MethodDifferenceUpdate);
constexpr BuiltinFunction kSetDiscard = MakeMethod(&kSetType, names::discard, 2, 2, MethodDiscard);
constexpr BuiltinFunction kSetIntersection =
    MakeMethod(&kSetType, names::intersection, 1, kVariadic, MethodIntersection);
constexpr BuiltinFunction kSetIntersectionUpdate =
    MakeMethod(&kSetType, names::intersection_update, 1, kVariadic, MethodIntersectionUpdate);
constexpr BuiltinFunction kSetIsDisjoint = MakeMethod(&kSetType, names::isdisjoint, 2, 2, MethodIsDisjoint);
constexpr BuiltinFunction kSetIsSubset = MakeMethod(&kSetType, names::issubset, 2, 2, MethodIsSubset);
constexpr BuiltinFunction kSetIsSuperset = MakeMethod(&kSetType, names::issuperset, 2, 2, MethodIsSuperset);
constexpr BuiltinFunction kSetPop = MakeMethod(&kSetType, names::pop, 1, 1, MethodPop);
constexpr BuiltinFunction kSetRemove = MakeMethod(&kSetType, names::remove, 2, 2, MethodRemove);
constexpr BuiltinFunction kSetSymmetricDifference =
    MakeMethod(&kSetType, names::symmetric_difference, 2, 2, MethodSymmetricDifference);
constexpr BuiltinFunction kSetSymmetricDifferenceUpdate =
    MakeMethod(&kSetType, names::symmetric_difference_update, 2, 2, MethodSymmetricDifferenceUpdate);
constexpr BuiltinFunction kSetUnion = MakeMethod(&kSetType, names::union_, 1, kVariadic, MethodUnion);
constexpr BuiltinFunction kSetUpdate = MakeMethod(&kSetType, names::update, 1, kVariadic, MethodUpdate);

constexpr BuiltinFunction kFrozenSetCopy = MakeMethod(&kFrozenSetType, names::copy, 1, 1, MethodCopy);
constexpr BuiltinFunction kFrozenSetDifference =
    MakeMethod(&kFrozenSetType, names::difference, 1, kVariadic, MethodDifference);
constexpr BuiltinFunction kFrozenSetIntersection =
    MakeMethod(&kFrozenSetType, names::intersection, 1, kVariadic, MethodIntersection);
constexpr BuiltinFunction kFrozenSetIsDisjoint =
    MakeMethod(&kFrozenSetType, names::isdisjoint, 2, 2, MethodIsDisjoint);
constexpr BuiltinFunction kFrozenSetIsSubset = MakeMethod(&kFrozenSetType, names::issubset, 2, 2, MethodIsSubset);
constexpr BuiltinFunction kFrozenSetIsSuperset =
    MakeMethod(&kFrozenSetType, names::issuperset, 2, 2, MethodIsSuperset);
constexpr BuiltinFunction kFrozenSetSymmetricDifference =
    MakeMethod(&kFrozenSetType, names::symmetric_difference, 2, 2, MethodSymmetricDifference);
constexpr BuiltinFunction kFrozenSetUnion = MakeMethod(&kFrozenSetType, names::union_, 1, kVariadic, MethodUnion);

constexpr Member kSetMembers[] = {
    {names::add, &kSetAdd.header},
    {names::clear, &kSetClear.header},
    {names::copy, &kSetCopy.header},
    {names::difference, &kSetDifference.header},
    {names::difference_update, &kSetDifferenceUpdate.header},
    {names::discard, &kSetDiscard.header},
    {names::intersection, &kSetIntersection.header},
    {names::intersection_update, &kSetIntersectionUpdate.header},
    {names::isdisjoint, &kSetIsDisjoint.header},
    {names::issubset, &kSetIsSubset.header},
    {names::issuperset, &kSetIsSuperset.header},
    {names::pop, &kSetPop.header},
    {names::remove, &kSetRemove.header},
    {names::symmetric_difference, &kSetSymmetricDifference.header},
    {names::symmetric_difference_update, &kSetSymmetricDifferenceUpdate.header},
    {names::union_, &kSetUnion.header},
    {names::update, &kSetUpdate.header},
};
static_assert(MembersSorted(kSetMembers, sizeof(kSetMembers) / sizeof(kSetMembers[0])), "sorted by name id");

constexpr Member kFrozenSetMembers[] = {
    {names::copy, &kFrozenSetCopy.header},
    {names::difference, &kFrozenSetDifference.header},
    {names::intersection, &kFrozenSetIntersection.header},
    {names::isdisjoint, &kFrozenSetIsDisjoint.header},
    {names::issubset, &kFrozenSetIsSubset.header},
    {names::issuperset, &kFrozenSetIsSuperset.header},
    {names::symmetric_difference, &kFrozenSetSymmetricDifference.header},
    {names::union_, &kFrozenSetUnion.header},
};
static_assert(MembersSorted(kFrozenSetMembers, sizeof(kFrozenSetMembers) / sizeof(kFrozenSetMembers[0])),
              "sorted by name id");

}  // namespace

const Type kSetType = {
    {&kTypeType}, names::set, kTypeSubclassable, nullptr, SetMakeNew, SetPrint, nullptr, SetUnaryOp, SetBinaryOp,
    nullptr,      nullptr,    SetGetIter,        nullptr, {kSetMembers, sizeof(kSetMembers) / sizeof(kSetMembers[0])},
};

const Type kFrozenSetType = {
    {&kTypeType}, names::frozenset, 0,          nullptr, FrozenSetMakeNew, SetPrint, nullptr, SetUnaryOp,
    SetBinaryOp,  nullptr,          nullptr,    SetGetIter, nullptr,
    {kFrozenSetMembers, sizeof(kFrozenSetMembers) / sizeof(kFrozenSetMembers[0])},
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

}  // namespace mica
