// The pieces of the built-in `collections` module (collections_module.cc lists them): deque (deque.cc) and
// namedtuple (namedtuple.cc) and OrderedDict (ordered_dict.cc). All C++, so the module works in a VM-only build.
#ifndef MICA_RUNTIME_MODULES_COLLECTIONS_COLLECTIONS_TYPES_H_
#define MICA_RUNTIME_MODULES_COLLECTIONS_COLLECTIONS_TYPES_H_

#include "runtime/object.h"
#include "runtime/objects/builtin_function.h"

namespace mica {

extern const Type kDequeType;
// namedtuple(typename, field_names, *, rename=False, defaults=None, module=None): a tuple subclass.
extern const BuiltinFunction kNamedTuple;
// The OrderedDict class (a heap class deriving from dict), made when the module is imported.
Value MakeOrderedDictClass();

}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_COLLECTIONS_COLLECTIONS_TYPES_H_
