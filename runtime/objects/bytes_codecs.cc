// str.encode / bytes.decode: the codecs a microcontroller meets (UTF-8, ASCII, Latin-1, with CPython's aliases) and
// the error handlers that need no tables: strict, ignore, replace. Where str is bytes-like (kUnicodeStrings false)
// its characters are bytes: 'utf-8' takes them as UTF-8 text already encoded and copies them both ways without
// validating (as MicroPython does without unicode), 'latin-1' copies them too (byte i is character i), and 'ascii'
// still rejects (or replaces, or drops) bytes >= 0x80.
#include <string.h>

#include "runtime/names.h"
#include "runtime/objects/ascii_repr.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/bytes_methods.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/text_ops.h"

namespace mica {
namespace {

enum class Codec : uint8_t { kUtf8, kAscii, kLatin1 };
// An unknown handler name is an error only once a character needs it, as in CPython.
enum class OnError : uint8_t { kStrict, kIgnore, kReplace, kUnknown };

// Codec names compare as CPython normalises them: case-insensitive, '_' and ' ' the same as '-'.
bool EncodingIs(const char* data, size_t length, const char* want) {
  size_t i = 0;
  for (; i < length && want[i] != 0; ++i) {
    char c = data[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '_' || c == ' ') c = '-';
    if (c != want[i]) return false;
  }
  return i == length && want[i] == 0;
}

constexpr struct {
  const char* name;
  Codec codec;
} kCodecNames[] = {
    {"utf-8", Codec::kUtf8},       {"utf8", Codec::kUtf8},          {"u8", Codec::kUtf8},
    {"ascii", Codec::kAscii},      {"us-ascii", Codec::kAscii},     {"646", Codec::kAscii},
    {"latin-1", Codec::kLatin1},   {"latin1", Codec::kLatin1},      {"latin", Codec::kLatin1},
    {"iso-8859-1", Codec::kLatin1}, {"iso8859-1", Codec::kLatin1},  {"8859", Codec::kLatin1},
    {"l1", Codec::kLatin1},        {"cp819", Codec::kLatin1},
};

Value LookupCodec(Value encoding, Value errors, Codec* codec, OnError* on_error) {
  *codec = Codec::kUtf8;
  *on_error = OnError::kStrict;
  if (!errors.IsNull()) {
    if (!IsStr(errors)) return RaiseFormat(&kTypeErrorType, "argument 'errors' must be str, not %T", errors);
    if (StrEqualsText(errors, "ignore", 6)) {
      *on_error = OnError::kIgnore;
    } else if (StrEqualsText(errors, "replace", 7)) {
      *on_error = OnError::kReplace;
    } else if (!StrEqualsText(errors, "strict", 6)) {
      *on_error = OnError::kUnknown;
    }
  }
  if (encoding.IsNull()) return Value::None();
  const char* text;
  size_t length;
  if (!StrData(encoding, &text, &length)) {
    return RaiseFormat(&kTypeErrorType, "argument 'encoding' must be str, not %T", encoding);
  }
  for (const auto& entry : kCodecNames) {
    if (EncodingIs(text, length, entry.name)) {
      *codec = entry.codec;
      return Value::None();
    }
  }
  return RaiseFormat(&kLookupErrorType, "unknown encoding: %S", encoding);
}

const char* CodecName(Codec codec) {
  return codec == Codec::kUtf8 ? "utf-8" : codec == Codec::kAscii ? "ascii" : "latin-1";
}

constexpr char kReplacementCharacter[] = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

// Why the UTF-8 data at data[0..n) does not decode, in CPython's words.
const char* Utf8Problem(const uint8_t* data, size_t n) {
  const size_t prefix = text::Utf8InvalidLength(data, n);
  if (data[0] < 0xC2 || data[0] > 0xF4) return "invalid start byte";
  return prefix == n ? "unexpected end of data" : "invalid continuation byte";
}

Value UnknownHandler(Value errors) {
  return RaiseFormat(&kLookupErrorType, "unknown error handler name '%S'", errors);
}

}  // namespace

Value EncodeStr(Value str, Value encoding, Value errors) {
  Codec codec;
  OnError on_error;
  MICA_TRY(LookupCodec(encoding, errors, &codec, &on_error));
  const char* text;
  size_t length;
  StrData(str, &text, &length);
  if (codec == Codec::kUtf8 || (!kUnicodeStrings && codec == Codec::kLatin1)) return NewBytes(text, length);
  // One byte per code point at most, so the UTF-8 length bounds the result.
  BytesObject* result = AllocateBytes(length);
  if (result == nullptr) return Value::Exception();
  StrData(str, &text, &length);
  size_t pos = 0;
  size_t out = 0;
  size_t index = 0;
  const uint32_t limit = codec == Codec::kAscii ? 0x80 : 0x100;
  for (; pos < length; ++index) {
    const uint32_t cp = StrNextChar(text, length, &pos);
    if (cp < limit) {
      result->Data()[out++] = static_cast<uint8_t>(cp);
    } else if (on_error == OnError::kReplace) {
      result->Data()[out++] = '?';
    } else if (on_error == OnError::kUnknown) {
      return UnknownHandler(errors);
    } else if (on_error == OnError::kStrict) {
      // CPython's message shows the character as its escape: '\xe9', '\u20ac'.
      char character[11];
      character[EscapeCodePoint(cp, character)] = 0;
      return RaiseFormat(&kUnicodeEncodeErrorType,
                         "'%s' codec can't encode character '%s' in position %z: ordinal not in range(%u)",
                         CodecName(codec), character, index, limit);
    }
  }
  return FinishLength(Value::FromObject(&kEmptyBytes.header), result, out);
}

Value DecodeBytes(const uint8_t* data, size_t length, Value encoding, Value errors) {
  Codec codec;
  OnError on_error;
  MICA_TRY(LookupCodec(encoding, errors, &codec, &on_error));
  if (!kUnicodeStrings && codec != Codec::kAscii) return NewStr(reinterpret_cast<const char*>(data), length);
  StringBuilder builder;
  size_t run = 0;  // start of the pending run of bytes copied as they are
  for (size_t i = 0; i < length;) {
    size_t valid = 1;
    if (codec == Codec::kUtf8) {
      valid = text::Utf8ValidLength(data + i, length - i);
    } else if (data[i] >= 0x80) {
      valid = codec == Codec::kAscii ? 0 : 1;
    }
    if (valid > 0 && (codec != Codec::kLatin1 || data[i] < 0x80)) {
      i += valid;
      continue;
    }
    builder.Append(reinterpret_cast<const char*>(data + run), i - run);
    if (valid > 0) {  // a Latin-1 byte above 0x7F: its code point in UTF-8
      char utf8[4];
      builder.Append(utf8, EncodeUtf8(data[i], utf8));
      run = ++i;
      continue;
    }
    if (on_error == OnError::kUnknown) return UnknownHandler(errors);
    if (on_error == OnError::kStrict) {
      if (codec == Codec::kAscii) {
        return RaiseFormat(&kUnicodeDecodeErrorType,
                           "'ascii' codec can't decode byte 0x%x in position %z: ordinal not in range(128)",
                           static_cast<unsigned>(data[i]), i);
      }
      return RaiseFormat(&kUnicodeDecodeErrorType, "'utf-8' codec can't decode byte 0x%x in position %z: %s",
                         static_cast<unsigned>(data[i]), i, Utf8Problem(data + i, length - i));
    }
    if (on_error == OnError::kReplace) builder.Append(kReplacementCharacter, 3);
    i += codec == Codec::kUtf8 ? text::Utf8InvalidLength(data + i, length - i) : 1;
    run = i;
  }
  if (run == 0) return NewStr(reinterpret_cast<const char*>(data), length);
  builder.Append(reinterpret_cast<const char*>(data + run), length - run);
  return builder.Finish();
}

Value StrEncodeMethod(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  Value encoding = n_pos > 1 ? args[1] : Value();
  Value errors = n_pos > 2 ? args[2] : Value();
  const Value kw_encoding = FindKeyword(args, n_pos, n_kw, names::encoding);
  if (!kw_encoding.IsNull()) encoding = kw_encoding;
  const Value kw_errors = FindKeyword(args, n_pos, n_kw, names::errors);
  if (!kw_errors.IsNull()) errors = kw_errors;
  return EncodeStr(args[0], encoding, errors);
}

}  // namespace mica
