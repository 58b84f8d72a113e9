#include "runtime/objects/range.h"

#include "gc/heap.h"
#include "runtime/int_format.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/iterators.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/slice.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

RangeObject* AsRange(Value v) { return reinterpret_cast<RangeObject*>(v.AsObject()); }

intptr_t ItemAt(const RangeObject* range, size_t index) {
  return static_cast<intptr_t>(static_cast<uintptr_t>(range->start) +
                               static_cast<uintptr_t>(index) * static_cast<uintptr_t>(range->step));
}

void WriteInt(const Printer& printer, intptr_t value) {
  char text[kMaxIntText];
  printer.Write(text, FormatInt(value, IntFormat(), text, sizeof(text)));
}

Value RangePrint(const Printer& printer, Value self, PrintKind) {
  const RangeObject* range = AsRange(self);
  printer.Write("range(", 6);
  WriteInt(printer, range->start);
  printer.Write(", ", 2);
  WriteInt(printer, range->stop);
  if (range->step != 1) {
    printer.Write(", ", 2);
    WriteInt(printer, range->step);
  }
  printer.Write(")", 1);
  return Value::None();
}

Value RangeUnaryOp(UnaryOp op, Value self) {
  const RangeObject* range = AsRange(self);
  const size_t length = RangeLength(range);
  switch (op) {
    case UnaryOp::kBool: return Value::Bool(length != 0);
    case UnaryOp::kLen:
      if (length > static_cast<size_t>(Value::kSmallIntMax)) return NewIntFromUint64(length);
      return Value::SmallInt(static_cast<intptr_t>(length));
    case UnaryOp::kHash: {
      // Equal ranges (same items) hash alike.
      uintptr_t hash = length;
      if (length > 0) hash = hash * 1000003u ^ static_cast<uintptr_t>(range->start);
      if (length > 1) hash = hash * 1000003u ^ static_cast<uintptr_t>(range->step);
      return HashToValue(static_cast<intptr_t>(hash));
    }
    default: return Value();
  }
}

// The index of `value` in the range, or -1.
intptr_t IndexOf(const RangeObject* range, Value value) {
  int64_t v;
  if (!IsInt(value) || !IntToInt64(value, &v)) return -1;
  const size_t length = RangeLength(range);
  if (length == 0) return -1;
  const int64_t offset = v - range->start;
  if (range->step > 0 ? (offset < 0) : (offset > 0)) return -1;
  if (offset % range->step != 0) return -1;
  const uint64_t index = static_cast<uint64_t>(offset / range->step);
  return index < length ? static_cast<intptr_t>(index) : -1;
}

Value RangeBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  switch (op) {
    case BinaryOp::kEqual:
    case BinaryOp::kNotEqual: {
      if (!IsRange(lhs) || !IsRange(rhs)) return Value();
      const RangeObject* a = AsRange(lhs);
      const RangeObject* b = AsRange(rhs);
      const size_t length = RangeLength(a);
      bool equal = length == RangeLength(b);
      if (equal && length > 0) equal = a->start == b->start && (length == 1 || a->step == b->step);
      return Value::Bool(equal == (op == BinaryOp::kEqual));
    }
    case BinaryOp::kContains:
      if (!IsInt(rhs)) return Value();  // 1.0 in range(3): the generic iteration
      return Value::Bool(IndexOf(AsRange(lhs), rhs) >= 0);
    default:
      return Value();
  }
}

Value RangeSubscript(Value self, Value index, Value value) {
  if (!value.IsNull()) {
    return RaiseFormat(&kTypeErrorType, value.IsUnbound() ? "'%T' object doesn't support item deletion"
                                                          : "'%T' object does not support item assignment",
                       self);
  }
  const RangeObject* range = AsRange(self);
  const size_t length = RangeLength(range);
  if (IsSlice(index)) {
    SliceBounds bounds;
    MICA_TRY(ResolveSlice(index, length, &bounds));
    const intptr_t step = range->step * bounds.step;
    const intptr_t start = ItemAt(range, static_cast<size_t>(bounds.start));
    const intptr_t stop = static_cast<intptr_t>(static_cast<uintptr_t>(start) +
                                                static_cast<uintptr_t>(bounds.count) * static_cast<uintptr_t>(step));
    return NewRange(start, stop, step);
  }
  size_t position;
  MICA_TRY(NormalizeIndex(index, length, "range object", &position));
  return NewInt(ItemAt(range, position));
}

Value RangeGetIter(Value self) {
  const RangeObject* range = AsRange(self);
  return NewRangeIterator(range->start, range->step, RangeLength(range));
}

Value RangeAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  if (op != AttrOp::kLoad) return Value();
  const RangeObject* range = AsRange(self);
  switch (name) {
    case names::start: *value = NewInt(range->start); return Value::None();
    case names::stop: *value = NewInt(range->stop); return Value::None();
    case names::step: *value = NewInt(range->step); return Value::None();
    default: return Value();
  }
}

Value RangeCount(const Value* args, uint32_t, uint32_t) {
  if (IsInt(args[1])) return Value::SmallInt(IndexOf(AsRange(args[0]), args[1]) >= 0 ? 1 : 0);
  const Value found = Contains(args[0], args[1]);
  MICA_TRY(found);
  return Value::SmallInt(found.IsTrue() ? 1 : 0);
}

Value RangeIndex(const Value* args, uint32_t, uint32_t) {
  const intptr_t index = IndexOf(AsRange(args[0]), args[1]);
  if (index < 0) return RaiseFormat(&kValueErrorType, "%R is not in range", args[1]);
  return NewInt(index);
}

constexpr BuiltinFunction kRangeCount = MakeMethod(&kRangeType, names::count, 2, 2, RangeCount);
constexpr BuiltinFunction kRangeIndex = MakeMethod(&kRangeType, names::index, 2, 2, RangeIndex);
constexpr Member kRangeMembers[] = {{names::count, &kRangeCount.header}, {names::index, &kRangeIndex.header}};
static_assert(MembersSorted(kRangeMembers, 2), "sorted");

}  // namespace

constexpr Type kRangeType = {{&kTypeType}, names::range, 0,           nullptr,   RangeMakeNew, RangePrint,
                             nullptr,      RangeUnaryOp, RangeBinaryOp, RangeAttr, RangeSubscript, RangeGetIter,
                             nullptr,      MemberTable{kRangeMembers, 2}};

bool IsRange(Value v) { return v.IsObject() && v.AsObject()->type == &kRangeType; }

Value NewRange(intptr_t start, intptr_t stop, intptr_t step) {
  Object* object = NewObject(&kRangeType, sizeof(RangeObject), gc::kNoScan);
  if (object == nullptr) return Value::Exception();
  RangeObject* range = reinterpret_cast<RangeObject*>(object);
  range->start = start;
  range->stop = stop;
  range->step = step;
  return Value::FromObject(object);
}

size_t RangeLength(const RangeObject* range) {
  if (range->step > 0 && range->start < range->stop) {
    return (static_cast<uintptr_t>(range->stop) - static_cast<uintptr_t>(range->start) - 1) /
               static_cast<uintptr_t>(range->step) + 1;
  }
  if (range->step < 0 && range->stop < range->start) {
    return (static_cast<uintptr_t>(range->start) - static_cast<uintptr_t>(range->stop) - 1) /
               (0 - static_cast<uintptr_t>(range->step)) + 1;
  }
  return 0;
}

Value RangeMakeNew(const Type*, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  if (n_kw != 0) return RaiseTypeError("range() takes no keyword arguments");
  if (n_pos == 0 || n_pos > 3) return RaiseFormat(&kTypeErrorType, "range expected at most 3 arguments, got %u", n_pos);
  intptr_t values[3] = {0, 0, 1};
  for (uint32_t i = 0; i < n_pos; ++i) MICA_TRY(ToIndex(args[i], &values[n_pos == 1 ? 1 : i]));
  if (values[2] == 0) return RaiseValueError("range() arg 3 must not be zero");
  return NewRange(values[0], values[1], values[2]);
}

}  // namespace mica
