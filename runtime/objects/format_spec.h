// The format-spec mini-language shared by format(), str.format(), f-strings and %-formatting:
//   [[fill]align][sign][z][#][0][width][,|_][.precision][type]
//
// ParseFormatSpec applies CPython's rules, including the order of its checks (so a bad spec raises the same
// error): the '0' flag fills with '0' unless a fill is given and aligns with '=' for numbers unless an alignment
// is given; ',' and '_' are checked against the type right after parsing. The Format* functions then check what
// their type forbids and write the text. A number is laid out as
//   [padding][sign][prefix][zero padding][grouped digits][rest][padding]
// where "rest" is what follows the integer digits (".5e+10", "%", "inf", "j"). With fill '0' and alignment '='
// the zero padding is grouped too: format(1234, '08,') == '0,001,234'.
#ifndef MICA_RUNTIME_OBJECTS_FORMAT_SPEC_H_
#define MICA_RUNTIME_OBJECTS_FORMAT_SPEC_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/float_type.h"
#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

struct FormatSpec {
  const char* fill = " ";  // one character, UTF-8
  size_t fill_length = 1;
  bool fill_given = false;
  char align = 0;  // < > = ^, 0 for the type's default
  char sign = 0;   // + - space, 0 when not given
  bool no_negative_zero = false;  // 'z'
  bool alternate = false;         // '#'
  intptr_t width = -1;
  char grouping = 0;  // ',' or '_'
  intptr_t precision = -1;
  char type = 0;
  bool byte_width = false;  // widths count bytes, not characters (bytes %-formatting)
};

// Parses spec[0..length) for formatting `value` (named in error messages); numbers (int, float, complex)
// default to '>' alignment, everything else to '<'. None or an exception.
Value ParseFormatSpec(Value value, const char* spec, size_t length, bool numeric, FormatSpec* out);

// Writes body (already converted text) padded to spec.width as spec.align says (default_align when 0).
void EmitPadded(const Printer& printer, const char* body, size_t body_length, const FormatSpec& spec,
                char default_align);

// Writes a number: sign (0 for none), prefix ("0x"), integer digits grouped every `group` digits when
// spec.grouping is set, then rest; padded to spec.width. None, or MemoryError.
Value EmitNumber(const Printer& printer, const FormatSpec& spec, char sign, const char* prefix, size_t prefix_length,
                 const char* digits, size_t digit_count, const char* rest, size_t rest_length, size_t group);

// ValueError("Unknown format code 'f' for object of type 'int'").
Value RaiseUnknownFormatCode(uint32_t type, Value value);

// The sign character a number is written with: '-' when negative, else spec.sign's '+' or ' ', or 0 for none.
char NumberSign(bool negative, const FormatSpec& spec);

// The typed formatters, after ParseFormatSpec. FormatFloatSpec and FormatComplexSpec exist only where the build
// has float (format_float_spec.cc). `x` for floats; ints and strs are Values.
Value FormatIntSpec(const Printer& printer, Value value, const FormatSpec& spec);
Value FormatFloatSpec(const Printer& printer, Float x, const FormatSpec& spec);
Value FormatComplexSpec(const Printer& printer, Float real, Float imag, const FormatSpec& spec);
Value FormatStrSpec(const Printer& printer, Value value, const FormatSpec& spec);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_FORMAT_SPEC_H_
