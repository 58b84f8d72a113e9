// str: immutable UTF-8 text. Two representations share the type: interned names (Value::Name, no heap; see
// runtime/names.h and name_pool.h) and StrObjects in the heap (gc::kNoScan, text inline after the header and
// NUL-terminated for C callers). Both hash with names::HashBytes over the UTF-8 bytes and compare by text, so a
// name and a str object with the same text are equal and find each other in dicts. Use StrData()/StrEquals()
// instead of looking at the representation.
//
// Indexing, slicing and len() count code points; an ASCII string (char_count == byte_length) takes the fast
// byte-indexed path. Text is assumed to be valid UTF-8 (everything that makes a str checks or produces it).
#ifndef MICA_RUNTIME_OBJECTS_STR_H_
#define MICA_RUNTIME_OBJECTS_STR_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

struct StrObject {
  Object header;
  uint32_t hash;         // names::HashBytes of the text, computed at creation
  uint32_t byte_length;  // UTF-8 bytes, not counting the NUL
  uint32_t char_count;   // code points; == byte_length for ASCII text
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
// Code points (precondition IsStr).
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

// repr() of text: quotes chosen as CPython does, escapes for \n \t \\ quotes and non-printables.
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
