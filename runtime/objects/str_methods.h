// Internal to the str type (str.cc and str_methods.cc): the method table and text helpers shared by the two
// files. Not for other types; they use str.h.
#ifndef MICA_RUNTIME_OBJECTS_STR_METHODS_H_
#define MICA_RUNTIME_OBJECTS_STR_METHODS_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/objects/text_ops.h"
#include "runtime/value.h"

namespace mica {

constexpr size_t kStrMemberCount = 47;
extern const Member kStrMembers[kStrMemberCount];


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
