// json.loads: Python values from JSON text (json_codec.h states the contract). A recursive-descent parser over
// the UTF-8 bytes; positions in error messages count code points, as CPython's do.
#include <stdint.h>

#include "runtime/modules/json_codec.h"
#include "runtime/names.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/type_type.h"

namespace mica {

constexpr Type kJsonDecodeErrorType = {
    {&kTypeType}, names::JSONDecodeError, kTypeSubclassable | kTypeIsException, &kValueErrorType,
    ExceptionMakeNew, ExceptionPrint, nullptr, nullptr, nullptr, ExceptionAttr, nullptr, nullptr, nullptr,
    MemberTable{nullptr, 0}};

namespace {

class Decoder {
 public:
  Decoder(const char* text, size_t length) : text_(text), length_(length) {}

  Value Document() {
    SkipSpace();
    Value value = Parse();
    MICA_TRY(value);
    SkipSpace();
    if (pos_ != length_) return Fail("Extra data", pos_);
    return value;
  }

 private:
  // "msg: line L column C (char P)" with P, L, C counted in str characters (code points like CPython, or bytes).
  Value Fail(const char* message, size_t at) {
    size_t chars = 0, line = 1, column = 1;
    for (size_t i = 0; i < at && i < length_; ++i) {
      const uint8_t byte = static_cast<uint8_t>(text_[i]);
      if (kUnicodeStrings && (byte & 0xC0) == 0x80) continue;  // a bytes-like str counts bytes
      ++chars;
      if (byte == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
    return RaiseFormat(&kJsonDecodeErrorType, "%s: line %z column %z (char %z)", message, line, column, chars);
  }

  void SkipSpace() {
    while (pos_ < length_ && (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r')) {
      ++pos_;
    }
  }

  bool Literal(const char* word) {
    size_t n = 0;
    while (word[n] != 0) ++n;
    if (length_ - pos_ < n) return false;
    for (size_t i = 0; i < n; ++i) {
      if (text_[pos_ + i] != word[i]) return false;
    }
    pos_ += n;
    return true;
  }

  Value Parse() {
    MICA_TRY(CheckCStack());
    if (pos_ >= length_) return Fail("Expecting value", pos_);
    const char c = text_[pos_];
    if (c == '{') return Object();
    if (c == '[') return Array();
    if (c == '"') return String();
    if (c == '-' || (c >= '0' && c <= '9')) {
      if (c == '-' && Literal("-Infinity")) return FloatConstant(-__builtin_inf(), pos_ - 9);
      return Number();
    }
    if (Literal("null")) return Value::None();
    if (Literal("true")) return Value::True();
    if (Literal("false")) return Value::False();
    if (Literal("NaN")) return FloatConstant(__builtin_nan(""), pos_ - 3);
    if (Literal("Infinity")) return FloatConstant(__builtin_inf(), pos_ - 8);
    return Fail("Expecting value", pos_);
  }

  static bool IsDigit(char c) { return c >= '0' && c <= '9'; }

  // A float value at `start`; without float (float = none) the document cannot be decoded.
  Value FloatConstant(double value, size_t start) {
    if constexpr (kHasFloat) {
      return NewFloat(static_cast<Float>(value));
    } else {
      return Fail(kNoFloat, start);
    }
  }

  static constexpr char kNoFloat[] = "float values are not supported (this build has no float)";

  Value Number() {
    const size_t start = pos_;
    if (text_[pos_] == '-') ++pos_;
    if (pos_ >= length_ || !IsDigit(text_[pos_])) return Fail("Expecting value", start);
    if (text_[pos_] == '0') {
      ++pos_;
    } else {
      while (pos_ < length_ && IsDigit(text_[pos_])) ++pos_;
    }
    bool is_float = false;
    if (pos_ + 1 < length_ && text_[pos_] == '.' && IsDigit(text_[pos_ + 1])) {
      is_float = true;
      pos_ += 1;
      while (pos_ < length_ && IsDigit(text_[pos_])) ++pos_;
    }
    if (pos_ < length_ && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
      size_t exponent = pos_ + 1;
      if (exponent < length_ && (text_[exponent] == '+' || text_[exponent] == '-')) ++exponent;
      if (exponent < length_ && IsDigit(text_[exponent])) {
        is_float = true;
        pos_ = exponent;
        while (pos_ < length_ && IsDigit(text_[pos_])) ++pos_;
      }
    }
    if (is_float) {
      if constexpr (kHasFloat) {
        return FloatFromText(text_ + start, pos_ - start);
      } else {
        return Fail(kNoFloat, start);
      }
    }
    return IntFromText(text_ + start, pos_ - start, 10);
  }

  int HexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  // Four hex digits at pos_ (after "\u"): the unit, or -1.
  int32_t Hex4(size_t at) {
    if (length_ - at < 4) return -1;
    int32_t unit = 0;
    for (size_t i = 0; i < 4; ++i) {
      const int digit = HexDigit(text_[at + i]);
      if (digit < 0) return -1;
      unit = unit * 16 + digit;
    }
    return unit;
  }

  Value String() {
    const size_t start = pos_;
    ++pos_;
    StringBuilder out;
    for (;;) {
      if (pos_ >= length_) return Fail("Unterminated string starting at", start);
      const uint8_t c = static_cast<uint8_t>(text_[pos_]);
      if (c == '"') {
        ++pos_;
        return out.Finish();
      }
      if (c < 0x20) return Fail("Invalid control character at", pos_);
      if (c != '\\') {
        out.AppendChar(static_cast<char>(c));
        ++pos_;
        continue;
      }
      const size_t escape = pos_;
      if (pos_ + 1 >= length_) return Fail("Unterminated string starting at", start);
      const char kind = text_[pos_ + 1];
      pos_ += 2;
      char simple = 0;
      switch (kind) {
        case '"': simple = '"'; break;
        case '\\': simple = '\\'; break;
        case '/': simple = '/'; break;
        case 'b': simple = '\b'; break;
        case 'f': simple = '\f'; break;
        case 'n': simple = '\n'; break;
        case 'r': simple = '\r'; break;
        case 't': simple = '\t'; break;
        case 'u': break;
        default: return Fail("Invalid \\escape", escape);
      }
      if (simple != 0) {
        out.AppendChar(simple);
        continue;
      }
      int32_t unit = Hex4(pos_);
      if (unit < 0) return Fail("Invalid \\uXXXX escape", escape + 1);
      pos_ += 4;
      uint32_t code_point = static_cast<uint32_t>(unit);
      if (unit >= 0xD800 && unit < 0xDC00 && pos_ + 1 < length_ && text_[pos_] == '\\' && text_[pos_ + 1] == 'u') {
        const int32_t low = Hex4(pos_ + 2);
        if (low < 0) return Fail("Invalid \\uXXXX escape", pos_ + 1);
        if (low >= 0xDC00 && low < 0xE000) {
          code_point = 0x10000 + ((static_cast<uint32_t>(unit) - 0xD800) << 10) + (static_cast<uint32_t>(low) - 0xDC00);
          pos_ += 6;
        }
      }
      // A lone surrogate cannot be stored in UTF-8 text: U+FFFD stands for it (CPython keeps the surrogate).
      if (code_point >= 0xD800 && code_point < 0xE000) code_point = 0xFFFD;
      char utf8[4];
      out.Append(utf8, EncodeUtf8(code_point, utf8));
    }
  }

  Value Array() {
    ++pos_;
    Value list = NewList();
    MICA_TRY(list);
    SkipSpace();
    if (pos_ < length_ && text_[pos_] == ']') {
      ++pos_;
      return list;
    }
    for (;;) {
      SkipSpace();
      Value item = Parse();
      MICA_TRY(item);
      MICA_TRY(ListAppend(list, item));
      SkipSpace();
      if (pos_ < length_ && text_[pos_] == ']') {
        ++pos_;
        return list;
      }
      if (pos_ >= length_ || text_[pos_] != ',') return Fail("Expecting ',' delimiter", pos_);
      ++pos_;
    }
  }

  Value Object() {
    ++pos_;
    Value dict = NewDict();
    MICA_TRY(dict);
    SkipSpace();
    if (pos_ < length_ && text_[pos_] == '}') {
      ++pos_;
      return dict;
    }
    for (;;) {
      if (pos_ >= length_ || text_[pos_] != '"') {
        return Fail("Expecting property name enclosed in double quotes", pos_);
      }
      Value key = String();
      MICA_TRY(key);
      SkipSpace();
      if (pos_ >= length_ || text_[pos_] != ':') return Fail("Expecting ':' delimiter", pos_);
      ++pos_;
      SkipSpace();
      Value value = Parse();
      MICA_TRY(value);
      MICA_TRY(DictStore(dict, key, value));
      SkipSpace();
      if (pos_ < length_ && text_[pos_] == '}') {
        ++pos_;
        return dict;
      }
      if (pos_ >= length_ || text_[pos_] != ',') return Fail("Expecting ',' delimiter", pos_);
      ++pos_;
      SkipSpace();
    }
  }

  const char* text_;
  size_t length_;
  size_t pos_ = 0;
};

}  // namespace

Value JsonDecode(const char* text, size_t length) {
  Decoder decoder(text, length);
  return decoder.Document();
}

}  // namespace mica
