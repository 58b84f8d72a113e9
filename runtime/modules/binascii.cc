// The built-in `binascii` module: hexlify/unhexlify (and their b2a_hex/a2b_hex names), base64 and crc32, with
// CPython's arguments and messages. binascii.Error is a ValueError subclass, as in CPython.
#include <stdint.h>
#include <string.h>

#include "runtime/modules/modules.h"
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type_type.h"

namespace mica {

extern const Type kBinasciiErrorType;
constexpr Type kBinasciiErrorType = {{&kTypeType}, names::Error, kTypeSubclassable | kTypeIsException,
                                     &kValueErrorType, ExceptionMakeNew, ExceptionPrint, nullptr, nullptr, nullptr,
                                     ExceptionAttr, nullptr, nullptr, nullptr, MemberTable{nullptr, 0}};

namespace {

constexpr char kHexDigits[] = "0123456789abcdef";
constexpr char kBase64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

Value BinasciiError(const char* message) { return RaiseNew(&kBinasciiErrorType, message); }

// Binary input: any bytes-like object.
Value BinaryInput(Value v, const uint8_t** data, size_t* length) {
  if (GetBuffer(v, data, length)) return Value::None();
  return RaiseFormat(&kTypeErrorType, "a bytes-like object is required, not '%T'", v);
}

// ASCII input of the a2b_* functions: bytes-like, or a str of ASCII characters.
Value AsciiInput(Value v, const uint8_t** data, size_t* length) {
  const char* text;
  if (StrData(v, &text, length)) {
    for (size_t i = 0; i < *length; ++i) {
      if (static_cast<uint8_t>(text[i]) >= 0x80) {
        return RaiseValueError("string argument should contain only ASCII characters");
      }
    }
    *data = reinterpret_cast<const uint8_t*>(text);
    return Value::None();
  }
  if (GetBuffer(v, data, length)) return Value::None();
  return RaiseFormat(&kTypeErrorType, "argument should be bytes, buffer or ASCII string, not '%T'", v);
}

// hexlify(data, sep=None, bytes_per_sep=1): a separator every |bytes_per_sep| bytes, counted from the right when
// positive (as CPython), from the left when negative.
Value BinasciiHexlify(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const uint8_t* data;
  size_t length;
  MICA_TRY(BinaryInput(args[0], &data, &length));
  Value sep = n_pos > 1 ? args[1] : FindKeyword(args, n_pos, n_kw, names::sep);
  Value per_value = n_pos > 2 ? args[2] : FindKeyword(args, n_pos, n_kw, names::bytes_per_sep);
  uint8_t separator = 0;
  bool has_sep = !sep.IsNull() && !sep.IsNone();
  if (has_sep) {
    const uint8_t* sep_data;
    size_t sep_length;
    const char* sep_text;
    if (StrData(sep, &sep_text, &sep_length)) {
      sep_data = reinterpret_cast<const uint8_t*>(sep_text);
    } else if (!GetBuffer(sep, &sep_data, &sep_length)) {
      return RaiseFormat(&kTypeErrorType, "sep must be str or bytes.");
    }
    if (sep_length != 1) return RaiseValueError("sep must be length 1.");
    if (sep_data[0] >= 0x80) return RaiseValueError("sep must be ASCII.");
    separator = sep_data[0];
  }
  intptr_t per = 1;
  if (!per_value.IsNull()) MICA_TRY(ToIndex(per_value, &per));
  const size_t group = static_cast<size_t>(per < 0 ? -per : per);
  size_t separators = 0;
  if (has_sep && group != 0 && length > 0) separators = (length - 1) / group;
  BytesObject* out = AllocateBytes(length * 2 + separators);
  if (out == nullptr) return Value::Exception();
  GetBuffer(args[0], &data, &length);  // the allocation may have moved a bytearray's data
  uint8_t* o = out->Data();
  for (size_t i = 0; i < length; ++i) {
    if (separators != 0 && i != 0) {
      // Positive: groups end at the right end; negative: groups start at the left end.
      const bool boundary = per > 0 ? (length - i) % group == 0 : i % group == 0;
      if (boundary) *o++ = separator;
    }
    *o++ = static_cast<uint8_t>(kHexDigits[data[i] >> 4]);
    *o++ = static_cast<uint8_t>(kHexDigits[data[i] & 15]);
  }
  return FinishBytes(out);
}

int HexValue(uint8_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Value BinasciiUnhexlify(const Value* args, uint32_t, uint32_t) {
  const uint8_t* data;
  size_t length;
  MICA_TRY(AsciiInput(args[0], &data, &length));
  if (length % 2 != 0) return BinasciiError("Odd-length string");
  BytesObject* out = AllocateBytes(length / 2);
  if (out == nullptr) return Value::Exception();
  MICA_TRY(AsciiInput(args[0], &data, &length));
  for (size_t i = 0; i < length; i += 2) {
    const int high = HexValue(data[i]);
    const int low = HexValue(data[i + 1]);
    if (high < 0 || low < 0) return BinasciiError("Non-hexadecimal digit found");
    out->Data()[i / 2] = static_cast<uint8_t>(high << 4 | low);
  }
  return FinishBytes(out);
}

int Base64Value(uint8_t c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

// a2b_base64: characters outside the alphabet are skipped (CPython's non-strict mode); data after the padding
// that completes a group is ignored.
Value BinasciiA2bBase64(const Value* args, uint32_t, uint32_t) {
  const uint8_t* data;
  size_t length;
  MICA_TRY(AsciiInput(args[0], &data, &length));
  BytesObject* out = AllocateBytes(length / 4 * 3 + 3);
  if (out == nullptr) return Value::Exception();
  MICA_TRY(AsciiInput(args[0], &data, &length));
  uint8_t* o = out->Data();
  uint32_t accumulator = 0;
  size_t quad = 0;      // characters of the current group
  size_t digits = 0;    // alphabet characters seen
  size_t padding = 0;   // '=' seen in the current group
  bool complete = false;
  for (size_t i = 0; i < length && !complete; ++i) {
    const uint8_t c = data[i];
    if (c == '=') {
      // Padding counts only after at least two characters of a group.
      if (quad >= 2 && quad + ++padding >= 4) complete = true;
      continue;
    }
    const int value = Base64Value(c);
    if (value < 0) continue;
    padding = 0;
    ++digits;
    accumulator = accumulator << 6 | static_cast<uint32_t>(value);
    if (++quad == 4) {
      *o++ = static_cast<uint8_t>(accumulator >> 16);
      *o++ = static_cast<uint8_t>(accumulator >> 8);
      *o++ = static_cast<uint8_t>(accumulator);
      accumulator = 0;
      quad = 0;
    }
  }
  if (quad != 0) {
    if (quad == 1) {
      return RaiseFormat(&kBinasciiErrorType,
                         "Invalid base64-encoded string: number of data characters (%z) cannot be 1 more than a "
                         "multiple of 4",
                         digits);
    }
    if (!complete) return BinasciiError("Incorrect padding");
    if (quad == 2) {
      *o++ = static_cast<uint8_t>(accumulator >> 4);
    } else {
      *o++ = static_cast<uint8_t>(accumulator >> 10);
      *o++ = static_cast<uint8_t>(accumulator >> 2);
    }
  }
  const size_t produced = static_cast<size_t>(o - out->Data());
  return NewBytes(out->Data(), produced);
}

// b2a_base64(data, *, newline=True)
Value BinasciiB2aBase64(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const uint8_t* data;
  size_t length;
  MICA_TRY(BinaryInput(args[0], &data, &length));
  bool newline = true;
  for (uint32_t i = 0; i < n_kw; ++i) {
    if (!args[n_pos + 2 * i].Is(Value::Name(names::newline))) {
      return RaiseFormat(&kTypeErrorType, "b2a_base64() got an unexpected keyword argument '%S'", args[n_pos + 2 * i]);
    }
    const Value truth = Truth(args[n_pos + 2 * i + 1]);
    MICA_TRY(truth);
    newline = truth.IsTrue();
  }
  BytesObject* out = AllocateBytes((length + 2) / 3 * 4 + (newline ? 1 : 0));
  if (out == nullptr) return Value::Exception();
  GetBuffer(args[0], &data, &length);
  uint8_t* o = out->Data();
  for (size_t i = 0; i < length; i += 3) {
    const size_t n = length - i < 3 ? length - i : 3;
    uint32_t group = static_cast<uint32_t>(data[i]) << 16;
    if (n > 1) group |= static_cast<uint32_t>(data[i + 1]) << 8;
    if (n > 2) group |= data[i + 2];
    *o++ = static_cast<uint8_t>(kBase64Alphabet[group >> 18]);
    *o++ = static_cast<uint8_t>(kBase64Alphabet[(group >> 12) & 63]);
    *o++ = n > 1 ? static_cast<uint8_t>(kBase64Alphabet[(group >> 6) & 63]) : '=';
    *o++ = n > 2 ? static_cast<uint8_t>(kBase64Alphabet[group & 63]) : '=';
  }
  if (newline) *o++ = '\n';
  return FinishBytes(out);
}

// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), computed 4 bits at a time from a 16-entry table: small
// enough for flash on any board.
constexpr uint32_t CrcNibble(uint32_t n) {
  uint32_t c = n;
  for (int k = 0; k < 4; ++k) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
  return c;
}
constexpr uint32_t kCrcTable[16] = {
    CrcNibble(0),  CrcNibble(1),  CrcNibble(2),  CrcNibble(3),  CrcNibble(4),  CrcNibble(5),
    CrcNibble(6),  CrcNibble(7),  CrcNibble(8),  CrcNibble(9),  CrcNibble(10), CrcNibble(11),
    CrcNibble(12), CrcNibble(13), CrcNibble(14), CrcNibble(15),
};

Value BinasciiCrc32(const Value* args, uint32_t n_pos, uint32_t) {
  const uint8_t* data;
  size_t length;
  MICA_TRY(BinaryInput(args[0], &data, &length));
  uint32_t crc = 0;
  if (n_pos > 1) {
    if (!IsInt(args[1])) {
      return RaiseFormat(&kTypeErrorType, "'%T' object cannot be interpreted as an integer", args[1]);
    }
    // Only the low 32 bits of the start value count (CPython masks it the same way).
    const Value low = IntBinaryOp(BinaryOp::kAnd, args[1], NewInt(0xFFFFFFFF));
    MICA_TRY(low);
    int64_t start;
    IntToInt64(low, &start);
    crc = static_cast<uint32_t>(start);
  }
  crc = ~crc;
  for (size_t i = 0; i < length; ++i) {
    crc ^= data[i];
    crc = kCrcTable[crc & 15] ^ (crc >> 4);
    crc = kCrcTable[crc & 15] ^ (crc >> 4);
  }
  return NewIntFromUint64(~crc);
}

constexpr BuiltinFunction kA2bBase64 = MakeBuiltin(names::a2b_base64, 1, 1, BinasciiA2bBase64);
constexpr BuiltinFunction kA2bHex = MakeBuiltin(names::a2b_hex, 1, 1, BinasciiUnhexlify);
constexpr BuiltinFunction kB2aBase64 =
    MakeBuiltin(names::b2a_base64, 1, 1, BinasciiB2aBase64, kBuiltinTakesKeywords);
constexpr BuiltinFunction kB2aHex = MakeBuiltin(names::b2a_hex, 1, 3, BinasciiHexlify, kBuiltinTakesKeywords);
constexpr BuiltinFunction kCrc32 = MakeBuiltin(names::crc32, 1, 2, BinasciiCrc32);
constexpr BuiltinFunction kHexlify = MakeBuiltin(names::hexlify, 1, 3, BinasciiHexlify, kBuiltinTakesKeywords);
constexpr BuiltinFunction kUnhexlify = MakeBuiltin(names::unhexlify, 1, 1, BinasciiUnhexlify);

constexpr ModuleMember kBinasciiMembers[] = {
    ModuleObjectMember(names::Error, &kBinasciiErrorType.header),
    ModuleObjectMember(names::a2b_base64, &kA2bBase64.header),
    ModuleObjectMember(names::a2b_hex, &kA2bHex.header),
    ModuleObjectMember(names::b2a_base64, &kB2aBase64.header),
    ModuleObjectMember(names::b2a_hex, &kB2aHex.header),
    ModuleObjectMember(names::crc32, &kCrc32.header),
    ModuleObjectMember(names::hexlify, &kHexlify.header),
    ModuleObjectMember(names::unhexlify, &kUnhexlify.header),
};
static_assert(ModuleMembersSorted(kBinasciiMembers, sizeof(kBinasciiMembers) / sizeof(kBinasciiMembers[0])),
              "sorted by name id");

}  // namespace

extern const BuiltinModuleDef kBinasciiModule = {
    names::binascii, kBinasciiMembers, sizeof(kBinasciiMembers) / sizeof(kBinasciiMembers[0]), nullptr,
};

}  // namespace mica
