#include "runtime/modules/os_error.h"

#include <string.h>

#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/str.h"

namespace mica {
namespace {

struct ErrnoText {
  uint16_t code;
  const char* message;
};

constexpr ErrnoText kErrnoTexts[] = {
#define MICA_ERRNO(name, number, message) {number, message},
#include "runtime/modules/errno_table.def"
#undef MICA_ERRNO
};

}  // namespace

const char* ErrnoMessage(intptr_t code) {
  for (const ErrnoText& entry : kErrnoTexts) {
    if (entry.code == code) return entry.message;
  }
  return nullptr;
}

Value RaiseOSError(intptr_t code, Value filename) {
  if (code < 0) code = -code;
  const char* text = ErrnoMessage(code);
  Value args[3] = {Value::SmallInt(code), Value(), filename};
  args[1] = text != nullptr ? NewStrFromCString(text) : NewStrFromCString("Unknown error");
  MICA_TRY(args[1]);
  const Value exception = NewException(OSErrorSubtypeFor(code), args, filename.IsNull() ? 2 : 3);
  MICA_TRY(exception);
  return Raise(exception);
}

Value PathArgument(Value path, const char** text) {
  size_t length;
  if (!StrData(path, text, &length)) {
    return RaiseFormat(&kTypeErrorType, "expected str, bytes or os.PathLike object, not %T", path);
  }
  if (memchr(*text, 0, length) != nullptr) return RaiseValueError("embedded null byte");
  return Value::None();
}

}  // namespace mica
