#include "runtime/objects/tuple.h"

#include <string.h>

#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/iterators.h"
#include "runtime/objects/list.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/slice.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

Value TuplePrint(const Printer& printer, Value self, PrintKind) {
  if (TupleLength(self) == 1) {
    bool active;
    MICA_TRY(ReprEnter(self, &active));
    if (active) {
      printer.Write("(...)", 5);
      return Value::None();
    }
    printer.Write("(", 1);
    const Value result = Print(printer, TupleItems(self)[0], PrintKind::kRepr);
    ReprLeave(self);
    MICA_TRY(result);
    printer.Write(",)", 2);
    return Value::None();
  }
  return PrintSequence(printer, self, "(", ")");
}

// CPython's tuple hash (xxHash-based since 3.8), on the machine word.
Value TupleHash(Value self) {
  const size_t length = TupleLength(self);
#if UINTPTR_MAX > 0xFFFFFFFFu
  const uintptr_t prime1 = 11400714785074694791ULL;
  const uintptr_t prime2 = 14029467366897019727ULL;
  const uintptr_t prime5 = 2870177450012600261ULL;
  const unsigned rotate = 31;
#else
  const uintptr_t prime1 = 2654435761UL;
  const uintptr_t prime2 = 2246822519UL;
  const uintptr_t prime5 = 374761393UL;
  const unsigned rotate = 13;
#endif
  uintptr_t acc = prime5;
  for (size_t i = 0; i < length; ++i) {
    uintptr_t lane;
    if (!HashWord(TupleItems(self)[i], &lane)) return Value::Exception();
    acc += lane * prime2;
    acc = (acc << rotate) | (acc >> (sizeof(uintptr_t) * 8 - rotate));
    acc *= prime1;
  }
  acc += length ^ (prime5 ^ 3527539UL);
  return HashToValue(static_cast<intptr_t>(acc));
}

Value TupleUnaryOp(UnaryOp op, Value self) {
  switch (op) {
    case UnaryOp::kBool: return Value::Bool(TupleLength(self) != 0);
    case UnaryOp::kLen: return Value::SmallInt(static_cast<intptr_t>(TupleLength(self)));
    case UnaryOp::kHash: return TupleHash(self);
    default: return Value();
  }
}

Value Repeat(Value tuple, Value count_value) {
  intptr_t count;
  MICA_TRY(ToIndex(count_value, &count));
  const size_t length = TupleLength(tuple);
  if (count <= 0 || length == 0) return Value::FromObject(&kEmptyTuple.header);
  if (count == 1) return tuple;
  const size_t total = SaturatingMul(length, static_cast<size_t>(count));
  if (total > (static_cast<size_t>(-1) >> 1) / sizeof(Value)) return RaiseMemoryError();
  TupleObject* result = AllocateTuple(total);
  if (result == nullptr) return Value::Exception();
  for (size_t i = 0; i < static_cast<size_t>(count); ++i) {
    memcpy(result->Items() + i * length, TupleItems(tuple), length * sizeof(Value));
  }
  return Value::FromObject(&result->header);
}

Value TupleBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  switch (op) {
    case BinaryOp::kAdd: {
      if (!IsTuple(lhs) || !IsTuple(rhs)) return Value();
      const size_t a = TupleLength(lhs);
      const size_t b = TupleLength(rhs);
      if (a == 0) return rhs;
      if (b == 0) return lhs;
      TupleObject* result = AllocateTuple(a + b);
      if (result == nullptr) return Value::Exception();
      memcpy(result->Items(), TupleItems(lhs), a * sizeof(Value));
      memcpy(result->Items() + a, TupleItems(rhs), b * sizeof(Value));
      return Value::FromObject(&result->header);
    }
    case BinaryOp::kMultiply:
      if (IsTuple(lhs) && IsInt(rhs)) return Repeat(lhs, rhs);
      if (IsInt(lhs) && IsTuple(rhs)) return Repeat(rhs, lhs);
      return Value();
    case BinaryOp::kLess:
    case BinaryOp::kLessEqual:
    case BinaryOp::kEqual:
    case BinaryOp::kNotEqual:
    case BinaryOp::kGreater:
    case BinaryOp::kGreaterEqual:
      if (!IsTuple(lhs) || !IsTuple(rhs)) return Value();
      return CompareSequences(op, lhs, rhs);
    case BinaryOp::kContains: {
      const size_t length = TupleLength(lhs);
      for (size_t i = 0; i < length; ++i) {
        const Value equal = Equals(TupleItems(lhs)[i], rhs);
        MICA_TRY(equal);
        if (equal.IsTrue()) return Value::True();
      }
      return Value::False();
    }
    default:
      return Value();
  }
}

Value TupleSubscript(Value self, Value index, Value value) {
  if (!value.IsNull()) {
    return RaiseFormat(&kTypeErrorType, value.IsUnbound() ? "'%T' object doesn't support item deletion"
                                                          : "'%T' object does not support item assignment",
                       self);
  }
  const size_t length = TupleLength(self);
  if (IsSlice(index)) {
    SliceBounds bounds;
    MICA_TRY(ResolveSlice(index, length, &bounds));
    if (bounds.step == 1 && bounds.count == length) return self;
    if (bounds.count == 0) return Value::FromObject(&kEmptyTuple.header);
    TupleObject* result = AllocateTuple(bounds.count);
    if (result == nullptr) return Value::Exception();
    for (size_t i = 0; i < bounds.count; ++i) {
      result->Items()[i] = TupleItems(self)[bounds.start + static_cast<intptr_t>(i) * bounds.step];
    }
    return Value::FromObject(&result->header);
  }
  size_t position;
  MICA_TRY(NormalizeIndex(index, length, "tuple", &position));
  return TupleItems(self)[position];
}

Value TupleGetIter(Value self) { return NewSequenceIterator(self); }

Value TupleCount(const Value* args, uint32_t, uint32_t) {
  intptr_t count = 0;
  for (size_t i = 0; i < TupleLength(args[0]); ++i) {
    const Value equal = Equals(TupleItems(args[0])[i], args[1]);
    MICA_TRY(equal);
    if (equal.IsTrue()) ++count;
  }
  return Value::SmallInt(count);
}

Value TupleIndex(const Value* args, uint32_t n_pos, uint32_t) {
  size_t start;
  size_t stop;
  MICA_TRY(ResolveStartEnd(args, n_pos, 2, TupleLength(args[0]), false, &start, &stop));
  for (size_t i = start; i < stop; ++i) {
    const Value equal = Equals(TupleItems(args[0])[i], args[1]);
    MICA_TRY(equal);
    if (equal.IsTrue()) return Value::SmallInt(i);
  }
  return RaiseValueError("tuple.index(x): x not in tuple");
}

constexpr BuiltinFunction kTupleCount = MakeMethod(&kTupleType, names::count, 2, 2, TupleCount);
constexpr BuiltinFunction kTupleIndex = MakeMethod(&kTupleType, names::index, 2, 4, TupleIndex);
constexpr Member kTupleMembers[] = {{names::count, &kTupleCount.header}, {names::index, &kTupleIndex.header}};
static_assert(MembersSorted(kTupleMembers, 2), "sorted");

}  // namespace

constexpr Type kTupleType = {{&kTypeType}, names::tuple, kTypeSubclassable, nullptr,      TupleMakeNew, TuplePrint,
                             nullptr,      TupleUnaryOp, TupleBinaryOp,     nullptr,      TupleSubscript,
                             TupleGetIter, nullptr,      MemberTable{kTupleMembers, 2}};

constexpr TupleObject kEmptyTuple = {{&kTupleType}, 0};

bool IsTuple(Value v) { return v.IsObject() && v.AsObject()->type == &kTupleType; }
TupleObject* AsTuple(Value v) { return reinterpret_cast<TupleObject*>(v.AsObject()); }
size_t TupleLength(Value v) { return AsTuple(v)->length; }
const Value* TupleItems(Value v) { return AsTuple(v)->Items(); }

TupleObject* AllocateTuple(size_t n) {
  if (n > (static_cast<size_t>(-1) - sizeof(TupleObject)) / sizeof(Value)) {
    RaiseMemoryError();
    return nullptr;
  }
  Object* object = NewObject(&kTupleType, sizeof(TupleObject) + n * sizeof(Value));
  if (object == nullptr) return nullptr;
  TupleObject* tuple = reinterpret_cast<TupleObject*>(object);
  tuple->length = n;
  for (size_t i = 0; i < n; ++i) tuple->Items()[i] = Value::None();
  return tuple;
}

Value NewTuple(const Value* items, size_t n) {
  if (n == 0) return Value::FromObject(&kEmptyTuple.header);
  TupleObject* tuple = AllocateTuple(n);
  if (tuple == nullptr) return Value::Exception();
  if (items != nullptr) memcpy(tuple->Items(), items, n * sizeof(Value));
  return Value::FromObject(&tuple->header);
}

Value TupleFromIterable(Value iterable) {
  if (IsTuple(iterable)) return iterable;
  if (IsList(iterable)) return NewTuple(AsList(iterable)->items, AsList(iterable)->length);
  const Value list = ListFromIterable(iterable);
  MICA_TRY(list);
  return NewTuple(AsList(list)->items, AsList(list)->length);
}

bool SequenceItems(Value sequence, const Value** items, size_t* length) {
  if (IsTuple(sequence)) {
    *items = TupleItems(sequence);
    *length = TupleLength(sequence);
    return true;
  }
  if (IsList(sequence)) {
    *items = AsList(sequence)->items;
    *length = AsList(sequence)->length;
    return true;
  }
  return false;
}

Value CompareSequences(BinaryOp op, Value a, Value b) {
  const Value* a_items;
  const Value* b_items;
  size_t a_length;
  size_t b_length;
  SequenceItems(a, &a_items, &a_length);
  SequenceItems(b, &b_items, &b_length);
  if ((op == BinaryOp::kEqual || op == BinaryOp::kNotEqual) && a_length != b_length) {
    return Value::Bool(op == BinaryOp::kNotEqual);
  }
  bool active;
  MICA_TRY(ReprEnter(a, &active));
  size_t i = 0;
  Value result;
  while (true) {
    SequenceItems(a, &a_items, &a_length);  // comparisons can run code that changes a list
    SequenceItems(b, &b_items, &b_length);
    if (i >= a_length || i >= b_length) break;
    const Value x = a_items[i];
    const Value y = b_items[i];
    const Value equal = Equals(x, y);
    if (equal.IsException()) {
      result = equal;
      break;
    }
    if (!equal.IsTrue()) {
      if (op == BinaryOp::kEqual) {
        result = Value::False();
      } else if (op == BinaryOp::kNotEqual) {
        result = Value::True();
      } else {
        result = Compare(op, x, y);
      }
      break;
    }
    ++i;
  }
  if (!active) ReprLeave(a);
  if (!result.IsNull()) return result;
  switch (op) {
    case BinaryOp::kLess: return Value::Bool(a_length < b_length);
    case BinaryOp::kLessEqual: return Value::Bool(a_length <= b_length);
    case BinaryOp::kEqual: return Value::Bool(a_length == b_length);
    case BinaryOp::kNotEqual: return Value::Bool(a_length != b_length);
    case BinaryOp::kGreater: return Value::Bool(a_length > b_length);
    default: return Value::Bool(a_length >= b_length);
  }
}

Value PrintSequence(const Printer& printer, Value sequence, const char* open, const char* close) {
  bool active;
  MICA_TRY(ReprEnter(sequence, &active));
  if (active) {
    printer.Write(open);
    printer.Write("...", 3);
    printer.Write(close);
    return Value::None();
  }
  printer.Write(open);
  Value result = Value::None();
  for (size_t i = 0;; ++i) {
    const Value* items;
    size_t length;
    SequenceItems(sequence, &items, &length);
    if (i >= length) break;
    if (i > 0) printer.Write(", ", 2);
    result = Print(printer, items[i], PrintKind::kRepr);
    if (result.IsException()) break;
  }
  ReprLeave(sequence);
  MICA_TRY(result);
  printer.Write(close);
  return Value::None();
}

Value TupleMakeNew(const Type*, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  MICA_TRY(CheckArgCount("tuple", n_pos, n_kw, 0, 1));
  if (n_pos == 0) return Value::FromObject(&kEmptyTuple.header);
  return TupleFromIterable(args[0]);
}

}  // namespace mica
