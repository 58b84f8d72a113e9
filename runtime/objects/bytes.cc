#include "runtime/objects/bytes.h"

#include <string.h>

#include "gc/heap.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytearray.h"
#include "runtime/objects/bytes_methods.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/format.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/memoryview.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/slice.h"
#include "runtime/objects/str.h"
#include "runtime/objects/text_ops.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

constexpr size_t kNone = kNoPosition;


using Buffer = ByteSpan;

size_t Find(const uint8_t* h, size_t h_len, const uint8_t* n, size_t n_len, size_t from, size_t to, bool reverse) {
  if (to > h_len) to = h_len;
  if (from > to) return kNone;
  return FindBytes(reinterpret_cast<const char*>(h), to, reinterpret_cast<const char*>(n), n_len, from, reverse);
}

// The needle of find/count/index: an int (one byte) or a bytes-like.
Value Needle(Value v, uint8_t* single, Buffer* out) {
  if (IsInt(v)) {
    MICA_TRY(ToByte(v, single));
    out->data = single;
    out->length = 1;
    return Value::None();
  }
  if (GetBuffer(v, &out->data, &out->length)) return Value::None();
  return RaiseFormat(&kTypeErrorType, "argument should be integer or bytes-like object, not '%T'", v);
}

Value FindCommon(const Value* args, uint32_t n_pos, bool reverse, size_t* out) {
  uint8_t single;
  Buffer needle;
  MICA_TRY(Needle(args[1], &single, &needle));
  Buffer self = SelfBuffer(args[0]);
  size_t start;
  size_t end;
  MICA_TRY(ResolveStartEnd(args, n_pos, 2, self.length, true, &start, &end));
  self = SelfBuffer(args[0]);
  *out = Find(self.data, self.length, needle.data, needle.length, start, end, reverse);
  return Value::None();
}

uint32_t HashData(const uint8_t* data, size_t length) {
  return names::HashBytes(reinterpret_cast<const char*>(data), length);
}

Value BytesPrint(const Printer& printer, Value self, PrintKind) {
  const Buffer b = SelfBuffer(self);
  PrintBytesRepr(printer, b.data, b.length);
  return Value::None();
}

Value BytesUnaryOp(UnaryOp op, Value self) {
  const BytesObject* bytes = reinterpret_cast<const BytesObject*>(self.AsObject());
  switch (op) {
    case UnaryOp::kBool: return Value::Bool(bytes->length != 0);
    case UnaryOp::kLen: return Value::SmallInt(static_cast<intptr_t>(bytes->length));
    case UnaryOp::kHash: return HashToValue(static_cast<intptr_t>(static_cast<int32_t>(bytes->hash)));
    default: return Value();
  }
}

Value BytesBinaryOp(BinaryOp op, Value lhs, Value rhs) { return BytesLikeBinaryOp(&kBytesType, op, lhs, rhs); }

Value BytesSubscript(Value self, Value index, Value value) {
  if (!value.IsNull()) {
    return RaiseFormat(&kTypeErrorType, value.IsUnbound() ? "'%T' object doesn't support item deletion"
                                                          : "'%T' object does not support item assignment",
                       self);
  }
  return BytesLikeGetItem(self, index, "byte");
}

struct BytesIteratorObject {
  Object header;
  Value sequence;
  uintptr_t position;
};

Value BytesIteratorNext(Value self) {
  BytesIteratorObject* it = reinterpret_cast<BytesIteratorObject*>(self.AsObject());
  const Buffer b = SelfBuffer(it->sequence);
  if (it->position >= b.length) return Value();
  return Value::SmallInt(b.data[it->position++]);
}

Value IteratorReturnSelf(Value self) { return self; }

constexpr Type kBytesIteratorType = {{&kTypeType}, names::iterator, 0,       nullptr, nullptr,
                                     nullptr,      nullptr,         nullptr, nullptr, nullptr,
                                     nullptr,      IteratorReturnSelf, BytesIteratorNext, MemberTable{nullptr, 0}};

constexpr char kHexDigits[] = "0123456789abcdef";



Value StripCommon(const Value* args, uint32_t n_pos, bool left, bool right) {
  Buffer chars;
  const bool whitespace = n_pos < 2 || args[1].IsNone();
  if (!whitespace) MICA_TRY(RequireBuffer(args[1], &chars));
  const Buffer self = SelfBuffer(args[0]);
  auto strip = [&](uint8_t c) {
    if (whitespace) return text::IsAsciiSpace(c);
    return memchr(chars.data, c, chars.length) != nullptr;
  };
  size_t start = 0;
  size_t end = self.length;
  if (left) {
    while (start < end && strip(self.data[start])) ++start;
  }
  if (right) {
    while (end > start && strip(self.data[end - 1])) --end;
  }
  if (start == 0 && end == self.length && IsBytes(args[0])) return args[0];
  return NewBytesLike(args[0], self.data + start, end - start);
}

Value AffixCommon(const Value* args, uint32_t n_pos, bool end_side) {
  const Buffer self = SelfBuffer(args[0]);
  size_t start;
  size_t end;
  MICA_TRY(ResolveStartEnd(args, n_pos, 2, self.length, true, &start, &end));
  const Value* candidates = &args[1];
  size_t n = 1;
  if (IsTuple(args[1])) {
    candidates = TupleItems(args[1]);
    n = TupleLength(args[1]);
  }
  for (size_t i = 0; i < n; ++i) {
    Buffer affix;
    if (!GetBuffer(candidates[i], &affix.data, &affix.length)) {
      return RaiseFormat(&kTypeErrorType,
                         end_side ? "endswith first arg must be bytes or a tuple of bytes, not %T"
                                  : "startswith first arg must be bytes or a tuple of bytes, not %T",
                         candidates[i]);
    }
    if (end < start || end - start < affix.length) continue;
    const uint8_t* at = end_side ? self.data + end - affix.length : self.data + start;
    if (memcmp(at, affix.data, affix.length) == 0) return Value::True();
  }
  return Value::False();
}

#define MICA_BYTES_OBJECT(name, min, max, function, flags) \
  MICA_BYTES_METHOD_OBJECT(&kBytesType, name, min, max, function, flags)
MICA_BYTES_SHARED_METHODS(MICA_BYTES_OBJECT)
#undef MICA_BYTES_OBJECT

#define MICA_BYTES_ENTRY(name, min, max, function, flags) MICA_BYTES_MEMBER(name)
constexpr Member kBytesMembers[] = {MICA_BYTES_SHARED_METHODS(MICA_BYTES_ENTRY)};
#undef MICA_BYTES_ENTRY
constexpr size_t kBytesMemberCount = sizeof(kBytesMembers) / sizeof(kBytesMembers[0]);
static_assert(MembersSorted(kBytesMembers, kBytesMemberCount), "sorted");

}  // namespace

constexpr Type kBytesType = {{&kTypeType}, names::bytes, 0, nullptr,       BytesMakeNew,
                             BytesPrint,   nullptr,      BytesUnaryOp,      BytesBinaryOp, nullptr,
                             BytesSubscript, BytesLikeGetIter, nullptr,
                             MemberTable{kBytesMembers, static_cast<uint16_t>(kBytesMemberCount)}};

constexpr BytesObject kEmptyBytes = {{&kBytesType}, names::HashBytes("", 0), 0};

bool IsBytes(Value v) { return v.IsObject() && v.AsObject()->type == &kBytesType; }

bool GetBuffer(Value v, const uint8_t** data, size_t* length) {
  if (!v.IsObject()) return false;
  const Type* type = v.AsObject()->type;
  if (type == &kBytesType) {
    const BytesObject* bytes = reinterpret_cast<const BytesObject*>(v.AsObject());
    *data = bytes->Data();
    *length = bytes->length;
    return true;
  }
  if (type == &kByteArrayType) {
    const ByteArrayObject* array = reinterpret_cast<const ByteArrayObject*>(v.AsObject());
    *data = array->data;
    *length = array->length;
    return true;
  }
  if (type == &kMemoryViewType) {
    MemoryViewBuffer(v, data, length);
    return true;
  }
  return type->buffer != nullptr && type->buffer(v, data, length);
}

BytesObject* AllocateBytes(size_t length) {
  if (length > 0x7FFFFFFFu - sizeof(BytesObject)) {
    RaiseMemoryError();
    return nullptr;
  }
  Object* object = NewObject(&kBytesType, sizeof(BytesObject) + length, gc::kNoScan);
  if (object == nullptr) return nullptr;
  BytesObject* bytes = reinterpret_cast<BytesObject*>(object);
  bytes->length = static_cast<uint32_t>(length);
  return bytes;
}

Value FinishBytes(BytesObject* bytes) {
  if (bytes->length == 0) return Value::FromObject(&kEmptyBytes.header);
  bytes->hash = HashData(bytes->Data(), bytes->length);
  return Value::FromObject(&bytes->header);
}

Value NewBytes(const void* data, size_t length) {
  if (length == 0) return Value::FromObject(&kEmptyBytes.header);
  BytesObject* bytes = AllocateBytes(length);
  if (bytes == nullptr) return Value::Exception();
  memcpy(bytes->Data(), data, length);
  return FinishBytes(bytes);
}

void PrintBytesRepr(const Printer& printer, const uint8_t* data, size_t length) {
  bool single = false;
  bool dbl = false;
  for (size_t i = 0; i < length; ++i) {
    if (data[i] == '\'') single = true;
    if (data[i] == '"') dbl = true;
  }
  const char quote = single && !dbl ? '"' : '\'';
  printer.Write("b", 1);
  printer.Write(&quote, 1);
  size_t run = 0;  // start of the pending run of plain bytes
  for (size_t i = 0; i < length; ++i) {
    const uint8_t c = data[i];
    char escape[4];
    size_t n = 0;
    if (c == '\\' || c == static_cast<uint8_t>(quote)) {
      escape[0] = '\\', escape[1] = static_cast<char>(c), n = 2;
    } else if (c == '\t') {
      escape[0] = '\\', escape[1] = 't', n = 2;
    } else if (c == '\n') {
      escape[0] = '\\', escape[1] = 'n', n = 2;
    } else if (c == '\r') {
      escape[0] = '\\', escape[1] = 'r', n = 2;
    } else if (c < 0x20 || c >= 0x7F) {
      escape[0] = '\\', escape[1] = 'x', escape[2] = kHexDigits[c >> 4], escape[3] = kHexDigits[c & 15], n = 4;
    } else {
      continue;
    }
    if (i > run) printer.Write(reinterpret_cast<const char*>(data + run), i - run);
    printer.Write(escape, n);
    run = i + 1;
  }
  if (length > run) printer.Write(reinterpret_cast<const char*>(data + run), length - run);
  printer.Write(&quote, 1);
}

// ---- int.to_bytes / int.from_bytes ----------------------------------------------------------------------------

namespace {

Value ByteOrderArg(Value v, bool* little) {
  *little = false;
  if (v.IsNull()) return Value::None();
  if (StrEqualsText(v, "little", 6)) {
    *little = true;
    return Value::None();
  }
  if (StrEqualsText(v, "big", 3)) return Value::None();
  if (!IsStr(v)) return RaiseFormat(&kTypeErrorType, "to_bytes() argument 'byteorder' must be str, not %T", v);
  return RaiseValueError("byteorder must be either 'little' or 'big'");
}

}  // namespace

Value IntToBytesMethod(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  if (!IsInt(args[0])) return RaiseFormat(&kTypeErrorType, "descriptor 'to_bytes' requires an 'int' object");
  Value length_value = n_pos > 1 ? args[1] : Value::SmallInt(1);
  Value order = n_pos > 2 ? args[2] : Value();
  const Value kw_length = FindKeyword(args, n_pos, n_kw, names::length);
  if (!kw_length.IsNull()) length_value = kw_length;
  const Value kw_order = FindKeyword(args, n_pos, n_kw, names::byteorder);
  if (!kw_order.IsNull()) order = kw_order;
  const Value kw_signed = FindKeyword(args, n_pos, n_kw, names::signed_);
  bool is_signed = false;
  if (!kw_signed.IsNull()) {
    const Value truth = Truth(kw_signed);
    MICA_TRY(truth);
    is_signed = truth.IsTrue();
  }
  intptr_t length;
  MICA_TRY(ToIndex(length_value, &length));
  if (length < 0) return RaiseValueError("length argument must be non-negative");
  bool little;
  MICA_TRY(ByteOrderArg(order, &little));
  // Checked before allocating, so a huge length with a value that does not fit raises OverflowError.
  if (IntIsNegative(args[0]) && !is_signed) return RaiseOverflowError("can't convert negative int to unsigned");
  if (!is_signed && IntBitLength(args[0]) > static_cast<uint64_t>(length) * 8) {
    return RaiseOverflowError("int too big to convert");
  }
  BytesObject* result = AllocateBytes(static_cast<size_t>(length));
  if (result == nullptr) return Value::Exception();
  MICA_TRY(IntToBytes(args[0], result->Data(), static_cast<size_t>(length), little, is_signed));  // int.h
  return FinishBytes(result);
}

Value IntFromBytesMethod(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  // args[0] is the class (int or a subclass).
  Value order = n_pos > 2 ? args[2] : Value();
  const Value kw_order = FindKeyword(args, n_pos, n_kw, names::byteorder);
  if (!kw_order.IsNull()) order = kw_order;
  const Value kw_signed = FindKeyword(args, n_pos, n_kw, names::signed_);
  bool is_signed = false;
  if (!kw_signed.IsNull()) {
    const Value truth = Truth(kw_signed);
    MICA_TRY(truth);
    is_signed = truth.IsTrue();
  }
  bool little;
  MICA_TRY(ByteOrderArg(order, &little));
  Value source = args[1];
  Buffer data;
  if (!GetBuffer(source, &data.data, &data.length)) {
    Value list_args[1] = {source};
    source = BytesFromArgs("bytes", list_args, 1, 0);
    MICA_TRY(source);
    GetBuffer(source, &data.data, &data.length);
  }
  return IntFromBytes(data.data, data.length, little, is_signed);  // int.h: the build's int range applies
}

// ---- Shared by bytes and bytearray ---------------------------------------------------------------------------

ByteSpan SelfBuffer(Value self) {
  ByteSpan b;
  GetBuffer(self, &b.data, &b.length);
  return b;
}

Value RequireBuffer(Value v, ByteSpan* out) {
  if (GetBuffer(v, &out->data, &out->length)) return Value::None();
  return RaiseFormat(&kTypeErrorType, "a bytes-like object is required, not '%T'", v);
}

Value FinishLength(Value like, BytesObject* result, size_t length) {
  result->length = static_cast<uint32_t>(length);
  if (IsByteArray(like)) return NewByteArray(result->Data(), length);
  if (length == 0) return Value::FromObject(&kEmptyBytes.header);
  return FinishBytes(result);
}

Value NewBytesLike(Value like, const uint8_t* data, size_t length) {
  if (IsByteArray(like)) return NewByteArray(data, length);
  return NewBytes(data, length);
}

Value ToByte(Value v, uint8_t* out) {
  if (!IsInt(v)) return RaiseFormat(&kTypeErrorType, "'%T' object cannot be interpreted as an integer", v);
  int64_t n;
  if (!IntToInt64(v, &n) || n < 0 || n > 255) return RaiseValueError("byte must be in range(0, 256)");
  *out = static_cast<uint8_t>(n);
  return Value::None();
}

Value BytesFromArgs(const char* what, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  Value source = n_pos > 0 ? args[0] : Value();
  Value encoding = n_pos > 1 ? args[1] : Value();
  Value errors = n_pos > 2 ? args[2] : Value();
  if (n_kw > 0) {
    const Value kw_source = FindKeyword(args, n_pos, n_kw, names::source);
    if (!kw_source.IsNull()) source = kw_source;
    const Value kw_encoding = FindKeyword(args, n_pos, n_kw, names::encoding);
    if (!kw_encoding.IsNull()) encoding = kw_encoding;
    const Value kw_errors = FindKeyword(args, n_pos, n_kw, names::errors);
    if (!kw_errors.IsNull()) errors = kw_errors;
  }
  if (n_pos > 3) return RaiseFormat(&kTypeErrorType, "%s() takes at most 3 arguments (%u given)", what, n_pos);
  if (source.IsNull()) {
    if (!encoding.IsNull() || !errors.IsNull()) {
      return RaiseFormat(&kTypeErrorType, "encoding or errors without sequence argument");
    }
    return Value::FromObject(&kEmptyBytes.header);
  }
  if (IsStr(source)) {
    if (encoding.IsNull()) return RaiseTypeError("string argument without an encoding");
    return EncodeStr(source, encoding, errors);
  }
  if (!encoding.IsNull()) return RaiseTypeError("encoding without a string argument");
  if (!errors.IsNull()) return RaiseTypeError("errors without a string argument");
  Buffer buffer;
  if (GetBuffer(source, &buffer.data, &buffer.length)) {
    if (source.AsObject()->type == &kBytesType) return source;
    return NewBytes(buffer.data, buffer.length);
  }
  if (IsInt(source)) {
    intptr_t count;
    MICA_TRY(ToIndex(source, &count));
    if (count < 0) return RaiseValueError("negative count");
    BytesObject* result = AllocateBytes(static_cast<size_t>(count));
    if (result == nullptr) return Value::Exception();
    return FinishBytes(result);
  }
  const Value iterator = GetIter(source);
  if (iterator.IsException()) {
    if (PendingIs(&kTypeErrorType)) {
      ClearPendingException();
      return RaiseFormat(&kTypeErrorType, "cannot convert '%T' object to %s", source, what);
    }
    return iterator;
  }
  const Value array = NewByteArray(nullptr, 0);
  MICA_TRY(array);
  while (true) {
    const Value item = IterNext(iterator);
    MICA_TRY(item);
    if (item.IsNull()) break;
    uint8_t byte;
    const Value ok = ToByte(item, &byte);
    if (ok.IsException() && what[4] == 's' && PendingIs(&kValueErrorType)) {
      ClearPendingException();
      return RaiseValueError("bytes must be in range(0, 256)");
    }
    MICA_TRY(ok);
    MICA_TRY(ByteArraySplice(array, AsByteArray(array)->length, 0, &byte, 1));
  }
  return NewBytes(AsByteArray(array)->data, AsByteArray(array)->length);
}

Value BytesLikeBinaryOp(const Type* type, BinaryOp op, Value lhs, Value rhs) {
  Buffer a;
  Buffer b;
  switch (op) {
    case BinaryOp::kModulo: return BytesPercentOperator(type, lhs, rhs);
    case BinaryOp::kAdd:
    case BinaryOp::kInplaceAdd: {
      if (!GetBuffer(lhs, &a.data, &a.length)) return Value();
      if (!IsSubtype(lhs.AsObject()->type, type)) return Value();
      if (!GetBuffer(rhs, &b.data, &b.length)) {
        if (IsStr(rhs) || IsInt(rhs)) return RaiseFormat(&kTypeErrorType, "can't concat %T to %T", rhs, lhs);
        return Value();
      }
      if (op == BinaryOp::kInplaceAdd && IsByteArray(lhs)) {
        if (b.length == 0) return lhs;
        MICA_TRY(ByteArraySplice(lhs, a.length, 0, b.data, b.length));
        return lhs;
      }
      if (IsByteArray(lhs)) {
        const Value result = NewByteArray(nullptr, a.length + b.length);
        MICA_TRY(result);
        GetBuffer(lhs, &a.data, &a.length);
        GetBuffer(rhs, &b.data, &b.length);
        memcpy(AsByteArray(result)->data, a.data, a.length);
        memcpy(AsByteArray(result)->data + a.length, b.data, b.length);
        return result;
      }
      if (b.length == 0 && lhs.AsObject()->type == &kBytesType) return lhs;
      if (a.length == 0 && rhs.AsObject()->type == &kBytesType) return rhs;
      BytesObject* result = AllocateBytes(a.length + b.length);
      if (result == nullptr) return Value::Exception();
      GetBuffer(lhs, &a.data, &a.length);
      GetBuffer(rhs, &b.data, &b.length);
      memcpy(result->Data(), a.data, a.length);
      memcpy(result->Data() + a.length, b.data, b.length);
      return FinishBytes(result);
    }
    case BinaryOp::kMultiply:
    case BinaryOp::kInplaceMultiply: {
      Value seq = lhs;
      Value count_value = rhs;
      if (IsInt(lhs) && GetBuffer(rhs, &a.data, &a.length)) {
        seq = rhs;
        count_value = lhs;
      } else if (!IsInt(rhs) || !GetBuffer(lhs, &a.data, &a.length)) {
        return Value();
      }
      intptr_t count;
      MICA_TRY(ToIndex(count_value, &count));
      if (count < 0) count = 0;
      if (count == 1 && seq.AsObject()->type == &kBytesType) return seq;
      const size_t total = SaturatingMul(a.length, static_cast<size_t>(count));
      if (total > 0x7FFFFFFFu) return RaiseMemoryError();
      BytesObject* result = AllocateBytes(total);
      if (result == nullptr) return Value::Exception();
      GetBuffer(seq, &a.data, &a.length);
      for (intptr_t i = 0; i < count; ++i) memcpy(result->Data() + static_cast<size_t>(i) * a.length, a.data, a.length);
      if (IsByteArray(seq)) {
        if (op == BinaryOp::kInplaceMultiply) {
          MICA_TRY(ByteArraySplice(seq, 0, a.length, result->Data(), total));
          return seq;
        }
        return NewByteArray(result->Data(), total);
      }
      return FinishLength(seq, result, total);
    }
    case BinaryOp::kLess:
    case BinaryOp::kLessEqual:
    case BinaryOp::kEqual:
    case BinaryOp::kNotEqual:
    case BinaryOp::kGreater:
    case BinaryOp::kGreaterEqual: {
      if (!GetBuffer(lhs, &a.data, &a.length) || !GetBuffer(rhs, &b.data, &b.length)) return Value();
      if (op == BinaryOp::kEqual || op == BinaryOp::kNotEqual) {
        const bool equal = a.length == b.length && memcmp(a.data, b.data, a.length) == 0;
        return Value::Bool(equal == (op == BinaryOp::kEqual));
      }
      int c = memcmp(a.data, b.data, a.length < b.length ? a.length : b.length);
      if (c == 0) c = a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
      switch (op) {
        case BinaryOp::kLess: return Value::Bool(c < 0);
        case BinaryOp::kLessEqual: return Value::Bool(c <= 0);
        case BinaryOp::kGreater: return Value::Bool(c > 0);
        default: return Value::Bool(c >= 0);
      }
    }
    case BinaryOp::kContains: {
      uint8_t single;
      Buffer needle;
      MICA_TRY(Needle(rhs, &single, &needle));
      GetBuffer(lhs, &a.data, &a.length);
      return Value::Bool(Find(a.data, a.length, needle.data, needle.length, 0, a.length, false) != kNone);
    }
    default:
      return Value();
  }
}

Value BytesLikeGetItem(Value self, Value index, const char* what) {
  Buffer b = SelfBuffer(self);
  if (IsSlice(index)) {
    SliceBounds bounds;
    MICA_TRY(ResolveSlice(index, b.length, &bounds));
    if (bounds.step == 1 && bounds.count == b.length && self.AsObject()->type == &kBytesType) return self;
    BytesObject* result = AllocateBytes(bounds.count);
    if (result == nullptr) return Value::Exception();
    b = SelfBuffer(self);
    for (size_t i = 0; i < bounds.count; ++i) {
      result->Data()[i] = b.data[bounds.start + static_cast<intptr_t>(i) * bounds.step];
    }
    return FinishLength(self, result, bounds.count);
  }
  if (!IsInt(index)) {
    return RaiseFormat(&kTypeErrorType, "%s indices must be integers or slices, not %T",
                       IsByteArray(self) ? "bytearray" : what, index);
  }
  intptr_t i;
  MICA_TRY(ToIndex(index, &i));
  if (i < 0) i += static_cast<intptr_t>(b.length);
  if (i < 0 || i >= static_cast<intptr_t>(b.length)) {
    return RaiseIndexError(IsByteArray(self) ? "bytearray index out of range" : "index out of range");
  }
  return Value::SmallInt(b.data[i]);
}

Value BytesLikeGetIter(Value self) {
  Object* object = NewObject(&kBytesIteratorType, sizeof(BytesIteratorObject));
  if (object == nullptr) return Value::Exception();
  BytesIteratorObject* it = reinterpret_cast<BytesIteratorObject*>(object);
  it->sequence = self;
  it->position = 0;
  return Value::FromObject(object);
}

Value BytesCount(const Value* args, uint32_t n_pos, uint32_t) {
  uint8_t single;
  Buffer needle;
  MICA_TRY(Needle(args[1], &single, &needle));
  Buffer self = SelfBuffer(args[0]);
  size_t start;
  size_t end;
  MICA_TRY(ResolveStartEnd(args, n_pos, 2, self.length, true, &start, &end));
  self = SelfBuffer(args[0]);
  if (needle.length == 0) return Value::SmallInt(start <= end ? static_cast<intptr_t>(end - start + 1) : 0);
  intptr_t count = 0;
  while (true) {
    const size_t at = Find(self.data, self.length, needle.data, needle.length, start, end, false);
    if (at == kNone) break;
    ++count;
    start = at + needle.length;
  }
  return Value::SmallInt(count);
}

Value BytesDecode(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  Value encoding = n_pos > 1 ? args[1] : Value();
  Value errors = n_pos > 2 ? args[2] : Value();
  const Value kw_encoding = FindKeyword(args, n_pos, n_kw, names::encoding);
  if (!kw_encoding.IsNull()) encoding = kw_encoding;
  const Value kw_errors = FindKeyword(args, n_pos, n_kw, names::errors);
  if (!kw_errors.IsNull()) errors = kw_errors;
  const Buffer self = SelfBuffer(args[0]);
  return DecodeBytes(self.data, self.length, encoding, errors);
}

Value BytesEndsWith(const Value* args, uint32_t n_pos, uint32_t) { return AffixCommon(args, n_pos, true); }
Value BytesStartsWith(const Value* args, uint32_t n_pos, uint32_t) { return AffixCommon(args, n_pos, false); }

Value BytesFind(const Value* args, uint32_t n_pos, uint32_t) {
  size_t at;
  MICA_TRY(FindCommon(args, n_pos, false, &at));
  return Value::SmallInt(at == kNone ? -1 : static_cast<intptr_t>(at));
}

Value BytesRFind(const Value* args, uint32_t n_pos, uint32_t) {
  size_t at;
  MICA_TRY(FindCommon(args, n_pos, true, &at));
  return Value::SmallInt(at == kNone ? -1 : static_cast<intptr_t>(at));
}

Value BytesIndex(const Value* args, uint32_t n_pos, uint32_t) {
  size_t at;
  MICA_TRY(FindCommon(args, n_pos, false, &at));
  if (at == kNone) return RaiseValueError("subsection not found");
  return Value::SmallInt(static_cast<intptr_t>(at));
}

Value BytesRIndex(const Value* args, uint32_t n_pos, uint32_t) {
  size_t at;
  MICA_TRY(FindCommon(args, n_pos, true, &at));
  if (at == kNone) return RaiseValueError("subsection not found");
  return Value::SmallInt(static_cast<intptr_t>(at));
}

Value BytesFromHex(const Value* args, uint32_t, uint32_t) {
  const char* text;
  size_t length;
  if (!StrData(args[1], &text, &length)) {
    return RaiseFormat(&kTypeErrorType, "fromhex() argument must be str, not %T", args[1]);
  }
  BytesObject* result = AllocateBytes(length / 2);
  if (result == nullptr) return Value::Exception();
  StrData(args[1], &text, &length);
  size_t out = 0;
  size_t i = 0;
  while (true) {
    while (i < length && text::IsAsciiSpace(static_cast<uint8_t>(text[i]))) ++i;
    if (i >= length) break;
    const int high = text::HexDigitValue(static_cast<uint8_t>(text[i]));
    const int low = i + 1 < length ? text::HexDigitValue(static_cast<uint8_t>(text[i + 1])) : -1;
    if (high < 0 || low < 0) {
      return RaiseFormat(&kValueErrorType, "non-hexadecimal number found in fromhex() arg at position %z",
                         high < 0 ? i : i + 1);
    }
    result->Data()[out++] = static_cast<uint8_t>(high * 16 + low);
    i += 2;
  }
  const Value cls = args[0];
  result->length = static_cast<uint32_t>(out);
  if (cls.IsObject() && IsSubtype(reinterpret_cast<const Type*>(cls.AsObject()), &kByteArrayType)) {
    return NewByteArray(result->Data(), out);
  }
  if (out == 0) return Value::FromObject(&kEmptyBytes.header);
  return FinishBytes(result);
}

Value BytesJoin(const Value* args, uint32_t, uint32_t) {
  const Value list = ListFromIterable(args[1]);
  MICA_TRY(list);
  const ListObject* items = AsList(list);
  Buffer sep = SelfBuffer(args[0]);
  size_t total = 0;
  for (uint32_t i = 0; i < items->length; ++i) {
    Buffer piece;
    if (!GetBuffer(items->items[i], &piece.data, &piece.length)) {
      return RaiseFormat(&kTypeErrorType, "sequence item %u: expected a bytes-like object, %T found", i,
                         items->items[i]);
    }
    total = SaturatingAdd(total, piece.length);
    if (i > 0) total = SaturatingAdd(total, sep.length);
  }
  if (total > 0x7FFFFFFFu) return RaiseMemoryError();
  BytesObject* result = AllocateBytes(total);
  if (result == nullptr) return Value::Exception();
  sep = SelfBuffer(args[0]);
  size_t out = 0;
  for (uint32_t i = 0; i < items->length && out <= total; ++i) {
    Buffer piece;
    GetBuffer(items->items[i], &piece.data, &piece.length);
    if (i > 0) {
      memcpy(result->Data() + out, sep.data, sep.length);
      out += sep.length;
    }
    memcpy(result->Data() + out, piece.data, piece.length);
    out += piece.length;
  }
  return FinishLength(args[0], result, out);
}

Value BytesStrip(const Value* args, uint32_t n_pos, uint32_t) { return StripCommon(args, n_pos, true, true); }
Value BytesLStrip(const Value* args, uint32_t n_pos, uint32_t) { return StripCommon(args, n_pos, true, false); }
Value BytesRStrip(const Value* args, uint32_t n_pos, uint32_t) { return StripCommon(args, n_pos, false, true); }

Value BytesReplace(const Value* args, uint32_t n_pos, uint32_t) {
  Buffer old_part;
  Buffer new_part;
  MICA_TRY(RequireBuffer(args[1], &old_part));
  MICA_TRY(RequireBuffer(args[2], &new_part));
  intptr_t max_count = -1;
  if (n_pos > 3) MICA_TRY(ToIndex(args[3], &max_count));
  Buffer self = SelfBuffer(args[0]);
  // Count the replacements first, so the result is allocated once.
  size_t count = 0;
  if (old_part.length == 0) {
    count = self.length + 1;
  } else {
    for (size_t at = 0;; ++count) {
      at = Find(self.data, self.length, old_part.data, old_part.length, at, self.length, false);
      if (at == kNone) break;
      at += old_part.length;
    }
  }
  if (max_count >= 0 && count > static_cast<size_t>(max_count)) count = static_cast<size_t>(max_count);
  const size_t total = self.length - count * old_part.length + count * new_part.length;
  BytesObject* result = AllocateBytes(total);
  if (result == nullptr) return Value::Exception();
  self = SelfBuffer(args[0]);
  GetBuffer(args[1], &old_part.data, &old_part.length);
  GetBuffer(args[2], &new_part.data, &new_part.length);
  size_t in = 0;
  size_t out = 0;
  for (size_t k = 0; k < count; ++k) {
    size_t at;
    if (old_part.length == 0) {
      at = in;
    } else {
      at = Find(self.data, self.length, old_part.data, old_part.length, in, self.length, false);
    }
    memcpy(result->Data() + out, self.data + in, at - in);
    out += at - in;
    memcpy(result->Data() + out, new_part.data, new_part.length);
    out += new_part.length;
    in = at + old_part.length;
    if (old_part.length == 0 && in < self.length) {
      result->Data()[out++] = self.data[in++];
    }
  }
  memcpy(result->Data() + out, self.data + in, self.length - in);
  out += self.length - in;
  return FinishLength(args[0], result, out);
}

Value BytesMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const Value result = BytesFromArgs("bytes", args, n_pos, n_kw);
  MICA_TRY(result);
  (void)type;
  return result;
}

}  // namespace mica
