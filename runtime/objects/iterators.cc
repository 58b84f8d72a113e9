#include "runtime/objects/iterators.h"

#include "gc/heap.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

SequenceIteratorObject* AsSequenceIterator(Value v) {
  return reinterpret_cast<SequenceIteratorObject*>(v.AsObject());
}

Value SequenceNext(Value self) {
  SequenceIteratorObject* it = AsSequenceIterator(self);
  const Value sequence = it->sequence;
  if (sequence.IsNull()) return Value();
  if (IsList(sequence)) {
    const ListObject* list = AsList(sequence);
    if (it->position < list->length) return list->items[it->position++];
  } else if (IsTuple(sequence)) {
    if (it->position < TupleLength(sequence)) return TupleItems(sequence)[it->position++];
  } else if (IsStr(sequence)) {
    // The position is a byte offset: one character (str.h) per step.
    const char* data = "";
    size_t length = 0;
    StrData(sequence, &data, &length);
    if (it->position < length) {
      const size_t end = StrCharEnd(data, length, it->position);
      const Value item = NewStr(data + it->position, end - it->position);
      MICA_TRY(item);
      it->position = end;
      return item;
    }
  } else {
    const Value item = LoadSubscript(sequence, Value::SmallInt(static_cast<intptr_t>(it->position)));
    if (!item.IsException()) {
      ++it->position;
      return item;
    }
    if (!PendingIs(&kIndexErrorType) && !PendingIs(&kStopIterationType)) return item;
    ClearPendingException();
  }
  it->sequence = Value();
  return Value();
}

Value DictNextItem(Value self) {
  DictIteratorObject* it = reinterpret_cast<DictIteratorObject*>(self.AsObject());
  if (it->dict.IsNull()) return Value();
  if (DictLength(it->dict) != it->expected_used) {
    it->expected_used = UINT32_MAX;  // keep failing, as CPython does
    return RaiseNew(&kRuntimeErrorType, "dictionary changed size during iteration");
  }
  size_t position = it->position;
  Value key;
  Value value;
  if (!DictNext(it->dict, &position, &key, &value)) {
    it->dict = Value();
    return Value();
  }
  it->position = position;
  if (it->kind == kDictIterKeys) return key;
  if (it->kind == kDictIterValues) return value;
  const Value pair[2] = {key, value};
  return NewTuple(pair, 2);
}

Value RangeNext(Value self) {
  RangeIteratorObject* it = reinterpret_cast<RangeIteratorObject*>(self.AsObject());
  if (it->remaining == 0) return Value();
  const intptr_t value = it->next;
  --it->remaining;
  it->next = static_cast<intptr_t>(static_cast<uintptr_t>(value) + static_cast<uintptr_t>(it->step));
  return NewInt(value);
}

constexpr Type MakeIteratorType(uint16_t name, Value (*next)(Value)) {
  return Type{{&kTypeType}, name,    0,       nullptr,      nullptr, nullptr, nullptr,
              nullptr,      nullptr, nullptr, nullptr,      IteratorSelf, next, MemberTable{nullptr, 0}};
}

}  // namespace

constexpr Type kSequenceIteratorType = MakeIteratorType(names::iterator, SequenceNext);
constexpr Type kDictIteratorType = MakeIteratorType(names::dict_iterator, DictNextItem);
constexpr Type kRangeIteratorType = MakeIteratorType(names::range_iterator, RangeNext);

Value IteratorSelf(Value self) { return self; }

Value NewSequenceIterator(Value sequence) {
  Object* object = NewObject(&kSequenceIteratorType, sizeof(SequenceIteratorObject));
  if (object == nullptr) return Value::Exception();
  reinterpret_cast<SequenceIteratorObject*>(object)->sequence = sequence;
  return Value::FromObject(object);
}

Value NewDictIterator(Value dict, DictIterKind kind) {
  Object* object = NewObject(&kDictIteratorType, sizeof(DictIteratorObject));
  if (object == nullptr) return Value::Exception();
  DictIteratorObject* it = reinterpret_cast<DictIteratorObject*>(object);
  it->dict = dict;
  it->kind = kind;
  it->expected_used = static_cast<uint32_t>(DictLength(dict));
  return Value::FromObject(object);
}

Value NewRangeIterator(intptr_t start, intptr_t step, size_t count) {
  Object* object = NewObject(&kRangeIteratorType, sizeof(RangeIteratorObject), gc::kNoScan);
  if (object == nullptr) return Value::Exception();
  RangeIteratorObject* it = reinterpret_cast<RangeIteratorObject*>(object);
  it->next = start;
  it->step = step;
  it->remaining = count;
  return Value::FromObject(object);
}

}  // namespace mica
