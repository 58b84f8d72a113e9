#include "runtime/objects/memoryview.h"

#include <string.h>

#include "runtime/int_format.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytearray.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/bytes_methods.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/list.h"
#include "runtime/objects/none_bool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/slice.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

MemoryViewObject* AsMemoryView(Value v) { return reinterpret_cast<MemoryViewObject*>(v.AsObject()); }

Value NewView(Value base, size_t offset, size_t length, bool readonly) {
  Object* object = NewObject(&kMemoryViewType, sizeof(MemoryViewObject));
  if (object == nullptr) return Value::Exception();
  MemoryViewObject* view = reinterpret_cast<MemoryViewObject*>(object);
  view->base = base;
  view->offset = static_cast<uint32_t>(offset);
  view->length = static_cast<uint32_t>(length);
  view->readonly = readonly ? 1 : 0;
  return Value::FromObject(object);
}

// The view's bytes, or ValueError for a released view.
Value Access(Value self, uint8_t** data, size_t* length) {
  if (AsMemoryView(self)->released) return RaiseValueError("operation forbidden on released memoryview object");
  const uint8_t* bytes;
  MemoryViewBuffer(self, &bytes, length);
  *data = const_cast<uint8_t*>(bytes);
  return Value::None();
}

Value CheckWritable(Value self) {
  if (AsMemoryView(self)->readonly) return RaiseTypeError("cannot modify read-only memory");
  return Value::None();
}

Value StepOneOnly(const SliceBounds& bounds) {
  if (bounds.step != 1) {
    return RaiseNew(&kNotImplementedErrorType, "only slices with step=1 (aka None) are supported");
  }
  return Value::None();
}

Value MemoryViewPrint(const Printer& printer, Value self, PrintKind) {
  printer.Write("<memory at ", 11);
  char address[kMaxIntText];
  IntFormat hex;
  hex.base = 16;
  hex.prefix = true;
  printer.Write(address, FormatUint(self.bits(), hex, address, sizeof(address)));
  printer.Write(">", 1);
  return Value::None();
}

Value MemoryViewUnaryOp(UnaryOp op, Value self) {
  uint8_t* data = nullptr;
  size_t length;
  switch (op) {
    case UnaryOp::kBool:
    case UnaryOp::kLen:
      MICA_TRY(Access(self, &data, &length));
      if (op == UnaryOp::kBool) return Value::Bool(length != 0);
      return Value::SmallInt(static_cast<intptr_t>(length));
    default: return Value();  // unhashable
  }
}

Value MemoryViewBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  if (op != BinaryOp::kEqual && op != BinaryOp::kNotEqual) return Value();
  const uint8_t* a;
  size_t a_length;
  const uint8_t* b;
  size_t b_length;
  if (!GetBuffer(lhs, &a, &a_length) || !GetBuffer(rhs, &b, &b_length)) return Value();
  const bool equal = a_length == b_length && (a_length == 0 || memcmp(a, b, a_length) == 0);
  return Value::Bool(op == BinaryOp::kEqual ? equal : !equal);
}

Value MemoryViewAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  if (name != names::readonly) return Value();
  if (op != AttrOp::kLoad) return RaiseFormat(&kAttributeErrorType, "readonly attribute");
  *value = Value::Bool(AsMemoryView(self)->readonly != 0);
  return Value::None();
}

Value MemoryViewSubscript(Value self, Value index, Value value) {
  uint8_t* data = nullptr;
  size_t length;
  MICA_TRY(Access(self, &data, &length));
  MemoryViewObject* view = AsMemoryView(self);
  if (value.IsUnbound()) return RaiseTypeError("cannot delete memory");
  if (IsSlice(index)) {
    SliceBounds bounds;
    MICA_TRY(ResolveSlice(index, length, &bounds));
    MICA_TRY(StepOneOnly(bounds));
    if (value.IsNull()) {
      return NewView(view->base, view->offset + static_cast<size_t>(bounds.start), bounds.count, view->readonly);
    }
    MICA_TRY(CheckWritable(self));
    const uint8_t* source;
    size_t source_length;
    if (!GetBuffer(value, &source, &source_length)) {
      return RaiseFormat(&kTypeErrorType, "a bytes-like object is required, not '%T'", value);
    }
    if (source_length != bounds.count) {
      return RaiseValueError("memoryview assignment: lvalue and rvalue have different structures");
    }
    if (source_length > 0) memmove(data + bounds.start, source, source_length);
    return Value::None();
  }
  size_t i;
  MICA_TRY(NormalizeIndex(index, length, "memoryview", &i));
  if (value.IsNull()) return Value::SmallInt(data[i]);
  MICA_TRY(CheckWritable(self));
  uint8_t byte;
  MICA_TRY(ToByte(value, &byte));
  // ToByte does not allocate, so data is still valid.
  data[i] = byte;
  return Value::None();
}

Value MemoryViewToBytes(const Value* args, uint32_t, uint32_t) {
  uint8_t* data = nullptr;
  size_t length;
  MICA_TRY(Access(args[0], &data, &length));
  return NewBytes(data, length);
}

Value MemoryViewToList(const Value* args, uint32_t, uint32_t) {
  uint8_t* data = nullptr;
  size_t length;
  MICA_TRY(Access(args[0], &data, &length));
  const Value list = NewList(length);
  MICA_TRY(list);
  MICA_TRY(Access(args[0], &data, &length));  // the allocation may have moved a bytearray's block
  for (size_t i = 0; i < length; ++i) MICA_TRY(ListAppend(list, Value::SmallInt(data[i])));
  return list;
}

Value MemoryViewHex(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  uint8_t* data = nullptr;
  size_t length;
  MICA_TRY(Access(args[0], &data, &length));
  return BytesHex(args, n_pos, n_kw);
}

Value MemoryViewRelease(const Value* args, uint32_t, uint32_t) {
  AsMemoryView(args[0])->released = 1;
  return Value::None();
}

Value MemoryViewGetIter(Value self) {
  uint8_t* data = nullptr;
  size_t length;
  MICA_TRY(Access(self, &data, &length));
  return BytesLikeGetIter(self);
}

constexpr BuiltinFunction kHex = MakeMethod(&kMemoryViewType, names::hex, 1, 1, MemoryViewHex);
constexpr BuiltinFunction kRelease = MakeMethod(&kMemoryViewType, names::release, 1, 1, MemoryViewRelease);
constexpr BuiltinFunction kToBytes = MakeMethod(&kMemoryViewType, names::tobytes, 1, 1, MemoryViewToBytes);
constexpr BuiltinFunction kToList = MakeMethod(&kMemoryViewType, names::tolist, 1, 1, MemoryViewToList);

constexpr Member kMemoryViewMembers[] = {
    {names::hex, &kHex.header},
    {names::release, &kRelease.header},
    {names::tobytes, &kToBytes.header},
    {names::tolist, &kToList.header},
};
constexpr size_t kMemoryViewMemberCount = sizeof(kMemoryViewMembers) / sizeof(kMemoryViewMembers[0]);
static_assert(MembersSorted(kMemoryViewMembers, kMemoryViewMemberCount), "sorted");

}  // namespace

constexpr Type kMemoryViewType = {{&kTypeType},
                                  names::memoryview,
                                  0,
                                  nullptr,
                                  MemoryViewMakeNew,
                                  MemoryViewPrint,
                                  nullptr,
                                  MemoryViewUnaryOp,
                                  MemoryViewBinaryOp,
                                  MemoryViewAttr,
                                  MemoryViewSubscript,
                                  MemoryViewGetIter,
                                  nullptr,
                                  MemberTable{kMemoryViewMembers, static_cast<uint16_t>(kMemoryViewMemberCount)}};

bool IsMemoryView(Value v) { return v.IsObject() && v.AsObject()->type == &kMemoryViewType; }

void MemoryViewBuffer(Value v, const uint8_t** data, size_t* length) {
  const MemoryViewObject* view = AsMemoryView(v);
  const uint8_t* base_data = nullptr;
  size_t base_length = 0;
  if (view->released || !GetBuffer(view->base, &base_data, &base_length) || base_length < view->offset) {
    *data = base_data;
    *length = 0;
    return;
  }
  size_t available = base_length - view->offset;
  *data = base_data + view->offset;
  *length = view->length < available ? view->length : available;
}

Value MemoryViewMakeNew(const Type*, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  MICA_TRY(CheckArgCount("memoryview", n_pos, n_kw, 1, 1));
  const Value source = args[0];
  if (IsMemoryView(source)) {
    const MemoryViewObject* view = AsMemoryView(source);
    if (view->released) return RaiseValueError("operation forbidden on released memoryview object");
    const uint8_t* data;
    size_t length;
    MemoryViewBuffer(source, &data, &length);
    return NewView(view->base, view->offset, length, view->readonly);
  }
  const uint8_t* data;
  size_t length;
  if (!GetBuffer(source, &data, &length)) {
    return RaiseFormat(&kTypeErrorType, "memoryview: a bytes-like object is required, not '%T'", source);
  }
  return NewView(source, 0, length, !IsByteArray(source));
}

}  // namespace mica
