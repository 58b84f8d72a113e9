// OSError from an error number: what the io and os modules (and later sockets, UART...) raise when a port call
// returns -errno (runtime/exec/port_files.h), and the path arguments they take. The table of known numbers is
// errno_table.def.
#ifndef MICA_RUNTIME_MODULES_OS_ERROR_H_
#define MICA_RUNTIME_MODULES_OS_ERROR_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/value.h"

namespace mica {

// The strerror() text of `code` (positive), or null for a number not in the table.
const char* ErrnoMessage(intptr_t code);

// Raises OSError(code, message[, filename]) as CPython does: the subclass CPython picks for the number
// (FileNotFoundError for ENOENT...), e.errno == code, str(e) "[Errno 2] No such file or directory: 'x'".
// `code` may be given negated (as port calls return it). `filename` null: none.
Value RaiseOSError(intptr_t code, Value filename = Value());

// A path argument as the NUL-terminated text port calls take (str objects and interned names are stored with a
// NUL after their text). TypeError for a non-str, ValueError("embedded null byte") for a str holding a NUL.
Value PathArgument(Value path, const char** text);

}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_OS_ERROR_H_
