#include "runtime/objects/str.h"

#include <string.h>

#include "gc/heap.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/format.h"
#include "runtime/objects/int.h"
#include "runtime/objects/iterators.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/slice.h"
#include "runtime/objects/str_methods.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/text_ops.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

Value StrUnaryOp(UnaryOp op, Value self) {
  switch (op) {
    case UnaryOp::kBool: {
      const char* data = "";
      size_t length = 0;
      StrData(self, &data, &length);
      return Value::Bool(length != 0);
    }
    case UnaryOp::kLen:
      return Value::SmallInt(static_cast<intptr_t>(StrCharCount(self)));
    case UnaryOp::kHash:
      return HashToValue(static_cast<intptr_t>(static_cast<int32_t>(StrHash(self))));
    default:
      return Value();
  }
}

Value StrBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  switch (op) {
    case BinaryOp::kAdd:
      if (IsStr(lhs) && IsStr(rhs)) return StrConcat(lhs, rhs);
      return Value();
    case BinaryOp::kMultiply: {
      const bool str_first = IsStr(lhs);
      const Value count = str_first ? rhs : lhs;
      if (!IsInt(count)) return Value();
      intptr_t n;
      MICA_TRY(ToIndex(count, &n));
      return StrRepeat(str_first ? lhs : rhs, n);
    }
    case BinaryOp::kModulo:
      if (!IsStr(lhs)) return Value();
      return StrPercentFormat(lhs, rhs);
    case BinaryOp::kContains:
      if (!IsStr(rhs)) return RaiseFormat(&kTypeErrorType, "'in <string>' requires string as left operand, not %T", rhs);
      return Value::Bool(StrContains(lhs, rhs));
    case BinaryOp::kEqual:
    case BinaryOp::kNotEqual: {
      if (!IsStr(lhs) || !IsStr(rhs)) return Value();
      const bool equal = StrEquals(lhs, rhs);
      return Value::Bool(op == BinaryOp::kEqual ? equal : !equal);
    }
    case BinaryOp::kLess:
    case BinaryOp::kLessEqual:
    case BinaryOp::kGreater:
    case BinaryOp::kGreaterEqual: {
      if (!IsStr(lhs) || !IsStr(rhs)) return Value();
      const int c = StrCompare(lhs, rhs);
      switch (op) {
        case BinaryOp::kLess: return Value::Bool(c < 0);
        case BinaryOp::kLessEqual: return Value::Bool(c <= 0);
        case BinaryOp::kGreater: return Value::Bool(c > 0);
        default: return Value::Bool(c >= 0);
      }
    }
    default:
      return Value();
  }
}

Value StrGetIter(Value self) { return NewSequenceIterator(self); }

bool IsContinuation(char c) { return (static_cast<uint8_t>(c) & 0xC0) == 0x80; }

}  // namespace

constexpr Type kStrType = {
    {&kTypeType}, names::str,   kTypeSubclassable, nullptr,    StrMakeNew, StrPrint, nullptr, StrUnaryOp,
    StrBinaryOp,  nullptr,      StrSubscript,      StrGetIter, nullptr,    MemberTable{kStrMembers, kStrMemberCount}};

bool IsStr(Value v) {
  if (v.IsName()) return true;
  return v.IsObject() && v.AsObject()->type == &kStrType;
}

static const StrObject* AsStrObject(Value v) { return reinterpret_cast<const StrObject*>(v.AsObject()); }

bool StrData(Value v, const char** data, size_t* length) {
  if (v.IsName()) return NameText(v.AsNameId(), data, length);
  if (!v.IsObject() || v.AsObject()->type != &kStrType) return false;
  const StrObject* str = AsStrObject(v);
  *data = str->Text();
  *length = str->byte_length;
  return true;
}

uint32_t StrHash(Value v) {
  if (v.IsName()) return NameHash(v.AsNameId());
  return AsStrObject(v)->hash;
}

bool StrEquals(Value a, Value b) {
  if (a.Is(b)) return IsStr(a);
  if (a.IsName() && b.IsName()) return false;  // distinct names have distinct texts
  const char* a_data;
  const char* b_data;
  size_t a_length;
  size_t b_length;
  if (!StrData(a, &a_data, &a_length) || !StrData(b, &b_data, &b_length)) return false;
  if (a_length != b_length || StrHash(a) != StrHash(b)) return false;
  return memcmp(a_data, b_data, a_length) == 0;
}

bool StrEqualsText(Value v, const char* text, size_t length) {
  const char* data;
  size_t data_length;
  if (!StrData(v, &data, &data_length)) return false;
  return data_length == length && memcmp(data, text, length) == 0;
}

size_t StrCharCount(Value v) {
  if (v.IsObject()) return AsStrObject(v)->char_count;
  const char* data;
  size_t length;
  if (!StrData(v, &data, &length)) return 0;
  return StrCountChars(data, length);
}

size_t StrCountChars(const char* data, size_t length) {
  if constexpr (!kUnicodeStrings) return length;
  size_t count = 0;
  for (size_t i = 0; i < length; ++i) count += IsContinuation(data[i]) ? 0 : 1;
  return count;
}

bool CountUtf8(const char* data, size_t length, size_t* char_count) {
  size_t count = 0;
  size_t i = 0;
  while (i < length) {
    const uint8_t c = static_cast<uint8_t>(data[i]);
    size_t extra;
    uint32_t minimum;
    uint32_t code;
    if (c < 0x80) {
      ++i;
      ++count;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      extra = 1;
      minimum = 0x80;
      code = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      extra = 2;
      minimum = 0x800;
      code = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      extra = 3;
      minimum = 0x10000;
      code = c & 0x07;
    } else {
      return false;
    }
    if (length - i <= extra) return false;
    for (size_t k = 1; k <= extra; ++k) {
      const uint8_t next = static_cast<uint8_t>(data[i + k]);
      if ((next & 0xC0) != 0x80) return false;
      code = (code << 6) | (next & 0x3F);
    }
    if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
    i += extra + 1;
    ++count;
  }
  *char_count = count;
  return true;
}

size_t EncodeUtf8(uint32_t code_point, char* out) {
  if (code_point < 0x80) {
    out[0] = static_cast<char>(code_point);
    return 1;
  }
  if (code_point < 0x800) {
    out[0] = static_cast<char>(0xC0 | (code_point >> 6));
    out[1] = static_cast<char>(0x80 | (code_point & 0x3F));
    return 2;
  }
  if (code_point < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (code_point >> 12));
    out[1] = static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (code_point & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (code_point >> 18));
  out[1] = static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (code_point & 0x3F));
  return 4;
}

uint32_t DecodeUtf8(const char* data, size_t length, size_t* pos) {
  const uint8_t c = static_cast<uint8_t>(data[*pos]);
  size_t extra = 0;
  uint32_t code = c;
  if (c >= 0xF0) {
    extra = 3;
    code = c & 0x07;
  } else if (c >= 0xE0) {
    extra = 2;
    code = c & 0x0F;
  } else if (c >= 0xC0) {
    extra = 1;
    code = c & 0x1F;
  }
  ++*pos;
  for (size_t k = 0; k < extra && *pos < length; ++k, ++*pos) {
    code = (code << 6) | (static_cast<uint8_t>(data[*pos]) & 0x3F);
  }
  return code;
}

StrObject* AllocateStr(size_t byte_length) {
  if (byte_length > UINT32_MAX - 1) {
    RaiseMemoryError();
    return nullptr;
  }
  Object* object = NewObject(&kStrType, SaturatingAdd(sizeof(StrObject) + 1, byte_length), gc::kNoScan);
  if (object == nullptr) return nullptr;
  StrObject* str = reinterpret_cast<StrObject*>(object);
  str->byte_length = static_cast<uint32_t>(byte_length);
  return str;
}

Value FinishStr(StrObject* str, size_t byte_length) {
  if (byte_length == 0) {
    State().heap->Free(str);
    return Value::Name(names::kEmpty);
  }
  const size_t bytes = sizeof(StrObject) + byte_length + 1;
  gc::Heap& heap = *State().heap;
  if (heap.BlockSize(str) >= bytes + gc::Heap::kGranuleBytes) {
    void* shrunk = heap.Reallocate(str, bytes);  // shrinking works in place
    if (shrunk != nullptr) str = static_cast<StrObject*>(shrunk);
  }
  str->byte_length = static_cast<uint32_t>(byte_length);
  str->Text()[byte_length] = 0;
  str->hash = names::HashBytes(str->Text(), byte_length);
  str->char_count = static_cast<uint32_t>(StrCountChars(str->Text(), byte_length));
  return Value::FromObject(&str->header);
}

Value NewStr(const char* data, size_t length) {
  if (length == 0) return Value::Name(names::kEmpty);
  StrObject* str = AllocateStr(length);
  if (str == nullptr) return Value::Exception();
  memcpy(str->Text(), data, length);
  return FinishStr(str, length);
}

Value NewStrFromCString(const char* text) { return NewStr(text, strlen(text)); }

void PrintStrRepr(const Printer& printer, const char* data, size_t length) {
  bool has_single = false;
  bool has_double = false;
  for (size_t i = 0; i < length; ++i) {
    has_single |= data[i] == '\'';
    has_double |= data[i] == '"';
  }
  const char quote = has_single && !has_double ? '"' : '\'';
  printer.Write(&quote, 1);
  size_t run = 0;  // start of the pending run of bytes printed as they are
  for (size_t i = 0; i < length;) {
    const uint8_t c = static_cast<uint8_t>(data[i]);
    char escape[10];
    size_t escape_length = 0;
    size_t consumed = 1;
    if (c == static_cast<uint8_t>(quote) || c == '\\') {
      escape[0] = '\\';
      escape[1] = static_cast<char>(c);
      escape_length = 2;
    } else if (c == '\n' || c == '\r' || c == '\t') {
      escape[0] = '\\';
      escape[1] = c == '\n' ? 'n' : (c == '\r' ? 'r' : 't');
      escape_length = 2;
    } else if constexpr (!kUnicodeStrings) {
      // Bytes-like str: ASCII controls and DEL, and bytes that are not part of a valid UTF-8 sequence, as \xNN.
      size_t valid = c >= 0x20 && c != 0x7F ? 1 : 0;
      if (c >= 0x80) valid = text::Utf8ValidLength(reinterpret_cast<const uint8_t*>(data + i), length - i);
      if (valid == 0) {
        static const char kHex[] = "0123456789abcdef";
        escape[0] = '\\';
        escape[1] = 'x';
        escape[2] = kHex[c >> 4];
        escape[3] = kHex[c & 0xF];
        escape_length = 4;
      } else {
        consumed = valid;
      }
    } else {
      size_t pos = i;
      const uint32_t code = c < 0x80 ? c : DecodeUtf8(data, length, &pos);
      consumed = c < 0x80 ? 1 : pos - i;
      // Non-printable code points as \xNN, \uNNNN or \UNNNNNNNN, like CPython.
      if (!text::IsPrintable(code)) {
        static const char kHex[] = "0123456789abcdef";
        const size_t digits = code <= 0xFF ? 2 : code <= 0xFFFF ? 4 : 8;
        escape[0] = '\\';
        escape[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
        for (size_t k = 0; k < digits; ++k) escape[2 + k] = kHex[(code >> (4 * (digits - 1 - k))) & 0xF];
        escape_length = 2 + digits;
      }
    }
    if (escape_length != 0) {
      if (i > run) printer.Write(data + run, i - run);
      printer.Write(escape, escape_length);
      run = i + consumed;
    }
    i += consumed;
  }
  if (length > run) printer.Write(data + run, length - run);
  printer.Write(&quote, 1);
}

Value StrPrint(const Printer& printer, Value self, PrintKind kind) {
  const char* data = "";
  size_t length = 0;
  StrData(self, &data, &length);
  if (kind == PrintKind::kStr) {
    printer.Write(data, length);
  } else {
    PrintStrRepr(printer, data, length);
  }
  return Value::None();
}

int StrCompare(Value a, Value b) {
  const char* a_data = "";
  const char* b_data = "";
  size_t a_length = 0;
  size_t b_length = 0;
  StrData(a, &a_data, &a_length);
  StrData(b, &b_data, &b_length);
  const size_t common = a_length < b_length ? a_length : b_length;
  const int c = common == 0 ? 0 : memcmp(a_data, b_data, common);
  if (c != 0) return c < 0 ? -1 : 1;
  return a_length < b_length ? -1 : (a_length > b_length ? 1 : 0);
}

Value StrConcat(Value a, Value b) {
  const char* a_data = "";
  const char* b_data = "";
  size_t a_length = 0;
  size_t b_length = 0;
  StrData(a, &a_data, &a_length);
  StrData(b, &b_data, &b_length);
  if (a_length == 0) return b;
  if (b_length == 0) return a;
  StrObject* str = AllocateStr(SaturatingAdd(a_length, b_length));
  if (str == nullptr) return Value::Exception();
  // The texts may move? No: the collector never moves blocks; a and b stay alive on the stack.
  memcpy(str->Text(), a_data, a_length);
  memcpy(str->Text() + a_length, b_data, b_length);
  return FinishStr(str, a_length + b_length);
}

Value StrRepeat(Value s, intptr_t count) {
  const char* data = "";
  size_t length = 0;
  StrData(s, &data, &length);
  if (count <= 0 || length == 0) return Value::Name(names::kEmpty);
  if (count == 1) return s;
  StrObject* str = AllocateStr(SaturatingMul(length, static_cast<size_t>(count)));
  if (str == nullptr) return Value::Exception();
  for (intptr_t i = 0; i < count; ++i) memcpy(str->Text() + static_cast<size_t>(i) * length, data, length);
  return FinishStr(str, length * static_cast<size_t>(count));
}

bool StrContains(Value haystack, Value needle) {
  const char* h = "";
  const char* n = "";
  size_t h_length = 0;
  size_t n_length = 0;
  StrData(haystack, &h, &h_length);
  StrData(needle, &n, &n_length);
  return FindBytes(h, h_length, n, n_length, 0, false) != kNoPosition;
}

StrText GetStrText(Value v) {
  StrText text;
  StrData(v, &text.data, &text.length);
  if (v.IsObject()) {
    text.chars = AsStrObject(v)->char_count;
  } else {
    text.chars = StrCharCount(v);
  }
  text.ascii = text.chars == text.length;
  return text;
}

size_t CharToByte(const StrText& text, size_t index) {
  if (text.ascii) return index;
  size_t pos = 0;
  while (index > 0 && pos < text.length) {
    ++pos;
    while (pos < text.length && IsContinuation(text.data[pos])) ++pos;
    --index;
  }
  return pos;
}

size_t ByteToChar(const StrText& text, size_t offset) {
  if (text.ascii) return offset;
  size_t count = 0;
  for (size_t i = 0; i < offset && i < text.length; ++i) count += IsContinuation(text.data[i]) ? 0 : 1;
  return count;
}

Value StrSubscript(Value self, Value index, Value value) {
  if (!value.IsNull()) {
    return RaiseFormat(&kTypeErrorType, value.IsUnbound() ? "'%T' object doesn't support item deletion"
                                                          : "'%T' object does not support item assignment",
                       self);
  }
  const StrText text = GetStrText(self);
  if (IsSlice(index)) {
    SliceBounds bounds;
    MICA_TRY(ResolveSlice(index, text.chars, &bounds));
    if (bounds.count == 0) return Value::Name(names::kEmpty);
    if (bounds.step == 1) {
      if (bounds.count == text.chars) return self;
      const size_t begin = CharToByte(text, static_cast<size_t>(bounds.start));
      const size_t end = text.ascii ? begin + bounds.count : CharToByte(text, static_cast<size_t>(bounds.stop));
      return NewStr(text.data + begin, end - begin);
    }
    StringBuilder builder;
    intptr_t position = bounds.start;
    for (size_t i = 0; i < bounds.count; ++i, position += bounds.step) {
      const size_t begin = CharToByte(text, static_cast<size_t>(position));
      builder.Append(text.data + begin, StrCharEnd(text.data, text.length, begin) - begin);
    }
    return builder.Finish();
  }
  size_t position;
  MICA_TRY(NormalizeIndex(index, text.chars, "string", &position));
  const size_t begin = CharToByte(text, position);
  return NewStr(text.data + begin, StrCharEnd(text.data, text.length, begin) - begin);
}

Value StrMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  (void)type;
  if (n_kw != 0 || n_pos > 1) {
    if (n_pos > 3 || n_kw > 2) return RaiseTypeError("str() takes at most 3 arguments");
    // str(bytes_like, encoding, errors) decodes.
    if (n_pos == 0) return Value::Name(names::kEmpty);
    Value encoding = n_pos > 1 ? args[1] : FindKeyword(args, n_pos, n_kw, names::encoding);
    Value errors = n_pos > 2 ? args[2] : FindKeyword(args, n_pos, n_kw, names::errors);
    const uint8_t* data;
    size_t length;
    if (!GetBuffer(args[0], &data, &length)) {
      return RaiseFormat(&kTypeErrorType, "decoding to str: need a bytes-like object, %T found", args[0]);
    }
    return DecodeBytes(data, length, encoding, errors);
  }
  if (n_pos == 0) return Value::Name(names::kEmpty);
  return Str(args[0]);
}

}  // namespace mica
