// staticmethod, classmethod and property: the descriptor objects class bodies wrap functions in.
//
// They only hold what they wrap; the binding itself happens in the attribute lookup (user_class.h,
// BindAttribute): a staticmethod gives its function unbound, a classmethod binds the class, a property calls
// fget/fset/fdel. property's decorator methods (getter, setter, deleter) copy the property with one accessor
// replaced, as in CPython.
#ifndef MICA_RUNTIME_EXEC_DESCRIPTORS_H_
#define MICA_RUNTIME_EXEC_DESCRIPTORS_H_

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

struct WrapperObject {  // staticmethod and classmethod
  Object header;
  Value function;
};

struct PropertyObject {
  Object header;
  Value fget;  // None when absent
  Value fset;
  Value fdel;
  Value doc;
};

extern const Type kStaticMethodType;
extern const Type kClassMethodType;
extern const Type kPropertyType;

inline bool IsStaticMethod(Value v) { return v.IsObject() && v.AsObject()->type == &kStaticMethodType; }
inline bool IsClassMethod(Value v) { return v.IsObject() && v.AsObject()->type == &kClassMethodType; }
inline bool IsProperty(Value v) { return v.IsObject() && v.AsObject()->type == &kPropertyType; }
inline WrapperObject* AsWrapper(Value v) { return reinterpret_cast<WrapperObject*>(v.AsObject()); }
inline PropertyObject* AsProperty(Value v) { return reinterpret_cast<PropertyObject*>(v.AsObject()); }


}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_DESCRIPTORS_H_
