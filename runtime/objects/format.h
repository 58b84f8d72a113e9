// Text formatting: format(value, spec), str.format() and printf-style `%` formatting.
//
// FormatValue implements the format-spec mini-language (format_spec.h) for int, bool, float, complex and str:
//   [[fill]align][sign][z][#][0][width][,|_][.precision][type]
//   align < > ^ =, sign + - space, types d x X o b c n (int), e E f F g G n % (float, int; complex without %),
//   s (str). A user class's __format__ is called (for an empty spec too). Other types: an empty spec gives
//   str(value); anything else raises TypeError ("unsupported format string passed to list.__format__").
// The % operators of str and bytes live in percent_format.cc.
#ifndef MICA_RUNTIME_OBJECTS_FORMAT_H_
#define MICA_RUNTIME_OBJECTS_FORMAT_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

// Writes value formatted by spec[0..spec_length) to the printer. None or an exception.
Value FormatValue(const Printer& printer, Value value, const char* spec, size_t spec_length);

// Whether value is a str, int, float or complex (or an instance of a subclass): the kinds the spec language formats.
bool HasBuiltinFormat(Value value);

// format(value, spec) as a str.
Value FormatToStr(Value value, Value spec);

// template.format(*args, **kwargs): {} {0} {name} {0.attr} {0[key]} {!r} {!s} {:spec} and {{ }}. Args follow the
// calling convention (n_pos values, then n_kw (name, value) pairs).
Value StrFormat(Value template_str, const Value* args, uint32_t n_pos, uint32_t n_kw);

// template % values: %s %r %a %d %i %u %x %X %o %e %E %f %F %g %G %c %%, flags - + space # 0, width and precision
// (numbers or *), and %(name)s with a dict. `values` is a tuple, a mapping (for %(name)) or a single value.
Value StrPercentFormat(Value template_str, Value values);

// The % operator of bytes-like `type` (bytes, bytearray): lhs % rhs when lhs is one (the result has its type),
// else null (not handled). %b and %s take bytes-like objects or __bytes__, %r and %a give ascii(), %c an int
// below 256 or one byte; widths count bytes.
Value BytesPercentOperator(const Type* type, Value lhs, Value rhs);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_FORMAT_H_
