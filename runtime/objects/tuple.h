// tuple: an immutable array of values, items inline after the header. The empty tuple is a constant object
// (kEmptyTuple) in flash, so `()` never allocates.
#ifndef MICA_RUNTIME_OBJECTS_TUPLE_H_
#define MICA_RUNTIME_OBJECTS_TUPLE_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

struct TupleObject {
  Object header;
  uintptr_t length;  // a full word, so the items are word-aligned on every target
  Value* Items() { return reinterpret_cast<Value*>(this + 1); }
  const Value* Items() const { return reinterpret_cast<const Value*>(this + 1); }
};

extern const Type kTupleType;
extern const TupleObject kEmptyTuple;

bool IsTuple(Value v);
TupleObject* AsTuple(Value v);  // precondition: IsTuple(v)
size_t TupleLength(Value v);
const Value* TupleItems(Value v);

// A tuple with a copy of items[0..n) (items null: n None items). n == 0 gives kEmptyTuple. Value::Exception()
// with MemoryError pending.
Value NewTuple(const Value* items, size_t n);
// A new tuple of n None items to fill before it escapes (n > 0); null with MemoryError pending.
TupleObject* AllocateTuple(size_t n);
// tuple(iterable).
Value TupleFromIterable(Value iterable);

// The items of a tuple or a list (re-read them after anything that can run Python code: a list may change).
bool SequenceItems(Value sequence, const Value** items, size_t* length);

// Lexicographic comparison of two tuples or two lists: op is kLess..kGreaterEqual, kEqual or kNotEqual. Returns
// True/False or an exception.
Value CompareSequences(BinaryOp op, Value a, Value b);
// Prints the items of a tuple or list separated by ", " between `open` and `close`, with the repr guard (a list
// that contains itself prints [...]).
Value PrintSequence(const Printer& printer, Value sequence, const char* open, const char* close);

Value TupleMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_TUPLE_H_
