// `object`: the root of every class. object() makes a bare instance (used as a sentinel); its default repr is
// "<object object at 0x...>". Built-in types whose base is null behave as if their base were object.
#ifndef MICA_RUNTIME_OBJECTS_OBJECT_TYPE_H_
#define MICA_RUNTIME_OBJECTS_OBJECT_TYPE_H_

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

extern const Type kObjectType;

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_OBJECT_TYPE_H_
