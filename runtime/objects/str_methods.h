// Internal to the str type (str.cc and str_methods.cc): the method table and text helpers shared by the two
// files. Not for other types; they use str.h.
#ifndef MICA_RUNTIME_OBJECTS_STR_METHODS_H_
#define MICA_RUNTIME_OBJECTS_STR_METHODS_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

constexpr size_t kStrMemberCount = 37;
extern const Member kStrMembers[kStrMemberCount];

constexpr size_t kNoPosition = static_cast<size_t>(-1);

// The byte offset of needle in haystack at or after `from` (reverse: the last one at or after `from`), or
// kNoPosition.
size_t FindBytes(const char* haystack, size_t h_length, const char* needle, size_t n_length, size_t from,
                 bool reverse);

// A str's text with its code point count.
struct StrText {
  const char* data = "";
  size_t length = 0;
  size_t chars = 0;
  bool ascii = true;
};
StrText GetStrText(Value v);
size_t CharToByte(const StrText& text, size_t index);
size_t ByteToChar(const StrText& text, size_t offset);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_STR_METHODS_H_
