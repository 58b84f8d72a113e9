// The dict views d.keys(), d.values() and d.items(): live, iterable windows on a dict (len, `in`, repr
// "dict_keys(['a'])"). They hold the dict, nothing else.
#ifndef MICA_RUNTIME_OBJECTS_DICT_VIEW_H_
#define MICA_RUNTIME_OBJECTS_DICT_VIEW_H_

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

struct DictViewObject {
  Object header;
  Value dict;
};

extern const Type kDictKeysType;
extern const Type kDictValuesType;
extern const Type kDictItemsType;

// A view of `dict` of one of the three types.
Value NewDictView(const Type* type, Value dict);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_DICT_VIEW_H_
