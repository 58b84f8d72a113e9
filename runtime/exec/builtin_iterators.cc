#include "runtime/exec/builtin_iterators.h"

#include "runtime/exec/user_class.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/iterators.h"
#include "runtime/objects/list.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

struct EnumerateObject {
  Object header;
  Value iterator;
  Value count;
};

struct MultiIteratorObject {  // zip and map
  Object header;
  Value function;   // map's function; null for zip
  Value iterators;  // a tuple
  bool strict;
};

struct FilterObject {
  Object header;
  Value function;  // None: truth of the item
  Value iterator;
};

struct ReversedObject {
  Object header;
  Value sequence;
  intptr_t index;  // next index to produce; -1 when done
};

template <typename T>
T* Allocate(const Type* type) {
  Object* object = NewObject(type, sizeof(T));
  return reinterpret_cast<T*>(object);
}

Value EnumerateMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  Value start = n_pos >= 2 ? args[1] : FindKeyword(args, n_pos, n_kw, names::start);
  if (n_pos < 1 || n_pos > 2) return RaiseTypeError("enumerate() takes 1 or 2 arguments");
  if (start.IsNull()) start = Value::SmallInt(0);
  if (!IsInt(start)) return RaiseFormat(&kTypeErrorType, "'%T' object cannot be interpreted as an integer", start);
  const Value iterator = GetIter(args[0]);
  MICA_TRY(iterator);
  EnumerateObject* object = Allocate<EnumerateObject>(type);
  if (object == nullptr) return Value::Exception();
  object->iterator = iterator;
  object->count = start;
  return Value::FromObject(&object->header);
}

Value EnumerateNext(Value self) {
  EnumerateObject* object = reinterpret_cast<EnumerateObject*>(self.AsObject());
  const Value item = IterNext(object->iterator);
  if (item.IsNull() || item.IsException()) return item;
  const Value pair[2] = {object->count, item};
  const Value tuple = NewTuple(pair, 2);
  MICA_TRY(tuple);
  const Value next = BinaryOperation(BinaryOp::kAdd, object->count, Value::SmallInt(1));
  MICA_TRY(next);
  object->count = next;
  return tuple;
}

Value IteratorsOf(const Value* iterables, uint32_t count) {
  TupleObject* tuple = count == 0 ? nullptr : AllocateTuple(count);
  if (count == 0) return NewTuple(nullptr, 0);
  if (tuple == nullptr) return Value::Exception();
  const Value result = Value::FromObject(&tuple->header);
  for (uint32_t i = 0; i < count; ++i) {
    const Value iterator = GetIter(iterables[i]);
    MICA_TRY(iterator);
    tuple->Items()[i] = iterator;
  }
  return result;
}

Value ZipMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  bool strict = false;
  for (uint32_t k = 0; k < n_kw; ++k) {
    const Value truth = Truth(args[n_pos + 2 * k + 1]);
    MICA_TRY(truth);
    strict = truth.IsTrue();
  }
  const Value iterators = IteratorsOf(args, n_pos);
  MICA_TRY(iterators);
  MultiIteratorObject* object = Allocate<MultiIteratorObject>(type);
  if (object == nullptr) return Value::Exception();
  object->iterators = iterators;
  object->strict = strict;
  return Value::FromObject(&object->header);
}

Value MapMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  if (n_kw != 0) return RaiseTypeError("map() takes no keyword arguments");
  if (n_pos < 2) return RaiseTypeError("map() must have at least two arguments.");
  const Value iterators = IteratorsOf(args + 1, n_pos - 1);
  MICA_TRY(iterators);
  MultiIteratorObject* object = Allocate<MultiIteratorObject>(type);
  if (object == nullptr) return Value::Exception();
  object->function = args[0];
  object->iterators = iterators;
  return Value::FromObject(&object->header);
}

// The next item of every iterator into `items`; false (nothing pending) when one is exhausted.
Value NextOfEach(const MultiIteratorObject* object, Value* items, bool* exhausted) {
  const size_t count = TupleLength(object->iterators);
  *exhausted = false;
  for (size_t i = 0; i < count; ++i) {
    const Value item = IterNext(TupleItems(object->iterators)[i]);
    MICA_TRY(item);
    if (item.IsNull()) {
      if (object->strict && i > 0) {
        return RaiseFormat(&kValueErrorType, "zip() argument %u is shorter than argument 1", static_cast<unsigned>(i + 1));
      }
      *exhausted = true;
      return Value::None();
    }
    items[i] = item;
  }
  return Value::None();
}

constexpr size_t kInlineItems = 8;

Value ZipNext(Value self) {
  const MultiIteratorObject* object = reinterpret_cast<const MultiIteratorObject*>(self.AsObject());
  const size_t count = TupleLength(object->iterators);
  if (count == 0) return Value();
  TupleObject* tuple = AllocateTuple(count);
  if (tuple == nullptr) return Value::Exception();
  const Value result = Value::FromObject(&tuple->header);
  bool exhausted;
  MICA_TRY(NextOfEach(object, tuple->Items(), &exhausted));
  if (exhausted) return Value();
  return result;
}

Value MapNext(Value self) {
  const MultiIteratorObject* object = reinterpret_cast<const MultiIteratorObject*>(self.AsObject());
  const size_t count = TupleLength(object->iterators);
  Value inline_items[kInlineItems];
  Value tuple;
  Value* items = inline_items;
  if (count > kInlineItems) {
    TupleObject* storage = AllocateTuple(count);
    if (storage == nullptr) return Value::Exception();
    tuple = Value::FromObject(&storage->header);
    items = storage->Items();
  }
  bool exhausted;
  MICA_TRY(NextOfEach(object, items, &exhausted));
  if (exhausted) return Value();
  return CallValue(object->function, items, static_cast<uint32_t>(count), 0);
}

Value FilterMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  if (n_kw != 0 || n_pos != 2) return RaiseTypeError("filter expected 2 arguments");
  const Value iterator = GetIter(args[1]);
  MICA_TRY(iterator);
  FilterObject* object = Allocate<FilterObject>(type);
  if (object == nullptr) return Value::Exception();
  object->function = args[0];
  object->iterator = iterator;
  return Value::FromObject(&object->header);
}

Value FilterNext(Value self) {
  const FilterObject* object = reinterpret_cast<const FilterObject*>(self.AsObject());
  for (;;) {
    const Value item = IterNext(object->iterator);
    if (item.IsNull() || item.IsException()) return item;
    Value verdict = item;
    if (!object->function.IsNone()) {
      verdict = CallValue(object->function, &item, 1, 0);
      MICA_TRY(verdict);
    }
    const Value truth = Truth(verdict);
    MICA_TRY(truth);
    if (truth.IsTrue()) return item;
  }
}

Value ReversedMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  if (n_kw != 0 || n_pos != 1) return RaiseTypeError("reversed expected 1 argument");
  const Value sequence = args[0];
  const Value method = ClassLookup(TypeOf(sequence), names::__reversed__);
  if (!method.IsNull() && IsUserInstance(sequence)) {
    const Value bound = BindAttribute(method, sequence, TypeOf(sequence));
    MICA_TRY(bound);
    return CallValue(bound, nullptr, 0, 0);
  }
  const Type* sequence_type = TypeOf(sequence);
  if (sequence_type->subscript == nullptr || IsDict(sequence)) {
    return RaiseFormat(&kTypeErrorType, "'%T' object is not reversible", sequence);
  }
  const Value length = Len(sequence);
  MICA_TRY(length);
  ReversedObject* object = Allocate<ReversedObject>(type);
  if (object == nullptr) return Value::Exception();
  object->sequence = sequence;
  object->index = length.AsSmallInt() - 1;
  return Value::FromObject(&object->header);
}

Value ReversedNext(Value self) {
  ReversedObject* object = reinterpret_cast<ReversedObject*>(self.AsObject());
  if (object->index < 0) return Value();
  if (IsList(object->sequence)) {
    const ListObject* list = AsList(object->sequence);
    if (static_cast<uintptr_t>(object->index) >= list->length) {
      object->index = -1;
      return Value();
    }
    return list->items[object->index--];
  }
  const Value item = LoadSubscript(object->sequence, Value::SmallInt(object->index));
  if (item.IsException()) {
    if (PendingIs(&kIndexErrorType)) {
      ClearPendingException();
      object->index = -1;
      return Value();
    }
    return item;
  }
  --object->index;
  return item;
}

struct CallableIteratorObject {
  Object header;
  Value callable;  // null once exhausted
  Value sentinel;
};

Value CallableIteratorNext(Value self) {
  CallableIteratorObject* object = reinterpret_cast<CallableIteratorObject*>(self.AsObject());
  if (object->callable.IsNull()) return Value();
  const Value item = CallValue(object->callable, nullptr, 0, 0);
  MICA_TRY(item);
  const Value equal = Equals(item, object->sentinel);
  MICA_TRY(equal);
  if (equal.IsTrue()) {
    object->callable = Value();
    return Value();
  }
  return item;
}

}  // namespace

const Type kCallableIteratorType = {
    {&kTypeType}, names::iterator, 0,       nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
    nullptr,      IteratorSelf,    CallableIteratorNext, {nullptr, 0}};

Value NewCallableIterator(Value callable, Value sentinel) {
  CallableIteratorObject* object = Allocate<CallableIteratorObject>(&kCallableIteratorType);
  if (object == nullptr) return Value::Exception();
  object->callable = callable;
  object->sentinel = sentinel;
  return Value::FromObject(&object->header);
}

const Type kEnumerateType = {{&kTypeType}, names::enumerate, 0,       nullptr, EnumerateMakeNew, nullptr, nullptr,
                             nullptr,      nullptr,          nullptr, nullptr, IteratorSelf,     EnumerateNext,
                             {nullptr, 0}};
const Type kZipType = {{&kTypeType}, names::zip, 0,       nullptr, ZipMakeNew,   nullptr, nullptr,
                       nullptr,      nullptr,    nullptr, nullptr, IteratorSelf, ZipNext, {nullptr, 0}};
const Type kMapType = {{&kTypeType}, names::map, 0,       nullptr, MapMakeNew,   nullptr, nullptr,
                       nullptr,      nullptr,    nullptr, nullptr, IteratorSelf, MapNext, {nullptr, 0}};
const Type kFilterType = {{&kTypeType}, names::filter, 0,       nullptr, FilterMakeNew, nullptr,    nullptr,
                          nullptr,      nullptr,       nullptr, nullptr, IteratorSelf,  FilterNext, {nullptr, 0}};
const Type kReversedType = {{&kTypeType}, names::reversed, 0,       nullptr, ReversedMakeNew, nullptr,      nullptr,
                            nullptr,      nullptr,         nullptr, nullptr, IteratorSelf,    ReversedNext, {nullptr, 0}};

}  // namespace mica
