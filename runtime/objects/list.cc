#include "runtime/objects/list.h"

#include <string.h>

#include "gc/heap.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/iterators.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/slice.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

constexpr size_t kMaxItems = 0x7FFFFFFF / sizeof(Value);

// Copies n values (the ranges may overlap). An empty list has no item block, so with n == 0 either pointer may be
// null, which memmove must not be given.
void MoveValues(Value* to, const Value* from, size_t n) {
  if (n != 0) memmove(to, from, n * sizeof(Value));
}

// Makes room for `needed` items in total.
Value Grow(ListObject* list, size_t needed) {
  if (needed <= list->capacity) return Value::None();
  if (needed > kMaxItems) return RaiseMemoryError();
  size_t capacity = list->capacity + list->capacity / 2 + 4;
  if (capacity < needed) capacity = needed;
  if (capacity > kMaxItems) capacity = kMaxItems;
  void* block = list->items == nullptr ? AllocateRaw(capacity * sizeof(Value), gc::kNoFlags)
                                       : ReallocateRaw(list->items, capacity * sizeof(Value));
  if (block == nullptr) return Value::Exception();
  list->items = static_cast<Value*>(block);
  list->capacity = static_cast<uint32_t>(capacity);
  return Value::None();
}

Value ListPrint(const Printer& printer, Value self, PrintKind) { return PrintSequence(printer, self, "[", "]"); }

Value ListUnaryOp(UnaryOp op, Value self) {
  switch (op) {
    case UnaryOp::kBool: return Value::Bool(AsList(self)->length != 0);
    case UnaryOp::kLen: return Value::SmallInt(static_cast<intptr_t>(AsList(self)->length));
    default: return Value();  // kHash too: lists are unhashable
  }
}

// Copies the items of a list, tuple or any iterable into a new list (the source of slice assignment and +=).
Value Materialize(Value iterable) {
  if (IsList(iterable)) return NewListFrom(AsList(iterable)->items, AsList(iterable)->length);
  return ListFromIterable(iterable);
}

Value RepeatInPlace(Value list_value, intptr_t count) {
  ListObject* list = AsList(list_value);
  const size_t length = list->length;
  if (count <= 0 || length == 0) {
    ListClear(list_value);
    return list_value;
  }
  const size_t total = SaturatingMul(length, static_cast<size_t>(count));
  MICA_TRY(Grow(list, total));
  for (size_t i = 1; i < static_cast<size_t>(count); ++i) {
    memcpy(list->items + i * length, list->items, length * sizeof(Value));
  }
  list->length = static_cast<uint32_t>(total);
  return list_value;
}

Value ListBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  switch (op) {
    case BinaryOp::kAdd: {
      if (!IsList(lhs) || !IsList(rhs)) return Value();
      const ListObject* a = AsList(lhs);
      const size_t a_length = a->length;
      const Value result = NewList(a_length + AsList(rhs)->length);
      MICA_TRY(result);
      ListObject* out = AsList(result);
      MoveValues(out->items, AsList(lhs)->items, a_length);
      MoveValues(out->items + a_length, AsList(rhs)->items, AsList(rhs)->length);
      out->length = static_cast<uint32_t>(a_length + AsList(rhs)->length);
      return result;
    }
    case BinaryOp::kInplaceAdd:
      if (!IsList(lhs)) return Value();
      MICA_TRY(ListExtend(lhs, rhs));
      return lhs;
    case BinaryOp::kMultiply: {
      const bool list_first = IsList(lhs);
      const Value count_value = list_first ? rhs : lhs;
      if (!IsInt(count_value)) return Value();
      intptr_t count;
      MICA_TRY(ToIndex(count_value, &count));
      const Value copy = NewListFrom(AsList(list_first ? lhs : rhs)->items, AsList(list_first ? lhs : rhs)->length);
      MICA_TRY(copy);
      return RepeatInPlace(copy, count);
    }
    case BinaryOp::kInplaceMultiply: {
      if (!IsList(lhs) || !IsInt(rhs)) return Value();
      intptr_t count;
      MICA_TRY(ToIndex(rhs, &count));
      return RepeatInPlace(lhs, count);
    }
    case BinaryOp::kLess:
    case BinaryOp::kLessEqual:
    case BinaryOp::kEqual:
    case BinaryOp::kNotEqual:
    case BinaryOp::kGreater:
    case BinaryOp::kGreaterEqual:
      if (!IsList(lhs) || !IsList(rhs)) return Value();
      return CompareSequences(op, lhs, rhs);
    case BinaryOp::kContains:
      for (uint32_t i = 0; i < AsList(lhs)->length; ++i) {
        const Value equal = Equals(AsList(lhs)->items[i], rhs);
        MICA_TRY(equal);
        if (equal.IsTrue()) return Value::True();
      }
      return Value::False();
    default:
      return Value();
  }
}

// Removes `count` items at `at`, shifting the rest down.
void RemoveRange(ListObject* list, size_t at, size_t count) {
  memmove(list->items + at, list->items + at + count, (list->length - at - count) * sizeof(Value));
  list->length -= static_cast<uint32_t>(count);
  for (size_t i = 0; i < count; ++i) list->items[list->length + i] = Value();
}

Value AssignSlice(Value self, Value index, Value value) {
  ListObject* list = AsList(self);
  SliceBounds bounds;
  MICA_TRY(ResolveSlice(index, list->length, &bounds));
  const Value source = Materialize(value);  // a copy, so `a[:] = a` works
  MICA_TRY(source);
  const ListObject* items = AsList(source);
  const size_t n = items->length;
  if (bounds.step != 1) {
    if (n != bounds.count) {
      return RaiseFormat(&kValueErrorType, "attempt to assign sequence of size %z to extended slice of size %z", n,
                         bounds.count);
    }
    for (size_t i = 0; i < n; ++i) list->items[bounds.start + static_cast<intptr_t>(i) * bounds.step] = items->items[i];
    return Value::None();
  }
  const size_t start = static_cast<size_t>(bounds.start);
  const size_t old_count = bounds.count;
  if (n > old_count) {
    MICA_TRY(Grow(list, list->length + (n - old_count)));
    memmove(list->items + start + n, list->items + start + old_count,
            (list->length - start - old_count) * sizeof(Value));
    list->length += static_cast<uint32_t>(n - old_count);
  } else if (n < old_count) {
    RemoveRange(list, start + n, old_count - n);
  }
  MoveValues(list->items + start, items->items, n);
  return Value::None();
}

Value DeleteSlice(Value self, Value index) {
  ListObject* list = AsList(self);
  SliceBounds bounds;
  MICA_TRY(ResolveSlice(index, list->length, &bounds));
  if (bounds.count == 0) return Value::None();
  if (bounds.step == 1) {
    RemoveRange(list, static_cast<size_t>(bounds.start), bounds.count);
    return Value::None();
  }
  // Walk upwards whatever the step's sign, compacting the survivors.
  intptr_t low = bounds.start;
  intptr_t step = bounds.step;
  if (step < 0) {
    low = bounds.start + static_cast<intptr_t>(bounds.count - 1) * step;
    step = -step;
  }
  size_t write = static_cast<size_t>(low);
  size_t next_deleted = static_cast<size_t>(low);
  size_t deleted = 0;
  for (size_t read = static_cast<size_t>(low); read < list->length; ++read) {
    if (deleted < bounds.count && read == next_deleted) {
      ++deleted;
      next_deleted += static_cast<size_t>(step);
      continue;
    }
    list->items[write++] = list->items[read];
  }
  for (size_t i = write; i < list->length; ++i) list->items[i] = Value();
  list->length = static_cast<uint32_t>(write);
  return Value::None();
}

Value ListGetIter(Value self) { return NewSequenceIterator(self); }

// ---- Sorting ---------------------------------------------------------------------------------------------------

struct SortContext {
  bool reverse;
};

// Whether a sorts strictly before b (with reverse, whether b < a, which keeps equal items in order).
Value Before(const SortContext& context, Value a, Value b, bool* before) {
  const Value x = context.reverse ? b : a;
  const Value y = context.reverse ? a : b;
  if (x.IsSmallInt() && y.IsSmallInt()) {
    *before = x.AsSmallInt() < y.AsSmallInt();
    return Value::None();
  }
  if (IsStr(x) && IsStr(y)) {
    *before = StrCompare(x, y) < 0;
    return Value::None();
  }
  Value result = Compare(BinaryOp::kLess, x, y);
  MICA_TRY(result);
  if (!result.IsBool()) {
    result = Truth(result);
    MICA_TRY(result);
  }
  *before = result.IsTrue();
  return Value::None();
}

// Elements are groups of `stride` values (a key, then the item when sorting with key=); ordered by the first.
void CopyElement(Value* to, const Value* from, size_t stride) {
  for (size_t k = 0; k < stride; ++k) to[k] = from[k];
}

// Stable binary insertion sort of elements [begin, end).
Value InsertionSort(const SortContext& context, Value* data, size_t stride, size_t begin, size_t end) {
  for (size_t i = begin + 1; i < end; ++i) {
    Value held[2];
    CopyElement(held, data + i * stride, stride);
    size_t low = begin;
    size_t high = i;
    while (low < high) {
      const size_t middle = low + (high - low) / 2;
      bool before;
      MICA_TRY(Before(context, held[0], data[middle * stride], &before));
      if (before) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    memmove(data + (low + 1) * stride, data + low * stride, (i - low) * stride * sizeof(Value));
    CopyElement(data + low * stride, held, stride);
  }
  return Value::None();
}

// Bottom-up merge sort: runs of kRun sorted by insertion, then merged pairwise through `scratch`.
Value MergeSort(const SortContext& context, Value* data, Value* scratch, size_t stride, size_t n) {
  constexpr size_t kRun = 8;
  for (size_t begin = 0; begin < n; begin += kRun) {
    MICA_TRY(InsertionSort(context, data, stride, begin, begin + kRun < n ? begin + kRun : n));
  }
  Value* from = data;
  Value* to = scratch;
  for (size_t width = kRun; width < n; width *= 2) {
    for (size_t begin = 0; begin < n; begin += 2 * width) {
      const size_t middle = begin + width < n ? begin + width : n;
      const size_t end = begin + 2 * width < n ? begin + 2 * width : n;
      size_t i = begin;
      size_t j = middle;
      size_t out = begin;
      // Already in order: copy through.
      bool ordered = true;
      if (middle < end) {
        bool before;
        MICA_TRY(Before(context, from[middle * stride], from[(middle - 1) * stride], &before));
        ordered = !before;
      }
      if (ordered) {
        memcpy(to + begin * stride, from + begin * stride, (end - begin) * stride * sizeof(Value));
        continue;
      }
      while (i < middle && j < end) {
        bool before;
        MICA_TRY(Before(context, from[j * stride], from[i * stride], &before));
        if (before) {
          CopyElement(to + out++ * stride, from + j++ * stride, stride);
        } else {
          CopyElement(to + out++ * stride, from + i++ * stride, stride);
        }
      }
      while (i < middle) CopyElement(to + out++ * stride, from + i++ * stride, stride);
      while (j < end) CopyElement(to + out++ * stride, from + j++ * stride, stride);
    }
    Value* swap = from;
    from = to;
    to = swap;
  }
  if (from != data) memcpy(data, from, n * stride * sizeof(Value));
  return Value::None();
}

// ---- Methods ---------------------------------------------------------------------------------------------------

Value ListAppendMethod(const Value* args, uint32_t, uint32_t) { return ListAppend(args[0], args[1]); }

Value ListClearMethod(const Value* args, uint32_t, uint32_t) {
  ListClear(args[0]);
  return Value::None();
}

Value ListCopyMethod(const Value* args, uint32_t, uint32_t) {
  return NewListFrom(AsList(args[0])->items, AsList(args[0])->length);
}

Value ListCountMethod(const Value* args, uint32_t, uint32_t) {
  intptr_t count = 0;
  for (uint32_t i = 0; i < AsList(args[0])->length; ++i) {
    const Value equal = Equals(AsList(args[0])->items[i], args[1]);
    MICA_TRY(equal);
    if (equal.IsTrue()) ++count;
  }
  return Value::SmallInt(count);
}

Value ListExtendMethod(const Value* args, uint32_t, uint32_t) { return ListExtend(args[0], args[1]); }

Value ListIndexMethod(const Value* args, uint32_t n_pos, uint32_t) {
  size_t start;
  size_t stop;
  MICA_TRY(ResolveStartEnd(args, n_pos, 2, AsList(args[0])->length, false, &start, &stop));
  // The list's length is read again each time: __eq__ may shrink it.
  for (size_t i = start; i < stop && i < AsList(args[0])->length; ++i) {
    const Value equal = Equals(AsList(args[0])->items[i], args[1]);
    MICA_TRY(equal);
    if (equal.IsTrue()) return Value::SmallInt(i);
  }
  return RaiseFormat(&kValueErrorType, "%R is not in list", args[1]);
}

Value ListInsertMethod(const Value* args, uint32_t, uint32_t) {
  intptr_t index;
  MICA_TRY(ToIndex(args[1], &index));
  return ListInsert(args[0], index, args[2]);
}

Value ListPopMethod(const Value* args, uint32_t n_pos, uint32_t) {
  intptr_t index = -1;
  if (n_pos > 1) MICA_TRY(ToIndex(args[1], &index));
  return ListPop(args[0], index);
}

Value ListRemoveMethod(const Value* args, uint32_t, uint32_t) {
  for (uint32_t i = 0; i < AsList(args[0])->length; ++i) {
    const Value equal = Equals(AsList(args[0])->items[i], args[1]);
    MICA_TRY(equal);
    if (equal.IsTrue()) {
      ListObject* list = AsList(args[0]);
      if (i < list->length) RemoveRange(list, i, 1);
      return Value::None();
    }
  }
  return RaiseValueError("list.remove(x): x not in list");
}

Value ListReverseMethod(const Value* args, uint32_t, uint32_t) {
  ListObject* list = AsList(args[0]);
  for (uint32_t a = 0, b = list->length; a + 1 < b; ++a, --b) {
    const Value t = list->items[a];
    list->items[a] = list->items[b - 1];
    list->items[b - 1] = t;
  }
  return Value::None();
}

Value ListSortMethod(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  if (n_pos > 1) return RaiseTypeError("sort() takes no positional arguments");
  Value key;
  bool reverse = false;
  for (uint32_t i = 0; i < n_kw; ++i) {
    const Value name = args[n_pos + 2 * i];
    const Value value = args[n_pos + 2 * i + 1];
    if (name.IsName() && name.AsNameId() == names::key) {
      key = value.IsNone() ? Value() : value;
    } else if (name.IsName() && name.AsNameId() == names::reverse) {
      const Value truth = Truth(value);
      MICA_TRY(truth);
      reverse = truth.IsTrue();
    } else {
      return RaiseFormat(&kTypeErrorType, "'%S' is an invalid keyword argument for sort()", name);
    }
  }
  return ListSort(args[0], key, reverse);
}

constexpr BuiltinFunction kAppend = MakeMethod(&kListType, names::append, 2, 2, ListAppendMethod);
constexpr BuiltinFunction kClear = MakeMethod(&kListType, names::clear, 1, 1, ListClearMethod);
constexpr BuiltinFunction kCopy = MakeMethod(&kListType, names::copy, 1, 1, ListCopyMethod);
constexpr BuiltinFunction kCount = MakeMethod(&kListType, names::count, 2, 2, ListCountMethod);
constexpr BuiltinFunction kExtend = MakeMethod(&kListType, names::extend, 2, 2, ListExtendMethod);
constexpr BuiltinFunction kIndex = MakeMethod(&kListType, names::index, 2, 4, ListIndexMethod);
constexpr BuiltinFunction kInsert = MakeMethod(&kListType, names::insert, 3, 3, ListInsertMethod);
constexpr BuiltinFunction kPop = MakeMethod(&kListType, names::pop, 1, 2, ListPopMethod);
constexpr BuiltinFunction kRemove = MakeMethod(&kListType, names::remove, 2, 2, ListRemoveMethod);
constexpr BuiltinFunction kReverse = MakeMethod(&kListType, names::reverse, 1, 1, ListReverseMethod);
constexpr BuiltinFunction kSort = MakeMethod(&kListType, names::sort, 1, kVariadic, ListSortMethod, kBuiltinTakesKeywords);

constexpr Member kListMembers[] = {
    {names::append, &kAppend.header}, {names::clear, &kClear.header},   {names::copy, &kCopy.header},
    {names::count, &kCount.header},   {names::extend, &kExtend.header}, {names::index, &kIndex.header},
    {names::insert, &kInsert.header}, {names::pop, &kPop.header},       {names::remove, &kRemove.header},
    {names::reverse, &kReverse.header}, {names::sort, &kSort.header},
};
constexpr uint16_t kListMemberCount = sizeof(kListMembers) / sizeof(kListMembers[0]);
static_assert(MembersSorted(kListMembers, kListMemberCount), "list members must be sorted by name id");

}  // namespace

constexpr Type kListType = {{&kTypeType}, names::list, kTypeSubclassable, nullptr, ListMakeNew, ListPrint,
                            nullptr,      ListUnaryOp, ListBinaryOp,      nullptr, ListSubscript, ListGetIter,
                            nullptr,      MemberTable{kListMembers, kListMemberCount}};

bool IsList(Value v) { return v.IsObject() && v.AsObject()->type == &kListType; }
ListObject* AsList(Value v) { return reinterpret_cast<ListObject*>(v.AsObject()); }

Value NewList(size_t capacity) {
  Object* object = NewObject(&kListType, sizeof(ListObject));
  if (object == nullptr) return Value::Exception();
  const Value result = Value::FromObject(object);
  if (capacity > 0) MICA_TRY(Grow(AsList(result), capacity));
  return result;
}

Value NewListFrom(const Value* items, size_t n) {
  const Value result = NewList(n);
  MICA_TRY(result);
  if (n > 0) memcpy(AsList(result)->items, items, n * sizeof(Value));
  AsList(result)->length = static_cast<uint32_t>(n);
  return result;
}

Value ListFromIterable(Value iterable) {
  const Value result = NewList();
  MICA_TRY(result);
  MICA_TRY(ListExtend(result, iterable));
  return result;
}

Value ListAppend(Value list_value, Value item) {
  ListObject* list = AsList(list_value);
  if (list->length == list->capacity) MICA_TRY(Grow(list, static_cast<size_t>(list->length) + 1));
  list->items[list->length++] = item;
  return Value::None();
}

Value ListReserve(Value list_value, size_t extra) {
  ListObject* list = AsList(list_value);
  return Grow(list, SaturatingAdd(list->length, extra));
}

Value ListExtend(Value list_value, Value iterable) {
  const Value* items;
  size_t n;
  if (SequenceItems(iterable, &items, &n)) {
    ListObject* list = AsList(list_value);
    MICA_TRY(Grow(list, SaturatingAdd(list->length, n)));
    SequenceItems(iterable, &items, &n);  // the same list may have grown: re-read
    MoveValues(list->items + list->length, items, n);
    list->length += static_cast<uint32_t>(n);
    return Value::None();
  }
  const Value iterator = GetIter(iterable);
  MICA_TRY(iterator);
  while (true) {
    const Value item = IterNext(iterator);
    if (item.IsNull()) return Value::None();
    MICA_TRY(item);
    MICA_TRY(ListAppend(list_value, item));
  }
}

Value ListInsert(Value list_value, intptr_t index, Value item) {
  ListObject* list = AsList(list_value);
  const intptr_t length = static_cast<intptr_t>(list->length);
  if (index < 0) index = index + length < 0 ? 0 : index + length;
  if (index > length) index = length;
  if (list->length == list->capacity) MICA_TRY(Grow(list, static_cast<size_t>(list->length) + 1));
  memmove(list->items + index + 1, list->items + index, static_cast<size_t>(length - index) * sizeof(Value));
  list->items[index] = item;
  ++list->length;
  return Value::None();
}

Value ListPop(Value list_value, intptr_t index) {
  ListObject* list = AsList(list_value);
  if (list->length == 0) return RaiseIndexError("pop from empty list");
  const intptr_t length = static_cast<intptr_t>(list->length);
  if (index < 0) index += length;
  if (index < 0 || index >= length) return RaiseIndexError("pop index out of range");
  const Value item = list->items[index];
  RemoveRange(list, static_cast<size_t>(index), 1);
  return item;
}

void ListClear(Value list_value) {
  ListObject* list = AsList(list_value);
  Value* items = list->items;
  list->items = nullptr;
  list->length = 0;
  list->capacity = 0;
  FreeRaw(items);
}

Value ListSort(Value list_value, Value key, bool reverse) {
  ListObject* list = AsList(list_value);
  const size_t n = list->length;
  if (n < 2) return Value::None();
  const size_t stride = key.IsNull() ? 1 : 2;
  // Detach the items, so that code run by comparisons sees an empty list and changes are detected.
  Value* items = list->items;
  const uint32_t capacity = list->capacity;
  list->items = nullptr;
  list->length = 0;
  list->capacity = 0;
  Value result = Value::None();
  Value* data = items;
  Value* scratch = nullptr;
  if (stride == 2) {
    data = static_cast<Value*>(AllocateRaw(n * 2 * sizeof(Value), gc::kNoFlags));
    if (data == nullptr) result = Value::Exception();
    for (size_t i = 0; result.IsNone() && i < n; ++i) {
      const Value k = CallValue(key, &items[i], 1, 0);
      if (k.IsException()) {
        result = k;
        break;
      }
      data[2 * i] = k;
      data[2 * i + 1] = items[i];
    }
  }
  if (result.IsNone() && n > 8) {
    scratch = static_cast<Value*>(AllocateRaw(n * stride * sizeof(Value), gc::kNoFlags));
    if (scratch == nullptr) result = Value::Exception();
  }
  if (result.IsNone()) {
    const SortContext context{reverse};
    result = MergeSort(context, data, scratch, stride, n);
  }
  if (stride == 2 && data != nullptr) {
    if (result.IsNone()) {
      for (size_t i = 0; i < n; ++i) items[i] = data[2 * i + 1];
    }
    FreeRaw(data);
  }
  FreeRaw(scratch);
  const bool modified = list->items != nullptr || list->length != 0;
  FreeRaw(list->items);
  list->items = items;
  list->length = static_cast<uint32_t>(n);
  list->capacity = capacity;
  MICA_TRY(result);
  if (modified) return RaiseValueError("list modified during sort");
  return Value::None();
}

Value ListMakeNew(const Type*, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  MICA_TRY(CheckArgCount("list", n_pos, n_kw, 0, 1));
  if (n_pos == 0) return NewList();
  return ListFromIterable(args[0]);
}

Value ListSubscript(Value self, Value index, Value value) {
  ListObject* list = AsList(self);
  if (IsSlice(index)) {
    if (value.IsUnbound()) return DeleteSlice(self, index);
    if (!value.IsNull()) return AssignSlice(self, index, value);
    SliceBounds bounds;
    MICA_TRY(ResolveSlice(index, list->length, &bounds));
    const Value result = NewList(bounds.count);
    MICA_TRY(result);
    ListObject* out = AsList(result);
    for (size_t i = 0; i < bounds.count; ++i) out->items[i] = list->items[bounds.start + static_cast<intptr_t>(i) * bounds.step];
    out->length = static_cast<uint32_t>(bounds.count);
    return result;
  }
  size_t position;
  MICA_TRY(NormalizeIndex(index, list->length, value.IsNull() ? "list" : "list assignment", &position));
  if (value.IsNull()) return list->items[position];
  if (value.IsUnbound()) {
    RemoveRange(list, position, 1);
  } else {
    list->items[position] = value;
  }
  return Value::None();
}

}  // namespace mica
