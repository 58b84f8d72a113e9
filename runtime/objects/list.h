// list: a growable array of values. The items live in a separate heap block (so the list object keeps its
// address when it grows); capacity grows by about 1.5x, and an empty list has no item block at all.
#ifndef MICA_RUNTIME_OBJECTS_LIST_H_
#define MICA_RUNTIME_OBJECTS_LIST_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

struct ListObject {
  Object header;
  uint32_t length;
  uint32_t capacity;
  Value* items;  // AllocateRaw block of `capacity` values, or null
};

extern const Type kListType;

bool IsList(Value v);
ListObject* AsList(Value v);  // precondition: IsList(v)

// A list with room for `capacity` items (length 0); Value::Exception() with MemoryError pending.
Value NewList(size_t capacity = 0);
// A list holding a copy of items[0..n).
Value NewListFrom(const Value* items, size_t n);
// list(iterable).
Value ListFromIterable(Value iterable);

// The mutators everyone uses (None or an exception).
Value ListAppend(Value list, Value item);
Value ListExtend(Value list, Value iterable);
Value ListInsert(Value list, intptr_t index, Value item);
// Makes room for `extra` more items without changing the length.
Value ListReserve(Value list, size_t extra);
// pop(index): the item; IndexError("pop from empty list" / "pop index out of range").
Value ListPop(Value list, intptr_t index);
void ListClear(Value list);

// In-place stable sort; `key` null or a callable; `reverse` keeps stability as CPython (equal items keep order).
Value ListSort(Value list, Value key, bool reverse);

// The slots.
Value ListMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw);
Value ListSubscript(Value self, Value index, Value value);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_LIST_H_
