#include "runtime/objects/dict.h"

#include <string.h>

#include "gc/heap.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict_view.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/iterators.h"
#include "runtime/objects/list.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

constexpr uint32_t kMinIndexSize = 8;
constexpr uint32_t kEmptySlot = 0;
constexpr uint32_t kNotFound = UINT32_MAX;

// Index slot width in bytes for a table of `size` slots: entry numbers + 1 must fit below the deleted marker.
uint32_t SlotWidth(uint32_t size) { return size <= 128 ? 1 : (size <= 32768 ? 2 : 4); }
uint32_t DeletedMarker(uint32_t width) { return width == 1 ? 0xFFu : (width == 2 ? 0xFFFFu : 0xFFFFFFFFu); }
uint32_t UsableEntries(uint32_t size) { return size * 2 / 3; }

size_t IndexBytes(uint32_t size) {
  const size_t bytes = static_cast<size_t>(size) * SlotWidth(size);
  return (bytes + sizeof(uintptr_t) - 1) & ~(sizeof(uintptr_t) - 1);
}

uint32_t ReadSlot(const DictObject* dict, uint32_t slot) {
  const uint32_t width = SlotWidth(dict->index_size);
  if (width == 1) return static_cast<const uint8_t*>(dict->table)[slot];
  if (width == 2) return static_cast<const uint16_t*>(dict->table)[slot];
  return static_cast<const uint32_t*>(dict->table)[slot];
}

void WriteSlot(DictObject* dict, uint32_t slot, uint32_t value) {
  const uint32_t width = SlotWidth(dict->index_size);
  if (width == 1) {
    static_cast<uint8_t*>(dict->table)[slot] = static_cast<uint8_t>(value);
  } else if (width == 2) {
    static_cast<uint16_t*>(dict->table)[slot] = static_cast<uint16_t>(value);
  } else {
    static_cast<uint32_t*>(dict->table)[slot] = value;
  }
}

// The probe sequence: CPython's perturbed linear-congruential walk, which visits every slot.
struct Probe {
  uint32_t mask;
  uint32_t slot;
  uintptr_t perturb;
  Probe(uint32_t size, uintptr_t hash) : mask(size - 1), slot(static_cast<uint32_t>(hash) & (size - 1)), perturb(hash) {}
  void Next() {
    perturb >>= 5;
    slot = static_cast<uint32_t>((static_cast<uintptr_t>(slot) * 5 + perturb + 1) & mask);
  }
};

// The slot of the first empty (not deleted) slot for `hash`: where a new entry goes after a rebuild.
uint32_t FreeSlot(const DictObject* dict, uintptr_t hash) {
  Probe probe(dict->index_size, hash);
  while (ReadSlot(dict, probe.slot) != kEmptySlot) probe.Next();
  return probe.slot;
}

// Rebuilds the table with room for `needed` entries, compacting away deleted ones.
Value Resize(DictObject* dict, size_t needed) {
  uint32_t size = kMinIndexSize;
  while (UsableEntries(size) < needed) {
    if (size >= 0x40000000u) return RaiseMemoryError();
    size *= 2;
  }
  const uint32_t capacity = UsableEntries(size);
  void* block = AllocateRaw(IndexBytes(size) + static_cast<size_t>(capacity) * sizeof(DictEntry), gc::kNoFlags);
  if (block == nullptr) return Value::Exception();
  DictEntry* old_entries = DictEntries(dict);
  const uint32_t old_fill = dict->fill;
  void* old_table = dict->table;
  dict->table = block;
  dict->index_size = size;
  dict->capacity = capacity;
  DictEntry* entries = DictEntries(dict);
  uint32_t fill = 0;
  for (uint32_t i = 0; i < old_fill; ++i) {
    if (old_entries[i].key.IsNull()) continue;
    entries[fill] = old_entries[i];
    WriteSlot(dict, FreeSlot(dict, entries[fill].hash), fill + 1);
    ++fill;
  }
  dict->fill = fill;
  dict->used = fill;
  FreeRaw(old_table);
  return Value::None();
}

// Compares a stored key with the key looked up (their hashes are equal): 1 equal, 0 not, -1 exception.
int KeysEqual(Value stored, Value key) {
  if (stored.Is(key)) return 1;
  if (IsStr(stored) && IsStr(key)) return StrEquals(stored, key) ? 1 : 0;
  // Two distinct names or two distinct small ints differ; a name may still equal an object (a str subclass).
  if ((stored.IsName() && key.IsName()) || (stored.IsSmallInt() && key.IsSmallInt())) return 0;
  const Value equal = Equals(stored, key);
  if (equal.IsException()) return -1;
  return equal.IsTrue() ? 1 : 0;
}

// Finds `key` (with `hash`): the entry number, or kNotFound; *slot is its index slot, or where to insert.
Value Find(Value dict_value, Value key, uintptr_t hash, uint32_t* entry_out, uint32_t* slot_out) {
  DictObject* dict = AsDict(dict_value);
restart:
  *entry_out = kNotFound;
  if (dict->table == nullptr) return Value::None();
  const uint32_t deleted = DeletedMarker(SlotWidth(dict->index_size));
  uint32_t first_deleted = kNotFound;
  Probe probe(dict->index_size, hash);
  while (true) {
    const uint32_t stored = ReadSlot(dict, probe.slot);
    if (stored == kEmptySlot) {
      *slot_out = first_deleted != kNotFound ? first_deleted : probe.slot;
      return Value::None();
    }
    if (stored == deleted) {
      if (first_deleted == kNotFound) first_deleted = probe.slot;
    } else {
      const DictEntry* entry = &DictEntries(dict)[stored - 1];
      if (entry->key.Is(key)) {
        *entry_out = stored - 1;
        *slot_out = probe.slot;
        return Value::None();
      }
      if (entry->hash == hash) {
        const void* table = dict->table;
        const Value stored_key = entry->key;
        const int equal = KeysEqual(stored_key, key);
        if (equal < 0) return Value::Exception();
        if (dict->table != table || !DictEntries(dict)[stored - 1].key.Is(stored_key)) goto restart;  // mutated
        if (equal > 0) {
          *entry_out = stored - 1;
          *slot_out = probe.slot;
          return Value::None();
        }
      }
    }
    probe.Next();
  }
}

Value Insert(Value dict_value, Value key, uintptr_t hash, Value value) {
  uint32_t entry;
  uint32_t slot;
  MICA_TRY(Find(dict_value, key, hash, &entry, &slot));
  DictObject* dict = AsDict(dict_value);
  ++dict->version;
  if (entry != kNotFound) {
    DictEntries(dict)[entry].value = value;
    return Value::None();
  }
  if (dict->table == nullptr || dict->fill == dict->capacity) {
    MICA_TRY(Resize(dict, static_cast<size_t>(dict->used) * 2 + 1 > 5 ? static_cast<size_t>(dict->used) * 2 + 1 : 5));
    slot = FreeSlot(dict, hash);
  }
  DictEntry* entries = DictEntries(dict);
  entries[dict->fill] = DictEntry{hash, key, value};
  WriteSlot(dict, slot, dict->fill + 1);
  ++dict->fill;
  ++dict->used;
  return Value::None();
}

void RemoveAt(DictObject* dict, uint32_t entry, uint32_t slot) {
  DictEntry* e = &DictEntries(dict)[entry];
  e->key = Value();
  e->value = Value();
  WriteSlot(dict, slot, DeletedMarker(SlotWidth(dict->index_size)));
  --dict->used;
  ++dict->version;
}

// ---- Slots -----------------------------------------------------------------------------------------------------

Value DictPrint(const Printer& printer, Value self, PrintKind) {
  bool active;
  MICA_TRY(ReprEnter(self, &active));
  if (active) {
    printer.Write("{...}", 5);
    return Value::None();
  }
  printer.Write("{", 1);
  Value result = Value::None();
  size_t position = 0;
  Value key;
  Value value;
  bool first = true;
  while (DictNext(self, &position, &key, &value)) {
    if (!first) printer.Write(", ", 2);
    first = false;
    result = Print(printer, key, PrintKind::kRepr);
    if (result.IsException()) break;
    printer.Write(": ", 2);
    result = Print(printer, value, PrintKind::kRepr);
    if (result.IsException()) break;
  }
  ReprLeave(self);
  MICA_TRY(result);
  printer.Write("}", 1);
  return Value::None();
}

Value DictUnaryOp(UnaryOp op, Value self) {
  switch (op) {
    case UnaryOp::kBool: return Value::Bool(AsDict(self)->used != 0);
    case UnaryOp::kLen: return Value::SmallInt(static_cast<intptr_t>(AsDict(self)->used));
    default: return Value();
  }
}

Value DictEqual(Value a, Value b) {
  if (AsDict(a)->used != AsDict(b)->used) return Value::False();
  size_t position = 0;
  Value key;
  Value value;
  while (DictNext(a, &position, &key, &value)) {
    const Value other = DictLookup(b, key);
    MICA_TRY(other);
    if (other.IsNull()) return Value::False();
    const Value equal = Equals(value, other);
    MICA_TRY(equal);
    if (!equal.IsTrue()) return Value::False();
  }
  return Value::True();
}

Value DictBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  switch (op) {
    case BinaryOp::kEqual:
    case BinaryOp::kNotEqual: {
      if (!IsDict(lhs) || !IsDict(rhs)) return Value();
      const Value equal = DictEqual(lhs, rhs);
      MICA_TRY(equal);
      return Value::Bool(equal.IsTrue() == (op == BinaryOp::kEqual));
    }
    case BinaryOp::kOr: {
      if (!IsDict(lhs) || !IsDict(rhs)) return Value();
      const Value result = NewDict(AsDict(lhs)->used);
      MICA_TRY(result);
      MICA_TRY(DictUpdateFromDict(result, lhs));
      MICA_TRY(DictUpdateFromDict(result, rhs));
      return result;
    }
    case BinaryOp::kInplaceOr:
      if (!IsDict(lhs) || !IsDict(rhs)) return Value();
      MICA_TRY(DictUpdateFromDict(lhs, rhs));
      return lhs;
    case BinaryOp::kContains: {
      const Value found = DictLookup(lhs, rhs);
      MICA_TRY(found);
      return Value::Bool(!found.IsNull());
    }
    default:
      return Value();
  }
}

Value DictGetIter(Value self) { return NewDictIterator(self, kDictIterKeys); }

// ---- Methods ---------------------------------------------------------------------------------------------------

Value DictClearMethod(const Value* args, uint32_t, uint32_t) {
  DictClear(args[0]);
  return Value::None();
}

Value DictCopyMethod(const Value* args, uint32_t, uint32_t) {
  const Value result = NewDict(AsDict(args[0])->used);
  MICA_TRY(result);
  MICA_TRY(DictUpdateFromDict(result, args[0]));
  return result;
}

Value DictFromkeys(const Value* args, uint32_t n_pos, uint32_t) {
  const Value value = n_pos > 2 ? args[2] : Value::None();
  const Value result = NewDict();
  MICA_TRY(result);
  const Value iterator = GetIter(args[1]);
  MICA_TRY(iterator);
  while (true) {
    const Value key = IterNext(iterator);
    if (key.IsNull()) return result;
    MICA_TRY(key);
    MICA_TRY(DictStore(result, key, value));
  }
}

Value DictGet(const Value* args, uint32_t n_pos, uint32_t) {
  const Value found = DictLookup(args[0], args[1]);
  MICA_TRY(found);
  if (found.IsNull()) return n_pos > 2 ? args[2] : Value::None();
  return found;
}

Value DictItems(const Value* args, uint32_t, uint32_t) { return NewDictView(&kDictItemsType, args[0]); }
Value DictKeys(const Value* args, uint32_t, uint32_t) { return NewDictView(&kDictKeysType, args[0]); }
Value DictValues(const Value* args, uint32_t, uint32_t) { return NewDictView(&kDictValuesType, args[0]); }

Value DictPop(const Value* args, uint32_t n_pos, uint32_t) {
  const Value removed = DictRemove(args[0], args[1]);
  MICA_TRY(removed);
  if (!removed.IsNull()) return removed;
  if (n_pos > 2) return args[2];
  return RaiseKeyError(args[1]);
}

Value DictPopitem(const Value* args, uint32_t, uint32_t) {
  DictObject* dict = AsDict(args[0]);
  if (dict->used == 0) return RaiseNew(&kKeyErrorType, "popitem(): dictionary is empty");
  DictEntry* entries = DictEntries(dict);
  uint32_t last = dict->fill;
  while (entries[last - 1].key.IsNull()) --last;
  const Value pair[2] = {entries[last - 1].key, entries[last - 1].value};
  const Value result = NewTuple(pair, 2);
  MICA_TRY(result);
  MICA_TRY(DictRemove(args[0], pair[0]));
  return result;
}

Value DictSetdefault(const Value* args, uint32_t n_pos, uint32_t) {
  const Value found = DictLookup(args[0], args[1]);
  MICA_TRY(found);
  if (!found.IsNull()) return found;
  const Value value = n_pos > 2 ? args[2] : Value::None();
  MICA_TRY(DictStore(args[0], args[1], value));
  return value;
}

// dict.update / dict(): from a dict, an object with keys(), or an iterable of pairs.
Value UpdateFrom(Value dict, Value other) {
  if (IsDict(other)) return DictUpdateFromDict(dict, other);
  const Value keys = LookupAttr(other, names::keys);
  MICA_TRY(keys);
  if (!keys.IsNull()) {
    const Value key_list = CallValue(keys, nullptr, 0, 0);
    MICA_TRY(key_list);
    const Value iterator = GetIter(key_list);
    MICA_TRY(iterator);
    while (true) {
      const Value key = IterNext(iterator);
      if (key.IsNull()) return Value::None();
      MICA_TRY(key);
      const Value value = LoadSubscript(other, key);
      MICA_TRY(value);
      MICA_TRY(DictStore(dict, key, value));
    }
  }
  const Value iterator = GetIter(other);
  MICA_TRY(iterator);
  for (size_t index = 0;; ++index) {
    const Value item = IterNext(iterator);
    if (item.IsNull()) return Value::None();
    MICA_TRY(item);
    const Value pair = TupleFromIterable(item);
    if (pair.IsException()) {
      if (PendingIs(&kTypeErrorType)) {
        ClearPendingException();
        return RaiseFormat(&kTypeErrorType, "cannot convert dictionary update sequence element #%z to a sequence",
                           index);
      }
      return pair;
    }
    if (TupleLength(pair) != 2) {
      return RaiseFormat(&kValueErrorType, "dictionary update sequence element #%z has length %z; 2 is required",
                         index, TupleLength(pair));
    }
    MICA_TRY(DictStore(dict, TupleItems(pair)[0], TupleItems(pair)[1]));
  }
}

Value UpdateArgs(Value dict, const Value* args, uint32_t n_pos, uint32_t n_kw, const char* name) {
  if (n_pos > 1) return RaiseFormat(&kTypeErrorType, "%s expected at most 1 argument, got %u", name, n_pos);
  if (n_pos == 1) MICA_TRY(UpdateFrom(dict, args[0]));
  for (uint32_t i = 0; i < n_kw; ++i) MICA_TRY(DictStore(dict, args[n_pos + 2 * i], args[n_pos + 2 * i + 1]));
  return Value::None();
}

Value DictUpdate(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  return UpdateArgs(args[0], args + 1, n_pos - 1, n_kw, "update");
}

constexpr BuiltinFunction kClear = MakeMethod(&kDictType, names::clear, 1, 1, DictClearMethod);
constexpr BuiltinFunction kCopy = MakeMethod(&kDictType, names::copy, 1, 1, DictCopyMethod);
constexpr BuiltinFunction kFromkeys =
    MakeMethod(&kDictType, names::fromkeys, 2, 3, DictFromkeys, kBuiltinClassMethod);
constexpr BuiltinFunction kGet = MakeMethod(&kDictType, names::get, 2, 3, DictGet);
constexpr BuiltinFunction kItems = MakeMethod(&kDictType, names::items, 1, 1, DictItems);
constexpr BuiltinFunction kKeys = MakeMethod(&kDictType, names::keys, 1, 1, DictKeys);
constexpr BuiltinFunction kPop = MakeMethod(&kDictType, names::pop, 2, 3, DictPop);
constexpr BuiltinFunction kPopitem = MakeMethod(&kDictType, names::popitem, 1, 1, DictPopitem);
constexpr BuiltinFunction kSetdefault = MakeMethod(&kDictType, names::setdefault, 2, 3, DictSetdefault);
constexpr BuiltinFunction kUpdate =
    MakeMethod(&kDictType, names::update, 1, 2, DictUpdate, kBuiltinTakesKeywords);
constexpr BuiltinFunction kValues = MakeMethod(&kDictType, names::values, 1, 1, DictValues);

constexpr Member kDictMembers[] = {
    {names::clear, &kClear.header}, {names::copy, &kCopy.header},       {names::fromkeys, &kFromkeys.header},
    {names::get, &kGet.header},     {names::items, &kItems.header},     {names::keys, &kKeys.header},
    {names::pop, &kPop.header},     {names::popitem, &kPopitem.header}, {names::setdefault, &kSetdefault.header},
    {names::update, &kUpdate.header}, {names::values, &kValues.header},
};
constexpr uint16_t kDictMemberCount = sizeof(kDictMembers) / sizeof(kDictMembers[0]);
static_assert(MembersSorted(kDictMembers, kDictMemberCount), "dict members must be sorted by name id");

}  // namespace

constexpr Type kDictType = {{&kTypeType}, names::dict, kTypeSubclassable, nullptr, DictMakeNew, DictPrint,
                            nullptr,      DictUnaryOp, DictBinaryOp,      nullptr, DictSubscript, DictGetIter,
                            nullptr,      MemberTable{kDictMembers, kDictMemberCount}};

bool IsDict(Value v) { return v.IsObject() && v.AsObject()->type == &kDictType; }
DictObject* AsDict(Value v) { return reinterpret_cast<DictObject*>(v.AsObject()); }

DictEntry* DictEntries(DictObject* dict) {
  if (dict->table == nullptr) return nullptr;
  return reinterpret_cast<DictEntry*>(static_cast<char*>(dict->table) + IndexBytes(dict->index_size));
}

Value NewDict(size_t capacity) {
  Object* object = NewObject(&kDictType, sizeof(DictObject));
  if (object == nullptr) return Value::Exception();
  const Value result = Value::FromObject(object);
  if (capacity > 0) MICA_TRY(Resize(AsDict(result), capacity));
  return result;
}

Value DictLookup(Value dict, Value key) {
  uintptr_t hash;
  if (key.IsName()) {
    hash = static_cast<uintptr_t>(HashToValue(static_cast<int32_t>(NameHash(key.AsNameId()))).AsSmallInt());
  } else if (!HashWord(key, &hash)) {
    return Value::Exception();
  }
  uint32_t entry;
  uint32_t slot;
  MICA_TRY(Find(dict, key, hash, &entry, &slot));
  if (entry == kNotFound) return Value();
  return DictEntries(AsDict(dict))[entry].value;
}

Value DictLookupName(Value dict_value, uint32_t name_id) {
  DictObject* dict = AsDict(dict_value);
  if (dict->table == nullptr) return Value();
  const Value key = Value::Name(name_id);
  // HashToValue(NameHash(name_id)) without the calls: built-in names read the static table.
  intptr_t signed_hash =
      static_cast<int32_t>(name_id < names::kBuiltinCount ? names::kBuiltinTexts[name_id].hash : NameHash(name_id));
  if (!Value::FitsSmallInt(signed_hash)) {
    signed_hash = static_cast<intptr_t>(static_cast<uintptr_t>(signed_hash) << 1) >> 1;
  }
  const uintptr_t hash = static_cast<uintptr_t>(signed_hash);
  const uint32_t size = dict->index_size;
  const DictEntry* entries = DictEntries(dict);
  if (size <= 128) {
    // One-byte index slots: the common case (instance, class and module dicts of modest size).
    const uint8_t* slots = static_cast<const uint8_t*>(dict->table);
    for (Probe probe(size, hash);; probe.Next()) {
      const uint32_t stored = slots[probe.slot];
      if (stored == kEmptySlot) return Value();
      if (stored == 0xFFu) continue;
      const DictEntry& entry = entries[stored - 1];
      if (entry.key.Is(key)) return entry.value;
      if (entry.hash == hash && entry.key.IsObject() && StrEquals(entry.key, key)) return entry.value;
    }
  }
  const uint32_t deleted = DeletedMarker(SlotWidth(size));
  for (Probe probe(size, hash);; probe.Next()) {
    const uint32_t stored = ReadSlot(dict, probe.slot);
    if (stored == kEmptySlot) return Value();
    if (stored == deleted) continue;
    const DictEntry& entry = entries[stored - 1];
    if (entry.key.Is(key)) return entry.value;
    // A str object with the same text (globals()['x'] = ...) is the same key.
    if (entry.hash == hash && entry.key.IsObject() && StrEquals(entry.key, key)) return entry.value;
  }
}

Value DictStore(Value dict, Value key, Value value) {
  uintptr_t hash;
  if (!HashWord(key, &hash)) return Value::Exception();
  return Insert(dict, key, hash, value);
}

Value DictStoreName(Value dict, uint32_t name_id, Value value) { return DictStore(dict, Value::Name(name_id), value); }

Value DictRemove(Value dict, Value key) {
  uintptr_t hash;
  if (!HashWord(key, &hash)) return Value::Exception();
  uint32_t entry;
  uint32_t slot;
  MICA_TRY(Find(dict, key, hash, &entry, &slot));
  if (entry == kNotFound) return Value();
  const Value value = DictEntries(AsDict(dict))[entry].value;
  RemoveAt(AsDict(dict), entry, slot);
  return value;
}

void DictClear(Value dict_value) {
  DictObject* dict = AsDict(dict_value);
  void* table = dict->table;
  dict->table = nullptr;
  dict->used = 0;
  dict->fill = 0;
  dict->capacity = 0;
  dict->index_size = 0;
  ++dict->version;
  FreeRaw(table);
}

Value DictUpdateFromDict(Value dict, Value from) {
  if (dict.Is(from)) return Value::None();
  if (AsDict(dict)->used == 0 && AsDict(from)->used > 0) MICA_TRY(Resize(AsDict(dict), AsDict(from)->used));
  for (uint32_t i = 0; i < AsDict(from)->fill; ++i) {
    const DictEntry entry = DictEntries(AsDict(from))[i];
    if (entry.key.IsNull()) continue;
    MICA_TRY(Insert(dict, entry.key, entry.hash, entry.value));
  }
  return Value::None();
}

size_t DictLength(Value dict) { return AsDict(dict)->used; }

bool DictNext(Value dict_value, size_t* position, Value* key, Value* value) {
  DictObject* dict = AsDict(dict_value);
  const DictEntry* entries = DictEntries(dict);
  while (*position < dict->fill) {
    const DictEntry& entry = entries[(*position)++];
    if (entry.key.IsNull()) continue;
    *key = entry.key;
    *value = entry.value;
    return true;
  }
  return false;
}

Value DictMakeNew(const Type*, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const Value result = NewDict();
  MICA_TRY(result);
  MICA_TRY(UpdateArgs(result, args, n_pos, n_kw, "dict"));
  return result;
}

Value DictSubscript(Value self, Value index, Value value) {
  if (value.IsNull()) {
    const Value found = DictLookup(self, index);
    MICA_TRY(found);
    if (found.IsNull()) return RaiseKeyError(index);
    return found;
  }
  if (value.IsUnbound()) {
    const Value removed = DictRemove(self, index);
    MICA_TRY(removed);
    if (removed.IsNull()) return RaiseKeyError(index);
    return Value::None();
  }
  return DictStore(self, index, value);
}

}  // namespace mica
