#include "runtime/objects/format.h"

#include <math.h>
#include <string.h>

#include "gc/heap.h"
#include "runtime/int_format.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/float.h"
#include "runtime/objects/float_text.h"
#include "runtime/objects/int.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/tuple.h"

namespace mica {
namespace {

size_t CountChars(const char* data, size_t length) {
  size_t count = 0;
  for (size_t i = 0; i < length; ++i) count += (static_cast<uint8_t>(data[i]) & 0xC0) != 0x80 ? 1 : 0;
  return count;
}

struct Spec {
  const char* fill = " ";
  size_t fill_length = 1;
  char align = 0;  // < > = ^, 0 for the type's default
  char sign = '-';
  bool alternate = false;
  bool zero = false;
  intptr_t width = -1;
  char grouping = 0;
  intptr_t precision = -1;
  char type = 0;
};

bool IsAlign(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

Value ParseNumber(const char* spec, size_t length, size_t* i, intptr_t* out) {
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

Value ParseSpec(const char* spec, size_t length, Spec* out) {
  size_t i = 0;
  // A fill is any one character (UTF-8) followed by an alignment.
  size_t first = 1;
  while (first < length && (static_cast<uint8_t>(spec[first]) & 0xC0) == 0x80) ++first;
  if (first < length && IsAlign(spec[first])) {
    out->fill = spec;
    out->fill_length = first;
    out->align = spec[first];
    i = first + 1;
  } else if (length > 0 && IsAlign(spec[0])) {
    out->align = spec[0];
    i = 1;
  }
  if (i < length && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ')) out->sign = spec[i++];
  if (i < length && spec[i] == '#') {
    out->alternate = true;
    ++i;
  }
  if (i < length && spec[i] == '0') {
    out->zero = true;
    ++i;
  }
  MICA_TRY(ParseNumber(spec, length, &i, &out->width));
  if (i < length && (spec[i] == ',' || spec[i] == '_')) out->grouping = spec[i++];
  if (i < length && spec[i] == '.') {
    ++i;
    MICA_TRY(ParseNumber(spec, length, &i, &out->precision));
    if (out->precision < 0) return RaiseValueError("Format specifier missing precision");
  }
  if (i < length) out->type = spec[i++];
  if (i != length) return RaiseValueError("Invalid format specifier");
  if (out->zero && out->align == 0) {
    out->fill = "0";
    out->fill_length = 1;
    out->align = '=';
  }
  return Value::None();
}

// Writes prefix (sign and "0x") and body padded to `width` characters as `align` says.
void EmitPadded(const Printer& printer, const char* prefix, size_t prefix_length, const char* body, size_t body_length,
                const Spec& spec, char default_align) {
  const size_t chars = prefix_length + CountChars(body, body_length);
  const size_t width = spec.width > 0 ? static_cast<size_t>(spec.width) : 0;
  const size_t pad = width > chars ? width - chars : 0;
  const char align = spec.align != 0 ? spec.align : default_align;
  size_t left = 0;
  if (align == '>') left = pad;
  if (align == '^') left = pad / 2;
  if (align == '=') {
    printer.Write(prefix, prefix_length);
    for (size_t i = 0; i < pad; ++i) printer.Write(spec.fill, spec.fill_length);
    printer.Write(body, body_length);
    return;
  }
  for (size_t i = 0; i < left; ++i) printer.Write(spec.fill, spec.fill_length);
  printer.Write(prefix, prefix_length);
  printer.Write(body, body_length);
  for (size_t i = left; i < pad; ++i) printer.Write(spec.fill, spec.fill_length);
}

// Inserts `separator` every `group` digits into the integer part of builder[start..).
void Group(StringBuilder* builder, size_t start, size_t digits_end, char separator, size_t group) {
  const size_t digits = digits_end - start;
  if (separator == 0 || digits <= group) return;
  const size_t separators = (digits - 1) / group;
  const size_t old_length = builder->length();
  builder->AppendRepeated(' ', separators);
  if (builder->failed()) return;
  char* data = const_cast<char*>(builder->data());
  // Shift the tail after the digits, then spread the digits from the right.
  memmove(data + digits_end + separators, data + digits_end, old_length - digits_end);
  size_t read = digits_end;
  size_t write = digits_end + separators;
  size_t count = 0;
  while (read > start) {
    data[--write] = data[--read];
    if (++count % group == 0 && read > start) data[--write] = separator;
  }
}

Value FormatStrValue(const Printer& printer, Value value, const Spec& spec) {
  if (spec.type != 0 && spec.type != 's') {
    return RaiseFormat(&kValueErrorType, "Unknown format code '%c' for object of type 'str'", spec.type);
  }
  if (spec.sign != '-') return RaiseValueError("Sign not allowed in string format specifier");
  if (spec.align == '=') return RaiseValueError("'=' alignment not allowed in string format specifier");
  const char* data = "";
  size_t length = 0;
  StrData(value, &data, &length);
  if (spec.precision >= 0) {
    size_t chars = 0;
    size_t end = 0;
    while (end < length && chars < static_cast<size_t>(spec.precision)) {
      ++end;
      while (end < length && (static_cast<uint8_t>(data[end]) & 0xC0) == 0x80) ++end;
      ++chars;
    }
    length = end;
  }
  EmitPadded(printer, "", 0, data, length, spec, '<');
  return Value::None();
}

Value FormatFloatValue(const Printer& printer, double x, Spec spec) {
  char type = spec.type;
  if (type == 'n') type = 'g';
  int precision = spec.precision < 0 ? 6 : static_cast<int>(spec.precision);
  if (type == 0) {
    if (spec.precision < 0) {
      type = 'r';
    } else if (precision == 0) {
      precision = 1;
    }
  }
  char prefix[2];
  size_t prefix_length = 0;
  const bool negative = signbit(x) && !isnan(x);
  if (negative) {
    prefix[prefix_length++] = '-';
    x = -x;
  } else if (spec.sign == '+' || spec.sign == ' ') {
    prefix[prefix_length++] = spec.sign;
  }
  const size_t bound = DoubleTextBound(x, type, precision);
  char stack_text[64];
  char* text = stack_text;
  if (bound > sizeof(stack_text)) {
    text = static_cast<char*>(AllocateRaw(bound, gc::kNoScan));
    if (text == nullptr) return Value::Exception();
  }
  const size_t length = FormatDouble(x, type, precision, spec.alternate, text, bound);
  StringBuilder body;
  body.Append(text, length);
  if (text != stack_text) FreeRaw(text);
  if (spec.grouping != 0 && isfinite(x)) {
    size_t digits_end = 0;
    while (digits_end < body.length() && body.data()[digits_end] >= '0' && body.data()[digits_end] <= '9') {
      ++digits_end;
    }
    Group(&body, 0, digits_end, spec.grouping, 3);
  }
  if (body.failed()) return RaiseMemoryError();
  EmitPadded(printer, prefix, prefix_length, body.data(), body.length(), spec, '>');
  return Value::None();
}

Value FormatIntValue(const Printer& printer, Value value, const Spec& spec) {
  char type = spec.type;
  switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      double x;
      MICA_TRY(IntToDouble(value, &x));
      return FormatFloatValue(printer, x, spec);
    }
    case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
      break;
    default:
      return RaiseFormat(&kValueErrorType, "Unknown format code '%c' for object of type 'int'", type);
  }
  if (spec.precision >= 0) return RaiseValueError("Precision not allowed in integer format specifier");
  if (type == 'c') {
    int64_t code;
    if (!IntToInt64(value, &code) || code < 0 || code > 0x10FFFF) {
      return RaiseOverflowError("%c arg not in range(0x110000)");
    }
    char encoded[4];
    const size_t n = EncodeUtf8(static_cast<uint32_t>(code), encoded);
    EmitPadded(printer, "", 0, encoded, n, spec, '<');
    return Value::None();
  }
  IntFormat format;
  format.base = type == 'b' ? 2 : (type == 'o' ? 8 : ((type == 'x' || type == 'X') ? 16 : 10));
  format.uppercase = type == 'X';
  const bool negative = IntIsNegative(value);
  Value magnitude = value.IsBool() ? Value::SmallInt(value.IsTrue() ? 1 : 0) : value;
  if (negative) {
    magnitude = UnaryOperation(UnaryOp::kNegative, value);
    MICA_TRY(magnitude);
  }
  char prefix[4];
  size_t prefix_length = 0;
  if (negative) {
    prefix[prefix_length++] = '-';
  } else if (spec.sign == '+' || spec.sign == ' ') {
    prefix[prefix_length++] = spec.sign;
  }
  if (spec.alternate && format.base != 10) {
    prefix[prefix_length++] = '0';
    prefix[prefix_length++] = format.base == 2 ? 'b' : (format.base == 8 ? 'o' : (type == 'X' ? 'X' : 'x'));
  }
  StringBuilder body;
  MICA_TRY(IntPrintFormatted(body.AsPrinter(), magnitude, format));
  Group(&body, 0, body.length(), spec.grouping, format.base == 10 ? 3 : 4);
  if (body.failed()) return RaiseMemoryError();
  EmitPadded(printer, prefix, prefix_length, body.data(), body.length(), spec, '>');
  return Value::None();
}

// ---- str.format --------------------------------------------------------------------------------------------------

struct FormatState {
  const Value* args;
  uint32_t n_pos;
  uint32_t n_kw;
  int next_auto;  // -1 once manual numbering was used
  bool manual;
};

bool IsDigits(const char* data, size_t length) {
  if (length == 0) return false;
  for (size_t i = 0; i < length; ++i) {
    if (data[i] < '0' || data[i] > '9') return false;
  }
  return true;
}

size_t ParseIndex(const char* data, size_t length) {
  size_t value = 0;
  for (size_t i = 0; i < length; ++i) value = value * 10 + static_cast<size_t>(data[i] - '0');
  return value;
}

// Resolves a field name ("", "0", "name", "0.attr[key]") to its value.
Value ResolveField(FormatState* state, const char* name, size_t length) {
  size_t first = 0;
  while (first < length && name[first] != '.' && name[first] != '[') ++first;
  Value value;
  if (first == 0) {
    if (state->manual) {
      return RaiseValueError("cannot switch from manual field specification to automatic field numbering");
    }
    const int index = state->next_auto++;
    if (static_cast<uint32_t>(index) >= state->n_pos) {
      return RaiseFormat(&kIndexErrorType, "Replacement index %d out of range for positional args tuple", index);
    }
    value = state->args[index];
  } else if (IsDigits(name, first)) {
    if (state->next_auto > 0) {
      return RaiseValueError("cannot switch from automatic field numbering to manual field specification");
    }
    state->manual = true;
    const size_t index = ParseIndex(name, first);
    if (index >= state->n_pos) {
      return RaiseFormat(&kIndexErrorType, "Replacement index %z out of range for positional args tuple", index);
    }
    value = state->args[index];
  } else {
    const Value key = FindName(name, first);
    if (!key.IsNull()) value = FindKeyword(state->args, state->n_pos, state->n_kw, key.AsNameId());
    if (value.IsNull()) {
      const Value missing = NewStr(name, first);
      MICA_TRY(missing);
      return RaiseKeyError(missing);
    }
  }
  size_t i = first;
  while (i < length) {
    if (name[i] == '.') {
      size_t end = ++i;
      while (end < length && name[end] != '.' && name[end] != '[') ++end;
      if (end == i) return RaiseValueError("Empty attribute in format string");
      const Value attribute = InternName(name + i, end - i);
      MICA_TRY(attribute);
      value = LoadAttr(value, attribute.AsNameId());
      MICA_TRY(value);
      i = end;
    } else if (name[i] == '[') {
      size_t end = ++i;
      while (end < length && name[end] != ']') ++end;
      if (end >= length) return RaiseValueError("Missing ']' in format string");
      Value key;
      if (IsDigits(name + i, end - i)) {
        key = NewInt(static_cast<int64_t>(ParseIndex(name + i, end - i)));
      } else {
        key = NewStr(name + i, end - i);
      }
      MICA_TRY(key);
      value = LoadSubscript(value, key);
      MICA_TRY(value);
      i = end + 1;
    } else {
      return RaiseValueError("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return value;
}

Value FormatTemplate(FormatState* state, const Printer& printer, const char* text, size_t length, int depth);

// One replacement field's inside: name[!conversion][:spec].
Value FormatField(FormatState* state, const Printer& printer, const char* field, size_t length, int depth) {
  size_t name_end = 0;
  int brackets = 0;
  while (name_end < length) {
    const char c = field[name_end];
    if (c == '[') ++brackets;
    if (c == ']') --brackets;
    if (brackets == 0 && (c == '!' || c == ':')) break;
    ++name_end;
  }
  char conversion = 0;
  size_t spec_start = length;
  if (name_end < length && field[name_end] == '!') {
    if (name_end + 1 >= length) return RaiseValueError("end of string while looking for conversion specifier");
    conversion = field[name_end + 1];
    if (name_end + 2 < length && field[name_end + 2] != ':') {
      return RaiseValueError("expected ':' after conversion specifier");
    }
    spec_start = name_end + 3;
  } else if (name_end < length) {
    spec_start = name_end + 1;
  }
  Value value = ResolveField(state, field, name_end);
  MICA_TRY(value);
  if (conversion == 'r' || conversion == 'a') {
    value = Repr(value);
  } else if (conversion == 's') {
    value = Str(value);
  } else if (conversion != 0) {
    return RaiseFormat(&kValueErrorType, "Unknown conversion specifier %c", conversion);
  }
  MICA_TRY(value);
  const char* spec = spec_start < length ? field + spec_start : "";
  size_t spec_length = spec_start < length ? length - spec_start : 0;
  // Nested fields in the spec ("{:{width}}") are expanded first.
  if (memchr(spec, '{', spec_length) != nullptr) {
    if (depth >= 2) return RaiseValueError("Max string recursion exceeded");
    StringBuilder expanded;
    MICA_TRY(FormatTemplate(state, expanded.AsPrinter(), spec, spec_length, depth + 1));
    const Value spec_str = expanded.Finish();
    MICA_TRY(spec_str);
    StrData(spec_str, &spec, &spec_length);
    return FormatValue(printer, value, spec, spec_length);
  }
  return FormatValue(printer, value, spec, spec_length);
}

Value FormatTemplate(FormatState* state, const Printer& printer, const char* text, size_t length, int depth) {
  size_t run = 0;
  size_t i = 0;
  while (i < length) {
    const char c = text[i];
    if (c != '{' && c != '}') {
      ++i;
      continue;
    }
    printer.Write(text + run, i - run);
    if (i + 1 < length && text[i + 1] == c) {  // {{ or }}
      printer.Write(&text[i], 1);
      i += 2;
      run = i;
      continue;
    }
    if (c == '}') return RaiseValueError("Single '}' encountered in format string");
    size_t end = i + 1;
    int nesting = 1;
    while (end < length) {
      if (text[end] == '{') ++nesting;
      if (text[end] == '}' && --nesting == 0) break;
      ++end;
    }
    if (end >= length) return RaiseValueError("Single '{' encountered in format string");
    MICA_TRY(FormatField(state, printer, text + i + 1, end - i - 1, depth));
    i = end + 1;
    run = i;
  }
  printer.Write(text + run, length - run);
  return Value::None();
}

// ---- % formatting --------------------------------------------------------------------------------------------------

struct PercentArgs {
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

Value PercentNumber(const Printer& printer, Value value, char type, const Spec& spec) {
  if (type == 'd' || type == 'i' || type == 'u') {
    if (IsFloat(value)) {
      value = IntFromDouble(trunc(FloatValue(value)));
      MICA_TRY(value);
    } else if (!IsInt(value)) {
      return RaiseFormat(&kTypeErrorType, "%%%c format: a real number is required, not %T", type, value);
    }
  } else if (type == 'x' || type == 'X' || type == 'o') {
    if (!IsInt(value)) {
      return RaiseFormat(&kTypeErrorType, "%%%c format: an integer is required, not %T", type, value);
    }
  } else {
    double x;
    MICA_TRY(ToDouble(value, &x));
    Spec float_spec = spec;
    float_spec.type = type;
    return FormatFloatValue(printer, x, float_spec);
  }
  IntFormat format;
  format.base = type == 'o' ? 8 : ((type == 'x' || type == 'X') ? 16 : 10);
  format.uppercase = type == 'X';
  const bool negative = IntIsNegative(value);
  Value magnitude = value.IsBool() ? Value::SmallInt(value.IsTrue() ? 1 : 0) : value;
  if (negative) {
    magnitude = UnaryOperation(UnaryOp::kNegative, value);
    MICA_TRY(magnitude);
  }
  char prefix[4];
  size_t prefix_length = 0;
  if (negative) {
    prefix[prefix_length++] = '-';
  } else if (spec.sign == '+' || spec.sign == ' ') {
    prefix[prefix_length++] = spec.sign;
  }
  if (spec.alternate && format.base != 10) {
    prefix[prefix_length++] = '0';
    prefix[prefix_length++] = format.base == 8 ? 'o' : type;
  }
  StringBuilder body;
  MICA_TRY(IntPrintFormatted(body.AsPrinter(), magnitude, format));
  if (spec.precision > static_cast<intptr_t>(body.length())) {
    StringBuilder padded;
    padded.AppendRepeated('0', static_cast<size_t>(spec.precision) - body.length());
    padded.Append(body.data(), body.length());
    if (padded.failed()) return RaiseMemoryError();
    EmitPadded(printer, prefix, prefix_length, padded.data(), padded.length(), spec, '>');
    return Value::None();
  }
  if (body.failed()) return RaiseMemoryError();
  EmitPadded(printer, prefix, prefix_length, body.data(), body.length(), spec, '>');
  return Value::None();
}

Value PercentOne(const Printer& printer, const char* text, size_t length, size_t* i, PercentArgs* args) {
  Spec spec;
  Value value;
  bool have_value = false;
  if (*i < length && text[*i] == '(') {
    if (args->mapping.IsNull()) return RaiseTypeError("format requires a mapping");
    size_t end = *i + 1;
    int depth = 1;
    while (end < length) {
      if (text[end] == '(') ++depth;
      if (text[end] == ')' && --depth == 0) break;
      ++end;
    }
    if (end >= length) return RaiseValueError("incomplete format key");
    const Value key = NewStr(text + *i + 1, end - *i - 1);
    MICA_TRY(key);
    value = LoadSubscript(args->mapping, key);
    MICA_TRY(value);
    have_value = true;
    *i = end + 1;
  }
  while (*i < length) {
    const char c = text[*i];
    if (c == '-') {
      spec.align = '<';
    } else if (c == '+' || c == ' ') {
      if (spec.sign != '+') spec.sign = c;
    } else if (c == '#') {
      spec.alternate = true;
    } else if (c == '0') {
      spec.zero = true;
    } else {
      break;
    }
    ++*i;
  }
  for (int part = 0; part < 2; ++part) {
    intptr_t* target = part == 0 ? &spec.width : &spec.precision;
    if (part == 1) {
      if (*i >= length || text[*i] != '.') break;
      ++*i;
      spec.precision = 0;
    }
    if (*i < length && text[*i] == '*') {
      ++*i;
      Value star;
      MICA_TRY(NextArg(args, &star));
      if (!IsInt(star)) return RaiseTypeError("* wants int");
      MICA_TRY(ToIndex(star, target));
      if (part == 0 && *target < 0) {
        spec.align = '<';
        *target = -*target;
      }
    } else {
      intptr_t number;
      MICA_TRY(ParseNumber(text, length, i, &number));
      if (number >= 0) *target = number;
    }
  }
  while (*i < length && (text[*i] == 'h' || text[*i] == 'l' || text[*i] == 'L')) ++*i;
  if (*i >= length) return RaiseValueError("incomplete format");
  const char type = text[(*i)++];
  if (type == '%') {
    printer.Write("%", 1);
    return Value::None();
  }
  if (!have_value) MICA_TRY(NextArg(args, &value));
  if (spec.zero && spec.align != '<') {
    spec.fill = "0";
    spec.align = '=';
  }
  switch (type) {
    case 's':
    case 'r':
    case 'a': {
      const Value converted = type == 's' ? Str(value) : Repr(value);
      MICA_TRY(converted);
      Spec text_spec = spec;
      if (text_spec.align == '=' || text_spec.align == 0) {  // %-formatting pads on the left unless '-'
        text_spec.align = '>';
        text_spec.fill = " ";
      }
      text_spec.sign = '-';
      return FormatStrValue(printer, converted, text_spec);
    }
    case 'c': {
      char encoded[4];
      size_t n = 0;
      if (IsStr(value)) {
        if (StrCharCount(value) != 1) return RaiseTypeError("%c requires int or char");
        const char* data = "";
        StrData(value, &data, &n);
        memcpy(encoded, data, n);
      } else if (IsInt(value)) {
        int64_t code;
        if (!IntToInt64(value, &code) || code < 0 || code > 0x10FFFF) {
          return RaiseOverflowError("%c arg not in range(0x110000)");
        }
        n = EncodeUtf8(static_cast<uint32_t>(code), encoded);
      } else {
        return RaiseTypeError("%c requires int or char");
      }
      Spec char_spec = spec;
      if (char_spec.align == '=') {
        char_spec.align = 0;
        char_spec.fill = " ";
      }
      EmitPadded(printer, "", 0, encoded, n, char_spec, '>');
      return Value::None();
    }
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      return PercentNumber(printer, value, type, spec);
    default:
      return RaiseFormat(&kValueErrorType, "unsupported format character '%c' (0x%x) at index %z", type,
                         static_cast<unsigned>(static_cast<uint8_t>(type)), *i - 1);
  }
}

}  // namespace

Value FormatValue(const Printer& printer, Value value, const char* spec_text, size_t spec_length) {
  if (spec_length == 0) return Print(printer, value, PrintKind::kStr);
  Spec spec;
  MICA_TRY(ParseSpec(spec_text, spec_length, &spec));
  if (IsStr(value)) return FormatStrValue(printer, value, spec);
  if (IsInt(value)) {
    if (value.IsBool() && spec.type == 0) {
      return FormatStrValue(printer, value.IsTrue() ? Value::Name(names::True) : Value::Name(names::False), spec);
    }
    return FormatIntValue(printer, value, spec);
  }
  if (IsFloat(value)) {
    switch (spec.type) {
      case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return FormatFloatValue(printer, FloatValue(value), spec);
      default:
        return RaiseFormat(&kValueErrorType, "Unknown format code '%c' for object of type 'float'", spec.type);
    }
  }
  if ((TypeOf(value)->flags & kTypeIsUserClass) != 0) {
    // A class with __format__ formats itself.
    const Value method = LookupAttr(value, names::__format__);
    MICA_TRY(method);
    if (!method.IsNull()) {
      const Value spec_str = NewStr(spec_text, spec_length);
      MICA_TRY(spec_str);
      const Value text = CallValue(method, &spec_str, 1, 0);
      MICA_TRY(text);
      if (!IsStr(text)) return RaiseFormat(&kTypeErrorType, "__format__ must return a str, not %T", text);
      return Print(printer, text, PrintKind::kStr);
    }
  }
  return RaiseFormat(&kTypeErrorType, "unsupported format string passed to %T.__format__", value);
}

Value FormatToStr(Value value, Value spec) {
  const char* data = "";
  size_t length = 0;
  if (!spec.IsNull() && !StrData(spec, &data, &length)) {
    return RaiseFormat(&kTypeErrorType, "format() argument 2 must be str, not %T", spec);
  }
  if (length == 0 && IsStr(value)) return value;
  StringBuilder builder;
  MICA_TRY(FormatValue(builder.AsPrinter(), value, data, length));
  return builder.Finish();
}

Value StrFormat(Value template_str, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const char* text = "";
  size_t length = 0;
  StrData(template_str, &text, &length);
  FormatState state{args, n_pos, n_kw, 0, false};
  StringBuilder builder;
  MICA_TRY(FormatTemplate(&state, builder.AsPrinter(), text, length, 0));
  return builder.Finish();
}

Value StrPercentFormat(Value template_str, Value values) {
  const char* text = "";
  size_t length = 0;
  StrData(template_str, &text, &length);
  PercentArgs args{&values, 1, 0, Value()};
  if (IsTuple(values)) {
    args.items = TupleItems(values);
    args.count = TupleLength(values);
  } else if (IsDict(values) || (!IsStr(values) && TypeOf(values)->subscript != nullptr && !IsTuple(values))) {
    args.mapping = values;
  }
  StringBuilder builder;
  const Printer printer = builder.AsPrinter();
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
    return RaiseTypeError("not all arguments converted during string formatting");
  }
  return builder.Finish();
}

}  // namespace mica
