#include "runtime/exec/descriptors.h"

#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/bound_method.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/type_type.h"

namespace mica {

namespace {


Value NewWrapper(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  size_t length;
  if (n_pos != 1 || n_kw != 0) {
    return RaiseFormat(&kTypeErrorType, "%s expected 1 argument, got %u", TypeNameOf(type, &length), n_pos + n_kw);
  }
  Object* object = NewObject(type, sizeof(WrapperObject));
  if (object == nullptr) return Value::Exception();
  reinterpret_cast<WrapperObject*>(object)->function = args[0];
  return Value::FromObject(object);
}

Value WrapperAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  if (op != AttrOp::kLoad) return Value();
  if (name == names::dunder_func) {
    *value = AsWrapper(self)->function;
    return Value::None();
  }
  if (name == names::__class__) {
    *value = TypeValue(self.AsObject()->type);
    return Value::None();
  }
  // Attributes of the wrapped function (__name__, __doc__) show through, as in CPython 3.10+.
  const Value found = LookupAttr(AsWrapper(self)->function, name);
  MICA_TRY(found);
  *value = found;
  return Value::None();
}

// A staticmethod is callable (CPython 3.10+).
Value StaticMethodCall(Value self, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  return CallValue(AsWrapper(self)->function, args, n_pos, n_kw);
}

Value NewPropertyFrom(Value fget, Value fset, Value fdel, Value doc) {
  Object* object = NewObject(&kPropertyType, sizeof(PropertyObject));
  if (object == nullptr) return Value::Exception();
  PropertyObject* property = reinterpret_cast<PropertyObject*>(object);
  property->fget = fget.IsNull() ? Value::None() : fget;
  property->fset = fset.IsNull() ? Value::None() : fset;
  property->fdel = fdel.IsNull() ? Value::None() : fdel;
  property->doc = doc.IsNull() ? Value::None() : doc;
  return Value::FromObject(object);
}

Value PropertyMakeNew(const Type*, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  if (n_pos > 4) return RaiseFormat(&kTypeErrorType, "property() takes at most 4 arguments (%u given)", n_pos);
  Value fields[4] = {Value(), Value(), Value(), Value()};
  for (uint32_t i = 0; i < n_pos; ++i) fields[i] = args[i];
  const Value* pairs = args + n_pos;
  for (uint32_t k = 0; k < n_kw; ++k) {
    const uint32_t name = pairs[2 * k].AsNameId();
    int index = -1;
    if (name == names::fget) index = 0;
    if (name == names::fset) index = 1;
    if (name == names::fdel) index = 2;
    if (name == names::__doc__ || name == names::doc) index = 3;
    if (index < 0) return RaiseFormat(&kTypeErrorType, "property() got an unexpected keyword argument '%q'", name);
    fields[index] = pairs[2 * k + 1];
  }
  return NewPropertyFrom(fields[0], fields[1], fields[2], fields[3]);
}

// prop.getter(f) / prop.setter(f) / prop.deleter(f): a copy with one accessor replaced.
Value PropertyWithAccessor(const Value* args, uint32_t n_pos, uint32_t n_kw, int which) {
  if (n_pos != 2 || n_kw != 0) return RaiseTypeError("property accessor takes exactly one argument");
  const PropertyObject* property = AsProperty(args[0]);
  return NewPropertyFrom(which == 0 ? args[1] : property->fget, which == 1 ? args[1] : property->fset,
                         which == 2 ? args[1] : property->fdel, property->doc);
}

Value PropertyGetter(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  return PropertyWithAccessor(args, n_pos, n_kw, 0);
}
Value PropertySetter(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  return PropertyWithAccessor(args, n_pos, n_kw, 1);
}
Value PropertyDeleter(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  return PropertyWithAccessor(args, n_pos, n_kw, 2);
}

constexpr BuiltinFunction kPropertyGetter = MakeBuiltin(names::kEmpty, 2, 2, PropertyGetter);
constexpr BuiltinFunction kPropertySetter = MakeBuiltin(names::kEmpty, 2, 2, PropertySetter);
constexpr BuiltinFunction kPropertyDeleter = MakeBuiltin(names::kEmpty, 2, 2, PropertyDeleter);

Value PropertyAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  if (op != AttrOp::kLoad) return Value();
  const PropertyObject* property = AsProperty(self);
  const BuiltinFunction* method = nullptr;
  if (name == names::getter) method = &kPropertyGetter;
  if (name == names::setter) method = &kPropertySetter;
  if (name == names::deleter) method = &kPropertyDeleter;
  if (method != nullptr) {
    const Value bound = NewBoundMethod(Value::FromObject(&method->header), self);
    MICA_TRY(bound);
    *value = bound;
    return Value::None();
  }
  if (name == names::fget) *value = property->fget;
  if (name == names::fset) *value = property->fset;
  if (name == names::fdel) *value = property->fdel;
  if (name == names::__doc__) *value = property->doc;
  return Value::None();
}

}  // namespace

const Type kStaticMethodType = {
    {&kTypeType}, names::staticmethod, 0, nullptr, NewWrapper, nullptr, StaticMethodCall, nullptr, nullptr,
    WrapperAttr, nullptr, nullptr, nullptr, {nullptr, 0},
};

const Type kClassMethodType = {
    {&kTypeType}, names::classmethod, 0, nullptr, NewWrapper, nullptr, nullptr, nullptr, nullptr,
    WrapperAttr, nullptr, nullptr, nullptr, {nullptr, 0},
};

const Type kPropertyType = {
    {&kTypeType}, names::property, 0, nullptr, PropertyMakeNew, nullptr, nullptr, nullptr, nullptr,
    PropertyAttr, nullptr, nullptr, nullptr, {nullptr, 0},
};

}  // namespace mica
