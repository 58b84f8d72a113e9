// `type`: the type of built-in types (Type::header.type == &kTypeType for every constexpr Type).
//
// repr "<class 'int'>"; type(x) returns x's type; calling a type calls its make_new slot; attribute lookup on a
// type finds its members unbound (int.from_bytes, str.join) and __name__. The class machinery gives user classes
// (heap Types, kTypeIsUserClass) its own metatype with base &kTypeType, so isinstance(C, type) holds for both.
#ifndef MICA_RUNTIME_OBJECTS_TYPE_TYPE_H_
#define MICA_RUNTIME_OBJECTS_TYPE_TYPE_H_

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

extern const Type kTypeType;

// Whether v is a type object (built-in or user class).
bool IsType(Value v);
const Type* AsType(Value v);  // precondition: IsType(v)
Value TypeValue(const Type* type);

// type(name, bases, dict): the class machinery (runtime/exec) installs the function that makes a class at
// start-up, as objects must not depend on it. It receives a str, a tuple of bases and a copy of the dict. Without
// a hook the three-argument form raises TypeError.
using MakeClassHook = Value (*)(Value name, Value bases, Value dict);
void SetMakeClassHook(MakeClassHook hook);
// The execution layer tells repr() a class's __module__ (a str, or null), so classes print as
// <class '__main__.Point'>.
using ClassModuleHook = Value (*)(const Type* user_class);
void SetClassModuleHook(ClassModuleHook hook);

// The slots, for the class machinery's metatype to reuse.
Value TypeCall(Value self, const Value* args, uint32_t n_pos, uint32_t n_kw);
Value TypePrint(const Printer& printer, Value self, PrintKind kind);
Value TypeAttr(Value self, uint32_t name, AttrOp op, Value* value);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_TYPE_TYPE_H_
