#include "runtime/objects/bytearray.h"

#include <string.h>

#include "gc/heap.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/bytes_methods.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/slice.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

Value Reserve(ByteArrayObject* array, size_t needed) {
  if (needed <= array->capacity) return Value::None();
  if (needed > 0x7FFFFFFFu) return RaiseMemoryError();
  size_t capacity = array->capacity + array->capacity / 2 + 8;
  if (capacity < needed) capacity = needed;
  if (capacity > 0x7FFFFFFFu) capacity = needed;
  void* block = array->data == nullptr ? AllocateRaw(capacity, gc::kNoScan) : ReallocateRaw(array->data, capacity);
  if (block == nullptr) return Value::Exception();
  array->data = static_cast<uint8_t*>(block);
  array->capacity = static_cast<uint32_t>(capacity);
  return Value::None();
}

Value ByteArrayPrint(const Printer& printer, Value self, PrintKind) {
  const ByteArrayObject* array = AsByteArray(self);
  printer.Write("bytearray(", 10);
  PrintBytesRepr(printer, array->data, array->length);
  printer.Write(")", 1);
  return Value::None();
}

Value ByteArrayUnaryOp(UnaryOp op, Value self) {
  switch (op) {
    case UnaryOp::kBool: return Value::Bool(AsByteArray(self)->length != 0);
    case UnaryOp::kLen: return Value::SmallInt(static_cast<intptr_t>(AsByteArray(self)->length));
    case UnaryOp::kHash: return Value();  // unhashable
    default: return Value();
  }
}

Value ByteArrayBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  return BytesLikeBinaryOp(&kByteArrayType, op, lhs, rhs);
}

Value ByteArraySubscript(Value self, Value index, Value value) {
  if (value.IsNull()) return BytesLikeGetItem(self, index, "bytearray");
  ByteArrayObject* array = AsByteArray(self);
  if (IsSlice(index)) {
    SliceBounds bounds;
    MICA_TRY(ResolveSlice(index, array->length, &bounds));
    if (value.IsUnbound()) {
      if (bounds.step == 1) {
        return ByteArraySplice(self, static_cast<size_t>(bounds.start), bounds.count, nullptr, 0);
      }
      // Delete the selected positions, walking them in increasing order.
      size_t out = 0;
      for (size_t i = 0; i < array->length; ++i) {
        bool selected = false;
        const intptr_t offset = static_cast<intptr_t>(i) - bounds.start;
        if (offset % bounds.step == 0) {
          const intptr_t k = offset / bounds.step;
          selected = k >= 0 && static_cast<size_t>(k) < bounds.count;
        }
        if (!selected) array->data[out++] = array->data[i];
      }
      array->length = static_cast<uint32_t>(out);
      return Value::None();
    }
    // The new contents as a bytes object (a copy, so `a[:] = a` works).
    Value source = value;
    const uint8_t* data;
    size_t length;
    if (IsInt(value)) {
      return RaiseTypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    }
    if (!GetBuffer(value, &data, &length) || value.Is(self)) {
      const Value args[1] = {value};
      source = BytesFromArgs("bytearray", args, 1, 0);
      MICA_TRY(source);
    }
    GetBuffer(source, &data, &length);
    if (bounds.step == 1) {
      return ByteArraySplice(self, static_cast<size_t>(bounds.start), bounds.count, data, length);
    }
    if (length != bounds.count) {
      return RaiseFormat(&kValueErrorType, "attempt to assign bytes of size %z to extended slice of size %z", length,
                         bounds.count);
    }
    for (size_t i = 0; i < length; ++i) array->data[bounds.start + static_cast<intptr_t>(i) * bounds.step] = data[i];
    return Value::None();
  }
  if (!IsInt(index)) {
    return RaiseFormat(&kTypeErrorType, "bytearray indices must be integers or slices, not %T", index);
  }
  intptr_t i;
  MICA_TRY(ToIndex(index, &i));
  if (i < 0) i += static_cast<intptr_t>(array->length);
  if (i < 0 || i >= static_cast<intptr_t>(array->length)) {
    return RaiseIndexError(value.IsUnbound() ? "bytearray index out of range" : "bytearray index out of range");
  }
  if (value.IsUnbound()) return ByteArraySplice(self, static_cast<size_t>(i), 1, nullptr, 0);
  uint8_t byte;
  MICA_TRY(ToByte(value, &byte));
  array->data[i] = byte;
  return Value::None();
}

Value ByteArrayAppend(const Value* args, uint32_t, uint32_t) {
  uint8_t byte;
  MICA_TRY(ToByte(args[1], &byte));
  MICA_TRY(ByteArraySplice(args[0], AsByteArray(args[0])->length, 0, &byte, 1));
  return Value::None();
}

Value ByteArrayExtend(const Value* args, uint32_t, uint32_t) {
  Value source = args[1];
  const uint8_t* data;
  size_t length;
  if (!GetBuffer(source, &data, &length) || source.Is(args[0])) {
    if (IsInt(source)) return RaiseFormat(&kTypeErrorType, "can't extend bytearray with %T", source);
    source = BytesFromArgs("bytearray", &args[1], 1, 0);
    MICA_TRY(source);
  }
  GetBuffer(source, &data, &length);
  MICA_TRY(ByteArraySplice(args[0], AsByteArray(args[0])->length, 0, data, length));
  return Value::None();
}

Value ByteArrayPop(const Value* args, uint32_t n_pos, uint32_t) {
  ByteArrayObject* array = AsByteArray(args[0]);
  intptr_t index = -1;
  if (n_pos > 1) MICA_TRY(ToIndex(args[1], &index));
  if (array->length == 0) return RaiseIndexError("pop from empty bytearray");
  if (index < 0) index += static_cast<intptr_t>(array->length);
  if (index < 0 || index >= static_cast<intptr_t>(array->length)) return RaiseIndexError("pop index out of range");
  const uint8_t byte = array->data[index];
  MICA_TRY(ByteArraySplice(args[0], static_cast<size_t>(index), 1, nullptr, 0));
  return Value::SmallInt(byte);
}

Value ByteArrayInsert(const Value* args, uint32_t, uint32_t) {
  ByteArrayObject* array = AsByteArray(args[0]);
  intptr_t index;
  MICA_TRY(ToIndex(args[1], &index));
  uint8_t byte;
  MICA_TRY(ToByte(args[2], &byte));
  const intptr_t length = static_cast<intptr_t>(array->length);
  if (index < 0) index += length;
  if (index < 0) index = 0;
  if (index > length) index = length;
  return ByteArraySplice(args[0], static_cast<size_t>(index), 0, &byte, 1);
}

Value ByteArrayRemove(const Value* args, uint32_t, uint32_t) {
  ByteArrayObject* array = AsByteArray(args[0]);
  uint8_t byte;
  MICA_TRY(ToByte(args[1], &byte));
  for (size_t i = 0; i < array->length; ++i) {
    if (array->data[i] == byte) return ByteArraySplice(args[0], i, 1, nullptr, 0);
  }
  return RaiseValueError("value not found in bytearray");
}

Value ByteArrayReverse(const Value* args, uint32_t, uint32_t) {
  ByteArrayObject* array = AsByteArray(args[0]);
  for (size_t i = 0, j = array->length; i + 1 < j; ++i, --j) {
    const uint8_t t = array->data[i];
    array->data[i] = array->data[j - 1];
    array->data[j - 1] = t;
  }
  return Value::None();
}

Value ByteArrayClear(const Value* args, uint32_t, uint32_t) {
  AsByteArray(args[0])->length = 0;
  return Value::None();
}

Value ByteArrayCopy(const Value* args, uint32_t, uint32_t) {
  return NewByteArray(AsByteArray(args[0])->data, AsByteArray(args[0])->length);
}

#define MICA_BA_METHOD(var, name, min, max, fn) constexpr BuiltinFunction var = MakeMethod(&kByteArrayType, name, min, max, fn)
MICA_BA_METHOD(kAppend, names::append, 2, 2, ByteArrayAppend);
MICA_BA_METHOD(kClear, names::clear, 1, 1, ByteArrayClear);
MICA_BA_METHOD(kCopy, names::copy, 1, 1, ByteArrayCopy);
MICA_BA_METHOD(kExtend, names::extend, 2, 2, ByteArrayExtend);
MICA_BA_METHOD(kInsert, names::insert, 3, 3, ByteArrayInsert);
MICA_BA_METHOD(kPop, names::pop, 1, 2, ByteArrayPop);
MICA_BA_METHOD(kRemove, names::remove, 2, 2, ByteArrayRemove);
MICA_BA_METHOD(kReverse, names::reverse, 1, 1, ByteArrayReverse);
#undef MICA_BA_METHOD

// The mutators, sorted by name; merged with the shared read-only methods below.
constexpr Member kMutators[] = {
    {names::append, &kAppend.header}, {names::clear, &kClear.header},   {names::copy, &kCopy.header},
    {names::extend, &kExtend.header}, {names::insert, &kInsert.header}, {names::pop, &kPop.header},
    {names::remove, &kRemove.header}, {names::reverse, &kReverse.header},
};

#define MICA_BYTEARRAY_OBJECT(name, min, max, function, flags) \
  MICA_BYTES_METHOD_OBJECT(&kByteArrayType, name, min, max, function, flags)
MICA_BYTES_SHARED_METHODS(MICA_BYTEARRAY_OBJECT)
#undef MICA_BYTEARRAY_OBJECT

#define MICA_BYTEARRAY_ENTRY(name, min, max, function, flags) MICA_BYTES_MEMBER(name)
constexpr Member kSharedMembers[] = {MICA_BYTES_SHARED_METHODS(MICA_BYTEARRAY_ENTRY)};
#undef MICA_BYTEARRAY_ENTRY

constexpr auto kMerged = MergeMembers(kSharedMembers, kMutators);
constexpr const Member* kByteArrayMembers = kMerged.items;
constexpr size_t kByteArrayMemberCount = sizeof(kMerged.items) / sizeof(kMerged.items[0]);
static_assert(MembersSorted(kSharedMembers, sizeof(kSharedMembers) / sizeof(kSharedMembers[0])), "sorted");
static_assert(MembersSorted(kMutators, sizeof(kMutators) / sizeof(kMutators[0])), "sorted");
static_assert(MembersSorted(kByteArrayMembers, kByteArrayMemberCount), "sorted");

}  // namespace

constexpr Type kByteArrayType = {{&kTypeType}, names::bytearray, 0,       nullptr,           ByteArrayMakeNew,
                                 ByteArrayPrint, nullptr,        ByteArrayUnaryOp, ByteArrayBinaryOp, nullptr,
                                 ByteArraySubscript, BytesLikeGetIter, nullptr,
                                 MemberTable{kByteArrayMembers, static_cast<uint16_t>(kByteArrayMemberCount)}};

bool IsByteArray(Value v) { return v.IsObject() && v.AsObject()->type == &kByteArrayType; }
ByteArrayObject* AsByteArray(Value v) { return reinterpret_cast<ByteArrayObject*>(v.AsObject()); }

Value NewByteArray(const void* data, size_t length) {
  Object* object = NewObject(&kByteArrayType, sizeof(ByteArrayObject));
  if (object == nullptr) return Value::Exception();
  ByteArrayObject* array = reinterpret_cast<ByteArrayObject*>(object);
  if (length > 0) {
    MICA_TRY(Reserve(array, length));
    if (data != nullptr) memcpy(array->data, data, length);
    array->length = static_cast<uint32_t>(length);
  }
  return Value::FromObject(object);
}

Value ByteArraySplice(Value self, size_t start, size_t removed, const uint8_t* data, size_t added) {
  ByteArrayObject* array = AsByteArray(self);
  const size_t old_length = array->length;
  const size_t new_length = old_length - removed + added;
  // Copy a source that lives inside this bytearray before the block may move.
  uint8_t* own_copy = nullptr;
  if (added > 0 && array->data != nullptr && data >= array->data && data < array->data + array->capacity) {
    own_copy = static_cast<uint8_t*>(AllocateRaw(added, gc::kNoScan));
    if (own_copy == nullptr) return Value::Exception();
    memcpy(own_copy, data, added);
    data = own_copy;
  }
  MICA_TRY(Reserve(array, new_length));
  if (added != removed && old_length > start + removed) {
    memmove(array->data + start + added, array->data + start + removed, old_length - start - removed);
  }
  if (added > 0) memcpy(array->data + start, data, added);
  array->length = static_cast<uint32_t>(new_length);
  if (own_copy != nullptr) FreeRaw(own_copy);
  return Value::None();
}

Value ByteArrayMakeNew(const Type*, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  if (n_pos == 0 && n_kw == 0) return NewByteArray(nullptr, 0);
  const Value bytes = BytesFromArgs("bytearray", args, n_pos, n_kw);
  MICA_TRY(bytes);
  const uint8_t* data;
  size_t length;
  GetBuffer(bytes, &data, &length);
  return NewByteArray(data, length);
}

}  // namespace mica
