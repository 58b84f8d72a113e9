// collections.deque: a double-ended queue in a ring buffer of Values (ring.h) that doubles when full, with an
// optional maxlen (appending to a full deque drops an item from the other end). Iterators remember a mutation
// count and raise RuntimeError when the deque changed under them, as CPython does.
#include "gc/heap.h"
#include "runtime/modules/collections/collections_types.h"
#include "runtime/modules/collections/ring.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
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

struct DequeObject {
  Object header;
  Value* items;  // capacity slots (null while never used)
  uint32_t head;
  uint32_t length;
  uint32_t capacity;
  int32_t maxlen;      // -1: unbounded
  uint32_t mutations;  // bumped by every change of length, for iterators
};

struct DequeIteratorObject {
  Object header;
  Value deque;
  uint32_t index;
  uint32_t mutations;
};

bool IsDeque(Value v) { return v.IsObject() && v.AsObject()->type == &kDequeType; }
DequeObject* AsDeque(Value v) { return reinterpret_cast<DequeObject*>(v.AsObject()); }
Value& At(DequeObject* d, uint32_t index) { return d->items[ring::Slot(d->head, index, d->capacity)]; }

Value GrowIfFull(Value self) {
  DequeObject* d = AsDeque(self);
  if (d->length < d->capacity) return Value::None();
  const uint32_t capacity = ring::GrownCapacity(d->capacity);
  if (capacity == 0) return RaiseMemoryError();
  Value* block = static_cast<Value*>(AllocateRaw(SaturatingMul(capacity, sizeof(Value)), gc::kNoFlags));
  if (block == nullptr) return Value::Exception();
  d = AsDeque(self);
  if (d->items != nullptr) ring::Unroll(d->items, d->head, d->length, d->capacity, block);
  d->items = block;
  d->head = 0;
  d->capacity = capacity;
  return Value::None();
}

Value PopRight(DequeObject* d) {
  Value& slot = At(d, d->length - 1);
  const Value item = slot;
  slot = Value();
  --d->length;
  ++d->mutations;
  return item;
}

Value PopLeft(DequeObject* d) {
  Value& slot = d->items[d->head];
  const Value item = slot;
  slot = Value();
  d->head = ring::Slot(d->head, 1, d->capacity);
  --d->length;
  ++d->mutations;
  return item;
}

Value AppendRight(Value self, Value item) {
  DequeObject* d = AsDeque(self);
  if (d->maxlen == 0) return Value::None();
  if (d->maxlen > 0 && d->length == static_cast<uint32_t>(d->maxlen)) PopLeft(d);
  MICA_TRY(GrowIfFull(self));
  d = AsDeque(self);
  d->items[ring::Slot(d->head, d->length, d->capacity)] = item;
  ++d->length;
  ++d->mutations;
  return Value::None();
}

Value AppendLeft(Value self, Value item) {
  DequeObject* d = AsDeque(self);
  if (d->maxlen == 0) return Value::None();
  if (d->maxlen > 0 && d->length == static_cast<uint32_t>(d->maxlen)) PopRight(d);
  MICA_TRY(GrowIfFull(self));
  d = AsDeque(self);
  d->head = ring::Before(d->head, d->capacity);
  d->items[d->head] = item;
  ++d->length;
  ++d->mutations;
  return Value::None();
}

Value ExtendWith(Value self, Value iterable, bool left) {
  // d.extend(d): iterate over a snapshot.
  if (iterable.Is(self)) {
    iterable = ListFromIterable(iterable);
    MICA_TRY(iterable);
  }
  const Value iterator = GetIter(iterable);
  MICA_TRY(iterator);
  for (;;) {
    const Value item = IterNext(iterator);
    if (item.IsNull()) return Value::None();
    MICA_TRY(item);
    MICA_TRY(left ? AppendLeft(self, item) : AppendRight(self, item));
  }
}

Value DequeMakeNew(const Type*, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  Value iterable;
  Value maxlen = Value::None();
  if (n_pos > 2) return RaiseFormat(&kTypeErrorType, "deque() takes at most 2 arguments (%d given)", static_cast<int>(n_pos));
  if (n_pos > 0) iterable = args[0];
  if (n_pos > 1) maxlen = args[1];
  for (uint32_t k = 0; k < n_kw; ++k) {
    const Value key = args[n_pos + 2 * k];
    const Value value = args[n_pos + 2 * k + 1];
    if (key.AsNameId() == names::iterable && n_pos < 1) {
      iterable = value;
    } else if (key.AsNameId() == names::maxlen && n_pos < 2) {
      maxlen = value;
    } else {
      return RaiseTypeError("deque() got an unexpected keyword argument");
    }
  }
  int32_t limit = -1;
  if (!maxlen.IsNone()) {
    intptr_t n;
    if (!IsInt(maxlen)) return RaiseTypeError("an integer is required");
    MICA_TRY(ToIndex(maxlen, &n));
    if (n < 0) return RaiseValueError("maxlen must be non-negative");
    if (n > 0x7FFFFFFF) return RaiseOverflowError("Python int too large to convert to C ssize_t");
    limit = static_cast<int32_t>(n);
  }
  Object* object = NewObject(&kDequeType, sizeof(DequeObject));
  if (object == nullptr) return Value::Exception();
  reinterpret_cast<DequeObject*>(object)->maxlen = limit;
  const Value self = Value::FromObject(object);
  if (!iterable.IsNull()) MICA_TRY(ExtendWith(self, iterable, false));
  return self;
}

Value DequePrint(const Printer& printer, Value self, PrintKind) {
  bool active;
  MICA_TRY(ReprEnter(self, &active));
  if (active) {
    printer.Write("[...]");
    return Value::None();
  }
  printer.Write("deque([");
  Value result = Value::None();
  for (uint32_t i = 0; i < AsDeque(self)->length; ++i) {
    if (i != 0) printer.Write(", ");
    result = Print(printer, At(AsDeque(self), i), PrintKind::kRepr);
    if (result.IsException()) break;
  }
  ReprLeave(self);
  MICA_TRY(result);
  printer.Write("]");
  if (AsDeque(self)->maxlen >= 0) {
    printer.Write(", maxlen=");
    MICA_TRY(Print(printer, Value::SmallInt(AsDeque(self)->maxlen), PrintKind::kRepr));
  }
  printer.Write(")");
  return Value::None();
}

Value DequeUnaryOp(UnaryOp op, Value self) {
  switch (op) {
    case UnaryOp::kBool: return Value::Bool(AsDeque(self)->length != 0);
    case UnaryOp::kLen: return Value::SmallInt(static_cast<intptr_t>(AsDeque(self)->length));
    default: return Value();  // unhashable
  }
}

Value DequeBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  if (op == BinaryOp::kContains) {
    const uint32_t mutations = AsDeque(lhs)->mutations;
    for (uint32_t i = 0; i < AsDeque(lhs)->length; ++i) {
      const Value equal = Equals(At(AsDeque(lhs), i), rhs);
      MICA_TRY(equal);
      if (AsDeque(lhs)->mutations != mutations) return RaiseNew(&kRuntimeErrorType, "deque mutated during iteration");
      if (equal.IsTrue()) return Value::True();
    }
    return Value::False();
  }
  if (op == BinaryOp::kEqual || op == BinaryOp::kNotEqual) {
    if (!IsDeque(lhs) || !IsDeque(rhs)) return Value();
    bool same = AsDeque(lhs)->length == AsDeque(rhs)->length;
    for (uint32_t i = 0; same && i < AsDeque(lhs)->length && i < AsDeque(rhs)->length; ++i) {
      const Value equal = Equals(At(AsDeque(lhs), i), At(AsDeque(rhs), i));
      MICA_TRY(equal);
      same = equal.IsTrue();
    }
    return Value::Bool(same == (op == BinaryOp::kEqual));
  }
  if (op == BinaryOp::kInplaceAdd && IsDeque(lhs)) {
    MICA_TRY(ExtendWith(lhs, rhs, false));
    return lhs;
  }
  return Value();
}

Value DequeAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  if (name != names::maxlen) return Value();
  if (op != AttrOp::kLoad) return RaiseNew(&kAttributeErrorType, "attribute 'maxlen' of 'collections.deque' objects is not writable");
  const int32_t maxlen = AsDeque(self)->maxlen;
  *value = maxlen < 0 ? Value::None() : Value::SmallInt(maxlen);
  return Value::None();
}

Value DequeSubscript(Value self, Value index, Value value) {
  if (IsSlice(index)) return RaiseTypeError("sequence index must be integer, not 'slice'");
  size_t position;
  MICA_TRY(NormalizeIndex(index, AsDeque(self)->length, "deque", &position));
  DequeObject* d = AsDeque(self);
  if (value.IsNull()) return At(d, static_cast<uint32_t>(position));
  if (value.IsUnbound()) {
    // Shift the shorter side over the hole.
    for (uint32_t i = static_cast<uint32_t>(position); i + 1 < d->length; ++i) At(d, i) = At(d, i + 1);
    PopRight(d);
    return Value::None();
  }
  At(d, static_cast<uint32_t>(position)) = value;
  return Value::None();
}

Value DequeIterNext(Value self) {
  DequeIteratorObject* it = reinterpret_cast<DequeIteratorObject*>(self.AsObject());
  DequeObject* d = AsDeque(it->deque);
  if (d->mutations != it->mutations) return RaiseNew(&kRuntimeErrorType, "deque mutated during iteration");
  if (it->index >= d->length) return Value();
  return At(d, it->index++);
}

extern const Type kDequeIteratorType;

Value DequeGetIter(Value self) {
  Object* object = NewObject(&kDequeIteratorType, sizeof(DequeIteratorObject));
  if (object == nullptr) return Value::Exception();
  DequeIteratorObject* it = reinterpret_cast<DequeIteratorObject*>(object);
  it->deque = self;
  it->mutations = AsDeque(self)->mutations;
  return Value::FromObject(object);
}

// ---- Methods ----------------------------------------------------------------------------------------------

Value AppendMethod(const Value* args, uint32_t, uint32_t) { return AppendRight(args[0], args[1]); }
Value AppendLeftMethod(const Value* args, uint32_t, uint32_t) { return AppendLeft(args[0], args[1]); }
Value ExtendMethod(const Value* args, uint32_t, uint32_t) { return ExtendWith(args[0], args[1], false); }
Value ExtendLeftMethod(const Value* args, uint32_t, uint32_t) { return ExtendWith(args[0], args[1], true); }

Value PopMethod(const Value* args, uint32_t, uint32_t) {
  DequeObject* d = AsDeque(args[0]);
  if (d->length == 0) return RaiseIndexError("pop from an empty deque");
  return PopRight(d);
}

Value PopLeftMethod(const Value* args, uint32_t, uint32_t) {
  DequeObject* d = AsDeque(args[0]);
  if (d->length == 0) return RaiseIndexError("pop from an empty deque");
  return PopLeft(d);
}

Value ClearMethod(const Value* args, uint32_t, uint32_t) {
  DequeObject* d = AsDeque(args[0]);
  d->items = nullptr;  // the old block becomes garbage
  d->capacity = 0;
  d->head = 0;
  d->length = 0;
  ++d->mutations;
  return Value::None();
}

constexpr BuiltinFunction kAppend = MakeMethod(&kDequeType, names::append, 2, 2, AppendMethod);
constexpr BuiltinFunction kAppendLeft = MakeMethod(&kDequeType, names::appendleft, 2, 2, AppendLeftMethod);
constexpr BuiltinFunction kClear = MakeMethod(&kDequeType, names::clear, 1, 1, ClearMethod);
constexpr BuiltinFunction kExtend = MakeMethod(&kDequeType, names::extend, 2, 2, ExtendMethod);
constexpr BuiltinFunction kExtendLeft = MakeMethod(&kDequeType, names::extendleft, 2, 2, ExtendLeftMethod);
constexpr BuiltinFunction kPop = MakeMethod(&kDequeType, names::pop, 1, 1, PopMethod);
constexpr BuiltinFunction kPopLeft = MakeMethod(&kDequeType, names::popleft, 1, 1, PopLeftMethod);

constexpr Member kDequeMembers[] = {
    {names::append, &kAppend.header},   {names::appendleft, &kAppendLeft.header},
    {names::clear, &kClear.header},     {names::extend, &kExtend.header},
    {names::extendleft, &kExtendLeft.header}, {names::pop, &kPop.header},
    {names::popleft, &kPopLeft.header},
};
constexpr size_t kDequeMemberCount = sizeof(kDequeMembers) / sizeof(kDequeMembers[0]);
static_assert(MembersSorted(kDequeMembers, kDequeMemberCount), "sorted");

}  // namespace

constexpr Type kDequeType = {{&kTypeType},
                             names::deque,
                             0,
                             nullptr,
                             DequeMakeNew,
                             DequePrint,
                             nullptr,
                             DequeUnaryOp,
                             DequeBinaryOp,
                             DequeAttr,
                             DequeSubscript,
                             DequeGetIter,
                             nullptr,
                             MemberTable{kDequeMembers, static_cast<uint16_t>(kDequeMemberCount)}};

namespace {

constexpr Type kDequeIteratorType = {{&kTypeType}, names::iterator, 0, nullptr, nullptr, nullptr, nullptr,
                                     nullptr,      nullptr,         nullptr, nullptr, IteratorSelf, DequeIterNext,
                                     MemberTable{nullptr, 0}};

}  // namespace
}  // namespace mica
