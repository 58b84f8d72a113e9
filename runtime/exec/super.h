// super(): attribute lookup that starts after a class in the MRO of an object's type.
//
// super(C, obj) names both; the zero-argument form, in a method, takes C from the method's __class__ cell (the
// compiler creates it when a method uses super) and obj from its first argument, found in the running frame.
#ifndef MICA_RUNTIME_EXEC_SUPER_H_
#define MICA_RUNTIME_EXEC_SUPER_H_

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

struct SuperObject {
  Object header;  // &kSuperType
  Value type;     // the class to start after
  Value object;   // the instance (or class, in a classmethod) the lookup binds to
};

extern const Type kSuperType;

}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_SUPER_H_
