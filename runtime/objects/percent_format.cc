// printf-style formatting: str % values and bytes % values (PEP 461). One engine serves both; bytes mode
// differs in what %s/%b/%c accept, in %r/%a giving ascii(), and in widths counting bytes instead of characters.
#include <math.h>
#include <string.h>

#include "runtime/float_math.h"
#include "runtime/int_format.h"
#include "runtime/names.h"
#include "runtime/objects/ascii_repr.h"
#include "runtime/objects/bytearray.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/float.h"
#include "runtime/objects/format.h"
#include "runtime/objects/format_spec.h"
#include "runtime/objects/int.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/tuple.h"

namespace mica {
namespace {

struct PercentArgs {
  bool bytes;  // formatting a bytes/bytearray template
  const Value* items;
  size_t count;
  size_t next;
  Value mapping;  // for %(name)s
};

Value NextArg(PercentArgs* args, Value* out) {
  if (args->next >= args->count) return RaiseTypeError("not enough arguments for format string");
  *out = args->items[args->next++];
  return Value::None();
}

// %d %i %u %x %X %o: the int to print (floats truncate for the decimal ones), or TypeError.
Value IntegerArgument(Value value, char type, Value* out) {
  if (IsInt(value)) {
    *out = value;
    return Value::None();
  }
  const bool decimal = type == 'd' || type == 'i' || type == 'u';
  if constexpr (kHasFloat) {
    if (decimal && IsFloat(value)) {
      *out = IntFromFloat(fmath::trunc(FloatValue(value)));
      return *out;
    }
  }
  // Objects with __index__ (and, for the decimal conversions, __int__) format as that int.
  MICA_TRY(IndexInt(value, out));
  if (out->IsNull() && decimal) MICA_TRY(CallSpecialMethod(value, names::__int__, out));
  if (!out->IsNull()) {
    if (IsInt(*out)) return Value::None();
    return RaiseFormat(&kTypeErrorType, "__int__ returned non-int (type %T)", *out);
  }
  if (decimal) return RaiseFormat(&kTypeErrorType, "%%%c format: a real number is required, not %T", type, value);
  return RaiseFormat(&kTypeErrorType, "%%%c format: an integer is required, not %T", type, value);
}

Value PercentInteger(const Printer& printer, Value value, char type, const FormatSpec& spec) {
  Value number;
  MICA_TRY(IntegerArgument(value, type, &number));
  IntFormat format;
  format.base = type == 'o' ? 8 : ((type == 'x' || type == 'X') ? 16 : 10);
  format.uppercase = type == 'X';
  const bool negative = IntIsNegative(number);
  char prefix[2];
  size_t prefix_length = 0;
  if (spec.alternate && format.base != 10) {
    prefix[prefix_length++] = '0';
    prefix[prefix_length++] = format.base == 8 ? 'o' : type;
  }
  const char sign = negative ? '-' : spec.sign;
  // An int that fits 64 bits (nearly all of them) is converted in a stack buffer: no heap blocks.
  int64_t small;
  if (spec.precision <= 64 && IntToInt64(number.IsBool() ? Value::SmallInt(number.IsTrue() ? 1 : 0) : number, &small)) {
    // The precision is a minimum digit count ('%.3d' % 5 == '005'): zeros first, then the digits.
    char buffer[64 + kMaxIntText];
    const uint64_t m = negative ? uint64_t{0} - static_cast<uint64_t>(small) : static_cast<uint64_t>(small);
    char digits[kMaxIntText];
    const size_t count = FormatUint(m, format, digits, sizeof(digits));
    const size_t zeros = spec.precision > static_cast<intptr_t>(count) ? static_cast<size_t>(spec.precision) - count : 0;
    memset(buffer, '0', zeros);
    memcpy(buffer + zeros, digits, count);
    return EmitNumber(printer, spec, sign, prefix, prefix_length, buffer, zeros + count, "", 0, 3);
  }
  Value magnitude = number.IsBool() ? Value::SmallInt(number.IsTrue() ? 1 : 0) : number;
  if (negative) {
    magnitude = UnaryOperation(UnaryOp::kNegative, number);
    MICA_TRY(magnitude);
  }
  StringBuilder digits;
  // The precision is a minimum digit count: '%.3d' % 5 == '005'.
  StringBuilder body;
  MICA_TRY(IntPrintFormatted(body.AsPrinter(), magnitude, format));
  if (spec.precision > static_cast<intptr_t>(body.length())) {
    digits.AppendRepeated('0', static_cast<size_t>(spec.precision) - body.length());
  }
  digits.Append(body.data(), body.length());
  if (digits.failed()) return RaiseMemoryError();
  return EmitNumber(printer, spec, sign, prefix, prefix_length, digits.data(), digits.length(), "", 0, 3);
}

// The text of %s %r %a (and %b in bytes mode) into *out; `keep` holds any object whose data it points into.
Value TextArgument(const PercentArgs& args, Value value, char type, StringBuilder* out) {
  if (type == 'a' || (type == 'r' && args.bytes)) {
    const Value repr = Repr(value);
    MICA_TRY(repr);
    const char* data = "";
    size_t length = 0;
    StrData(repr, &data, &length);
    AppendAsciiEscaped(out, data, length);
    return Value::None();
  }
  if (!args.bytes) {
    const Value text = type == 's' ? Str(value) : Repr(value);
    MICA_TRY(text);
    out->AppendStr(text);
    return Value::None();
  }
  const uint8_t* data = nullptr;
  size_t length = 0;
  if (GetBuffer(value, &data, &length)) {
    out->Append(reinterpret_cast<const char*>(data), length);
    return Value::None();
  }
  const Value method = (TypeOf(value)->flags & kTypeIsUserClass) != 0 ? LookupAttr(value, names::__bytes__) : Value();
  MICA_TRY(method);
  if (!method.IsNull()) {
    const Value result = CallValue(method, nullptr, 0, 0);
    MICA_TRY(result);
    if (!IsBytes(result)) return RaiseFormat(&kTypeErrorType, "__bytes__ returned non-bytes (type %T)", result);
    GetBuffer(result, &data, &length);
    out->Append(reinterpret_cast<const char*>(data), length);
    return Value::None();
  }
  return RaiseFormat(&kTypeErrorType,
                     "%%b requires a bytes-like object, or an object that implements __bytes__, not '%T'", value);
}

Value CharArgument(const PercentArgs& args, Value value, StringBuilder* out) {
  if (args.bytes) {
    const uint8_t* data = nullptr;
    size_t length = 0;
    if (IsInt(value)) {
      int64_t code;
      if (!IntToInt64(value, &code) || code < 0 || code > 255) return RaiseOverflowError("%c arg not in range(256)");
      out->AppendChar(static_cast<char>(code));
      return Value::None();
    }
    if ((IsBytes(value) || IsByteArray(value)) && GetBuffer(value, &data, &length) && length == 1) {
      out->AppendChar(static_cast<char>(data[0]));
      return Value::None();
    }
    return RaiseTypeError("%c requires an integer in range(256) or a single byte");
  }
  if (IsStr(value)) {
    if (StrCharCount(value) != 1) return RaiseTypeError("%c requires int or char");
    out->AppendStr(value);
    return Value::None();
  }
  if (!IsInt(value)) return RaiseTypeError("%c requires int or char");
  int64_t code;
  if (!IntToInt64(value, &code) || code < 0 || code > kMaxStrChar) {
    return RaiseOverflowError(kUnicodeStrings ? "%c arg not in range(0x110000)" : "%c arg not in range(256)");
  }
  char encoded[4];
  out->Append(encoded, StrEncodeChar(static_cast<uint32_t>(code), encoded));
  return Value::None();
}

Value MappingKey(const PercentArgs& args, const char* text, size_t length, size_t* i, Value* value) {
  if (args.mapping.IsNull()) return RaiseTypeError("format requires a mapping");
  size_t end = *i + 1;
  int depth = 1;
  while (end < length) {
    if (text[end] == '(') ++depth;
    if (text[end] == ')' && --depth == 0) break;
    ++end;
  }
  if (end >= length) return RaiseValueError("incomplete format key");
  const Value key = args.bytes ? NewBytes(text + *i + 1, end - *i - 1) : NewStr(text + *i + 1, end - *i - 1);
  MICA_TRY(key);
  *value = LoadSubscript(args.mapping, key);
  MICA_TRY(*value);
  *i = end + 1;
  return Value::None();
}

// Width or precision: digits or '*' (taken from the arguments).
Value PercentCount(PercentArgs* args, const char* text, size_t length, size_t* i, intptr_t* out) {
  if (*i < length && text[*i] == '*') {
    ++*i;
    Value star;
    MICA_TRY(NextArg(args, &star));
    if (!IsInt(star)) return RaiseTypeError("* wants int");
    return ToIndex(star, out);
  }
  intptr_t number = 0;
  while (*i < length && text[*i] >= '0' && text[*i] <= '9') {
    if (number > 100000000) return RaiseValueError("width too big");
    number = number * 10 + (text[(*i)++] - '0');
  }
  *out = number;
  return Value::None();
}

// How many bytes of `text` hold its first spec.precision characters (bytes in bytes mode).
size_t PrefixLength(const StringBuilder& text, const FormatSpec& spec) {
  const size_t limit = static_cast<size_t>(spec.precision);
  if (spec.byte_width) return text.length() < limit ? text.length() : limit;
  size_t chars = 0;
  size_t end = 0;
  while (end < text.length()) {
    const bool starts_char = !kUnicodeStrings || (static_cast<uint8_t>(text.data()[end]) & 0xC0) != 0x80;
    if (starts_char && chars++ == limit) break;
    ++end;
  }
  return end;
}

// One conversion; text[*i] is just after its '%'.
Value PercentOne(const Printer& printer, const char* text, size_t length, size_t* i, PercentArgs* args) {
  if (*i < length && text[*i] == '%') {  // "%%" only: a '%' after flags or a width is not a conversion
    ++*i;
    printer.Write("%", 1);
    return Value::None();
  }
  FormatSpec spec;
  spec.byte_width = args->bytes;
  Value value;
  if (*i < length && text[*i] == '(') {
    MICA_TRY(MappingKey(*args, text, length, i, &value));
    args->next = args->count;  // as in CPython, a later conversion without a key finds no argument left
  }
  bool zero = false;
  bool left = false;
  for (; *i < length; ++*i) {
    const char c = text[*i];
    if (c == '-') {
      left = true;
    } else if (c == '+' || c == ' ') {
      if (spec.sign != '+') spec.sign = c;
    } else if (c == '#') {
      spec.alternate = true;
    } else if (c == '0') {
      zero = true;
    } else {
      break;
    }
  }
  MICA_TRY(PercentCount(args, text, length, i, &spec.width));
  if (spec.width < 0) {
    left = true;
    spec.width = -spec.width;
  }
  if (*i < length && text[*i] == '.') {
    ++*i;
    MICA_TRY(PercentCount(args, text, length, i, &spec.precision));
    if (spec.precision < 0) spec.precision = 0;
  }
  while (*i < length && (text[*i] == 'h' || text[*i] == 'l' || text[*i] == 'L')) ++*i;
  if (*i >= length) return RaiseValueError("incomplete format");
  const char type = text[(*i)++];
  if (value.IsNull()) MICA_TRY(NextArg(args, &value));
  spec.align = left ? '<' : '>';
  switch (type) {
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      if (zero && !left) {
        spec.fill = "0";
        spec.align = '=';
      }
      if (type == 'd' || type == 'i' || type == 'u' || type == 'x' || type == 'X' || type == 'o') {
        // bytes formatting names %i as %d in its errors
        return PercentInteger(printer, value, args->bytes && type == 'i' ? 'd' : type, spec);
      } else if constexpr (!kHasFloat) {
        break;  // no float conversions without float: an unsupported format character (ValueError)
      } else {
        Float x;
        // bytes formatting reports any failed conversion (even an int too large) as this TypeError
        if (args->bytes && (!(IsFloat(value) || IsInt(value)) || ToFloat(value, &x).IsException())) {
          return RaiseFormat(&kTypeErrorType, "float argument required, not %T", value);
        }
        if (!args->bytes) MICA_TRY(ToFloat(value, &x));
        spec.type = type;
        return FormatFloatSpec(printer, x, spec);
      }
    case 'c':
    case 's':
    case 'r':
    case 'a':
    case 'b': {
      if (type == 'b' && !args->bytes) break;
      // Plain %s and %r of a str template print straight into the result.
      if (!args->bytes && (type == 's' || type == 'r') && spec.width <= 0 && spec.precision < 0) {
        return Print(printer, value, type == 's' ? PrintKind::kStr : PrintKind::kRepr);
      }
      StringBuilder converted;
      if (type == 'c') {
        MICA_TRY(CharArgument(*args, value, &converted));
      } else {
        MICA_TRY(TextArgument(*args, value, type, &converted));
        if (spec.precision >= 0) converted.Truncate(PrefixLength(converted, spec));
      }
      if (converted.failed()) return RaiseMemoryError();
      EmitPadded(printer, converted.data(), converted.length(), spec, '>');
      return Value::None();
    }
    default:
      break;
  }
  // CPython shows the character itself only when printable ASCII, and its code point in hex.
  uint32_t code = static_cast<uint8_t>(type);
  size_t index = *i - 1;
  if (!args->bytes) {
    index = 0;
    for (size_t k = 0; k + 1 < *i; ++k) index += (static_cast<uint8_t>(text[k]) & 0xC0) != 0x80 ? 1 : 0;
    if (code >= 0xC0) {
      const size_t n = code >= 0xF0 ? 4 : (code >= 0xE0 ? 3 : 2);
      code &= 0x7F >> n;
      for (size_t k = 1; k < n && *i < length; ++k) code = (code << 6) | (static_cast<uint8_t>(text[(*i)++]) & 0x3F);
    }
  }
  const int shown = (code >= 32 && code <= 126) || (args->bytes && code < 0x80) ? static_cast<int>(code) : '?';
  return RaiseFormat(&kValueErrorType, "unsupported format character '%c' (0x%x) at index %z", shown, code, index);
}

Value PercentFormat(const char* text, size_t length, Value values, bool bytes, StringBuilder* builder) {
  PercentArgs args{bytes, &values, 1, 0, Value()};
  if (IsTuple(values)) {
    args.items = TupleItems(values);
    args.count = TupleLength(values);
  } else if (!IsStr(values) && !(bytes && IsBytes(values)) && TypeOf(values)->subscript != nullptr) {
    // Like CPython, anything subscriptable (but a tuple or a string) can serve %(name)s; used with plain
    // conversions it is one argument, and leftover arguments are not an error.
    args.mapping = values;
  }
  const Printer printer = builder->AsPrinter();
  size_t run = 0;
  size_t i = 0;
  while (i < length) {
    if (text[i] != '%') {
      ++i;
      continue;
    }
    printer.Write(text + run, i - run);
    ++i;
    MICA_TRY(PercentOne(printer, text, length, &i, &args));
    run = i;
  }
  printer.Write(text + run, length - run);
  if (args.next < args.count && args.mapping.IsNull()) {
    return RaiseFormat(&kTypeErrorType, "not all arguments converted during %s formatting",
                       bytes ? "bytes" : "string");
  }
  return Value::None();
}

}  // namespace

Value StrPercentFormat(Value template_str, Value values) {
  const char* text = "";
  size_t length = 0;
  StrData(template_str, &text, &length);
  StringBuilder builder;
  MICA_TRY(PercentFormat(text, length, values, false, &builder));
  return builder.Finish();
}

Value BytesPercentOperator(const Type* type, Value lhs, Value rhs) {
  if (!IsSubtype(TypeOf(lhs), type)) return Value();
  const uint8_t* data = nullptr;
  size_t length = 0;
  GetBuffer(lhs, &data, &length);
  // A bytearray template may move when formatting allocates: work on a copy.
  const Value copy = NewBytes(data, length);
  MICA_TRY(copy);
  GetBuffer(copy, &data, &length);
  StringBuilder builder;
  MICA_TRY(PercentFormat(reinterpret_cast<const char*>(data), length, rhs, true, &builder));
  if (builder.failed()) return RaiseMemoryError();
  if (IsByteArray(lhs)) return NewByteArray(builder.data(), builder.length());
  return NewBytes(builder.data(), builder.length());
}

}  // namespace mica
