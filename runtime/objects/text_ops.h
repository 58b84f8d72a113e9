// Byte-level text algorithms shared by str (UTF-8 text) and bytes/bytearray, so each exists once. No Python
// objects here: callers pass buffers and own the results. Character classes and case mapping are ASCII (bytes
// >= 0x80 are uncased, so a UTF-8 sequence passes through case mapping unchanged). A `unicode` argument selects
// str's rules (multi-byte UTF-8 characters, Unicode whitespace and line breaks) over bytes' (every byte is one
// character, ASCII whitespace, \n and \r only). Where the build's str is bytes-like (kUnicodeStrings false), str's
// rules keep their ASCII part (\x1c-\x1f are whitespace; \v, \f, \x1c-\x1e break lines) but every byte is one
// character and bytes >= 0x80 are neither whitespace nor line breaks: StrMultiByte() says which.
#ifndef MICA_RUNTIME_OBJECTS_TEXT_OPS_H_
#define MICA_RUNTIME_OBJECTS_TEXT_OPS_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/core_config.h"

namespace mica {
namespace text {

// Whether text under str's rules (`unicode`) has multi-byte characters: only where str is unicode.
constexpr bool StrMultiByte(bool unicode) { return unicode && kUnicodeStrings; }

constexpr bool IsAsciiUpper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsAsciiLower(uint8_t c) { return c >= 'a' && c <= 'z'; }
constexpr bool IsAsciiAlpha(uint8_t c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
constexpr bool IsAsciiDigit(uint8_t c) { return c >= '0' && c <= '9'; }
constexpr bool IsAsciiAlnum(uint8_t c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }
// bytes.isspace()'s set: \t \n \v \f \r and space (str's adds \x1c-\x1f and Unicode spaces: SpaceAt).
constexpr bool IsAsciiSpace(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
constexpr bool IsContinuationByte(uint8_t c) { return (c & 0xC0) == 0x80; }

// Unicode White_Space as str.isspace()/split() see it, by code point.
bool IsUnicodeSpace(uint32_t code_point);

// str.isprintable() and repr(): false for controls, format characters, private use and separators other than the
// space (CPython's rule for the code points a small runtime meets; it has no full Unicode database).
bool IsPrintable(uint32_t code_point);

enum class CaseMap : uint8_t { kUpper, kLower, kSwap, kCapitalize, kTitle };
// Maps in[0..n) into out[0..n) (they may be the same buffer). With `unicode`, bytes >= 0x80 (parts of non-ASCII
// letters, left unchanged) count as cased for title(), so "straße".title() is "Straße", not "StraßE".
void MapCase(const uint8_t* in, size_t n, uint8_t* out, CaseMap map, bool unicode);
// istitle(): at least one cased character; upper case only after an uncased one, lower case only after a cased one.
bool IsTitle(const uint8_t* data, size_t n);
// isupper() (upper) / islower(): at least one cased character and none of the other case.
bool IsAllCase(const uint8_t* data, size_t n, bool upper);

// The byte length of the line break starting at data[i] (2 for \r\n), or 0.
size_t LineBreakAt(const uint8_t* data, size_t n, size_t i, bool unicode);
// The byte length of the whitespace character starting at data[i] (SpaceAt) or ending at data[end] (SpaceBefore),
// or 0.
size_t SpaceAt(const uint8_t* data, size_t n, size_t i, bool unicode);
size_t SpaceBefore(const uint8_t* data, size_t end, bool unicode);

// center(): how many of `pad` fill characters go on the left for a result of `width` characters (CPython puts
// the odd one on the right unless the width is odd too).
size_t CenterLeft(size_t pad, size_t width);
// expandtabs(): writes the result to out when out is non-null; returns its length either way. Columns restart
// after \n and \r; tabsize <= 0 removes tabs.
size_t ExpandTabs(const uint8_t* in, size_t n, intptr_t tabsize, bool unicode, uint8_t* out);
// zfill(): in[0..n) with `pad` '0's after a leading sign, into out[0..n + pad).
void ZeroFill(const uint8_t* in, size_t n, size_t pad, uint8_t* out);

// hex(sep, bytes_per_sep): the length of the result, and the result itself (lower-case digits). The one-byte sep goes
// between groups of |group| bytes counted from the right for group > 0, from the left for group < 0; group 0
// means no separator.
size_t HexLength(size_t n, intptr_t group);
void WriteHex(const uint8_t* data, size_t n, uint8_t sep, intptr_t group, uint8_t* out);
// A hex digit's value, or -1.
int HexDigitValue(uint8_t c);

// UTF-8 validation for decode(): the length of the valid sequence at data[0..n) (0 if invalid), and for an invalid
// one the length of its maximal valid prefix (at least 1), which errors='replace' turns into one U+FFFD as CPython
// does.
size_t Utf8ValidLength(const uint8_t* data, size_t n);
size_t Utf8InvalidLength(const uint8_t* data, size_t n);

}  // namespace text

constexpr size_t kNoPosition = static_cast<size_t>(-1);

// The byte offset of needle in haystack at or after `from` (reverse: the last one at or after `from`), or
// kNoPosition. An empty needle is found at `from` (reverse: at the end).
size_t FindBytes(const char* haystack, size_t h_length, const char* needle, size_t n_length, size_t from,
                 bool reverse);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_TEXT_OPS_H_
