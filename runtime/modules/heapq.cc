// The built-in `heapq` module: a binary min-heap in a list, compared with Python's `<` (so user __lt__ works and
// its exceptions propagate). heappush, heappop, heapify, heapreplace, heappushpop, plus nsmallest and nlargest
// (defined, as in CPython's documentation, as sorted(iterable, key=key)[:n]).
//
// A comparison can run Python code that changes the list: every step re-reads the items and raises
// RuntimeError("list changed size during iteration") if the length changed, as CPython does.
#include <stdint.h>

#include "runtime/modules/modules.h"
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/object_ops.h"

namespace mica {
namespace {

Value HeapArgument(const char* function, Value heap) {
  if (!IsList(heap)) return RaiseFormat(&kTypeErrorType, "%s() argument 1 must be list, not %T", function, heap);
  return Value::None();
}

// items[a] < items[b] as a C++ bool in *less; checks the list kept its length.
Value Less(Value list, size_t a, size_t b, bool* less) {
  ListObject* object = AsList(list);
  const uint32_t length = object->length;
  const Value result = Compare(BinaryOp::kLess, object->items[a], object->items[b]);
  MICA_TRY(result);
  const Value truth = result.IsBool() ? result : Truth(result);
  MICA_TRY(truth);
  if (AsList(list)->length != length) return RaiseNew(&kRuntimeErrorType, "list changed size during iteration");
  *less = truth.IsTrue();
  return Value::None();
}

void Swap(Value list, size_t a, size_t b) {
  Value* items = AsList(list)->items;
  const Value t = items[a];
  items[a] = items[b];
  items[b] = t;
}

// Moves the item at `position` up towards `start` while it is smaller than its parent.
Value SiftDown(Value list, size_t start, size_t position) {
  while (position > start) {
    const size_t parent = (position - 1) / 2;
    bool less;
    MICA_TRY(Less(list, position, parent, &less));
    if (!less) break;
    Swap(list, position, parent);
    position = parent;
  }
  return Value::None();
}

// CPython's siftup: moves the item at `position` down to a leaf along the smaller children (the right one on
// ties), then back up with SiftDown. Doing the same comparisons in the same order as CPython gives the same heap
// layout, which programs can observe.
Value SiftUp(Value list, size_t position) {
  const size_t start = position;
  for (;;) {
    const size_t end = AsList(list)->length;
    size_t child = 2 * position + 1;
    if (child >= end) break;
    if (child + 1 < end) {
      bool less;
      MICA_TRY(Less(list, child, child + 1, &less));
      if (!less) ++child;
    }
    Swap(list, position, child);
    position = child;
  }
  return SiftDown(list, start, position);
}

Value HeapPush(const Value* args, uint32_t, uint32_t) {
  MICA_TRY(HeapArgument("heappush", args[0]));
  MICA_TRY(ListAppend(args[0], args[1]));
  MICA_TRY(SiftDown(args[0], 0, AsList(args[0])->length - 1));
  return Value::None();
}

Value HeapPop(const Value* args, uint32_t, uint32_t) {
  MICA_TRY(HeapArgument("heappop", args[0]));
  const Value list = args[0];
  if (AsList(list)->length == 0) return RaiseIndexError("index out of range");
  const Value last = ListPop(list, -1);
  MICA_TRY(last);
  if (AsList(list)->length == 0) return last;
  const Value top = AsList(list)->items[0];
  AsList(list)->items[0] = last;
  MICA_TRY(SiftUp(list, 0));
  return top;
}

Value HeapReplace(const Value* args, uint32_t, uint32_t) {
  MICA_TRY(HeapArgument("heapreplace", args[0]));
  const Value list = args[0];
  if (AsList(list)->length == 0) return RaiseIndexError("index out of range");
  const Value top = AsList(list)->items[0];
  AsList(list)->items[0] = args[1];
  MICA_TRY(SiftUp(list, 0));
  return top;
}

Value HeapPushPop(const Value* args, uint32_t, uint32_t) {
  MICA_TRY(HeapArgument("heappushpop", args[0]));
  const Value list = args[0];
  const Value item = args[1];
  if (AsList(list)->length == 0) return item;
  // Only when the top is smaller does the item go in (and the top come out).
  const Value top = AsList(list)->items[0];
  const Value result = Compare(BinaryOp::kLess, top, item);
  MICA_TRY(result);
  const Value truth = Truth(result);
  MICA_TRY(truth);
  if (!truth.IsTrue()) return item;
  if (AsList(list)->length == 0) return RaiseIndexError("index out of range");
  AsList(list)->items[0] = item;
  MICA_TRY(SiftUp(list, 0));
  return top;
}

Value Heapify(const Value* args, uint32_t, uint32_t) {
  MICA_TRY(HeapArgument("heapify", args[0]));
  const size_t length = AsList(args[0])->length;
  for (size_t i = length / 2; i-- > 0;) MICA_TRY(SiftUp(args[0], i));
  return Value::None();
}

// nsmallest(n, iterable, key=None) / nlargest: the first n of the sorted items.
Value FirstSorted(const Value* args, uint32_t n_pos, uint32_t n_kw, bool reverse) {
  Value key = n_pos > 2 ? args[2] : FindKeyword(args, n_pos, n_kw, names::key);
  if (key.IsNone()) key = Value();  // ListSort takes null for "no key"
  intptr_t n;
  MICA_TRY(ToIndex(args[0], &n));
  const Value list = ListFromIterable(args[1]);
  MICA_TRY(list);
  MICA_TRY(ListSort(list, key, reverse));
  if (n < 0) n = 0;
  ListObject* object = AsList(list);
  if (static_cast<size_t>(n) < object->length) object->length = static_cast<uint32_t>(n);
  return list;
}

Value NSmallest(const Value* args, uint32_t n_pos, uint32_t n_kw) { return FirstSorted(args, n_pos, n_kw, false); }
Value NLargest(const Value* args, uint32_t n_pos, uint32_t n_kw) { return FirstSorted(args, n_pos, n_kw, true); }

constexpr BuiltinFunction kHeapify = MakeBuiltin(names::heapify, 1, 1, Heapify);
constexpr BuiltinFunction kHeappop = MakeBuiltin(names::heappop, 1, 1, HeapPop);
constexpr BuiltinFunction kHeappush = MakeBuiltin(names::heappush, 2, 2, HeapPush);
constexpr BuiltinFunction kHeappushpop = MakeBuiltin(names::heappushpop, 2, 2, HeapPushPop);
constexpr BuiltinFunction kHeapreplace = MakeBuiltin(names::heapreplace, 2, 2, HeapReplace);
constexpr BuiltinFunction kNlargest = MakeBuiltin(names::nlargest, 2, 3, NLargest, kBuiltinTakesKeywords);
constexpr BuiltinFunction kNsmallest = MakeBuiltin(names::nsmallest, 2, 3, NSmallest, kBuiltinTakesKeywords);

constexpr ModuleMember kHeapqMembers[] = {
    ModuleObjectMember(names::heapify, &kHeapify.header),
    ModuleObjectMember(names::heappop, &kHeappop.header),
    ModuleObjectMember(names::heappush, &kHeappush.header),
    ModuleObjectMember(names::heappushpop, &kHeappushpop.header),
    ModuleObjectMember(names::heapreplace, &kHeapreplace.header),
    ModuleObjectMember(names::nlargest, &kNlargest.header),
    ModuleObjectMember(names::nsmallest, &kNsmallest.header),
};
static_assert(ModuleMembersSorted(kHeapqMembers, sizeof(kHeapqMembers) / sizeof(kHeapqMembers[0])),
              "sorted by name id");

}  // namespace

extern const BuiltinModuleDef kHeapqModule = {
    names::heapq, kHeapqMembers, sizeof(kHeapqMembers) / sizeof(kHeapqMembers[0]), nullptr,
};

}  // namespace mica
