// set: an unordered collection of distinct hashable values, kept as the keys of a dict (so it shares the
// dict's hashing, equality and insertion-ordered iteration). Enough for set displays and comprehensions
// (BUILD_SET, SET_ADD, SET_UPDATE), set() and the common methods and operators. frozenset shares the layout and the slots; results of operators
// and methods have the left operand's type.
// (It belongs with the other core types in runtime/objects; it lives here until that package takes it.)
#ifndef MICA_RUNTIME_EXEC_SET_H_
#define MICA_RUNTIME_EXEC_SET_H_

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

struct SetObject {
  Object header;  // &kSetType
  Value dict;     // element -> None
};

extern const Type kSetType;
extern const Type kFrozenSetType;  // the same layout; hashable, no mutators

// Exactly a set (mutable).
bool IsSet(Value v);
// A set or a frozenset.
bool IsAnySet(Value v);
Value NewSet();
Value SetAdd(Value set, Value item);
// Adds every item of an iterable.
Value SetUpdate(Value set, Value iterable);

}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_SET_H_
