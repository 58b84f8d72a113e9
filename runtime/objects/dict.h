// dict: an insertion-ordered hash table, CPython-3.6 style.
//
// Entries (hash, key, value) are appended to a dense array in insertion order; an index table of 2**k slots
// (uint8, uint16 or uint32 entry numbers, by size) is probed linearly from the hash. Deleting leaves a tombstone
// in both (the entry's key becomes null, the slot kDeleted); growing rebuilds both, dropping tombstones, so
// iteration order is insertion order with deleted keys gone and reinserted ones at the end. Both arrays share one
// heap block; an empty dict has none.
//
// Keys are compared by identity first, then by stored hash, then by Equals(). Str keys compare by text, so an
// interned name and a str object with the same text are the same key. DictLookupName() is the globals fast path:
// it compares words first and touches text only if a str object key has the same hash.
//
// `version` changes on every mutation (store, delete, clear): lookup caches keyed on it stay valid as long as it
// is unchanged.
#ifndef MICA_RUNTIME_OBJECTS_DICT_H_
#define MICA_RUNTIME_OBJECTS_DICT_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

struct DictEntry {
  uintptr_t hash;
  Value key;    // null: deleted
  Value value;
};

struct DictObject {
  Object header;
  uint32_t used;          // live entries: len()
  uint32_t fill;          // entries appended (live and deleted)
  uint32_t capacity;      // entries the table holds
  uint32_t index_size;    // index slots (a power of two), 0 when there is no table
  uint32_t version;
  void* table;            // index slots, then `capacity` DictEntry
};

extern const Type kDictType;

bool IsDict(Value v);
DictObject* AsDict(Value v);  // precondition: IsDict(v)

// A dict with room for `capacity` entries without growing.
Value NewDict(size_t capacity = 0);

// The entry array (fill entries, some of them deleted) of a dict, for iteration and lookup caches.
DictEntry* DictEntries(DictObject* dict);

// d[key]: the value, the null Value when missing, or an exception (unhashable key, failing __eq__).
Value DictLookup(Value dict, Value key);
// The fast path for interned names: the value or null; never raises.
Value DictLookupName(Value dict, uint32_t name_id);
// d[key] = value: None or an exception.
Value DictStore(Value dict, Value key, Value value);
Value DictStoreName(Value dict, uint32_t name_id, Value value);
// del d[key]: the removed value, the null Value when missing (no KeyError raised), or an exception.
Value DictRemove(Value dict, Value key);
void DictClear(Value dict);
// Copies every entry of `from` (a dict) into `dict`.
Value DictUpdateFromDict(Value dict, Value from);
size_t DictLength(Value dict);
// Position-based iteration over live entries: starts at *position = 0; false at the end.
bool DictNext(Value dict, size_t* position, Value* key, Value* value);

// The slots.
Value DictMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw);
Value DictSubscript(Value self, Value index, Value value);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_DICT_H_
