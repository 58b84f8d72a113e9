#include "runtime/objects/type_type.h"

#include "runtime/names.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/object_type.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace mica {
namespace {

MakeClassHook g_make_class_hook = nullptr;
ClassModuleHook g_class_module_hook = nullptr;

Value TypeMakeNew(const Type*, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  if (n_pos == 1 && n_kw == 0) return TypeValue(TypeOf(args[0]));
  if (n_pos != 3 || n_kw != 0) return RaiseTypeError("type() takes 1 or 3 arguments");
  if (!IsStr(args[0])) return RaiseFormat(&kTypeErrorType, "type.__new__() argument 1 must be str, not %T", args[0]);
  if (!IsTuple(args[1])) {
    return RaiseFormat(&kTypeErrorType, "type.__new__() argument 2 must be tuple, not %T", args[1]);
  }
  if (!IsDict(args[2])) return RaiseFormat(&kTypeErrorType, "type.__new__() argument 3 must be dict, not %T", args[2]);
  if (g_make_class_hook == nullptr) return RaiseTypeError("type() cannot create classes in this build");
  const Value namespace_copy = NewDict(DictLength(args[2]));
  MICA_TRY(namespace_copy);
  MICA_TRY(DictUpdateFromDict(namespace_copy, args[2]));
  return g_make_class_hook(args[0], args[1], namespace_copy);
}

Value TypeUnaryOp(UnaryOp op, Value self) {
  if (op == UnaryOp::kHash) return HashToValue(static_cast<intptr_t>(self.bits() >> 3));
  return Value();
}

}  // namespace

void SetMakeClassHook(MakeClassHook hook) { g_make_class_hook = hook; }
void SetClassModuleHook(ClassModuleHook hook) { g_class_module_hook = hook; }

constexpr Type kTypeType = {{&kTypeType}, names::type, 0,          nullptr,  TypeMakeNew, TypePrint,
                            TypeCall,     TypeUnaryOp, nullptr,    TypeAttr, nullptr,     nullptr,
                            nullptr,      MemberTable{nullptr, 0}};

bool IsType(Value v) {
  if (!v.IsObject()) return false;
  const Type* type = v.AsObject()->type;
  return type == &kTypeType || (type != nullptr && IsSubtype(type, &kTypeType));
}

const Type* AsType(Value v) { return reinterpret_cast<const Type*>(v.AsObject()); }

Value TypeValue(const Type* type) { return Value::FromObject(&type->header); }

Value TypeCall(Value self, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const Type* type = AsType(self);
  if (type->make_new == nullptr) {
    return RaiseFormat(&kTypeErrorType, "cannot create '%s' instances", TypeNameOf(type));
  }
  return type->make_new(type, args, n_pos, n_kw);
}

Value TypePrint(const Printer& printer, Value self, PrintKind) {
  printer.Write("<class '", 8);
  // A class made by `class` shows its module, as CPython does: <class '__main__.Point'>.
  if ((AsType(self)->flags & kTypeIsUserClass) != 0 && g_class_module_hook != nullptr) {
    const Value module = g_class_module_hook(AsType(self));
    const char* text;
    size_t text_length;
    if (!module.IsNull() && StrData(module, &text, &text_length) && !StrEqualsText(module, "builtins", 8)) {
      printer.Write(text, text_length);
      printer.Write(".", 1);
    }
  }
  size_t length;
  const char* name = TypeNameOf(AsType(self), &length);
  printer.Write(name, length);
  printer.Write("'>", 2);
  return Value::None();
}

namespace {

// (type, its bases..., object): built-in types have single inheritance, so this is the base chain.
Value BuiltinMro(const Type* type) {
  size_t count = 1;
  for (const Type* t = type; t != &kObjectType; t = t->base != nullptr ? t->base : &kObjectType) ++count;
  TupleObject* mro = AllocateTuple(count);
  if (mro == nullptr) return Value::Exception();
  size_t i = 0;
  for (const Type* t = type; t != &kObjectType; t = t->base != nullptr ? t->base : &kObjectType) {
    mro->Items()[i++] = TypeValue(t);
  }
  mro->Items()[i] = TypeValue(&kObjectType);
  return Value::FromObject(&mro->header);
}

}  // namespace

Value TypeAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  if (op != AttrOp::kLoad) return Value();
  const Type* type = AsType(self);
  switch (name) {
    case names::__name__:
    case names::__qualname__:
      *value = Value::Name(type->name);
      return Value::None();
    case names::__base__:
      *value = type == &kObjectType ? Value::None() : TypeValue(type->base != nullptr ? type->base : &kObjectType);
      return Value::None();
    case names::__bases__: {
      const Value base = TypeValue(type->base != nullptr ? type->base : &kObjectType);
      *value = type == &kObjectType ? Value::FromObject(&kEmptyTuple.header) : NewTuple(&base, 1);
      return value->IsException() ? Value::Exception() : Value::None();
    }
    case names::__mro__:
      *value = BuiltinMro(type);
      return value->IsException() ? Value::Exception() : Value::None();
    default:
      return Value();
  }
}

}  // namespace mica
