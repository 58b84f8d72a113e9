// str: immutable UTF-8 text. Two representations share the type: interned names (Value::Name, no heap; see
// runtime/names.h and name_pool.h) and StrObjects in the heap (gc::kNoScan, text inline after the header and
// NUL-terminated for C callers). Both hash with names::HashBytes over the UTF-8 bytes and compare by text, so a
// name and a str object with the same text are equal and find each other in dicts. Use StrData()/StrEquals()
// instead of looking at the representation.
//
// What a character is depends on the build (kUnicodeStrings, runtime/core_config.h, docs/feature-sets.md):
// - unicode: indexing, slicing and len() count code points of UTF-8 text; an ASCII string (char_count ==
//   byte_length) takes the fast byte-indexed path. Text is valid UTF-8 (everything that makes a str checks or
//   produces it).
// - bytes-like: every byte is one character (0..255) and char_count == byte_length always; the text is usually
//   UTF-8 (source literals are) but any bytes are allowed, so nothing may assume valid UTF-8.
// Code that walks characters uses the Str*Char helpers below, so the choice is made here once.
#ifndef MICA_RUNTIME_OBJECTS_STR_H_
#define MICA_RUNTIME_OBJECTS_STR_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/core_config.h"
#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

struct StrObject {
  Object header;
  uint32_t hash;         // names::HashBytes of the text, computed at creation
  uint32_t byte_length;  // UTF-8 bytes, not counting the NUL
  uint32_t char_count;   // characters (StrCountChars); == byte_length for ASCII text and in a bytes-like build
  char* Text() { return reinterpret_cast<char*>(this + 1); }
  const char* Text() const { return reinterpret_cast<const char*>(this + 1); }
};

extern const Type kStrType;

// A name or a StrObject.
bool IsStr(Value v);

// The text of a str (name or object); false (and nothing written) if v is not a str.
bool StrData(Value v, const char** data, size_t* length);
// Text equality of two strs (identity first); false if either is not a str.
bool StrEquals(Value a, Value b);
// Whether a str equals the C text.
bool StrEqualsText(Value v, const char* text, size_t length);
// names::HashBytes of the text (stored for objects and names alike). Precondition: IsStr(v).
uint32_t StrHash(Value v);
// Characters: code points, or bytes in a bytes-like build (precondition IsStr).
size_t StrCharCount(Value v);

// A new str object with a copy of the text (valid UTF-8); the empty text gives the interned name "".
// Null-safe for length 0. MemoryError: returns Value::Exception().
Value NewStr(const char* data, size_t length);
Value NewStrFromCString(const char* text);
// A str of `byte_length` bytes for the caller to fill (zeroed), then FinishStr() sets the final length (at most the
// allocated one: the block shrinks), the NUL, the hash and char_count. Null with MemoryError pending. A finished
// empty str is the name "".
StrObject* AllocateStr(size_t byte_length);
Value FinishStr(StrObject* str, size_t byte_length);

// Validates UTF-8 and counts code points; false if invalid.
bool CountUtf8(const char* data, size_t length, size_t* char_count);
// Encodes a code point (<= 0x10FFFF) as UTF-8 into out[0..4); returns the byte count.
size_t EncodeUtf8(uint32_t code_point, char* out);
// Decodes the code point at data[*pos], advancing *pos (valid UTF-8 assumed).
uint32_t DecodeUtf8(const char* data, size_t length, size_t* pos);

// The characters of str text, for this build's kind of str (see the top of this file).
// The largest character value: chr()'s limit and what ord() can return.
constexpr uint32_t kMaxStrChar = kUnicodeStrings ? 0x10FFFF : 0xFF;
// The number of characters in text (any bytes: a stray continuation byte never counts as a character of its own).
size_t StrCountChars(const char* data, size_t length);
// The byte offset just past the character that starts at data[begin] (begin < length).
inline size_t StrCharEnd(const char* data, size_t length, size_t begin) {
  size_t end = begin + 1;
  if constexpr (kUnicodeStrings) {
    while (end < length && (static_cast<uint8_t>(data[end]) & 0xC0) == 0x80) ++end;
  }
  return end;
}
// The byte offset where the character that ends at data[end] starts (begin <= start < end).
inline size_t StrCharStart(const char* data, size_t begin, size_t end) {
  size_t start = end - 1;
  if constexpr (kUnicodeStrings) {
    while (start > begin && (static_cast<uint8_t>(data[start]) & 0xC0) == 0x80) --start;
  }
  return start;
}
// The value of the character at data[*pos] (a code point, or the byte), advancing *pos past it.
inline uint32_t StrNextChar(const char* data, size_t length, size_t* pos) {
  if constexpr (kUnicodeStrings) {
    return DecodeUtf8(data, length, pos);
  } else {
    (void)length;
    return static_cast<uint8_t>(data[(*pos)++]);
  }
}
// Writes the text of character `value` (<= kMaxStrChar) into out[0..4); returns its byte count.
inline size_t StrEncodeChar(uint32_t value, char* out) {
  if constexpr (kUnicodeStrings) {
    return EncodeUtf8(value, out);
  } else {
    out[0] = static_cast<char>(value);
    return 1;
  }
}

// repr() of text: quotes chosen as CPython does, escapes for \n \t \\ quotes and non-printables. In a bytes-like
// build, valid UTF-8 sequences are written as they are (MicroPython writes every byte >= 0x80 as it is) and every
// other byte >= 0x7F as \xNN, so the result is always valid UTF-8 and reads back as the same bytes.
void PrintStrRepr(const Printer& printer, const char* data, size_t length);

// -1, 0, 1 by code point order (which UTF-8 byte order preserves).
int StrCompare(Value a, Value b);

// str + str, str * n, `sub in s` (preconditions: strs; count an int).
Value StrConcat(Value a, Value b);
Value StrRepeat(Value s, intptr_t count);
bool StrContains(Value haystack, Value needle);

// The slots.
Value StrMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw);
Value StrPrint(const Printer& printer, Value self, PrintKind kind);
Value StrSubscript(Value self, Value index, Value value);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_STR_H_
