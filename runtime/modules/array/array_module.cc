// The built-in `array` module: array.array, a typed, growable sequence of C numbers (type codes b B h H i I l L q
// Q f d, sizes as C gives them on the target, see array_items.h). Items live in a kNoScan block that grows
// geometrically. Supported: append, extend, insert, pop, remove, index, count, reverse, tobytes, frombytes,
// fromlist, tolist, itemsize, typecode, indexing and slicing (get, set with an array of the same type code, del),
// + += * *=, comparisons, len, iteration, `in`, repr, and the buffer protocol (bytes(a), bytearray(a), memoryview
// over the raw bytes, read-only). Left out: the 'u' type code, byteswap, buffer_info, fromfile/tofile.
#include <string.h>

#include "gc/heap.h"
#include "runtime/modules/array/array_items.h"
#include "runtime/modules/modules.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/iterators.h"
#include "runtime/objects/list.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/slice.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type_type.h"

namespace mica {

extern const Type kArrayType;

namespace {

using array_items::Format;
using array_items::Kind;
using array_items::Range;

struct ArrayObject {
  Object header;
  uint8_t* data;  // kNoScan block of capacity * size bytes (null while empty)
  uint32_t length;    // items
  uint32_t capacity;  // items
  const Format* format;
};

bool IsArray(Value v) { return v.IsObject() && v.AsObject()->type == &kArrayType; }
ArrayObject* AsArray(Value v) { return reinterpret_cast<ArrayObject*>(v.AsObject()); }
size_t ItemSize(const ArrayObject* a) { return a->format->size; }
uint8_t* Slot(ArrayObject* a, size_t i) { return a->data + i * ItemSize(a); }

// memmove for ranges that may be empty: an empty array has no data block, and memmove/memcpy must not be given a
// null pointer even for zero bytes.
void MoveBytes(void* destination, const void* source, size_t bytes) {
  if (bytes != 0) memmove(destination, source, bytes);
}

Value NewArray(const Format* format) {
  Object* object = NewObject(&kArrayType, sizeof(ArrayObject));
  if (object == nullptr) return Value::Exception();
  reinterpret_cast<ArrayObject*>(object)->format = format;
  return Value::FromObject(object);
}

// Room for `extra` more items (the block may move).
Value Reserve(Value self, size_t extra) {
  ArrayObject* a = AsArray(self);
  const size_t needed = SaturatingAdd(a->length, extra);
  if (needed <= a->capacity) return Value::None();
  if (needed > 0x7FFFFFFFu / ItemSize(a)) return RaiseMemoryError();
  size_t capacity = a->capacity < 4 ? 4 : a->capacity + a->capacity / 2;
  if (capacity < needed) capacity = needed;
  if (capacity > 0x7FFFFFFFu / ItemSize(a)) capacity = needed;
  const size_t bytes = capacity * ItemSize(a);
  void* block = a->data == nullptr ? AllocateRaw(bytes, gc::kNoScan) : ReallocateRaw(a->data, bytes);
  if (block == nullptr) return Value::Exception();
  a = AsArray(self);
  a->data = static_cast<uint8_t*>(block);
  a->capacity = static_cast<uint32_t>(capacity);
  return Value::None();
}

Value RaiseRange(const Format& format, Range range) {
  return RaiseFormat(&kOverflowErrorType, "%s is %s", format.what,
                     range == Range::kAbove ? "greater than maximum" : "less than minimum");
}

// Converts `value` into one item of `format` in *bits (integers) or *real (floats), checking type and range.
// Float items exist only where the build has float (TypeCodeFormat refuses 'f' and 'd' otherwise).
Value Convert(const Format& format, Value value, uint64_t* bits, double* real) {
  if constexpr (kHasFloat) {
    if (format.kind == Kind::kFloat) {
      if (IsFloat(value)) {
        *real = FloatValue(value);
        return Value::None();
      }
      if (IsInt(value)) {
        Float converted;
        MICA_TRY(IntToFloat(value, &converted));
        *real = converted;
        return Value::None();
      }
      return RaiseFormat(&kTypeErrorType, "must be real number, not %T", value);
    }
    if (IsFloat(value)) return RaiseTypeError("'float' object cannot be interpreted as an integer");
  }
  Value integer;
  MICA_TRY(IndexInt(value, &integer));
  if (integer.IsNull()) return RaiseFormat(&kTypeErrorType, "'%T' object cannot be interpreted as an integer", value);
  int64_t signed_value;
  if (IntToInt64(integer, &signed_value)) {
    const Range range = array_items::CheckSigned(format, signed_value);
    if (range != Range::kFits) return RaiseRange(format, range);
    *bits = static_cast<uint64_t>(signed_value);
    return Value::None();
  }
  // Beyond int64: only unsigned 64-bit items may take it, when below 2**64.
  if (IntIsNegative(integer)) return RaiseRange(format, Range::kBelow);
  if (IntBitLength(integer) > 64) return RaiseRange(format, Range::kAbove);
  const Value high = NewIntFromUint64(uint64_t{1} << 63);
  MICA_TRY(high);
  const Value low = IntBinaryOp(BinaryOp::kSubtract, integer, high);
  MICA_TRY(low);
  int64_t low_bits;
  if (!IntToInt64(low, &low_bits)) return RaiseRange(format, Range::kAbove);
  const uint64_t unsigned_value = static_cast<uint64_t>(low_bits) + (uint64_t{1} << 63);
  const Range range = array_items::CheckUnsigned(format, unsigned_value);
  if (range != Range::kFits) return RaiseRange(format, range);
  *bits = unsigned_value;
  return Value::None();
}

Value StoreItem(Value self, size_t index, Value value) {
  const Format& format = *AsArray(self)->format;
  uint64_t bits = 0;
  double real = 0;
  MICA_TRY(Convert(format, value, &bits, &real));
  uint8_t* slot = Slot(AsArray(self), index);
  if constexpr (kHasFloat) {
    if (format.kind == Kind::kFloat) {
      array_items::StoreFloat(format, slot, real);
      return Value::None();
    }
  }
  array_items::StoreInteger(format, slot, bits);
  return Value::None();
}

Value LoadItem(Value self, size_t index) {
  ArrayObject* a = AsArray(self);
  const Format& format = *a->format;
  const uint8_t* slot = Slot(a, index);
  switch (format.kind) {
    case Kind::kFloat:
      if constexpr (kHasFloat) return NewFloat(array_items::LoadFloat(format, slot));
      break;  // unreachable without float: no array has a float format
    case Kind::kSigned: return NewInt(array_items::LoadSigned(format, slot));
    case Kind::kUnsigned: return NewIntFromUint64(array_items::LoadUnsigned(format, slot));
  }
  return Value::None();
}

Value Append(Value self, Value value) {
  MICA_TRY(Reserve(self, 1));
  MICA_TRY(StoreItem(self, AsArray(self)->length, value));
  ++AsArray(self)->length;
  return Value::None();
}

Value AppendBytes(Value self, const uint8_t* data, size_t length) {
  const size_t size = ItemSize(AsArray(self));
  if (length % size != 0) return RaiseValueError("bytes length not a multiple of item size");
  // `data` may live in a block that moves when this array grows (a.frombytes(a)): copy through the new block.
  MICA_TRY(Reserve(self, length / size));
  ArrayObject* a = AsArray(self);
  MoveBytes(Slot(a, a->length), data, length);
  a->length += static_cast<uint32_t>(length / size);
  return Value::None();
}

Value Extend(Value self, Value iterable) {
  if (IsArray(iterable)) {
    if (AsArray(iterable)->format != AsArray(self)->format) {
      return RaiseTypeError("can only extend with array of same kind");
    }
    const size_t count = AsArray(iterable)->length;
    MICA_TRY(Reserve(self, count));
    ArrayObject* a = AsArray(self);
    MoveBytes(Slot(a, a->length), AsArray(iterable)->data, count * ItemSize(a));
    a->length += static_cast<uint32_t>(count);
    return Value::None();
  }
  const Value iterator = GetIter(iterable);
  MICA_TRY(iterator);
  for (;;) {
    const Value item = IterNext(iterator);
    if (item.IsNull()) return Value::None();
    MICA_TRY(item);
    MICA_TRY(Append(self, item));
  }
}

const Format* TypeCodeFormat(Value code) {
  const char* text;
  size_t length;
  if (!IsStr(code) || !StrData(code, &text, &length) || length != 1) {
    RaiseFormat(&kTypeErrorType, "array() argument 1 must be a unicode character, not %T", code);
    return nullptr;
  }
  const Format* format = array_items::FindFormat(text[0]);
  if constexpr (!kHasFloat) {
    if (format == nullptr || format->kind == Kind::kFloat) {
      RaiseValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q or Q)");
      return nullptr;
    }
  }
  if (format == nullptr) RaiseValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
  return format;
}

Value ArrayMakeNew(const Type*, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  MICA_TRY(CheckArgCount("array", n_pos, n_kw, 1, 2));
  const Format* format = TypeCodeFormat(args[0]);
  if (format == nullptr) return Value::Exception();
  const Value self = NewArray(format);
  MICA_TRY(self);
  if (n_pos < 2) return self;
  const Value initializer = args[1];
  if (IsStr(initializer)) {
    return RaiseFormat(&kTypeErrorType, "cannot use a str to initialize an array with typecode '%c'", format->code);
  }
  if (IsArray(initializer) && AsArray(initializer)->format != format) {
    // Another type code: item by item, converted (and range-checked) one at a time.
    for (size_t i = 0; i < AsArray(initializer)->length; ++i) {
      const Value item = LoadItem(initializer, i);
      MICA_TRY(item);
      MICA_TRY(Append(self, item));
    }
    return self;
  }
  const uint8_t* data;
  size_t length;
  if (!IsArray(initializer) && GetBuffer(initializer, &data, &length)) {
    MICA_TRY(AppendBytes(self, data, length));
    return self;
  }
  MICA_TRY(Extend(self, initializer));
  return self;
}

Value ArrayPrint(const Printer& printer, Value self, PrintKind) {
  const char code[] = {'\'', AsArray(self)->format->code, '\''};
  printer.Write("array(", 6);
  printer.Write(code, 3);
  const size_t length = AsArray(self)->length;
  if (length != 0) {
    printer.Write(", [", 3);
    for (size_t i = 0; i < AsArray(self)->length; ++i) {
      if (i != 0) printer.Write(", ", 2);
      const Value item = LoadItem(self, i);
      MICA_TRY(item);
      MICA_TRY(Print(printer, item, PrintKind::kRepr));
    }
    printer.Write("]", 1);
  }
  printer.Write(")", 1);
  return Value::None();
}

Value ArrayUnaryOp(UnaryOp op, Value self) {
  switch (op) {
    case UnaryOp::kBool: return Value::Bool(AsArray(self)->length != 0);
    case UnaryOp::kLen: return Value::SmallInt(static_cast<intptr_t>(AsArray(self)->length));
    default: return Value();  // unhashable
  }
}

// The first index of `value` at or after `start`, or -1; Equals may run Python code (__eq__).
Value Find(Value self, Value value, intptr_t* found) {
  *found = -1;
  for (size_t i = 0; i < AsArray(self)->length; ++i) {
    const Value item = LoadItem(self, i);
    MICA_TRY(item);
    const Value equal = Equals(item, value);
    MICA_TRY(equal);
    if (equal.IsTrue()) {
      *found = static_cast<intptr_t>(i);
      return Value::None();
    }
  }
  return Value::None();
}

Value Repeat(Value self, Value count_value) {
  intptr_t count;
  MICA_TRY(ToIndex(count_value, &count));
  const Value result = NewArray(AsArray(self)->format);
  MICA_TRY(result);
  if (count <= 0 || AsArray(self)->length == 0) return result;
  const size_t bytes = AsArray(self)->length * ItemSize(AsArray(self));
  MICA_TRY(Reserve(result, SaturatingMul(AsArray(self)->length, static_cast<size_t>(count))));
  for (intptr_t i = 0; i < count; ++i) MICA_TRY(AppendBytes(result, AsArray(self)->data, bytes));
  return result;
}

Value CompareArrays(BinaryOp op, Value lhs, Value rhs) {
  const size_t a_length = AsArray(lhs)->length;
  const size_t b_length = AsArray(rhs)->length;
  if ((op == BinaryOp::kEqual || op == BinaryOp::kNotEqual) && a_length != b_length) {
    return Value::Bool(op == BinaryOp::kNotEqual);
  }
  size_t i = 0;
  for (; i < a_length && i < b_length && i < AsArray(lhs)->length && i < AsArray(rhs)->length; ++i) {
    const Value a = LoadItem(lhs, i);
    MICA_TRY(a);
    const Value b = LoadItem(rhs, i);
    MICA_TRY(b);
    const Value equal = Equals(a, b);
    MICA_TRY(equal);
    if (!equal.IsTrue()) {
      if (op == BinaryOp::kEqual) return Value::False();
      if (op == BinaryOp::kNotEqual) return Value::True();
      return Compare(op, a, b);
    }
  }
  return Compare(op, Value::SmallInt(static_cast<intptr_t>(a_length)), Value::SmallInt(static_cast<intptr_t>(b_length)));
}

Value ArrayBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  if (op == BinaryOp::kContains) {
    intptr_t found;
    MICA_TRY(Find(lhs, rhs, &found));
    return Value::Bool(found >= 0);
  }
  if (op >= BinaryOp::kLess && op <= BinaryOp::kGreaterEqual) {
    if (!IsArray(lhs) || !IsArray(rhs)) return Value();
    return CompareArrays(op, lhs, rhs);
  }
  switch (op) {
    case BinaryOp::kAdd:
    case BinaryOp::kInplaceAdd: {
      if (!IsArray(lhs) || !IsArray(rhs)) {
        if (!IsArray(lhs)) return Value();
        return RaiseFormat(&kTypeErrorType, "can only append array (not \"%T\") to array", rhs);
      }
      if (AsArray(lhs)->format != AsArray(rhs)->format) return RaiseTypeError("bad argument type for built-in operation");
      Value result = lhs;
      if (op == BinaryOp::kAdd) {
        result = NewArray(AsArray(lhs)->format);
        MICA_TRY(result);
        MICA_TRY(Extend(result, lhs));
      }
      MICA_TRY(Extend(result, rhs));
      return result;
    }
    case BinaryOp::kMultiply:
    case BinaryOp::kInplaceMultiply: {
      const bool array_left = IsArray(lhs);
      const Value count = array_left ? rhs : lhs;
      if (!IsInt(count)) return Value();
      const Value result = Repeat(array_left ? lhs : rhs, count);
      if (op == BinaryOp::kMultiply || result.IsException()) return result;
      // In place: the repeated items replace the array's own.
      ArrayObject* target = AsArray(lhs);
      ArrayObject* source = AsArray(result);
      target->data = source->data;
      target->length = source->length;
      target->capacity = source->capacity;
      return lhs;
    }
    default: return Value();
  }
}

Value ArrayAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  if (op != AttrOp::kLoad) return Value();
  const Format* format = AsArray(self)->format;
  if (name == names::itemsize) {
    *value = Value::SmallInt(format->size);
    return Value::None();
  }
  if (name == names::typecode) {
    const char code = format->code;
    *value = NewStr(&code, 1);
    return value->IsException() ? *value : Value::None();
  }
  return Value();
}

// Removes items [start, start + count).
void RemoveRange(Value self, size_t start, size_t count) {
  ArrayObject* a = AsArray(self);
  const size_t size = ItemSize(a);
  MoveBytes(Slot(a, start), Slot(a, start + count), (a->length - start - count) * size);
  a->length -= static_cast<uint32_t>(count);
}

Value SliceGet(Value self, const SliceBounds& bounds) {
  const Value result = NewArray(AsArray(self)->format);
  MICA_TRY(result);
  MICA_TRY(Reserve(result, bounds.count));
  const size_t size = ItemSize(AsArray(self));
  for (size_t i = 0; i < bounds.count; ++i) {
    const intptr_t index = bounds.start + static_cast<intptr_t>(i) * bounds.step;
    memcpy(Slot(AsArray(result), i), Slot(AsArray(self), static_cast<size_t>(index)), size);
  }
  AsArray(result)->length = static_cast<uint32_t>(bounds.count);
  return result;
}

Value SliceDelete(Value self, const SliceBounds& bounds) {
  if (bounds.count == 0) return Value::None();
  if (bounds.step == 1) {
    RemoveRange(self, static_cast<size_t>(bounds.start), bounds.count);
    return Value::None();
  }
  // Compact: keep every item the slice does not select.
  ArrayObject* a = AsArray(self);
  const size_t size = ItemSize(a);
  const intptr_t low = bounds.step > 0 ? bounds.start : bounds.start + static_cast<intptr_t>(bounds.count - 1) * bounds.step;
  const intptr_t step = bounds.step > 0 ? bounds.step : -bounds.step;
  size_t kept = static_cast<size_t>(low);
  for (size_t i = static_cast<size_t>(low); i < a->length; ++i) {
    const intptr_t offset = static_cast<intptr_t>(i) - low;
    const bool selected = offset % step == 0 && static_cast<size_t>(offset / step) < bounds.count;
    if (!selected) MoveBytes(Slot(a, kept++), Slot(a, i), size);
  }
  a->length = static_cast<uint32_t>(kept);
  return Value::None();
}

Value SliceStore(Value self, const SliceBounds& bounds, Value value) {
  if (!IsArray(value)) {
    return RaiseFormat(&kTypeErrorType, "can only assign array (not \"%T\") to array slice", value);
  }
  if (AsArray(value)->format != AsArray(self)->format) return RaiseTypeError("bad argument type for built-in operation");
  if (value.Is(self)) {  // a[i:j] = a: work from a copy
    value = SliceGet(self, SliceBounds{0, static_cast<intptr_t>(AsArray(self)->length), 1, AsArray(self)->length});
    MICA_TRY(value);
  }
  const size_t count = AsArray(value)->length;
  const size_t size = ItemSize(AsArray(self));
  if (bounds.step != 1) {
    if (count != bounds.count) {
      return RaiseFormat(&kValueErrorType, "attempt to assign array of size %d to extended slice of size %d",
                         static_cast<int>(count), static_cast<int>(bounds.count));
    }
    for (size_t i = 0; i < count; ++i) {
      const intptr_t index = bounds.start + static_cast<intptr_t>(i) * bounds.step;
      memcpy(Slot(AsArray(self), static_cast<size_t>(index)), Slot(AsArray(value), i), size);
    }
    return Value::None();
  }
  // Replace [start, start + bounds.count) by the new items, moving the tail once.
  const size_t start = static_cast<size_t>(bounds.start);
  if (count > bounds.count) MICA_TRY(Reserve(self, count - bounds.count));
  ArrayObject* a = AsArray(self);
  const size_t tail = a->length - start - bounds.count;
  MoveBytes(Slot(a, start + count), Slot(a, start + bounds.count), tail * size);
  MoveBytes(Slot(a, start), AsArray(value)->data, count * size);
  a->length = static_cast<uint32_t>(start + count + tail);
  return Value::None();
}

Value ArraySubscript(Value self, Value index, Value value) {
  if (IsSlice(index)) {
    SliceBounds bounds;
    MICA_TRY(ResolveSlice(index, AsArray(self)->length, &bounds));
    if (value.IsNull()) return SliceGet(self, bounds);
    if (value.IsUnbound()) return SliceDelete(self, bounds);
    return SliceStore(self, bounds, value);
  }
  size_t position;
  MICA_TRY(NormalizeIndex(index, AsArray(self)->length, "array", &position));
  if (value.IsNull()) return LoadItem(self, position);
  if (value.IsUnbound()) {
    RemoveRange(self, position, 1);
    return Value::None();
  }
  return StoreItem(self, position, value);
}

Value ArrayGetIter(Value self) { return NewSequenceIterator(self); }

bool ArrayBuffer(Value self, const uint8_t** data, size_t* length) {
  const ArrayObject* a = AsArray(self);
  *data = a->data;
  *length = a->length * ItemSize(a);
  return true;
}

// ---- Methods ----------------------------------------------------------------------------------------------

Value AppendMethod(const Value* args, uint32_t, uint32_t) { return Append(args[0], args[1]); }

Value ExtendMethod(const Value* args, uint32_t, uint32_t) { return Extend(args[0], args[1]); }

Value InsertMethod(const Value* args, uint32_t, uint32_t) {
  const Value self = args[0];
  intptr_t index;
  MICA_TRY(ToIndex(args[1], &index));
  const intptr_t length = static_cast<intptr_t>(AsArray(self)->length);
  if (index < 0) index = index + length < 0 ? 0 : index + length;
  if (index > length) index = length;
  // Convert first, so a bad value leaves the array unchanged.
  MICA_TRY(Append(self, args[2]));
  ArrayObject* a = AsArray(self);
  const size_t size = ItemSize(a);
  uint8_t item[8];
  memcpy(item, Slot(a, a->length - 1), size);
  MoveBytes(Slot(a, static_cast<size_t>(index) + 1), Slot(a, static_cast<size_t>(index)),
          (a->length - 1 - static_cast<size_t>(index)) * size);
  memcpy(Slot(a, static_cast<size_t>(index)), item, size);
  return Value::None();
}

Value PopMethod(const Value* args, uint32_t n_pos, uint32_t) {
  const Value self = args[0];
  const size_t length = AsArray(self)->length;
  if (length == 0) return RaiseIndexError("pop from empty array");
  intptr_t index = -1;
  if (n_pos > 1) MICA_TRY(ToIndex(args[1], &index));
  if (index < 0) index += static_cast<intptr_t>(length);
  if (index < 0 || static_cast<size_t>(index) >= length) return RaiseIndexError("pop index out of range");
  const Value item = LoadItem(self, static_cast<size_t>(index));
  MICA_TRY(item);
  RemoveRange(self, static_cast<size_t>(index), 1);
  return item;
}

Value RemoveMethod(const Value* args, uint32_t, uint32_t) {
  intptr_t found;
  MICA_TRY(Find(args[0], args[1], &found));
  if (found < 0) return RaiseValueError("array.remove(x): x not in array");
  RemoveRange(args[0], static_cast<size_t>(found), 1);
  return Value::None();
}

Value IndexMethod(const Value* args, uint32_t, uint32_t) {
  intptr_t found;
  MICA_TRY(Find(args[0], args[1], &found));
  if (found < 0) return RaiseValueError("array.index(x): x not in array");
  return Value::SmallInt(found);
}

Value CountMethod(const Value* args, uint32_t, uint32_t) {
  intptr_t count = 0;
  for (size_t i = 0; i < AsArray(args[0])->length; ++i) {
    const Value item = LoadItem(args[0], i);
    MICA_TRY(item);
    const Value equal = Equals(item, args[1]);
    MICA_TRY(equal);
    if (equal.IsTrue()) ++count;
  }
  return Value::SmallInt(count);
}

Value ReverseMethod(const Value* args, uint32_t, uint32_t) {
  ArrayObject* a = AsArray(args[0]);
  const size_t size = ItemSize(a);
  uint8_t item[8];
  for (size_t i = 0, j = a->length; i + 1 < j; ++i, --j) {
    memcpy(item, Slot(a, i), size);
    memcpy(Slot(a, i), Slot(a, j - 1), size);
    memcpy(Slot(a, j - 1), item, size);
  }
  return Value::None();
}

Value ToBytesMethod(const Value* args, uint32_t, uint32_t) {
  const ArrayObject* a = AsArray(args[0]);
  return NewBytes(a->data, a->length * ItemSize(a));
}

Value FromBytesMethod(const Value* args, uint32_t, uint32_t) {
  const uint8_t* data;
  size_t length;
  if (!GetBuffer(args[1], &data, &length)) {
    return RaiseFormat(&kTypeErrorType, "a bytes-like object is required, not '%T'", args[1]);
  }
  return AppendBytes(args[0], data, length);
}

Value FromListMethod(const Value* args, uint32_t, uint32_t) {
  if (!IsList(args[1])) return RaiseTypeError("arg must be list");
  // All or nothing, as CPython: on a bad item the array is cut back to its old length.
  const uint32_t old_length = AsArray(args[0])->length;
  const Value result = Extend(args[0], args[1]);
  if (result.IsException()) AsArray(args[0])->length = old_length;
  return result;
}

Value ToListMethod(const Value* args, uint32_t, uint32_t) {
  const Value list = NewList(AsArray(args[0])->length);
  MICA_TRY(list);
  for (size_t i = 0; i < AsArray(args[0])->length; ++i) {
    const Value item = LoadItem(args[0], i);
    MICA_TRY(item);
    MICA_TRY(ListAppend(list, item));
  }
  return list;
}

constexpr BuiltinFunction kAppend = MakeMethod(&kArrayType, names::append, 2, 2, AppendMethod);
constexpr BuiltinFunction kCount = MakeMethod(&kArrayType, names::count, 2, 2, CountMethod);
constexpr BuiltinFunction kExtend = MakeMethod(&kArrayType, names::extend, 2, 2, ExtendMethod);
constexpr BuiltinFunction kFromBytes = MakeMethod(&kArrayType, names::frombytes, 2, 2, FromBytesMethod);
constexpr BuiltinFunction kFromList = MakeMethod(&kArrayType, names::fromlist, 2, 2, FromListMethod);
constexpr BuiltinFunction kIndex = MakeMethod(&kArrayType, names::index, 2, 2, IndexMethod);
constexpr BuiltinFunction kInsert = MakeMethod(&kArrayType, names::insert, 3, 3, InsertMethod);
constexpr BuiltinFunction kPop = MakeMethod(&kArrayType, names::pop, 1, 2, PopMethod);
constexpr BuiltinFunction kRemove = MakeMethod(&kArrayType, names::remove, 2, 2, RemoveMethod);
constexpr BuiltinFunction kReverse = MakeMethod(&kArrayType, names::reverse, 1, 1, ReverseMethod);
constexpr BuiltinFunction kToBytes = MakeMethod(&kArrayType, names::tobytes, 1, 1, ToBytesMethod);
constexpr BuiltinFunction kToList = MakeMethod(&kArrayType, names::tolist, 1, 1, ToListMethod);

constexpr Member kArrayMembers[] = {
    {names::append, &kAppend.header},
    {names::count, &kCount.header},
    {names::extend, &kExtend.header},
    {names::frombytes, &kFromBytes.header},
    {names::fromlist, &kFromList.header},
    {names::index, &kIndex.header},
    {names::insert, &kInsert.header},
    {names::pop, &kPop.header},
    {names::remove, &kRemove.header},
    {names::reverse, &kReverse.header},
    {names::tobytes, &kToBytes.header},
    {names::tolist, &kToList.header},
};
constexpr size_t kArrayMemberCount = sizeof(kArrayMembers) / sizeof(kArrayMembers[0]);
static_assert(MembersSorted(kArrayMembers, kArrayMemberCount), "sorted");

}  // namespace

constexpr Type kArrayType = {{&kTypeType},
                             names::array,
                             0,
                             nullptr,
                             ArrayMakeNew,
                             ArrayPrint,
                             nullptr,
                             ArrayUnaryOp,
                             ArrayBinaryOp,
                             ArrayAttr,
                             ArraySubscript,
                             ArrayGetIter,
                             nullptr,
                             MemberTable{kArrayMembers, static_cast<uint16_t>(kArrayMemberCount)},
                             ArrayBuffer};

namespace {

constexpr ModuleMember kArrayModuleMembers[] = {
    ModuleObjectMember(names::array, &kArrayType.header),
};
static_assert(ModuleMembersSorted(kArrayModuleMembers, 1), "sorted");

}  // namespace

extern const BuiltinModuleDef kArrayModule = {names::array, kArrayModuleMembers, 1, nullptr};

}  // namespace mica
