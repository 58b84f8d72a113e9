// ascii(): repr() with every character above U+007F escaped as \xNN, \uNNNN or \UNNNNNNNN. Used by the !a
// conversion of str.format and f-strings and by %a (and bytes' %r/%a) in %-formatting.
#ifndef MICA_RUNTIME_OBJECTS_ASCII_REPR_H_
#define MICA_RUNTIME_OBJECTS_ASCII_REPR_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/objects/string_builder.h"
#include "runtime/value.h"

namespace mica {

// Writes the escape of a non-ASCII code point as CPython does (\xNN, \uNNNN or \UNNNNNNNN) to out, returning
// its length (at most 10).
size_t EscapeCodePoint(uint32_t code, char* out);

// Appends text[0..length) (valid UTF-8) with non-ASCII characters escaped.
void AppendAsciiEscaped(StringBuilder* out, const char* text, size_t length);

// ascii(value) as a str, or an exception.
Value Ascii(Value value);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_ASCII_REPR_H_
