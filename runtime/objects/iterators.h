// The iterator objects of the built-in containers: one type for every "sequence by index" walk (list, tuple, str,
// and any type with a subscript slot but no get_iter), plus dict and range iterators. An iterator's get_iter
// returns itself; iter_next returns the next item or null when exhausted (no StopIteration object).
#ifndef MICA_RUNTIME_OBJECTS_ITERATORS_H_
#define MICA_RUNTIME_OBJECTS_ITERATORS_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

// Iterates a list, tuple or str by position (lists may grow while iterated, as in Python), or any object with a
// subscript slot by calling it with 0, 1, ... until IndexError.
struct SequenceIteratorObject {
  Object header;
  Value sequence;
  uintptr_t position;  // item index (byte offset for non-ASCII str objects)
};

// Iterates a dict's keys, values or items (which one is in `kind`); RuntimeError("dictionary changed size during
// iteration") if the dict's size changes.
struct DictIteratorObject {
  Object header;
  Value dict;
  uintptr_t position;  // entry index
  uint32_t kind;       // DictIterKind
  uint32_t expected_used;
};

enum DictIterKind : uint32_t { kDictIterKeys = 0, kDictIterValues = 1, kDictIterItems = 2 };

struct RangeIteratorObject {
  Object header;
  intptr_t next;
  intptr_t step;
  uintptr_t remaining;
};

extern const Type kSequenceIteratorType;
extern const Type kDictIteratorType;
extern const Type kRangeIteratorType;

Value NewSequenceIterator(Value sequence);
Value NewDictIterator(Value dict, DictIterKind kind);
Value NewRangeIterator(intptr_t start, intptr_t step, size_t count);

// The get_iter slot of every iterator: returns self.
Value IteratorSelf(Value self);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_ITERATORS_H_
