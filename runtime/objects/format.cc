#include "runtime/objects/format.h"

#include <math.h>
#include <string.h>

#include "gc/heap.h"
#include "runtime/int_format.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/ascii_repr.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/float.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/format_spec.h"
#include "runtime/objects/int.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/tuple.h"

namespace mica {
namespace {

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
      if (end == i) return RaiseValueError("Empty attribute in format string");
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

// Scans a replacement field whose text starts at text[start] (after its '{'): *end gets the index of its closing
// '}', *name_end where the field name stops. As in CPython, '[...]' in the name hides braces, the character after
// '!' is always the conversion, and braces after ':' or the conversion nest.
Value ScanField(const char* text, size_t length, size_t start, size_t* end, size_t* name_end) {
  size_t i = start;
  bool in_brackets = false;
  bool in_spec = false;
  int depth = 1;
  *name_end = length;
  while (i < length) {
    const char c = text[i++];
    if (!in_spec) {
      if (in_brackets) {
        in_brackets = c != ']';
      } else if (c == '[') {
        in_brackets = true;
      } else if (c == '!' || c == ':') {
        *name_end = i - 1;
        in_spec = true;
        if (c == '!' && i < length) ++i;
      } else if (c == '{') {
        return RaiseValueError("unexpected '{' in field name");
      } else if (c == '}') {
        *name_end = i - 1;
        *end = i - 1;
        return Value::None();
      }
      continue;
    }
    if (c == '{') ++depth;
    if (c == '}' && --depth == 0) {
      *end = i - 1;
      return Value::None();
    }
  }
  return RaiseValueError(in_spec ? "unmatched '{' in format spec" : "expected '}' before end of string");
}

// One replacement field's inside: name[!conversion][:spec]; the name is field[0..name_end).
Value FormatField(FormatState* state, const Printer& printer, const char* field, size_t length, size_t name_end,
                  int depth) {
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
  if (conversion == 'r') {
    value = Repr(value);
  } else if (conversion == 'a') {
    value = Ascii(value);
  } else if (conversion == 's') {
    value = Str(value);
  } else if (conversion != 0) {
    return RaiseFormat(&kValueErrorType, "Unknown conversion specifier %c", conversion);
  }
  MICA_TRY(value);
  const char* spec = spec_start < length ? field + spec_start : "";
  size_t spec_length = spec_start < length ? length - spec_start : 0;
  // Nested fields in the spec ("{:{width}}") are expanded first, one level deep only.
  if (memchr(spec, '{', spec_length) != nullptr) {
    if (depth >= 1) return RaiseValueError("Max string recursion exceeded");
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
    if (i + 1 >= length) return RaiseValueError("Single '{' encountered in format string");
    size_t end = 0;
    size_t name_end = 0;
    MICA_TRY(ScanField(text, length, i + 1, &end, &name_end));
    MICA_TRY(FormatField(state, printer, text + i + 1, end - i - 1, name_end - i - 1, depth));
    i = end + 1;
    run = i;
  }
  printer.Write(text + run, length - run);
  return Value::None();
}

}  // namespace

Value FormatValue(const Printer& printer, Value value, const char* spec_text, size_t spec_length) {
  const bool user_class = (TypeOf(value)->flags & kTypeIsUserClass) != 0;
  if (spec_length == 0 && !user_class) return Print(printer, value, PrintKind::kStr);
  const bool is_str = IsStr(value);
  const bool is_number = !is_str && HasBuiltinFormat(value);
  if (!is_str && !is_number) {
    if (user_class) {  // its __format__, even for an empty spec (it may not return str(self))
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
    if (spec_length == 0) return Print(printer, value, PrintKind::kStr);
    return RaiseFormat(&kTypeErrorType, "unsupported format string passed to %T.__format__", value);
  }
  if (spec_length == 0) return Print(printer, value, PrintKind::kStr);
  FormatSpec spec;
  MICA_TRY(ParseFormatSpec(value, spec_text, spec_length, is_number, &spec));
  if (is_str) return FormatStrSpec(printer, value, spec);
  if constexpr (!kHasFloat) {
    return FormatIntSpec(printer, value, spec);  // without float, every other number is an int
  } else {
    if (IsInt(value)) return FormatIntSpec(printer, value, spec);
    if (IsFloat(value)) return FormatFloatSpec(printer, FloatValue(value), spec);
    const ComplexObject* complex = reinterpret_cast<const ComplexObject*>(value.AsObject());
    return FormatComplexSpec(printer, complex->real, complex->imag, spec);
  }
}

bool HasBuiltinFormat(Value value) {
  if constexpr (kHasFloat) {
    return IsStr(value) || IsInt(value) || IsFloat(value) || IsComplex(value);
  } else {
    return IsStr(value) || IsInt(value);
  }
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

}  // namespace mica
