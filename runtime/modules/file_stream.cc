#include "runtime/modules/file_stream.h"

#include <string.h>

#include "runtime/exec/port_files.h"
#include "runtime/modules/os_error.h"
#include "runtime/names.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

FileObject* AsFile(StreamObject* stream) { return reinterpret_cast<FileObject*>(stream); }

intptr_t FileRead(StreamObject* self, void* data, size_t length) {
  return port::FileRead(AsFile(self)->handle, data, length);
}

intptr_t FileWrite(StreamObject* self, const void* data, size_t length) {
  return port::FileWrite(AsFile(self)->handle, data, length);
}

int64_t FileSeek(StreamObject* self, int64_t offset, int whence) {
  return port::FileSeek(AsFile(self)->handle, offset, whence);
}

int FileClose(StreamObject* self) { return port::FileClose(AsFile(self)->handle); }

// f.name, then what every stream has (f.closed).
Value FileAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  if (name == names::name && op == AttrOp::kLoad) {
    *value = AsFile(AsStream(self))->name;
    return Value::None();
  }
  return StreamAttr(self, name, op, value);
}

constexpr StreamOps kFileOps = {FileRead, FileWrite, FileSeek, FileClose};

struct OpenMode {
  uint32_t port_flags = 0;
  uint32_t stream_flags = 0;
};

// CPython's mode grammar: exactly one of "rwax", at most one "+", and "b" or "t" (not both), each at most once.
Value ParseMode(Value mode_value, OpenMode* mode) {
  const char* text;
  size_t length;
  if (!StrData(mode_value, &text, &length)) {
    return RaiseFormat(&kTypeErrorType, "open() argument 'mode' must be str, not %T", mode_value);
  }
  uint32_t seen = 0;
  char kind = 0;
  bool binary = false;
  bool plus = false;
  static constexpr char kModeLetters[] = "rwaxbt+";  // bit i of `seen` is kModeLetters[i]
  for (size_t i = 0; i < length; ++i) {
    const char* known = text[i] != 0 ? strchr(kModeLetters, text[i]) : nullptr;
    const uint32_t bit = known != nullptr ? 1u << (known - kModeLetters) : 0;
    if (bit == 0 || (seen & bit) != 0) return RaiseFormat(&kValueErrorType, "invalid mode: '%s'", text);
    seen |= bit;
    if (strchr("rwax", text[i]) != nullptr) {
      if (kind != 0) {
        return RaiseValueError("must have exactly one of create/read/write/append mode");
      }
      kind = text[i];
    }
    binary |= text[i] == 'b';
    plus |= text[i] == '+';
  }
  if ((seen & (1u << 4)) != 0 && (seen & (1u << 5)) != 0) {
    return RaiseValueError("can't have text and binary mode at once");
  }
  if (kind == 0) {
    return RaiseValueError("Must have exactly one of create/read/write/append mode and at most one plus");
  }
  switch (kind) {
    case 'r':
      mode->port_flags = port::kFileRead;
      break;
    case 'w':
      mode->port_flags = port::kFileWrite | port::kFileCreate | port::kFileTruncate;
      break;
    case 'a':
      mode->port_flags = port::kFileWrite | port::kFileCreate | port::kFileAppend;
      break;
    default:  // 'x'
      mode->port_flags = port::kFileWrite | port::kFileCreate | port::kFileExclusive;
      break;
  }
  if (plus) mode->port_flags |= port::kFileRead | port::kFileWrite;
  if ((mode->port_flags & port::kFileRead) != 0) mode->stream_flags |= kStreamReadable;
  if ((mode->port_flags & port::kFileWrite) != 0) mode->stream_flags |= kStreamWritable;
  if (!binary) mode->stream_flags |= kStreamText;
  return Value::None();
}

// Text files are UTF-8: other encodings are refused rather than silently misread.
Value CheckEncoding(Value encoding, bool text) {
  if (encoding.IsNull() || encoding.IsNone()) return Value::None();
  if (!text) return RaiseValueError("binary mode doesn't take an encoding argument");
  const char* name;
  size_t length;
  if (!StrData(encoding, &name, &length)) {
    return RaiseFormat(&kTypeErrorType, "open() argument 'encoding' must be str or None, not %T", encoding);
  }
  if ((length == 5 && strncmp(name, "utf-8", 5) == 0) || (length == 5 && strncmp(name, "UTF-8", 5) == 0) ||
      (length == 4 && (strncmp(name, "utf8", 4) == 0 || strncmp(name, "UTF8", 4) == 0))) {
    return Value::None();
  }
  return RaiseFormat(&kLookupErrorType, "unknown encoding: %s", name);
}

}  // namespace

constexpr StreamType kFileIOType = {
    {{&kTypeType}, names::FileIO, kTypeHasFinalizer, &kIOBaseType, nullptr, nullptr, nullptr, nullptr, nullptr,
     FileAttr, nullptr, StreamGetIter, StreamIterNext, MemberTable{nullptr, 0}},
    kFileOps};

constexpr StreamType kTextIOWrapperType = {
    {{&kTypeType}, names::TextIOWrapper, kTypeHasFinalizer, &kIOBaseType, nullptr, nullptr, nullptr, nullptr,
     nullptr, FileAttr, nullptr, StreamGetIter, StreamIterNext, MemberTable{nullptr, 0}},
    kFileOps};

Value OpenFile(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  MICA_TRY(CheckArgCount("open", n_pos, 0, 1, 4));
  Value mode_value = n_pos > 1 ? args[1] : Value();
  Value encoding = n_pos > 3 ? args[3] : Value();
  for (uint32_t i = 0; i < n_kw; ++i) {
    const Value key = args[n_pos + 2 * i];
    const Value value = args[n_pos + 2 * i + 1];
    if (key.bits() == Value::Name(names::mode).bits() && n_pos <= 1) {
      mode_value = value;
    } else if (key.bits() == Value::Name(names::encoding).bits() && n_pos <= 3) {
      encoding = value;
    } else {
      return RaiseFormat(&kTypeErrorType, "'%S' is an invalid keyword argument for open()", key);
    }
  }
  OpenMode mode;
  if (mode_value.IsNull()) {
    mode.port_flags = port::kFileRead;
    mode.stream_flags = kStreamReadable | kStreamText;
  } else {
    MICA_TRY(ParseMode(mode_value, &mode));
  }
  MICA_TRY(CheckEncoding(encoding, (mode.stream_flags & kStreamText) != 0));
  const char* path;
  MICA_TRY(PathArgument(args[0], &path));
  // The object first: with the heap full we fail before the file exists, never leaving a handle unowned.
  const StreamType* type = (mode.stream_flags & kStreamText) != 0 ? &kTextIOWrapperType : &kFileIOType;
  StreamObject* stream = NewStreamObject(type, sizeof(FileObject), mode.stream_flags | kStreamClosed);
  if (stream == nullptr) return Value::Exception();
  FileObject* file = AsFile(stream);
  file->name = args[0];
  const intptr_t handle = port::FileOpen(path, mode.port_flags);
  if (handle < 0) return RaiseOSError(handle, args[0]);
  file->handle = handle;
  stream->flags &= ~kStreamClosed;
  return Value::FromObject(&stream->header);
}

}  // namespace mica
