// The special methods of built-in types as attributes: `(1).__add__(2)`, `list.__len__(x)`,
// `super().__getitem__(i)` in a list subclass. Built-in types implement operators in their Type slots, not in
// member tables; a slot method binds one slot of one type (and optionally a value) so it can be called.
#ifndef MICA_RUNTIME_EXEC_SLOT_METHODS_H_
#define MICA_RUNTIME_EXEC_SLOT_METHODS_H_

#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

struct SlotMethodObject {
  Object header;      // &kSlotMethodType
  const Type* owner;  // whose slot is called
  Value self;         // the bound value; null: unbound (self is the first argument)
  uint32_t name;      // the special method's name id
};

extern const Type kSlotMethodType;

// The slot method `name` of built-in type `owner` bound to `self` (null: unbound), or the null Value when the
// type has no slot for that name. Exception only on MemoryError.
Value FindSlotMethod(const Type* owner, Value self, uint32_t name);

inline bool IsSlotMethod(Value v) { return v.IsObject() && v.AsObject()->type == &kSlotMethodType; }

}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_SLOT_METHODS_H_
