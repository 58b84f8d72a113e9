// format() of floats and complex numbers (format_spec.h): in its own file because it exists only where float
// does; a float = none build does not compile it (runtime/objects/BUILD.bazel).
#include <math.h>

#include "gc/heap.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/float.h"
#include "runtime/objects/float_text.h"
#include "runtime/objects/format_spec.h"
#include "runtime/objects/string_builder.h"

namespace mica {
namespace {

// Whether formatted float text (sign removed) shows only zeros: 'z' then drops a minus sign.
bool AllZeros(const char* text, size_t length) {
  for (size_t i = 0; i < length; ++i) {
    if (text[i] == 'e' || text[i] == 'E') break;
    if (text[i] >= '1' && text[i] <= '9') return false;
    if (text[i] == 'n' || text[i] == 'N' || text[i] == 'i' || text[i] == 'I') return false;  // nan, inf
  }
  return true;
}

size_t LeadingDigits(const char* text, size_t length) {
  size_t n = 0;
  while (n < length && text[n] >= '0' && text[n] <= '9') ++n;
  return n;
}

// Formats |x| (the sign is returned in *negative) as `type` would: FormatFloat's conversions plus the complex
// repr form 'j', which is repr without the ".0" of integral values.
Value FloatText(Float x, char type, int precision, const FormatSpec& spec, StringBuilder* out, bool* negative) {
  *negative = signbit(x) && !isnan(x);
  if (*negative) x = -x;
  const char conversion = type == 'j' ? 'r' : type;
  const size_t bound = FloatTextBound(x, conversion, precision);
  char stack_text[64];
  char* text = stack_text;
  if (bound > sizeof(stack_text)) {
    text = static_cast<char*>(AllocateRaw(bound, gc::kNoScan));
    if (text == nullptr) return Value::Exception();
  }
  size_t length = FormatFloat(x, conversion, precision, spec.alternate, text, bound);
  if (type == 'j' && length >= 2 && text[length - 2] == '.' && text[length - 1] == '0') {
    length -= spec.alternate ? 1 : 2;  // "1.0" -> "1", or "1." with '#'
  }
  out->Append(text, length);
  if (text != stack_text) FreeRaw(text);
  if (out->failed()) return RaiseMemoryError();
  if (*negative && spec.no_negative_zero && AllZeros(out->data(), out->length())) *negative = false;
  return Value::None();
}

}  // namespace

Value FormatFloatSpec(const Printer& printer, Float x, const FormatSpec& spec) {
  char type = spec.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      break;
    default: {
      const Value boxed = NewFloat(x);
      MICA_TRY(boxed);
      return RaiseUnknownFormatCode(static_cast<uint8_t>(type), boxed);
    }
  }
  if (spec.precision > 0x7FFFFFFF) return RaiseValueError("precision too big");
  int precision = static_cast<int>(spec.precision);
  if (type == 'n') type = 'g';
  if (type == 0 && precision < 0) type = 'r';  // repr; with a precision, FormatFloat's type 0 ('g' + ".0")
  if (precision < 0) precision = 6;
  StringBuilder text;
  bool negative = false;
  MICA_TRY(FloatText(x, type, precision, spec, &text, &negative));
  const size_t digits = LeadingDigits(text.data(), text.length());
  return EmitNumber(printer, spec, NumberSign(negative, spec), "", 0, text.data(), digits, text.data() + digits,
                    text.length() - digits, 3);
}

Value FormatComplexSpec(const Printer& printer, Float real, Float imag, const FormatSpec& spec) {
  char type = spec.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default: {
      const Value boxed = NewComplex(real, imag);
      MICA_TRY(boxed);
      return RaiseUnknownFormatCode(static_cast<uint8_t>(type), boxed);
    }
  }
  if (spec.precision > 0x7FFFFFFF) return RaiseValueError("precision too big");
  if (spec.fill_length == 1 && spec.fill[0] == '0') {
    return RaiseValueError("Zero padding is not allowed in complex format specifier");
  }
  if (spec.align == '=') return RaiseValueError("'=' alignment flag is not allowed in complex format specifier");
  int precision = static_cast<int>(spec.precision);
  bool skip_real = false;
  bool parens = false;
  if (type == 0) {
    type = 'j';
    if (real == 0.0 && !signbit(real)) {
      skip_real = true;
    } else {
      parens = true;
    }
    if (precision >= 0) type = 'g';
  }
  if (type == 'n') type = 'g';
  if (precision < 0) precision = 6;
  // Each part is a number without padding; the whole is padded at the end.
  FormatSpec part = spec;
  part.width = -1;
  part.align = '<';
  StringBuilder body;
  if (parens) body.AppendChar('(');
  for (int which = skip_real ? 1 : 0; which < 2; ++which) {
    StringBuilder text;
    bool negative = false;
    MICA_TRY(FloatText(which == 0 ? real : imag, type, precision, spec, &text, &negative));
    if (which == 1 && !skip_real) part.sign = '+';
    const size_t digits = LeadingDigits(text.data(), text.length());
    MICA_TRY(EmitNumber(body.AsPrinter(), part, NumberSign(negative, part), "", 0, text.data(), digits,
                        text.data() + digits, text.length() - digits, 3));
  }
  body.AppendChar('j');
  if (parens) body.AppendChar(')');
  if (body.failed()) return RaiseMemoryError();
  EmitPadded(printer, body.data(), body.length(), spec, '>');
  return Value::None();
}

}  // namespace mica
