// range: an immutable arithmetic sequence of machine integers (start, stop, step; arguments beyond intptr_t
// raise OverflowError, as MicroPython). len, indexing, slicing (to another range), iteration, `in`, ==, repr
// "range(0, 10, 2)". The VM runs `for i in range(...)` without an iterator object; everything else is here.
#ifndef MICA_RUNTIME_OBJECTS_RANGE_H_
#define MICA_RUNTIME_OBJECTS_RANGE_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

struct RangeObject {
  Object header;
  intptr_t start;
  intptr_t stop;
  intptr_t step;  // never 0
};

extern const Type kRangeType;

bool IsRange(Value v);
Value NewRange(intptr_t start, intptr_t stop, intptr_t step);
// Number of items (0 for an empty range).
size_t RangeLength(const RangeObject* range);

Value RangeMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_RANGE_H_
