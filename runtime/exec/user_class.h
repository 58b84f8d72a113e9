// User classes: `class` statements (builtins.__build_class__), type(name, bases, dict), their instances, and
// attribute lookup through the method resolution order.
//
// A class is a heap Type (runtime/object.h) followed by its own state: the class dict, the bases, the C3 MRO
// (mro.h). Its Type slots are the same functions for every class; they find the special methods (__repr__,
// __eq__, __getitem__, __iter__, ...) in the MRO and call them, and fall back to the slots of the built-in type
// the class derives from (its `base`: object, an exception type, list, ...). A class is a `type` (its header
// points at kTypeType, so type(C) is type): calling it goes to its make_new slot, which runs __new__ and
// __init__; class attributes are handled here (GetAttribute and friends), not by type's own slots.
//
// Instances keep their attributes in a dict at `dict_offset` bytes into the object: right after the header, or
// after the ExceptionObject for exception classes. Classes derived from other built-ins (list, dict, int, str)
// wrap a value of that type (at `inner_offset`); the built-in's methods and slots work on that value.
//
// Attribute lookup on an instance (GetAttribute) is Python's: a data descriptor (property) found in the MRO
// wins, then the instance dict, then the class attribute (functions bind to the instance, staticmethod and
// classmethod unwrap), then __getattr__. The same entry points serve built-in objects by deferring to the object
// model (object_ops.h), so the VM uses them for every LOAD_ATTR.
#ifndef MICA_RUNTIME_EXEC_USER_CLASS_H_
#define MICA_RUNTIME_EXEC_USER_CLASS_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

struct ClassObject {
  Type type;                  // header.type == &kTypeType (type(C) is type); flags has kTypeIsUserClass
  Value dict;                 // the class namespace
  Value bases;                // a tuple of types
  Value mro;                  // a tuple of types, the class first
  Value name;                 // a str (Value::Name)
  uint32_t dict_offset;       // where an instance keeps its dict
  uint32_t inner_offset;      // built-in layouts other than object and exceptions: where the wrapped built-in
                              // value (a list, a dict, an int, ...) is kept; 0 otherwise
  uint32_t instance_size;     // bytes of an instance
  const Type* layout_base;    // the built-in type whose instance layout instances extend
  uint32_t special;           // SpecialMethod bits: special methods defined by some user class in the MRO
};

bool IsUserClass(const Type* type);
bool IsUserClassValue(Value v);
inline ClassObject* AsClass(const Type* type) { return const_cast<ClassObject*>(reinterpret_cast<const ClassObject*>(type)); }
// Whether v is an instance of a user class.
bool IsUserInstance(Value v);

// type(name, bases, dict) / the end of a class statement: a new class. `bases` is a tuple (maybe empty).
Value MakeClass(Value name, Value bases, Value dict);

// __build_class__(body, name, *bases, **kw): runs the class body in a fresh namespace and makes the class.
Value BuildClass(const Value* args, uint32_t n_pos, uint32_t n_kw);

// The raw attribute `name` found in the MRO of `type` (class dicts, member tables of built-in types), without
// binding; the null Value when absent.
Value ClassLookup(const Type* type, uint32_t name);

// Forgets what ClassLookup remembers (its cache): after any change to a class dict not made through
// SetAttribute/DeleteAttribute, and at every collection (the execution layer's root marker calls it).
void InvalidateClassLookups();

// ClassLookup starting after `after` in the MRO of `type` (super()).
Value ClassLookupAfter(const Type* type, const Type* after, uint32_t name);

// issubclass for any two types (MRO-aware).
bool IsSubclass(const Type* sub, const Type* base);

// getattr(obj, name) for every object; LookupAttribute gives the null Value instead of AttributeError.
Value GetAttribute(Value object, uint32_t name);
Value LookupAttribute(Value object, uint32_t name);
Value SetAttribute(Value object, uint32_t name, Value value);
Value DeleteAttribute(Value object, uint32_t name);
// obj.name for a call (LOAD_METHOD): out[0] the callable, out[1] self or null. None or an exception.
Value LoadMethodPair(Value object, uint32_t name, Value out[2]);

// The built-in value inside an instance of a class derived from list, dict, int, str, ... (the instance itself
// for everything else): what the built-in type's methods and slots operate on.
Value Unwrap(Value v);

// The instance dict of a user-class instance (created on demand); null for other objects.
Value InstanceDict(Value object);

// Binds what a class attribute lookup found to `instance` (functions -> bound methods, classmethod, staticmethod,
// property and __get__ descriptors). `owner` is the class it was looked up on.
Value BindAttribute(Value found, Value instance, const Type* owner);

// Start-up: the subtype hook and the few exception classes that are not built-in Types.
bool InitClasses();

}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_USER_CLASS_H_
