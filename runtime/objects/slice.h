// slice objects (a[i:j:k] builds one) and the index normalisation every sequence uses.
#ifndef MICA_RUNTIME_OBJECTS_SLICE_H_
#define MICA_RUNTIME_OBJECTS_SLICE_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

struct SliceObject {
  Object header;
  Value start;  // None when omitted
  Value stop;
  Value step;
};

extern const Type kSliceType;

bool IsSlice(Value v);
Value NewSlice(Value start, Value stop, Value step);

// slice.indices(length) semantics: clamps start and stop to the sequence and gives the item count.
// ValueError("slice step cannot be zero"), TypeError for non-integer bounds.
struct SliceBounds {
  intptr_t start;
  intptr_t stop;
  intptr_t step;
  size_t count;  // number of items selected
};
Value ResolveSlice(Value slice, size_t length, SliceBounds* out);

// The optional start and end arguments of find, index, count, startswith... (args[first] and args[first + 1]; an
// absent one means the whole sequence) as positions in [0, length], slice style: negatives count from the end and
// ints of any size clamp rather than overflow. A start past the end stays there, so that "ab".find("", 3) is -1.
// str and bytes methods take None for either (none_allowed); list.index and tuple.index do not (TypeError).
Value ResolveStartEnd(const Value* args, uint32_t n_pos, uint32_t first, size_t length, bool none_allowed,
                      size_t* start, size_t* end);

// A sequence index: accepts ints (and bools) only, wraps negatives once, and checks the bounds. On failure raises
// IndexError("<what> index out of range") with `what` e.g. "list", or TypeError("list indices must be integers or
// slices, not str").
Value NormalizeIndex(Value index, size_t length, const char* what, size_t* out);

Value SliceMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_SLICE_H_
