// The built-in `struct` module: pack, pack_into, unpack, unpack_from, calcsize and the `struct.error` exception
// (iter_unpack and the Struct class are not provided), with CPython's formats (struct_format.h) and messages.
//
// Byte order is always explicit: values are assembled from bytes in the order the format asks for, never by
// copying a host integer, so the code is the same on every target.
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "runtime/modules/modules.h"
#include "runtime/modules/struct/struct_format.h"
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytearray.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/memoryview.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_type.h"

namespace mica {

// struct.error: a plain Exception subclass, as in CPython.
extern const Type kStructErrorType;
constexpr Type kStructErrorType = {{&kTypeType}, names::error, kTypeSubclassable | kTypeIsException,
                                   &kExceptionType, ExceptionMakeNew, ExceptionPrint, nullptr, nullptr, nullptr,
                                   ExceptionAttr, nullptr, nullptr, nullptr, MemberTable{nullptr, 0}};

namespace {

using structfmt::Field;
using structfmt::Parser;
using structfmt::Status;

Value StructError(const char* message) { return RaiseNew(&kStructErrorType, message); }

Value FormatError(Status status) {
  switch (status) {
    case Status::kBadChar: return StructError("bad char in struct format");
    case Status::kRepeatWithoutFormat: return StructError("repeat count given without format specifier");
    default: return StructError("total struct size too long");
  }
}

// The format argument: a str or a bytes.
Value FormatText(Value format, const char** text, size_t* length) {
  if (StrData(format, text, length)) return Value::None();
  const uint8_t* data;
  if (IsBytes(format) && GetBuffer(format, &data, length)) {
    *text = reinterpret_cast<const char*>(data);
    return Value::None();
  }
  return RaiseFormat(&kTypeErrorType, "Struct() argument 1 must be a str or bytes object, not %T", format);
}

Value Measure(Value format, const char** text, size_t* length, size_t* size, size_t* items) {
  MICA_TRY(FormatText(format, text, length));
  const Status status = structfmt::Measure(*text, *length, size, items);
  if (status != Status::kOk) return FormatError(status);
  return Value::None();
}

void StoreUnsigned(uint8_t* out, size_t size, uint64_t value, bool little) {
  for (size_t i = 0; i < size; ++i) {
    out[little ? i : size - 1 - i] = static_cast<uint8_t>(value);
    value >>= 8;
  }
}

uint64_t LoadUnsigned(const uint8_t* in, size_t size, bool little) {
  uint64_t value = 0;
  for (size_t i = 0; i < size; ++i) value = (value << 8) | in[little ? size - 1 - i : i];
  return value;
}

// IEEE-754 binary16 from a double, rounding to nearest even; false when the value is too large.
bool HalfFromFloat(double x, uint16_t* out) {
  const uint16_t sign = signbit(x) ? 0x8000 : 0;
  if (isnan(x)) {
    *out = sign | 0x7e00;
    return true;
  }
  const double a = fabs(x);
  if (isinf(a)) {
    *out = sign | 0x7c00;
    return true;
  }
  if (a < ldexp(1.0, -14)) {  // subnormal (or zero): a multiple of 2**-24
    *out = sign | static_cast<uint16_t>(rint(ldexp(a, 24)));  // 1024 rounds up into the smallest normal
    return true;
  }
  int exponent;
  const double mantissa = frexp(a, &exponent);  // a = mantissa * 2**exponent, mantissa in [0.5, 1)
  double scaled = rint(mantissa * 2048.0);      // 11 significant bits
  int biased = exponent - 1 + 15;
  if (scaled == 2048.0) {
    scaled = 1024.0;
    ++biased;
  }
  if (biased >= 31) return false;
  *out = sign | static_cast<uint16_t>(biased << 10) | static_cast<uint16_t>(static_cast<int>(scaled) - 1024);
  return true;
}

double HalfToFloat(uint16_t bits) {
  const int biased = (bits >> 10) & 0x1f;
  const int fraction = bits & 0x3ff;
  double value;
  if (biased == 0) {
    value = ldexp(fraction, -24);
  } else if (biased == 31) {
    value = fraction == 0 ? INFINITY : NAN;
  } else {
    value = ldexp(fraction + 1024, biased - 25);
  }
  return (bits & 0x8000) != 0 ? -value : value;
}

// The range message CPython gives for an int that fits 64 bits but not the field.
Value IntRangeError(char code, bool is_signed, size_t size) {
  const char* kind = nullptr;
  if (code == 'b') kind = "byte";
  if (code == 'B') kind = "ubyte";
  if (code == 'h') kind = "short";
  if (code == 'H') kind = "ushort";
  const int bits = static_cast<int>(size * 8);
  if (is_signed) {
    const int64_t high = (int64_t{1} << (bits - 1)) - 1;
    if (kind != nullptr) {
      return RaiseFormat(&kStructErrorType, "%s format requires %i <= number <= %i", kind,
                         static_cast<intptr_t>(-high - 1), static_cast<intptr_t>(high));
    }
    const Value low_value = NewInt(-high - 1);
    MICA_TRY(low_value);
    const Value high_value = NewInt(high);
    MICA_TRY(high_value);
    return RaiseFormat(&kStructErrorType, "'%c' format requires %S <= number <= %S", code, low_value, high_value);
  }
  const Value high_value = NewIntFromUint64((uint64_t{1} << bits) - 1);
  MICA_TRY(high_value);
  if (kind != nullptr) return RaiseFormat(&kStructErrorType, "%s format requires 0 <= number <= %S", kind, high_value);
  return RaiseFormat(&kStructErrorType, "'%c' format requires 0 <= number <= %S", code, high_value);
}

// The bits of an integer item, checked against the field's range.
Value IntegerBits(Value v, char code, size_t size, uint64_t* out) {
  Value i;
  MICA_TRY(IndexInt(v, &i));
  if (i.IsNull()) return StructError("required argument is not an integer");
  if (i.IsBool()) i = Value::SmallInt(i.IsTrue() ? 1 : 0);
  const bool is_signed = structfmt::IsSignedCode(code);
  int64_t value;
  if (IntToInt64(i, &value)) {
    if (is_signed) {
      if (size < 8) {
        const int64_t high = (int64_t{1} << (size * 8 - 1)) - 1;
        if (value > high || value < -high - 1) return IntRangeError(code, true, size);
      }
    } else {
      // CPython's quirk: negatives are "out of range" for the 4- and 8-byte fields only.
      if (value < 0) return size < 4 ? IntRangeError(code, false, size) : StructError("argument out of range");
      if (size < 8 && static_cast<uint64_t>(value) >> (size * 8) != 0) return IntRangeError(code, false, size);
    }
    *out = static_cast<uint64_t>(value);
    return Value::None();
  }
  // Beyond int64: only unsigned 64-bit fields take it, up to 2**64 - 1.
  if (is_signed || IntIsNegative(i) || IntBitLength(i) > 64 || size < 8) {
    if (!is_signed && !IntIsNegative(i) && size < 8 && IntBitLength(i) <= 64) return IntRangeError(code, false, size);
    return StructError("argument out of range");
  }
  const Value high = IntBinaryOp(BinaryOp::kRShift, i, Value::SmallInt(32));
  MICA_TRY(high);
  const Value low = IntBinaryOp(BinaryOp::kAnd, i, NewInt(0xFFFFFFFF));
  MICA_TRY(low);
  int64_t high_bits, low_bits;
  IntToInt64(high, &high_bits);
  IntToInt64(low, &low_bits);
  *out = (static_cast<uint64_t>(high_bits) << 32) | static_cast<uint64_t>(low_bits);
  return Value::None();
}

// Writes one item of a scalar field.
Value PackItem(const Field& field, bool little, Value v, uint8_t* out) {
  const char code = field.code;
  if (code == 'c') {
    const uint8_t* data;
    size_t length;
    if (!(IsBytes(v) || IsByteArray(v)) || !GetBuffer(v, &data, &length) || length != 1) {
      return StructError("char format requires a bytes object of length 1");
    }
    *out = data[0];
    return Value::None();
  }
  if (code == '?') {
    const Value truth = Truth(v);
    MICA_TRY(truth);
    *out = truth.IsTrue() ? 1 : 0;
    return Value::None();
  }
  // Float fields exist only where the build has float (the parser refuses e, f and d otherwise).
  if constexpr (kHasFloat) {
    if (code == 'e' || code == 'f' || code == 'd') {
      if (!IsFloat(v) && !IsInt(v)) return StructError("required argument is not a float");
      Float value;
      MICA_TRY(ToFloat(v, &value));
      const double x = value;
      if (code == 'd') {
        uint64_t bits;
        memcpy(&bits, &x, sizeof(bits));
        StoreUnsigned(out, 8, bits, little);
      } else if (code == 'f') {
        const float f = static_cast<float>(x);
        if (isinf(f) && !isinf(x)) return RaiseOverflowError("float too large to pack with f format");
        uint32_t bits;
        memcpy(&bits, &f, sizeof(bits));
        StoreUnsigned(out, 4, bits, little);
      } else {
        uint16_t bits = 0;
        if (!HalfFromFloat(x, &bits)) return RaiseOverflowError("float too large to pack with e format");
        StoreUnsigned(out, 2, bits, little);
      }
      return Value::None();
    }
  }
  uint64_t bits = 0;
  MICA_TRY(IntegerBits(v, code, field.size, &bits));
  StoreUnsigned(out, field.size, bits, little);
  return Value::None();
}

// Packs values[0..n) into out (exactly `size` bytes, zeroed by the caller).
Value PackInto(const char* text, size_t length, const Value* values, size_t n, size_t items, uint8_t* out) {
  if (n != items) {
    return RaiseFormat(&kStructErrorType, "pack expected %z items for packing (got %z)", items, n);
  }
  Parser parser(text, length);
  Field field;
  size_t next = 0;
  while (parser.Next(&field) == Status::kOk) {
    uint8_t* at = out + field.offset;
    if (field.code == 'x') {
      memset(at, 0, field.count);
      continue;
    }
    if (field.code == 's' || field.code == 'p') {
      const Value v = values[next++];
      const uint8_t* data;
      size_t data_length;
      if (!(IsBytes(v) || IsByteArray(v)) || !GetBuffer(v, &data, &data_length)) {
        return RaiseFormat(&kStructErrorType, "argument for '%c' must be a bytes object", field.code);
      }
      memset(at, 0, field.count);
      if (field.code == 's') {
        memcpy(at, data, data_length < field.count ? data_length : field.count);
      } else if (field.count > 0) {
        size_t stored = data_length < field.count - 1 ? data_length : field.count - 1;
        memcpy(at + 1, data, stored);
        at[0] = static_cast<uint8_t>(stored < 255 ? stored : 255);
      }
      continue;
    }
    for (size_t k = 0; k < field.count; ++k) {
      MICA_TRY(PackItem(field, parser.little_endian(), values[next++], at + k * field.size));
    }
  }
  return Value::None();
}

Value UnpackItem(const Field& field, bool little, const uint8_t* in) {
  switch (field.code) {
    case 'c':
      return NewBytes(in, 1);
    case '?':
      return Value::Bool(*in != 0);
    default:
      break;
  }
  if constexpr (kHasFloat) {  // float fields exist only where the build has float
    switch (field.code) {
      case 'e':
        return NewFloat(HalfToFloat(static_cast<uint16_t>(LoadUnsigned(in, 2, little))));
      case 'f': {
        const uint32_t bits = static_cast<uint32_t>(LoadUnsigned(in, 4, little));
        float f;
        memcpy(&f, &bits, sizeof(f));
        return NewFloat(f);
      }
      case 'd': {
        const uint64_t bits = LoadUnsigned(in, 8, little);
        double d;
        memcpy(&d, &bits, sizeof(d));
        return NewFloat(d);
      }
      default:
        break;
    }
  }
  const uint64_t bits = LoadUnsigned(in, field.size, little);
  if (!structfmt::IsSignedCode(field.code)) return NewIntFromUint64(bits);
  const unsigned shift = static_cast<unsigned>(64 - field.size * 8);
  return NewInt(static_cast<int64_t>(bits << shift) >> shift);
}

// A tuple of the items in data[0..size).
Value UnpackBytes(const char* text, size_t length, size_t items, Value buffer, size_t offset) {
  TupleObject* tuple = AllocateTuple(items);
  if (tuple == nullptr) return Value::Exception();
  const Value result = Value::FromObject(&tuple->header);
  Value* out = const_cast<Value*>(tuple->Items());
  for (size_t i = 0; i < items; ++i) out[i] = Value::None();
  Parser parser(text, length);
  Field field;
  size_t next = 0;
  while (parser.Next(&field) == Status::kOk) {
    if (field.code == 'x') continue;
    // The data is fetched again for every item: allocating one may move a bytearray's block.
    const uint8_t* data;
    size_t data_length;
    if (field.code == 's' || field.code == 'p') {
      GetBuffer(buffer, &data, &data_length);
      const uint8_t* at = data + offset + field.offset;
      size_t n = field.count;
      if (field.code == 'p' && n > 0) {
        n = at[0] < n - 1 ? at[0] : n - 1;
        ++at;
      } else if (field.code == 'p') {
        n = 0;
      }
      const Value bytes = NewBytes(at, n);
      MICA_TRY(bytes);
      out[next++] = bytes;
      continue;
    }
    for (size_t k = 0; k < field.count; ++k) {
      GetBuffer(buffer, &data, &data_length);
      const Value item = UnpackItem(field, parser.little_endian(), data + offset + field.offset + k * field.size);
      MICA_TRY(item);
      out[next++] = item;
    }
  }
  return result;
}

Value ReadableBuffer(Value v, const uint8_t** data, size_t* length) {
  if (!GetBuffer(v, data, length)) {
    return RaiseFormat(&kTypeErrorType, "a bytes-like object is required, not '%T'", v);
  }
  return Value::None();
}

// ---- Module functions ----------------------------------------------------------------------------------------

Value StructCalcsize(const Value* args, uint32_t, uint32_t) {
  const char* text;
  size_t length, size, items;
  MICA_TRY(Measure(args[0], &text, &length, &size, &items));
  return NewIntFromUint64(size);
}

Value StructPack(const Value* args, uint32_t n_pos, uint32_t) {
  const char* text;
  size_t length, size, items;
  MICA_TRY(Measure(args[0], &text, &length, &size, &items));
  if (n_pos - 1 != items) {
    return RaiseFormat(&kStructErrorType, "pack expected %z items for packing (got %z)", items,
                       static_cast<size_t>(n_pos - 1));
  }
  BytesObject* bytes = AllocateBytes(size);
  if (bytes == nullptr) return Value::Exception();
  // The format text may be a str object: the allocation above did not move it (the heap does not compact).
  MICA_TRY(PackInto(text, length, args + 1, n_pos - 1, items, bytes->Data()));
  return FinishBytes(bytes);
}

// pack_into(format, buffer, offset, *values): into a bytearray or a writable memoryview.
Value StructPackInto(const Value* args, uint32_t n_pos, uint32_t) {
  const char* text;
  size_t length, size, items;
  MICA_TRY(Measure(args[0], &text, &length, &size, &items));
  const Value buffer = args[1];
  const bool writable =
      IsByteArray(buffer) || (IsMemoryView(buffer) &&
                              reinterpret_cast<const MemoryViewObject*>(buffer.AsObject())->readonly == 0);
  if (!writable) {
    return RaiseFormat(&kTypeErrorType, "argument must be read-write bytes-like object, not %T", buffer);
  }
  intptr_t offset;
  MICA_TRY(ToIndex(args[2], &offset));
  if (n_pos - 3 != items) {
    return RaiseFormat(&kStructErrorType, "pack_into expected %z items for packing (got %z)", items,
                       static_cast<size_t>(n_pos - 3));
  }
  const uint8_t* data;
  size_t data_length;
  GetBuffer(buffer, &data, &data_length);
  if (offset < 0) {
    if (static_cast<size_t>(-offset) < size) {
      return RaiseFormat(&kStructErrorType, "no space to pack %z bytes at offset %i", size, offset);
    }
    if (static_cast<size_t>(-offset) > data_length) {
      return RaiseFormat(&kStructErrorType, "offset %i out of range for %z-byte buffer", offset, data_length);
    }
    offset += static_cast<intptr_t>(data_length);
  }
  if (data_length < size || static_cast<size_t>(offset) > data_length - size) {
    return RaiseFormat(&kStructErrorType,
                       "pack_into requires a buffer of at least %z bytes for packing %z bytes at offset %i "
                       "(actual buffer size is %z)",
                       size + static_cast<size_t>(offset), size, offset, data_length);
  }
  // Packed into a scratch bytes first: packing may run Python code (__index__, __bool__) that resizes the buffer.
  BytesObject* scratch = AllocateBytes(size);
  if (scratch == nullptr) return Value::Exception();
  const Value scratch_value = Value::FromObject(&scratch->header);
  MICA_TRY(PackInto(text, length, args + 3, n_pos - 3, items, scratch->Data()));
  GetBuffer(buffer, &data, &data_length);
  if (static_cast<size_t>(offset) + size <= data_length) {
    memcpy(const_cast<uint8_t*>(data) + offset, scratch->Data(), size);
  }
  (void)scratch_value;
  return Value::None();
}

Value StructUnpack(const Value* args, uint32_t, uint32_t) {
  const char* text;
  size_t length, size, items;
  MICA_TRY(Measure(args[0], &text, &length, &size, &items));
  const uint8_t* data;
  size_t data_length;
  MICA_TRY(ReadableBuffer(args[1], &data, &data_length));
  if (data_length != size) return RaiseFormat(&kStructErrorType, "unpack requires a buffer of %z bytes", size);
  return UnpackBytes(text, length, items, args[1], 0);
}

// unpack_from(format, /, buffer, offset=0)
Value StructUnpackFrom(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const char* text;
  size_t length, size, items;
  MICA_TRY(Measure(args[0], &text, &length, &size, &items));
  Value buffer = n_pos > 1 ? args[1] : FindKeyword(args, n_pos, n_kw, names::buffer);
  Value offset_value = n_pos > 2 ? args[2] : FindKeyword(args, n_pos, n_kw, names::offset);
  if (buffer.IsNull()) return RaiseTypeError("unpack_from() missing required argument 'buffer' (pos 2)");
  intptr_t offset = 0;
  if (!offset_value.IsNull()) MICA_TRY(ToIndex(offset_value, &offset));
  const uint8_t* data;
  size_t data_length;
  MICA_TRY(ReadableBuffer(buffer, &data, &data_length));
  if (offset < 0) {
    if (static_cast<size_t>(-offset) < size) {
      return RaiseFormat(&kStructErrorType, "not enough data to unpack %z bytes at offset %i", size, offset);
    }
    if (static_cast<size_t>(-offset) > data_length) {
      return RaiseFormat(&kStructErrorType, "offset %i out of range for %z-byte buffer", offset, data_length);
    }
    offset += static_cast<intptr_t>(data_length);
  }
  if (data_length < size || static_cast<size_t>(offset) > data_length - size) {
    return RaiseFormat(&kStructErrorType,
                       "unpack_from requires a buffer of at least %z bytes for unpacking %z bytes at offset %i "
                       "(actual buffer size is %z)",
                       size + static_cast<size_t>(offset), size, offset, data_length);
  }
  return UnpackBytes(text, length, items, buffer, static_cast<size_t>(offset));
}

constexpr BuiltinFunction kCalcsize = MakeBuiltin(names::calcsize, 1, 1, StructCalcsize);
constexpr BuiltinFunction kPack = MakeBuiltin(names::pack, 1, kVariadic, StructPack);
constexpr BuiltinFunction kPackInto = MakeBuiltin(names::pack_into, 3, kVariadic, StructPackInto);
constexpr BuiltinFunction kUnpack = MakeBuiltin(names::unpack, 2, 2, StructUnpack);
constexpr BuiltinFunction kUnpackFrom =
    MakeBuiltin(names::unpack_from, 1, 3, StructUnpackFrom, kBuiltinTakesKeywords);

constexpr ModuleMember kStructMembers[] = {
    ModuleObjectMember(names::calcsize, &kCalcsize.header),
    ModuleObjectMember(names::error, &kStructErrorType.header),
    ModuleObjectMember(names::pack, &kPack.header),
    ModuleObjectMember(names::pack_into, &kPackInto.header),
    ModuleObjectMember(names::unpack, &kUnpack.header),
    ModuleObjectMember(names::unpack_from, &kUnpackFrom.header),
};
static_assert(ModuleMembersSorted(kStructMembers, sizeof(kStructMembers) / sizeof(kStructMembers[0])),
              "sorted by name id");

}  // namespace

extern const BuiltinModuleDef kStructModule = {
    names::struct_, kStructMembers, sizeof(kStructMembers) / sizeof(kStructMembers[0]), nullptr,
};

}  // namespace mica
