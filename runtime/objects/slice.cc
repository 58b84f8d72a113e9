#include "runtime/objects/slice.h"

#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

SliceObject* AsSlice(Value v) { return reinterpret_cast<SliceObject*>(v.AsObject()); }

// A slice bound: None gives `missing`; big ints clamp to the machine range, as CPython's _PyEval_SliceIndex.
// list.index and tuple.index take no None (none_allowed false), and their TypeError says so.
Value SliceIndex(Value v, intptr_t missing, intptr_t* out, bool none_allowed = true) {
  if (v.IsNone() && none_allowed) {
    *out = missing;
    return Value::None();
  }
  if (!IsInt(v)) {
    Value index;
    MICA_TRY(IndexInt(v, &index));
    if (index.IsNull()) {
      return RaiseTypeError(none_allowed ? "slice indices must be integers or None or have an __index__ method"
                                         : "slice indices must be integers or have an __index__ method");
    }
    v = index;
  }
  int64_t wide;
  if (!IntToInt64(v, &wide) || wide > INTPTR_MAX || wide < -INTPTR_MAX) {
    *out = IntIsNegative(v) ? -INTPTR_MAX : INTPTR_MAX;
    return Value::None();
  }
  *out = static_cast<intptr_t>(wide);
  return Value::None();
}

}  // namespace

Value ResolveStartEnd(const Value* args, uint32_t n_pos, uint32_t first, size_t length, bool none_allowed,
                      size_t* start, size_t* end) {
  const intptr_t n = static_cast<intptr_t>(length);
  intptr_t bounds[2] = {0, n};
  for (uint32_t k = 0; k < 2 && first + k < n_pos; ++k) {
    intptr_t v;
    MICA_TRY(SliceIndex(args[first + k], bounds[k], &v, none_allowed));
    if (v < 0) {
      v += n;  // no overflow: SliceIndex gives at least -INTPTR_MAX
      if (v < 0) v = 0;
    }
    if (k == 1 && v > n) v = n;
    bounds[k] = v;
  }
  *start = static_cast<size_t>(bounds[0]);
  *end = static_cast<size_t>(bounds[1]);
  return Value::None();
}

namespace {

Value SlicePrint(const Printer& printer, Value self, PrintKind) {
  const SliceObject* slice = AsSlice(self);
  printer.Write("slice(", 6);
  MICA_TRY(Print(printer, slice->start, PrintKind::kRepr));
  printer.Write(", ", 2);
  MICA_TRY(Print(printer, slice->stop, PrintKind::kRepr));
  printer.Write(", ", 2);
  MICA_TRY(Print(printer, slice->step, PrintKind::kRepr));
  printer.Write(")", 1);
  return Value::None();
}

Value SliceUnaryOp(UnaryOp, Value) { return Value(); }  // unhashable, always true

Value SliceBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  if ((op != BinaryOp::kEqual && op != BinaryOp::kNotEqual) || !IsSlice(lhs) || !IsSlice(rhs)) return Value();
  const SliceObject* a = AsSlice(lhs);
  const SliceObject* b = AsSlice(rhs);
  bool equal = true;
  const Value pairs[3][2] = {{a->start, b->start}, {a->stop, b->stop}, {a->step, b->step}};
  for (const auto& pair : pairs) {
    const Value e = Equals(pair[0], pair[1]);
    MICA_TRY(e);
    if (!e.IsTrue()) equal = false;
  }
  return Value::Bool(op == BinaryOp::kEqual ? equal : !equal);
}

Value SliceAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  if (op != AttrOp::kLoad) return Value();
  const SliceObject* slice = AsSlice(self);
  switch (name) {
    case names::start: *value = slice->start; return Value::None();
    case names::stop: *value = slice->stop; return Value::None();
    case names::step: *value = slice->step; return Value::None();
    default: return Value();
  }
}

Value SliceIndices(const Value* args, uint32_t, uint32_t) {
  intptr_t length;
  MICA_TRY(ToIndex(args[1], &length));
  if (length < 0) return RaiseValueError("length should not be negative");
  SliceBounds bounds;
  MICA_TRY(ResolveSlice(args[0], static_cast<size_t>(length), &bounds));
  const Value items[3] = {NewInt(bounds.start), NewInt(bounds.stop), NewInt(bounds.step)};
  return NewTuple(items, 3);
}

constexpr BuiltinFunction kIndices = MakeMethod(&kSliceType, names::indices, 2, 2, SliceIndices);
constexpr Member kSliceMembers[] = {{names::indices, &kIndices.header}};

}  // namespace

constexpr Type kSliceType = {{&kTypeType}, names::slice, 0,         nullptr, SliceMakeNew, SlicePrint,
                             nullptr,      SliceUnaryOp, SliceBinaryOp, SliceAttr, nullptr, nullptr,
                             nullptr,      MemberTable{kSliceMembers, 1}};

bool IsSlice(Value v) { return v.IsObject() && v.AsObject()->type == &kSliceType; }

Value NewSlice(Value start, Value stop, Value step) {
  Object* object = NewObject(&kSliceType, sizeof(SliceObject));
  if (object == nullptr) return Value::Exception();
  SliceObject* slice = reinterpret_cast<SliceObject*>(object);
  slice->start = start;
  slice->stop = stop;
  slice->step = step;
  return Value::FromObject(object);
}

Value ResolveSlice(Value slice_value, size_t length, SliceBounds* out) {
  const SliceObject* slice = AsSlice(slice_value);
  intptr_t step;
  MICA_TRY(SliceIndex(slice->step, 1, &step));
  if (step == 0) return RaiseValueError("slice step cannot be zero");
  const intptr_t n = static_cast<intptr_t>(length);
  intptr_t start;
  intptr_t stop;
  MICA_TRY(SliceIndex(slice->start, step < 0 ? n - 1 : 0, &start));
  MICA_TRY(SliceIndex(slice->stop, step < 0 ? -1 : n, &stop));
  if (!slice->start.IsNone()) {
    if (start < 0) {
      start += n;
      if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= n) {
      start = step < 0 ? n - 1 : n;
    }
  }
  if (!slice->stop.IsNone()) {
    if (stop < 0) {
      stop += n;
      if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= n) {
      stop = step < 0 ? n - 1 : n;
    }
  }
  size_t count = 0;
  if (step > 0 && start < stop) {
    count = (static_cast<size_t>(stop - start) - 1) / static_cast<size_t>(step) + 1;
  } else if (step < 0 && stop < start) {
    count = (static_cast<size_t>(start - stop) - 1) / (0 - static_cast<size_t>(step)) + 1;
  }
  out->start = start;
  out->stop = stop;
  out->step = step;
  out->count = count;
  return Value::None();
}

Value NormalizeIndex(Value index, size_t length, const char* what, size_t* out) {
  if (!IsInt(index)) {
    Value converted;
    MICA_TRY(IndexInt(index, &converted));
    if (converted.IsNull()) {
      return RaiseFormat(&kTypeErrorType, "%s indices must be integers or slices, not %T", what, index);
    }
    index = converted;
  }
  int64_t i;
  if (!IntToInt64(index, &i)) return RaiseFormat(&kIndexErrorType, "cannot fit 'int' into an index-sized integer");
  if (i < 0) i += static_cast<int64_t>(length);
  if (i < 0 || static_cast<uint64_t>(i) >= length) return RaiseFormat(&kIndexErrorType, "%s index out of range", what);
  *out = static_cast<size_t>(i);
  return Value::None();
}

Value SliceMakeNew(const Type*, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  MICA_TRY(CheckArgCount("slice", n_pos, n_kw, 1, 3));
  if (n_pos == 1) return NewSlice(Value::None(), args[0], Value::None());
  return NewSlice(args[0], args[1], n_pos == 3 ? args[2] : Value::None());
}

}  // namespace mica
