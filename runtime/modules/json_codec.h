// The JSON text codec behind the `json` module (json.cc): encoding any JSON-able value to a str and decoding
// JSON text to Python values, independent of the module's argument handling so it can be unit-tested.
//
// Encoding follows CPython's json.dumps with ensure_ascii=True (non-ASCII becomes \uXXXX, surrogate pairs above
// U+FFFF), allow_nan=True (NaN, Infinity), and its error messages ("Object of type set is not JSON serializable",
// "keys must be str, int, float, bool or None, not tuple"). Nested containers are walked recursively with the
// C stack checked (CheckCStack), so a self-containing list raises RuntimeError rather than overflowing.
//
// Decoding accepts exactly RFC 8259 plus NaN/Infinity/-Infinity, as CPython; malformed text raises
// kJsonDecodeErrorType (a ValueError subclass) with CPython's message "Expecting value: line 1 column 1 (char 0)".
#ifndef MICA_RUNTIME_MODULES_JSON_CODEC_H_
#define MICA_RUNTIME_MODULES_JSON_CODEC_H_

#include <stddef.h>

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

extern const Type kJsonDecodeErrorType;

struct JsonFormat {
  Value indent;               // None: one line; an int (spaces) or a str (the indent unit)
  const char* item_separator;  // between items: ", " (or "," with an indent)
  size_t item_separator_length;
  const char* key_separator;  // between a key and its value: ": "
  size_t key_separator_length;
  bool sort_keys;
};

// The default format of json.dumps(value).
JsonFormat DefaultJsonFormat();

// json.dumps(value): a str, or TypeError/ValueError/RuntimeError.
Value JsonEncode(Value value, const JsonFormat& format);

// json.loads(text): text[0..length) as UTF-8.
Value JsonDecode(const char* text, size_t length);

}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_JSON_CODEC_H_
