#include "runtime/modules/memory_stream.h"

#include <string.h>

#include "gc/heap.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

constexpr intptr_t kENOMEM = 12;
constexpr intptr_t kEINVAL = 22;

MemoryStreamObject* AsMemory(StreamObject* stream) { return reinterpret_cast<MemoryStreamObject*>(stream); }

intptr_t MemoryRead(StreamObject* self, void* data, size_t length) {
  MemoryStreamObject* memory = AsMemory(self);
  if (memory->position >= memory->length) return 0;
  const size_t available = memory->length - memory->position;
  const size_t n = length < available ? length : available;
  memcpy(data, memory->data + memory->position, n);
  memory->position += n;
  return static_cast<intptr_t>(n);
}

// Grows the buffer to hold `needed` bytes; MemoryError stays pending on failure (stream.h: the caller sees it).
bool Reserve(MemoryStreamObject* memory, size_t needed) {
  if (needed <= memory->capacity) return true;
  size_t capacity = memory->capacity < 16 ? 16 : memory->capacity;
  while (capacity < needed) capacity = SaturatingMul(capacity, 2);
  void* block = memory->data == nullptr ? AllocateRaw(capacity, gc::kNoScan) : ReallocateRaw(memory->data, capacity);
  if (block == nullptr) return false;
  memory->data = static_cast<uint8_t*>(block);
  memory->capacity = capacity;
  return true;
}

intptr_t MemoryWrite(StreamObject* self, const void* data, size_t length) {
  MemoryStreamObject* memory = AsMemory(self);
  const size_t end = SaturatingAdd(memory->position, length);
  if (!Reserve(memory, end)) return -kENOMEM;
  memcpy(memory->data + memory->position, data, length);
  memory->position = end;
  if (end > memory->length) memory->length = end;
  return static_cast<intptr_t>(length);
}

int64_t MemorySeek(StreamObject* self, int64_t offset, int whence) {
  MemoryStreamObject* memory = AsMemory(self);
  const int64_t origin = whence == 0 ? 0 : whence == 1 ? static_cast<int64_t>(memory->position)
                                                       : static_cast<int64_t>(memory->length);
  const int64_t position = origin + offset;
  if (position < 0) return -kEINVAL;
  memory->position = static_cast<size_t>(position);
  return position;
}

int MemoryClose(StreamObject* self) {
  MemoryStreamObject* memory = AsMemory(self);
  FreeRaw(memory->data);
  memory->data = nullptr;
  memory->length = memory->capacity = memory->position = 0;
  return 0;
}

constexpr StreamOps kMemoryOps = {MemoryRead, MemoryWrite, MemorySeek, MemoryClose};

// StringIO(initial_value='') / BytesIO(initial_bytes=b''): the initial contents, position 0.
Value MemoryMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const bool text = type == &kStringIOType.type;
  MICA_TRY(CheckArgCount(text ? "StringIO" : "BytesIO", n_pos, n_kw, 0, 1));
  const uint8_t* initial = nullptr;
  size_t length = 0;
  if (n_pos == 1 && !args[0].IsNone()) {
    if (text) {
      const char* chars;
      if (!StrData(args[0], &chars, &length)) {
        return RaiseFormat(&kTypeErrorType, "initial_value must be str or None, not %T", args[0]);
      }
      initial = reinterpret_cast<const uint8_t*>(chars);
    } else if (IsStr(args[0]) || !GetBuffer(args[0], &initial, &length)) {
      return RaiseFormat(&kTypeErrorType, "a bytes-like object is required, not '%T'", args[0]);
    }
  }
  const uint32_t flags = kStreamReadable | kStreamWritable | (text ? static_cast<uint32_t>(kStreamText) : 0u);
  StreamObject* stream = NewStreamObject(reinterpret_cast<const StreamType*>(type), sizeof(MemoryStreamObject), flags);
  if (stream == nullptr) return Value::Exception();
  MemoryStreamObject* memory = AsMemory(stream);
  if (length > 0) {
    // The initial object may be a bytearray whose data moves if the allocation grows it: it cannot (it is not
    // being resized), and the str/bytes data never moves.
    if (!Reserve(memory, length)) return Value::Exception();
    memcpy(memory->data, initial, length);
    memory->length = length;
  }
  return Value::FromObject(&stream->header);
}

Value MemoryGetvalue(const Value* args, uint32_t, uint32_t) {
  StreamObject* stream = AsStream(args[0]);
  MICA_TRY(CheckStreamOpen(stream));
  const MemoryStreamObject* memory = AsMemory(stream);
  const char* data = reinterpret_cast<const char*>(memory->data);
  if ((stream->flags & kStreamText) != 0) return NewStr(data != nullptr ? data : "", memory->length);
  return NewBytes(data, memory->length);
}

constexpr BuiltinFunction kStringIOGetvalue =
    MakeMethod(&kStringIOType.type, names::getvalue, 1, 1, MemoryGetvalue);
constexpr BuiltinFunction kBytesIOGetvalue = MakeMethod(&kBytesIOType.type, names::getvalue, 1, 1, MemoryGetvalue);
constexpr Member kStringIOMembers[] = {{names::getvalue, &kStringIOGetvalue.header}};
constexpr Member kBytesIOMembers[] = {{names::getvalue, &kBytesIOGetvalue.header}};

}  // namespace

constexpr StreamType kStringIOType = {
    {{&kTypeType}, names::StringIO, 0, &kIOBaseType, MemoryMakeNew, nullptr, nullptr, nullptr, nullptr, StreamAttr,
     nullptr, StreamGetIter, StreamIterNext, MemberTable{kStringIOMembers, 1}},
    kMemoryOps};

constexpr StreamType kBytesIOType = {
    {{&kTypeType}, names::BytesIO, 0, &kIOBaseType, MemoryMakeNew, nullptr, nullptr, nullptr, nullptr, StreamAttr,
     nullptr, StreamGetIter, StreamIterNext, MemberTable{kBytesIOMembers, 1}},
    kMemoryOps};

}  // namespace mica
