#include "runtime/objects/format_spec.h"

#include <math.h>
#include <string.h>

#include "gc/heap.h"
#include "runtime/int_format.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/string_builder.h"

namespace mica {
namespace {

// Bytes of the character starting at data[i] (str.h: a UTF-8 sequence, or one byte where str is bytes-like).
size_t CharLength(const char* data, size_t length, size_t i) { return StrCharEnd(data, length, i) - i; }

bool IsAlign(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

Value ParseCount(const char* spec, size_t length, size_t* i, intptr_t* out) {
  intptr_t value = 0;
  bool any = false;
  while (*i < length && spec[*i] >= '0' && spec[*i] <= '9') {
    if (value > 100000000) return RaiseValueError("Too many decimal digits in format string");
    value = value * 10 + (spec[*i] - '0');
    ++*i;
    any = true;
  }
  *out = any ? value : -1;
  return Value::None();
}

// CPython names a presentation type by itself when printable ASCII, else as \x<hex>.
void TypeText(uint32_t type, char* out) {
  if (type > 32 && type < 127) {
    out[0] = static_cast<char>(type);
    out[1] = 0;
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  char digits[8];
  size_t n = 0;
  do {
    digits[n++] = kHex[type & 0xF];
    type >>= 4;
  } while (type != 0);
  size_t j = 0;
  out[j++] = '\\';
  out[j++] = 'x';
  while (n > 0) out[j++] = digits[--n];
  out[j] = 0;
}



// Appends digits[0..count) grouped every `group` with `separator` (0: none), zero-extended on the left until the
// text is at least min_width long; the padding never starts with a separator.
void AppendGrouped(StringBuilder* out, const char* digits, size_t count, char separator, size_t group,
                   size_t min_width) {
  size_t total = count;
  if (separator == 0) {
    if (min_width > total) total = min_width;
  } else {
    while (total + (total - 1) / group < min_width) ++total;
  }
  const size_t zeros = total - count;
  for (size_t i = 0; i < total; ++i) {
    if (separator != 0 && i > 0 && (total - i) % group == 0) out->AppendChar(separator);
    out->AppendChar(i < zeros ? '0' : digits[i - zeros]);
  }
}

void WriteFill(const Printer& printer, const FormatSpec& spec, size_t count) {
  for (size_t i = 0; i < count; ++i) printer.Write(spec.fill, spec.fill_length);
}

// Padding for `chars` characters: how much goes left, given an alignment.
size_t LeftPad(size_t pad, char align) {
  if (align == '>' || align == '=') return pad;
  if (align == '^') return pad / 2;
  return 0;
}

}  // namespace

Value RaiseUnknownFormatCode(uint32_t type, Value value) {
  char text[12];
  TypeText(type, text);
  return RaiseFormat(&kValueErrorType, "Unknown format code '%s' for object of type '%T'", text, value);
}

char NumberSign(bool negative, const FormatSpec& spec) {
  if (negative) return '-';
  return spec.sign == '+' || spec.sign == ' ' ? spec.sign : 0;
}

Value ParseFormatSpec(Value value, const char* spec, size_t length, bool numeric, FormatSpec* out) {
  size_t i = 0;
  const size_t first = length > 0 ? CharLength(spec, length, 0) : 0;
  if (first < length && IsAlign(spec[first])) {
    out->fill = spec;
    out->fill_length = first;
    out->fill_given = true;
    out->align = spec[first];
    i = first + 1;
  } else if (length > 0 && IsAlign(spec[0])) {
    out->align = spec[0];
    i = 1;
  }
  if (i < length && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ')) out->sign = spec[i++];
  if (i < length && spec[i] == 'z') {
    out->no_negative_zero = true;
    ++i;
  }
  if (i < length && spec[i] == '#') {
    out->alternate = true;
    ++i;
  }
  if (i < length && spec[i] == '0') {
    if (!out->fill_given) out->fill = "0";
    if (out->align == 0 && numeric) out->align = '=';
    ++i;
  }
  MICA_TRY(ParseCount(spec, length, &i, &out->width));
  if (i < length && spec[i] == ',') out->grouping = spec[i++];
  if (i < length && spec[i] == '_') {
    if (out->grouping != 0) return RaiseValueError("Cannot specify both ',' and '_'.");
    out->grouping = spec[i++];
  }
  if (i < length && spec[i] == ',' && out->grouping == '_') {
    return RaiseValueError("Cannot specify both ',' and '_'.");
  }
  if (i < length && spec[i] == '.') {
    ++i;
    MICA_TRY(ParseCount(spec, length, &i, &out->precision));
    if (out->precision < 0) return RaiseValueError("Format specifier missing precision");
  }
  uint32_t type = numeric ? (IsInt(value) ? 'd' : 0) : 's';
  if (i < length) {
    const size_t n = CharLength(spec, length, i);
    if (i + n != length) {
      const Value text = NewStr(spec, length);
      MICA_TRY(text);
      return RaiseFormat(&kValueErrorType, "Invalid format specifier '%S' for object of type '%T'", text, value);
    }
    size_t at = i;
    type = StrNextChar(spec, length, &at);
  }
  if (out->grouping != 0) {
    switch (type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (out->grouping == '_') break;
        [[fallthrough]];
      default: {
        char text[12];
        TypeText(type, text);
        return RaiseFormat(&kValueErrorType, "Cannot specify '%c' with '%s'.", out->grouping, text);
      }
    }
  }
  if (type > 0x7F) return RaiseUnknownFormatCode(type, value);
  out->type = static_cast<char>(type);
  return Value::None();
}

void EmitPadded(const Printer& printer, const char* body, size_t body_length, const FormatSpec& spec,
                char default_align) {
  const size_t chars = spec.byte_width ? body_length : StrCountChars(body, body_length);
  const size_t width = spec.width > 0 ? static_cast<size_t>(spec.width) : 0;
  const size_t pad = width > chars ? width - chars : 0;
  const size_t left = LeftPad(pad, spec.align != 0 ? spec.align : default_align);
  WriteFill(printer, spec, left);
  printer.Write(body, body_length);
  WriteFill(printer, spec, pad - left);
}

Value EmitNumber(const Printer& printer, const FormatSpec& spec, char sign, const char* prefix, size_t prefix_length,
                 const char* digits, size_t digit_count, const char* rest, size_t rest_length, size_t group) {
  const char align = spec.align != 0 ? spec.align : '>';
  const size_t width = spec.width > 0 ? static_cast<size_t>(spec.width) : 0;
  const size_t rest_chars = spec.byte_width ? rest_length : StrCountChars(rest, rest_length);
  const size_t fixed = (sign != 0 ? 1 : 0) + prefix_length + rest_chars;
  const bool zero_pad = align == '=' && spec.fill_length == 1 && spec.fill[0] == '0' && digit_count > 0;
  // Grouping or zero padding rewrites the digits; the common case writes them as they are, with no heap block.
  StringBuilder grouped;
  const char* body = digits;
  size_t body_length = digit_count;
  if (spec.grouping != 0 || zero_pad) {
    AppendGrouped(&grouped, digits, digit_count, spec.grouping, group, zero_pad && width > fixed ? width - fixed : 0);
    if (grouped.failed()) return RaiseMemoryError();
    body = grouped.data();
    body_length = grouped.length();
  }
  const size_t chars = fixed + body_length;
  const size_t pad = width > chars ? width - chars : 0;
  const size_t left = LeftPad(pad, align);
  if (align != '=') WriteFill(printer, spec, left);
  if (sign != 0) printer.Write(&sign, 1);
  printer.Write(prefix, prefix_length);
  if (align == '=') WriteFill(printer, spec, left);
  printer.Write(body, body_length);
  printer.Write(rest, rest_length);
  WriteFill(printer, spec, pad - left);
  return Value::None();
}

Value FormatStrSpec(const Printer& printer, Value value, const FormatSpec& spec) {
  if (spec.type != 's') return RaiseUnknownFormatCode(static_cast<uint8_t>(spec.type), value);
  if (spec.sign == ' ') return RaiseValueError("Space not allowed in string format specifier");
  if (spec.sign != 0) return RaiseValueError("Sign not allowed in string format specifier");
  if (spec.no_negative_zero) return RaiseValueError("Negative zero coercion (z) not allowed in string format specifier");
  if (spec.alternate) return RaiseValueError("Alternate form (#) not allowed in string format specifier");
  if (spec.align == '=') return RaiseValueError("'=' alignment not allowed in string format specifier");
  const char* data = "";
  size_t length = 0;
  StrData(value, &data, &length);
  if (spec.precision >= 0) {
    size_t chars = 0;
    size_t end = 0;
    while (end < length && chars < static_cast<size_t>(spec.precision)) {
      end += CharLength(data, length, end);
      ++chars;
    }
    length = end;
  }
  EmitPadded(printer, data, length, spec, '<');
  return Value::None();
}

Value FormatIntSpec(const Printer& printer, Value value, const FormatSpec& spec) {
  const char type = spec.type;
  switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      // As a float; a build without float (float = none) has no such format for ints.
      if constexpr (kHasFloat) {
        Float x;
        MICA_TRY(IntToFloat(value, &x));
        return FormatFloatSpec(printer, x, spec);
      } else {
        return RaiseUnknownFormatCode(static_cast<uint8_t>(type), value);
      }
    }
    case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
      break;
    default:
      return RaiseUnknownFormatCode(static_cast<uint8_t>(type), value);
  }
  if (spec.precision >= 0) return RaiseValueError("Precision not allowed in integer format specifier");
  if (spec.no_negative_zero) {
    return RaiseValueError("Negative zero coercion (z) not allowed in integer format specifier");
  }
  if (type == 'c') {
    if (spec.sign != 0) return RaiseValueError("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) return RaiseValueError("Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t code;
    if (!IntToInt64(value, &code)) return RaiseOverflowError("Python int too large to convert to C long");
    if (code < 0 || code > kMaxStrChar) {
      return RaiseOverflowError(kUnicodeStrings ? "%c arg not in range(0x110000)" : "%c arg not in range(256)");
    }
    char encoded[4];
    const size_t n = StrEncodeChar(static_cast<uint32_t>(code), encoded);
    return EmitNumber(printer, spec, 0, "", 0, "", 0, encoded, n, 3);
  }
  IntFormat format;
  format.base = type == 'b' ? 2 : (type == 'o' ? 8 : ((type == 'x' || type == 'X') ? 16 : 10));
  format.uppercase = type == 'X';
  const bool negative = IntIsNegative(value);
  Value magnitude = value.IsBool() ? Value::SmallInt(value.IsTrue() ? 1 : 0) : value;
  char prefix[2];
  size_t prefix_length = 0;
  if (spec.alternate && format.base != 10) {
    prefix[prefix_length++] = '0';
    prefix[prefix_length++] = format.base == 2 ? 'b' : (format.base == 8 ? 'o' : type);
  }
  // An int that fits 64 bits: its magnitude in unsigned arithmetic, in a stack buffer (so the most negative int of
  // an ints = "long_long" build, which has no positive counterpart, formats too).
  int64_t small;
  if (IntToInt64(magnitude, &small)) {
    const uint64_t m = negative ? uint64_t{0} - static_cast<uint64_t>(small) : static_cast<uint64_t>(small);
    char text[kMaxIntText];
    const size_t count = FormatUint(m, format, text, sizeof(text));
    return EmitNumber(printer, spec, NumberSign(negative, spec), prefix, prefix_length, text, count, "", 0,
                      format.base == 10 ? 3 : 4);
  }
  if (negative) {
    magnitude = UnaryOperation(UnaryOp::kNegative, value);
    MICA_TRY(magnitude);
  }
  StringBuilder digits;
  MICA_TRY(IntPrintFormatted(digits.AsPrinter(), magnitude, format));
  if (digits.failed()) return RaiseMemoryError();
  return EmitNumber(printer, spec, NumberSign(negative, spec), prefix, prefix_length, digits.data(), digits.length(),
                    "", 0, format.base == 10 ? 3 : 4);
}

}  // namespace mica
