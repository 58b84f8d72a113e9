#include "runtime/modules/sys_stream.h"

#include <stddef.h>
#include <stdint.h>

#include "runtime/exec/port.h"
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/type_type.h"

namespace mica {

extern const ConsoleStream kSysStdinBuffer;
extern const ConsoleStream kSysStdoutBuffer;
extern const ConsoleStream kSysStderrBuffer;

namespace {

const ConsoleStream* AsConsole(Value v) { return reinterpret_cast<const ConsoleStream*>(v.AsObject()); }
bool IsBinary(Value v) { return v.AsObject()->type == &kBinaryConsoleType; }

Value Unsupported(const char* what) { return RaiseFormat(&kOSErrorType, "stream not %s", what); }

// write(s): str on a text stream, any bytes-like object on a binary one. Returns what was written (characters
// or bytes).
Value ConsoleWrite(const Value* args, uint32_t, uint32_t) {
  const ConsoleFd fd = AsConsole(args[0])->fd;
  if (fd == ConsoleFd::kStdin) return Unsupported("writable");
  const char* data;
  size_t length;
  Value written;
  if (IsBinary(args[0])) {
    const uint8_t* bytes;
    if (!GetBuffer(args[1], &bytes, &length)) {
      return RaiseFormat(&kTypeErrorType, "a bytes-like object is required, not '%T'", args[1]);
    }
    data = reinterpret_cast<const char*>(bytes);
    written = NewInt(static_cast<int64_t>(length));
  } else {
    if (!StrData(args[1], &data, &length)) {
      return RaiseFormat(&kTypeErrorType, "write() argument must be str, not %T", args[1]);
    }
    written = NewInt(static_cast<int64_t>(StrCharCount(args[1])));
  }
  if (fd == ConsoleFd::kStdout) {
    port::WriteStdout(data, length);
  } else {
    port::WriteStderr(data, length);
  }
  return written;
}

Value ConsoleFlush(const Value* args, uint32_t, uint32_t) {
  if (AsConsole(args[0])->fd == ConsoleFd::kStdout) port::FlushStdout();
  return Value::None();
}

// The number of bytes of the UTF-8 sequence a lead byte starts (1 for anything else: the decoder reports it).
size_t Utf8SequenceLength(int lead) {
  if (lead >= 0xF0 && lead < 0xF8) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// Reads up to `limit` characters (bytes on a binary stream; limit < 0: to the end), stopping after a newline when
// `line`. A text stream reads whole UTF-8 sequences and decodes them strictly.
Value ConsoleReadInto(Value self, intptr_t limit, bool line) {
  if (AsConsole(self)->fd != ConsoleFd::kStdin) return Unsupported("readable");
  const bool binary = IsBinary(self);
  port::FlushStdout();  // a prompt written without a newline must show before the program waits
  StringBuilder bytes;
  for (intptr_t count = 0; limit < 0 || count < limit; ++count) {
    const int byte = port::ReadStdinByte();
    if (byte < 0) break;
    bytes.AppendChar(static_cast<char>(byte));
    if (!binary && kUnicodeStrings) {  // a bytes-like str's characters are bytes
      for (size_t extra = Utf8SequenceLength(byte) - 1; extra > 0; --extra) {
        const int next = port::ReadStdinByte();
        if (next < 0) break;
        bytes.AppendChar(static_cast<char>(next));
      }
    }
    if (line && byte == '\n') break;
  }
  if (bytes.failed()) return RaiseMemoryError();
  const uint8_t* data = reinterpret_cast<const uint8_t*>(bytes.data());
  if (binary) return NewBytes(data, bytes.length());
  return DecodeBytes(data, bytes.length(), Value(), Value());
}

Value ReadLimit(const Value* args, uint32_t n_pos, intptr_t* limit) {
  *limit = -1;
  if (n_pos < 2 || args[1].IsNone()) return Value::None();
  return ToIndex(args[1], limit);
}

Value ConsoleRead(const Value* args, uint32_t n_pos, uint32_t) {
  intptr_t limit;
  MICA_TRY(ReadLimit(args, n_pos, &limit));
  return ConsoleReadInto(args[0], limit, false);
}

Value ConsoleReadline(const Value* args, uint32_t n_pos, uint32_t) {
  intptr_t limit;
  MICA_TRY(ReadLimit(args, n_pos, &limit));
  return ConsoleReadInto(args[0], limit, true);
}

// `buffer`: a text stream's binary twin.
Value ConsoleAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  if (name != names::buffer || op != AttrOp::kLoad || IsBinary(self)) return Value();
  const ConsoleStream* twin = &kSysStdinBuffer;
  if (AsConsole(self)->fd == ConsoleFd::kStdout) twin = &kSysStdoutBuffer;
  if (AsConsole(self)->fd == ConsoleFd::kStderr) twin = &kSysStderrBuffer;
  *value = Value::FromObject(&twin->header);
  return Value::None();
}

// MicroPython's repr: <io.TextIOWrapper 1>, <io.FileIO 1>.
Value ConsolePrint(const Printer& printer, Value self, PrintKind) {
  printer.Write(IsBinary(self) ? "<io.FileIO " : "<io.TextIOWrapper ");
  const char digit = static_cast<char>('0' + static_cast<int>(AsConsole(self)->fd));
  printer.Write(&digit, 1);
  printer.Write(">");
  return Value::None();
}

constexpr BuiltinFunction kFlush = MakeMethod(&kTextConsoleType, names::flush, 1, 1, ConsoleFlush);
constexpr BuiltinFunction kRead = MakeMethod(&kTextConsoleType, names::read, 1, 2, ConsoleRead);
constexpr BuiltinFunction kReadline = MakeMethod(&kTextConsoleType, names::readline, 1, 2, ConsoleReadline);
constexpr BuiltinFunction kWrite = MakeMethod(&kTextConsoleType, names::write, 2, 2, ConsoleWrite);
constexpr Member kConsoleMembers[] = {
    {names::flush, &kFlush.header},
    {names::read, &kRead.header},
    {names::readline, &kReadline.header},
    {names::write, &kWrite.header},
};
static_assert(MembersSorted(kConsoleMembers, 4), "sorted by name id");

}  // namespace

constexpr Type kTextConsoleType = {
    {&kTypeType}, names::TextIOWrapper, 0,       nullptr, nullptr, ConsolePrint, nullptr,
    nullptr,      nullptr,              ConsoleAttr, nullptr, nullptr, nullptr, MemberTable{kConsoleMembers, 4},
};
// The binary streams share the text streams' methods (which look at the type of self) by deriving from them.
constexpr Type kBinaryConsoleType = {
    {&kTypeType}, names::FileIO, 0,       &kTextConsoleType, nullptr, ConsolePrint, nullptr,
    nullptr,      nullptr,       nullptr, nullptr,           nullptr, nullptr,      MemberTable{nullptr, 0},
};

constexpr ConsoleStream kSysStdin = {{&kTextConsoleType}, ConsoleFd::kStdin};
constexpr ConsoleStream kSysStdout = {{&kTextConsoleType}, ConsoleFd::kStdout};
constexpr ConsoleStream kSysStderr = {{&kTextConsoleType}, ConsoleFd::kStderr};
constexpr ConsoleStream kSysStdinBuffer = {{&kBinaryConsoleType}, ConsoleFd::kStdin};
constexpr ConsoleStream kSysStdoutBuffer = {{&kBinaryConsoleType}, ConsoleFd::kStdout};
constexpr ConsoleStream kSysStderrBuffer = {{&kBinaryConsoleType}, ConsoleFd::kStderr};

}  // namespace mica
