#include "runtime/objects/name_pool.h"

#include <string.h>

#include "gc/heap.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"

namespace mica {
namespace {

const StrObject* NameObject(const RuntimeState& state, uint32_t index) {
  return reinterpret_cast<const StrObject*>(state.names[index].AsObject());
}

// The index of the run-time name with this text and hash, or kNotFound.
uint32_t FindRuntime(const RuntimeState& state, const char* data, size_t length, uint32_t hash) {
  if (state.name_index_size == 0) return names::kNotFound;
  const uint32_t mask = state.name_index_size - 1;
  for (uint32_t slot = hash & mask;; slot = (slot + 1) & mask) {
    const uint32_t entry = state.name_index[slot];
    if (entry == 0) return names::kNotFound;
    const StrObject* name = NameObject(state, entry - 1);
    if (name->hash == hash && name->byte_length == length && memcmp(name->Text(), data, length) == 0) {
      return entry - 1;
    }
  }
}

void InsertIndex(uint32_t* index, uint32_t size, uint32_t hash, uint32_t entry) {
  const uint32_t mask = size - 1;
  uint32_t slot = hash & mask;
  while (index[slot] != 0) slot = (slot + 1) & mask;
  index[slot] = entry;
}

// Makes room for one more name: grows the array and rebuilds the index at half load.
bool Reserve(RuntimeState& state) {
  if (state.name_count == state.name_capacity) {
    const uint32_t capacity = state.name_capacity == 0 ? 16 : state.name_capacity * 2;
    void* block = state.names == nullptr ? AllocateRaw(capacity * sizeof(Value), gc::kNoFlags)
                                         : ReallocateRaw(state.names, capacity * sizeof(Value));
    if (block == nullptr) return false;
    state.names = static_cast<Value*>(block);
    state.name_capacity = capacity;
  }
  if ((state.name_count + 1) * 2 > state.name_index_size) {
    const uint32_t size = state.name_index_size == 0 ? 32 : state.name_index_size * 2;
    uint32_t* index = static_cast<uint32_t*>(AllocateRaw(size * sizeof(uint32_t), gc::kNoScan));
    if (index == nullptr) return false;
    for (uint32_t i = 0; i < state.name_count; ++i) InsertIndex(index, size, NameObject(state, i)->hash, i + 1);
    FreeRaw(state.name_index);
    state.name_index = index;
    state.name_index_size = size;
  }
  return true;
}

}  // namespace

Value FindName(const char* data, size_t length) {
  const uint32_t builtin = names::FindBuiltin(data, length);
  if (builtin != names::kNotFound) return Value::Name(builtin);
  const RuntimeState& state = State();
  const uint32_t index = FindRuntime(state, data, length, names::HashBytes(data, length));
  if (index == names::kNotFound) return Value();
  return Value::Name(names::kBuiltinCount + index);
}

Value InternName(const char* data, size_t length) {
  const Value found = FindName(data, length);
  if (!found.IsNull()) return found;
  const Value text = NewStr(data, length);
  MICA_TRY(text);
  RuntimeState& state = State();
  if (!Reserve(state)) return Value::Exception();
  const uint32_t index = state.name_count++;
  state.names[index] = text;
  InsertIndex(state.name_index, state.name_index_size, NameObject(state, index)->hash, index + 1);
  return Value::Name(names::kBuiltinCount + index);
}

Value StrToName(Value str) {
  if (str.IsName()) return str;
  const char* data;
  size_t length;
  if (!StrData(str, &data, &length)) return Value();
  return InternName(data, length);
}

bool NameText(uint32_t id, const char** data, size_t* length) {
  if (id < names::kBuiltinCount) {
    *data = names::kBuiltinTexts[id].chars;
    *length = names::kBuiltinTexts[id].length;
    return true;
  }
  const RuntimeState& state = State();
  const uint32_t index = id - names::kBuiltinCount;
  if (index >= state.name_count) return false;
  const StrObject* name = NameObject(state, index);
  *data = name->Text();
  *length = name->byte_length;
  return true;
}

uint32_t NameHash(uint32_t id) {
  if (id < names::kBuiltinCount) return names::kBuiltinTexts[id].hash;
  const RuntimeState& state = State();
  const uint32_t index = id - names::kBuiltinCount;
  if (index >= state.name_count) return 0;
  return NameObject(state, index)->hash;
}

size_t RuntimeNameCount() { return State().name_count; }

}  // namespace mica
