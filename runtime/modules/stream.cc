#include "runtime/modules/stream.h"

#include "gc/heap.h"
#include "runtime/modules/os_error.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytearray.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/none_bool.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

constexpr size_t kChunkBytes = 256;  // C-stack buffer for copying between a stream and a result

const StreamOps& OpsOf(const StreamObject* stream) {
  return reinterpret_cast<const StreamType*>(stream->header.type)->ops;
}

// The heap's finaliser: every block allocated with gc::kFinalizer is a stream (stream.h).
void FinalizeStream(void* block) {
  StreamObject* stream = static_cast<StreamObject*>(block);
  if (stream->header.type == nullptr || (stream->header.type->flags & kTypeHasFinalizer) == 0) return;
  if ((stream->flags & kStreamClosed) != 0) return;
  stream->flags |= kStreamClosed;
  OpsOf(stream).close(stream);
}

// A failed operation: the exception it left pending (MemoryError from a memory stream), else OSError(errno).
Value Failed(intptr_t negative_errno) {
  if (!PendingException().IsNull()) return Value::Exception();
  return RaiseOSError(negative_errno);
}

// The stream argument of a method, checked open (and readable/writable when `need` says so).
Value OpenStream(Value self, uint32_t need, StreamObject** out) {
  StreamObject* stream = AsStream(self);
  MICA_TRY(CheckStreamOpen(stream));
  if ((need & kStreamReadable) != 0 && (stream->flags & kStreamReadable) == 0) {
    return RaiseNew(&kUnsupportedOperationType, "not readable");
  }
  if ((need & kStreamWritable) != 0 && (stream->flags & kStreamWritable) == 0) {
    return RaiseNew(&kUnsupportedOperationType, "not writable");
  }
  *out = stream;
  return Value::None();
}

// One read of up to `length` bytes: the count in *got (0 at the end), or OSError.
Value ReadSome(StreamObject* stream, void* data, size_t length, size_t* got) {
  const intptr_t n = OpsOf(stream).read(stream, data, length);
  if (n < 0) return Failed(n);
  *got = static_cast<size_t>(n);
  return Value::None();
}

// What was read, as the stream's result type: str (validated UTF-8) for text, bytes for binary.
Value FinishRead(const StreamObject* stream, StringBuilder* builder) {
  if ((stream->flags & kStreamText) == 0) return NewBytes(builder->data(), builder->length());
  if (builder->failed()) return builder->Finish();
  size_t chars;
  if (kUnicodeStrings && !CountUtf8(builder->data(), builder->length(), &chars)) {  // a bytes-like str takes any bytes
    // DecodeBytes raises the UnicodeDecodeError CPython would, with the position of the bad byte.
    return DecodeBytes(reinterpret_cast<const uint8_t*>(builder->data()), builder->length(), Value(), Value());
  }
  return builder->Finish();
}

Value ReadAll(StreamObject* stream, StringBuilder* builder) {
  char chunk[kChunkBytes];
  for (;;) {
    size_t got;
    MICA_TRY(ReadSome(stream, chunk, sizeof(chunk), &got));
    if (got == 0) return Value::None();
    builder->Append(chunk, got);
  }
}

bool IsLeadByte(uint8_t byte) { return (byte & 0xC0) != 0x80; }

size_t Utf8SequenceLength(uint8_t lead) {
  return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
}

// Up to `count` units: bytes for a binary stream, characters for a text stream (whose last character is read
// to its end, so a multi-byte character is never split). Where str is bytes-like its characters are bytes.
Value ReadCount(StreamObject* stream, size_t count, StringBuilder* builder) {
  const bool text = kUnicodeStrings && (stream->flags & kStreamText) != 0;
  char chunk[kChunkBytes];
  size_t units = 0;
  while (units < count) {
    const size_t want = count - units < sizeof(chunk) ? count - units : sizeof(chunk);
    size_t got;
    MICA_TRY(ReadSome(stream, chunk, want, &got));
    if (got == 0) return Value::None();
    builder->Append(chunk, got);
    if (!text) {
      units += got;
      continue;
    }
    for (size_t i = 0; i < got; ++i) units += IsLeadByte(static_cast<uint8_t>(chunk[i])) ? 1 : 0;
  }
  if (!text || builder->failed()) return Value::None();
  // Complete the last character: find its lead byte and read the continuation bytes it announces.
  const uint8_t* data = reinterpret_cast<const uint8_t*>(builder->data());
  size_t lead = builder->length();
  while (lead > 0 && !IsLeadByte(data[lead - 1])) --lead;
  if (lead == 0) return Value::None();
  const size_t have = builder->length() - (lead - 1);
  const size_t expected = Utf8SequenceLength(data[lead - 1]);
  size_t missing = expected > have ? expected - have : 0;
  while (missing > 0) {
    size_t got;
    MICA_TRY(ReadSome(stream, chunk, missing, &got));
    if (got == 0) break;
    builder->Append(chunk, got);
    missing -= got;
  }
  return Value::None();
}

// One line with its "\n" (none at the end of the stream); at most `limit` bytes when limit >= 0.
Value ReadLine(StreamObject* stream, intptr_t limit, StringBuilder* builder) {
  for (intptr_t n = 0; limit < 0 || n < limit; ++n) {
    char c;
    size_t got;
    MICA_TRY(ReadSome(stream, &c, 1, &got));
    if (got == 0) break;
    builder->AppendChar(c);
    if (c == '\n') break;
  }
  return Value::None();
}

// An optional size argument: -1 for absent or None.
Value SizeArgument(const Value* args, uint32_t n_pos, uint32_t index, intptr_t* size) {
  *size = -1;
  if (n_pos <= index || args[index].IsNone()) return Value::None();
  return ToIndex(args[index], size);
}

Value StreamEnter(const Value* args, uint32_t, uint32_t) {
  StreamObject* stream = nullptr;
  MICA_TRY(OpenStream(args[0], 0, &stream));
  return args[0];
}

Value CloseStream(StreamObject* stream) {
  if ((stream->flags & kStreamClosed) != 0) return Value::None();
  stream->flags |= kStreamClosed;
  const int result = OpsOf(stream).close(stream);
  if (result < 0) return RaiseOSError(result);
  return Value::None();
}

Value StreamExit(const Value* args, uint32_t, uint32_t) {
  MICA_TRY(CloseStream(AsStream(args[0])));
  return Value::False();
}

Value StreamClose(const Value* args, uint32_t, uint32_t) { return CloseStream(AsStream(args[0])); }

Value StreamFlush(const Value* args, uint32_t, uint32_t) {
  StreamObject* stream = nullptr;
  MICA_TRY(OpenStream(args[0], 0, &stream));
  return Value::None();  // writes are not buffered by the runtime (stream.h)
}

Value StreamRead(const Value* args, uint32_t n_pos, uint32_t) {
  StreamObject* stream = nullptr;
  MICA_TRY(OpenStream(args[0], kStreamReadable, &stream));
  intptr_t size;
  MICA_TRY(SizeArgument(args, n_pos, 1, &size));
  StringBuilder builder;
  MICA_TRY(size < 0 ? ReadAll(stream, &builder) : ReadCount(stream, static_cast<size_t>(size), &builder));
  return FinishRead(stream, &builder);
}

Value StreamReadable(const Value* args, uint32_t, uint32_t) {
  StreamObject* stream = nullptr;
  MICA_TRY(OpenStream(args[0], 0, &stream));
  return Value::Bool((stream->flags & kStreamReadable) != 0);
}

Value StreamWritable(const Value* args, uint32_t, uint32_t) {
  StreamObject* stream = nullptr;
  MICA_TRY(OpenStream(args[0], 0, &stream));
  return Value::Bool((stream->flags & kStreamWritable) != 0);
}

Value StreamSeekable(const Value* args, uint32_t, uint32_t) {
  StreamObject* stream = nullptr;
  MICA_TRY(OpenStream(args[0], 0, &stream));
  return Value::Bool(OpsOf(stream).seek != nullptr);
}

// readinto(b): fills the bytearray b as far as the stream has data; the count.
Value StreamReadinto(const Value* args, uint32_t, uint32_t) {
  StreamObject* stream = nullptr;
  MICA_TRY(OpenStream(args[0], kStreamReadable, &stream));
  if (!IsByteArray(args[1])) return RaiseFormat(&kTypeErrorType, "readinto() argument must be a bytearray, not %T", args[1]);
  ByteArrayObject* buffer = AsByteArray(args[1]);
  size_t done = 0;
  while (done < buffer->length) {
    size_t got;
    MICA_TRY(ReadSome(stream, buffer->data + done, buffer->length - done, &got));
    if (got == 0) break;
    done += got;
  }
  return Value::SmallInt(static_cast<intptr_t>(done));
}

Value StreamReadline(const Value* args, uint32_t n_pos, uint32_t) {
  StreamObject* stream = nullptr;
  MICA_TRY(OpenStream(args[0], kStreamReadable, &stream));
  intptr_t limit;
  MICA_TRY(SizeArgument(args, n_pos, 1, &limit));
  StringBuilder builder;
  MICA_TRY(ReadLine(stream, limit, &builder));
  return FinishRead(stream, &builder);
}

Value StreamReadlines(const Value* args, uint32_t, uint32_t) {
  StreamObject* stream = nullptr;
  MICA_TRY(OpenStream(args[0], kStreamReadable, &stream));
  const Value lines = NewList();
  MICA_TRY(lines);
  for (;;) {
    StringBuilder builder;
    MICA_TRY(ReadLine(stream, -1, &builder));
    if (builder.length() == 0) return lines;
    const Value line = FinishRead(stream, &builder);
    MICA_TRY(line);
    MICA_TRY(ListAppend(lines, line));
  }
}

Value SeekTo(StreamObject* stream, int64_t offset, int whence) {
  const StreamOps& ops = OpsOf(stream);
  if (ops.seek == nullptr) return RaiseNew(&kUnsupportedOperationType, "seek");
  const int64_t position = ops.seek(stream, offset, whence);
  if (position < 0) return RaiseOSError(static_cast<intptr_t>(position));
  return NewInt(position);
}

Value StreamSeek(const Value* args, uint32_t n_pos, uint32_t) {
  StreamObject* stream = nullptr;
  MICA_TRY(OpenStream(args[0], 0, &stream));
  intptr_t offset;
  MICA_TRY(ToIndex(args[1], &offset));
  intptr_t whence = 0;
  if (n_pos > 2) MICA_TRY(ToIndex(args[2], &whence));
  if (whence < 0 || whence > 2) {
    return RaiseFormat(&kValueErrorType, "invalid whence (%i, should be 0, 1 or 2)", whence);
  }
  if ((stream->flags & kStreamText) != 0 && whence != 0 && offset != 0) {
    return RaiseNew(&kUnsupportedOperationType,
                    whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
  }
  return SeekTo(stream, offset, static_cast<int>(whence));
}

Value StreamTell(const Value* args, uint32_t, uint32_t) {
  StreamObject* stream = nullptr;
  MICA_TRY(OpenStream(args[0], 0, &stream));
  return SeekTo(stream, 0, 1);
}

Value StreamWrite(const Value* args, uint32_t, uint32_t) {
  StreamObject* stream = nullptr;
  MICA_TRY(OpenStream(args[0], kStreamWritable, &stream));
  const uint8_t* data;
  size_t length;
  Value count;
  if ((stream->flags & kStreamText) != 0) {
    const char* text;
    if (!StrData(args[1], &text, &length)) {
      return RaiseFormat(&kTypeErrorType, "write() argument must be str, not %T", args[1]);
    }
    data = reinterpret_cast<const uint8_t*>(text);
    count = Value::SmallInt(static_cast<intptr_t>(StrCharCount(args[1])));
  } else {
    if (IsStr(args[1]) || !GetBuffer(args[1], &data, &length)) {
      return RaiseFormat(&kTypeErrorType, "a bytes-like object is required, not '%T'", args[1]);
    }
    count = Value::SmallInt(static_cast<intptr_t>(length));
  }
  // Writing does not allocate, so a bytearray's data stays where it is.
  while (length > 0) {
    const intptr_t n = OpsOf(stream).write(stream, data, length);
    if (n < 0) return Failed(n);
    if (n == 0) return RaiseOSError(5);  // EIO: the device took nothing
    data += n;
    length -= static_cast<size_t>(n);
  }
  return count;
}

constexpr BuiltinFunction kEnter = MakeMethod(&kIOBaseType, names::__enter__, 1, 1, StreamEnter);
constexpr BuiltinFunction kExit = MakeMethod(&kIOBaseType, names::__exit__, 1, kVariadic, StreamExit);
constexpr BuiltinFunction kClose = MakeMethod(&kIOBaseType, names::close, 1, 1, StreamClose);
constexpr BuiltinFunction kFlush = MakeMethod(&kIOBaseType, names::flush, 1, 1, StreamFlush);
constexpr BuiltinFunction kRead = MakeMethod(&kIOBaseType, names::read, 1, 2, StreamRead);
constexpr BuiltinFunction kReadable = MakeMethod(&kIOBaseType, names::readable, 1, 1, StreamReadable);
constexpr BuiltinFunction kReadinto = MakeMethod(&kIOBaseType, names::readinto, 2, 2, StreamReadinto);
constexpr BuiltinFunction kReadline = MakeMethod(&kIOBaseType, names::readline, 1, 2, StreamReadline);
constexpr BuiltinFunction kReadlines = MakeMethod(&kIOBaseType, names::readlines, 1, 2, StreamReadlines);
constexpr BuiltinFunction kSeek = MakeMethod(&kIOBaseType, names::seek, 2, 3, StreamSeek);
constexpr BuiltinFunction kSeekable = MakeMethod(&kIOBaseType, names::seekable, 1, 1, StreamSeekable);
constexpr BuiltinFunction kTell = MakeMethod(&kIOBaseType, names::tell, 1, 1, StreamTell);
constexpr BuiltinFunction kWritable = MakeMethod(&kIOBaseType, names::writable, 1, 1, StreamWritable);
constexpr BuiltinFunction kWrite = MakeMethod(&kIOBaseType, names::write, 2, 2, StreamWrite);

constexpr Member kIOBaseMembers[] = {
    {names::__enter__, &kEnter.header},   {names::__exit__, &kExit.header},
    {names::close, &kClose.header},       {names::flush, &kFlush.header},
    {names::read, &kRead.header},         {names::readable, &kReadable.header},
    {names::readinto, &kReadinto.header}, {names::readline, &kReadline.header},
    {names::readlines, &kReadlines.header}, {names::seek, &kSeek.header},
    {names::seekable, &kSeekable.header}, {names::tell, &kTell.header},
    {names::writable, &kWritable.header}, {names::write, &kWrite.header},
};
constexpr uint16_t kIOBaseMemberCount = sizeof(kIOBaseMembers) / sizeof(kIOBaseMembers[0]);
static_assert(MembersSorted(kIOBaseMembers, kIOBaseMemberCount), "sorted by name id");

}  // namespace

constexpr Type kIOBaseType = {{&kTypeType}, names::IOBase, 0,       nullptr, nullptr,        nullptr,
                              nullptr,      nullptr,        nullptr, StreamAttr, nullptr, StreamGetIter,
                              StreamIterNext, MemberTable{kIOBaseMembers, kIOBaseMemberCount}};

constexpr Type kUnsupportedOperationType = {
    {&kTypeType}, names::UnsupportedOperation, kTypeSubclassable | kTypeIsException, &kOSErrorType,
    ExceptionMakeNew, ExceptionPrint, nullptr, nullptr, nullptr, ExceptionAttr, nullptr, nullptr, nullptr,
    MemberTable{nullptr, 0}};

Value CheckStreamOpen(const StreamObject* stream) {
  if ((stream->flags & kStreamClosed) != 0) return RaiseValueError("I/O operation on closed file.");
  return Value::None();
}

bool IsStream(Value v) { return v.IsObject() && IsInstance(v, &kIOBaseType); }

StreamObject* NewStreamObject(const StreamType* type, size_t bytes, uint32_t flags) {
  const bool finalize = (type->type.flags & kTypeHasFinalizer) != 0;
  // Set on every such allocation: cheap, and right after a runtime restart over a new heap.
  if (finalize) Heap().SetFinalizer(FinalizeStream);
  Object* object = NewObject(&type->type, bytes, finalize ? static_cast<uint32_t>(gc::kFinalizer) : 0u);
  if (object == nullptr) return nullptr;
  StreamObject* stream = reinterpret_cast<StreamObject*>(object);
  stream->flags = flags;
  return stream;
}

Value StreamGetIter(Value self) {
  MICA_TRY(CheckStreamOpen(AsStream(self)));
  return self;
}

Value StreamIterNext(Value self) {
  StreamObject* stream = nullptr;
  MICA_TRY(OpenStream(self, kStreamReadable, &stream));
  StringBuilder builder;
  MICA_TRY(ReadLine(stream, -1, &builder));
  if (builder.length() == 0) return Value();
  return FinishRead(stream, &builder);
}

Value StreamAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  if (name != names::closed) return Value();
  if (op != AttrOp::kLoad) return RaiseAttributeError(self, name);
  *value = Value::Bool((AsStream(self)->flags & kStreamClosed) != 0);
  return Value::None();
}

}  // namespace mica
