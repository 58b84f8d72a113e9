// The types of the special constants: NoneType, bool, ellipsis and NotImplementedType.
//
// None, True, False, Ellipsis and NotImplemented are immediates (runtime/value.h); these are their types, which
// TypeOf() returns for them. bool is a subclass of int: arithmetic on bools is int arithmetic (int.h handles
// Value::True()/False() as 1/0), and its base is kIntType.
#ifndef MICA_RUNTIME_OBJECTS_NONE_BOOL_H_
#define MICA_RUNTIME_OBJECTS_NONE_BOOL_H_

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

extern const Type kNoneType;
extern const Type kBoolType;
extern const Type kEllipsisType;
extern const Type kNotImplementedType;

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_NONE_BOOL_H_
