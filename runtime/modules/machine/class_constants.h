// Integer class attributes of built-in types (Pin.OUT, Timer.PERIODIC). A built-in type's member table holds
// objects only, and small ints are not objects, so the machine classes get a metatype of their own whose
// attribute slot answers these names from a constant table before the ordinary type attributes.
#ifndef MICA_RUNTIME_MODULES_MACHINE_CLASS_CONSTANTS_H_
#define MICA_RUNTIME_MODULES_MACHINE_CLASS_CONSTANTS_H_

#include <stdint.h>

#include "runtime/object.h"

namespace mica {
namespace machine {

struct ClassConstant {
  uint16_t name;
  int32_t value;
};

// The metatype: a subtype of `type`, so these classes are types in every other respect (call, repr, isinstance).
extern const Type kClassWithConstantsType;

}  // namespace machine
}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_MACHINE_CLASS_CONSTANTS_H_
