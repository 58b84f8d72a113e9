// range: an immutable arithmetic sequence of ints (start, stop, step), any size as in CPython: range(2**40,
// 2**40 + 3) works on a 32-bit target too. When the three bounds fit a machine word (always for small ints) the
// operations use word arithmetic; otherwise they use int Values (runtime/objects/int.h). len, indexing, slicing
// (to another range), iteration, `in`, ==, repr "range(0, 10, 2)". The VM runs `for i in range(...)` over small
// ints without an iterator object; everything else is here.
#ifndef MICA_RUNTIME_OBJECTS_RANGE_H_
#define MICA_RUNTIME_OBJECTS_RANGE_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

struct RangeObject {
  Object header;
  Value start;  // ints (small or big, never bools)
  Value stop;
  Value step;  // never 0
};

extern const Type kRangeType;

bool IsRange(Value v);
Value NewRange(intptr_t start, intptr_t stop, intptr_t step);
// A range over int Values (preconditions: all three IsInt, step != 0; bools are taken as 0/1).
Value NewRangeOfInts(Value start, Value stop, Value step);
// Number of items as an int Value (0 for an empty range); may be a big int.
Value RangeLength(Value range);

Value RangeMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_RANGE_H_
