#include "runtime/exec/user_class.h"

#include <string.h>

#include "runtime/exec/address_text.h"
#include "runtime/exec/descriptors.h"
#include "runtime/exec/exec_state.h"
#include "runtime/exec/function.h"
#include "runtime/exec/mro.h"
#include "runtime/exec/slot_methods.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/bound_method.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/format.h"
#include "runtime/objects/iterators.h"
#include "runtime/objects/list.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/object_type.h"
#include "runtime/objects/str.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_type.h"

namespace mica {

// TypeOf() without the call for heap objects (the attribute paths' common case).
static inline const Type* FastTypeOf(Value v) { return v.IsObject() ? v.AsObject()->type : TypeOf(v); }
namespace {

// ---- Helpers ----------------------------------------------------------------------------------------------

// The MRO of a built-in type: its base chain, then object.
uint32_t BuiltinMro(const Type* type, const Type** out, uint32_t capacity) {
  uint32_t n = 0;
  for (const Type* t = type; t != nullptr && n < capacity; t = t->base) out[n++] = t;
  if (n < capacity && (n == 0 || out[n - 1] != &kObjectType)) out[n++] = &kObjectType;
  return n;
}

// The instance layout a type's instances have: the built-in type at the root of its layout.
const Type* LayoutBase(const Type* type) {
  if (IsUserClass(type)) return AsClass(type)->layout_base;
  return type;
}

// ---- The special methods of the built-in roots (object, BaseException) ---------------------------------------

Value ObjectInit(const Value*, uint32_t, uint32_t) {
  return Value::None();
}

Value AllocateInstance(const ClassObject* cls, const Value* args, uint32_t n_pos, uint32_t n_kw);

Value ObjectNew(const Value* args, uint32_t n_pos, uint32_t) {
  if (n_pos < 1 || !IsType(args[0])) return RaiseTypeError("object.__new__(X): X is not a type object");
  const Type* type = AsType(args[0]);
  if (!IsUserClass(type)) {
    if (type == &kObjectType) {
      Object* object = NewObject(&kObjectType, sizeof(Object));
      if (object == nullptr) return Value::Exception();
      return Value::FromObject(object);
    }
    return CallValue(args[0], args + 1, n_pos - 1, 0);
  }
  return AllocateInstance(AsClass(type), args + 1, n_pos - 1, 0);
}

Value InstanceDictStore(Value object, uint32_t name, Value value);
Value InstanceDictDelete(Value object, uint32_t name);
Value GenericGetAttribute(Value object, uint32_t name, bool use_getattr);

Value NameArgument(Value v, uint32_t* out) {
  if (!IsStr(v)) return RaiseFormat(&kTypeErrorType, "attribute name must be string, not '%T'", v);
  const Value name = StrToName(v);
  MICA_TRY(name);
  *out = name.AsNameId();
  return Value::None();
}

Value ObjectSetattr(const Value* args, uint32_t, uint32_t) {
  uint32_t name;
  MICA_TRY(NameArgument(args[1], &name));
  if (!IsUserInstance(args[0])) return StoreAttr(args[0], name, args[2]);
  return InstanceDictStore(args[0], name, args[2]);
}

Value ObjectDelattr(const Value* args, uint32_t, uint32_t) {
  uint32_t name;
  MICA_TRY(NameArgument(args[1], &name));
  if (!IsUserInstance(args[0])) return DeleteAttr(args[0], name);
  return InstanceDictDelete(args[0], name);
}

Value ObjectGetattribute(const Value* args, uint32_t, uint32_t) {
  uint32_t name;
  MICA_TRY(NameArgument(args[1], &name));
  const Value found = GenericGetAttribute(args[0], name, false);
  MICA_TRY(found);
  if (found.IsNull()) return RaiseAttributeError(args[0], name);
  return found;
}

Value DefaultRepr(Value self) {
  StringBuilder builder;
  const Printer printer = builder.AsPrinter();
  const Type* type = FastTypeOf(self);
  printer.Write("<");
  if (IsUserClass(type)) {
    const Value module = DictLookupName(AsClass(type)->dict, names::__module__);
    if (!module.IsNull() && IsStr(module) && !StrEqualsText(module, "builtins", 8)) {
      builder.AppendStr(module);
      printer.Write(".");
    }
  }
  printer.Write(TypeNameOf(type));
  printer.Write(" object at ");
  PrintAddress(printer, self.AsObject());
  printer.Write(">");
  return builder.Finish();
}

Value ObjectRepr(const Value* args, uint32_t, uint32_t) {
  // int.__repr__ and the like resolve here too: a built-in value (or the one a subclass instance wraps) has its own.
  const Value inner = Unwrap(args[0]);
  if (!IsUserInstance(inner)) return Repr(inner);
  return DefaultRepr(args[0]);
}

Value ObjectStr(const Value* args, uint32_t, uint32_t) {
  return Repr(args[0]);
}

Value ObjectEq(const Value* args, uint32_t, uint32_t) {
  return args[0].Is(args[1]) ? Value::True() : Value::NotImplemented();
}

Value ObjectNe(const Value* args, uint32_t, uint32_t) {
  const Value equal = Compare(BinaryOp::kEqual, args[0], args[1]);
  MICA_TRY(equal);
  if (equal.Is(Value::NotImplemented())) return equal;
  const Value truth = Truth(equal);
  MICA_TRY(truth);
  return Value::Bool(!truth.IsTrue());
}

Value ObjectHash(const Value* args, uint32_t, uint32_t) {
  return HashToValue(static_cast<intptr_t>(args[0].bits() >> 4));
}

Value ObjectFormat(const Value* args, uint32_t, uint32_t) {
  // int.__format__, str.__format__ and the like resolve here: the built-in formats apply.
  if (IsStr(args[1]) && HasBuiltinFormat(Unwrap(args[0]))) return FormatToStr(Unwrap(args[0]), args[1]);
  if (IsStr(args[1]) && StrCharCount(args[1]) != 0) {
    return RaiseFormat(&kTypeErrorType, "unsupported format string passed to %T.__format__", args[0]);
  }
  return Str(args[0]);
}

Value ObjectInitSubclass(const Value*, uint32_t, uint32_t) {
  return Value::None();
}

Value ExceptionInit(const Value* args, uint32_t n_pos, uint32_t) {
  if (!IsException(args[0])) return RaiseTypeError("descriptor '__init__' requires a 'BaseException' object");
  return ExceptionSetArgs(args[0], args + 1, n_pos - 1);
}

Value ExceptionText(Value self, PrintKind kind) {
  StringBuilder builder;
  MICA_TRY(ExceptionPrint(builder.AsPrinter(), self, kind));
  return builder.Finish();
}

Value ExceptionStrMethod(const Value* args, uint32_t, uint32_t) {
  return ExceptionText(args[0], PrintKind::kStr);
}

Value ExceptionReprMethod(const Value* args, uint32_t, uint32_t) {
  return ExceptionText(args[0], PrintKind::kRepr);
}

constexpr uint16_t kVar = kVariadic;
constexpr BuiltinFunction kObjectInit = MakeBuiltin(names::__init__, 1, kVar, ObjectInit, kBuiltinTakesKeywords);
constexpr BuiltinFunction kObjectNew =
    MakeBuiltin(names::__new__, 1, kVar, ObjectNew, kBuiltinTakesKeywords | kBuiltinStatic);
constexpr BuiltinFunction kObjectSetattr = MakeBuiltin(names::__setattr__, 3, 3, ObjectSetattr);
constexpr BuiltinFunction kObjectDelattr = MakeBuiltin(names::__delattr__, 2, 2, ObjectDelattr);
constexpr BuiltinFunction kObjectGetattribute = MakeBuiltin(names::__getattribute__, 2, 2, ObjectGetattribute);
constexpr BuiltinFunction kObjectRepr = MakeBuiltin(names::__repr__, 1, 1, ObjectRepr);
constexpr BuiltinFunction kObjectStr = MakeBuiltin(names::__str__, 1, 1, ObjectStr);
constexpr BuiltinFunction kObjectEq = MakeBuiltin(names::__eq__, 2, 2, ObjectEq);
constexpr BuiltinFunction kObjectNe = MakeBuiltin(names::__ne__, 2, 2, ObjectNe);
constexpr BuiltinFunction kObjectHash = MakeBuiltin(names::__hash__, 1, 1, ObjectHash);
constexpr BuiltinFunction kObjectFormat = MakeBuiltin(names::__format__, 2, 2, ObjectFormat);
constexpr BuiltinFunction kObjectInitSubclass =
    MakeBuiltin(names::__init_subclass__, 0, kVar, ObjectInitSubclass, kBuiltinStatic | kBuiltinTakesKeywords);
constexpr BuiltinFunction kExceptionInit = MakeBuiltin(names::__init__, 1, kVar, ExceptionInit);
constexpr BuiltinFunction kExceptionStr = MakeBuiltin(names::__str__, 1, 1, ExceptionStrMethod);
constexpr BuiltinFunction kExceptionRepr = MakeBuiltin(names::__repr__, 1, 1, ExceptionReprMethod);

Value Builtin(const BuiltinFunction& function) {
  return Value::FromObject(&function.header);
}

// The special methods a built-in type in an MRO provides beyond its member table.
Value BuiltinSpecial(const Type* type, uint32_t name) {
  if (type == &kObjectType) {
    switch (name) {
      case names::__init__: return Builtin(kObjectInit);
      case names::__new__: return Builtin(kObjectNew);
      case names::__setattr__: return Builtin(kObjectSetattr);
      case names::__delattr__: return Builtin(kObjectDelattr);
      case names::__getattribute__: return Builtin(kObjectGetattribute);
      case names::__repr__: return Builtin(kObjectRepr);
      case names::__str__: return Builtin(kObjectStr);
      case names::__eq__: return Builtin(kObjectEq);
      case names::__ne__: return Builtin(kObjectNe);
      case names::__hash__: return Builtin(kObjectHash);
      case names::__format__: return Builtin(kObjectFormat);
      case names::__init_subclass__: return Builtin(kObjectInitSubclass);
      default: return Value();
    }
  }
  if (type == &kBaseExceptionType) {
    switch (name) {
      case names::__init__: return Builtin(kExceptionInit);
      case names::__str__: return Builtin(kExceptionStr);
      case names::__repr__: return Builtin(kExceptionRepr);
      default: return Value();
    }
  }
  return Value();
}

// One of the special methods above (they take the instance itself, never its wrapped built-in value).
bool IsRootSpecial(Value v) {
  const BuiltinFunction* const kRoots[] = {
      &kObjectInit,   &kObjectNew,  &kObjectSetattr, &kObjectDelattr, &kObjectGetattribute,
      &kObjectRepr,   &kObjectStr,  &kObjectEq,      &kObjectNe,      &kObjectHash,
      &kObjectFormat, &kObjectInitSubclass, &kExceptionInit, &kExceptionStr, &kExceptionRepr,
  };
  for (const BuiltinFunction* root : kRoots) {
    if (v.IsObject() && v.AsObject() == &root->header) return true;
  }
  return false;
}

bool IsBuiltinDefault(Value v) {
  return v.IsObject() && v.AsObject()->type == &kBuiltinFunctionType;
}

// ---- Lookup -------------------------------------------------------------------------------------------------

Value LookupIn(const Type* type, uint32_t name) {
  if (IsUserClass(type)) return DictLookupName(AsClass(type)->dict, name);
  const Member* member = type->members.count > 0 ? FindMember(type, name) : nullptr;
  // FindMember walks the base chain; only accept a member of this very type (the bases come later in the MRO).
  if (member != nullptr) {
    bool own = false;
    for (uint16_t i = 0; i < type->members.count; ++i) own = own || &type->members.members[i] == member;
    if (own) return Value::FromObject(member->object);
  }
  return BuiltinSpecial(type, name);
}

// Calls a special method found on the type with `self` first.
Value CallSpecial(Value method, Value self, const Value* args, uint32_t n_args) {
  Value buffer[4];
  buffer[0] = self;
  for (uint32_t i = 0; i < n_args && i < 3; ++i) buffer[i + 1] = args[i];
  if (IsStaticMethod(method)) return CallValue(AsWrapper(method)->function, args, n_args, 0);
  if (IsClassMethod(method)) {
    buffer[0] = TypeValue(FastTypeOf(self));
    return CallValue(AsWrapper(method)->function, buffer, n_args + 1, 0);
  }
  if (IsFunction(method) || IsBuiltinDefault(method)) return CallValue(method, buffer, n_args + 1, 0);
  const Value bound = BindAttribute(method, self, FastTypeOf(self));
  MICA_TRY(bound);
  return CallValue(bound, args, n_args, 0);
}

// A special method defined by a user class in the MRO (not one of the built-in defaults); null otherwise.
Value UserSpecial(const Type* type, uint32_t name) {
  const Value found = ClassLookup(type, name);
  if (found.IsNull() || IsBuiltinDefault(found)) return Value();
  return found;
}

// ---- Instances ----------------------------------------------------------------------------------------------

Value* InstanceDictSlot(Value object) {
  const Type* type = FastTypeOf(object);
  if (!IsUserClass(type)) return nullptr;
  const ClassObject* cls = AsClass(type);
  if (cls->dict_offset == 0) return nullptr;
  return reinterpret_cast<Value*>(reinterpret_cast<uint8_t*>(object.AsObject()) + cls->dict_offset);
}

Value AllocateInstance(const ClassObject* cls, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const Type* layout = cls->layout_base;
  Value inner;
  if (cls->inner_offset != 0) {
    if (layout->make_new == nullptr) {
      return RaiseFormat(&kTypeErrorType, "cannot create '%s' instances", TypeNameOf(layout));
    }
    inner = layout->make_new(layout, args, n_pos, n_kw);
    MICA_TRY(inner);
  }
  Value instance;
  if ((layout->flags & kTypeIsException) != 0) {
    instance = NewException(&cls->type, args, n_pos, cls->instance_size);
    if (n_kw != 0 && !instance.IsException() && IsSubtype(layout, &kImportErrorType)) {
      MICA_TRY(ImportErrorKeywords(instance, args + n_pos, n_kw, false));
    }
  } else {
    Object* object = NewObject(&cls->type, cls->instance_size);
    instance = object == nullptr ? Value::Exception() : Value::FromObject(object);
  }
  MICA_TRY(instance);
  uint8_t* base = reinterpret_cast<uint8_t*>(instance.AsObject());
  if (cls->inner_offset != 0) *reinterpret_cast<Value*>(base + cls->inner_offset) = inner;
  if (cls->dict_offset != 0) {
    const Value dict = NewDict();
    MICA_TRY(dict);
    *reinterpret_cast<Value*>(base + cls->dict_offset) = dict;
  }
  return instance;
}

Value InstanceDictStore(Value object, uint32_t name, Value value) {
  Value* slot = InstanceDictSlot(object);
  if (slot == nullptr) {
    const Type* layout = LayoutBase(FastTypeOf(object));
    if (layout->attr != nullptr) {
      Value stored = value;
      const Value status = layout->attr(object, name, AttrOp::kStore, &stored);
      MICA_TRY(status);
      if (!status.IsNull()) return Value::None();
    }
    return RaiseAttributeError(object, name);
  }
  if (slot->IsNull()) {
    const Value dict = NewDict();
    MICA_TRY(dict);
    *slot = dict;
  }
  // Exception fields (args, __cause__, ...) live in the object, not the dict.
  if ((FastTypeOf(object)->flags & kTypeIsException) != 0) {
    Value stored = value;
    const Value status = ExceptionAttr(object, name, AttrOp::kStore, &stored);
    MICA_TRY(status);
    if (!status.IsNull()) return Value::None();
  }
  return DictStoreName(*slot, name, value);
}

Value InstanceDictDelete(Value object, uint32_t name) {
  Value* slot = InstanceDictSlot(object);
  if (slot == nullptr || slot->IsNull()) return RaiseAttributeError(object, name);
  const Value removed = DictRemove(*slot, Value::Name(name));
  MICA_TRY(removed);
  if (removed.IsNull()) return RaiseAttributeError(object, name);
  return Value::None();
}

bool IsDataDescriptor(Value v) {
  if (IsProperty(v)) return true;
  if (!IsUserInstance(v)) return false;
  const Type* type = FastTypeOf(v);
  return !ClassLookup(type, names::__set__).IsNull() || !ClassLookup(type, names::__delete__).IsNull();
}

// Python's object.__getattribute__ (and __getattr__ when asked): the null Value when missing.
Value GenericGetAttribute(Value object, uint32_t name, bool use_getattr) {
  const Type* type = FastTypeOf(object);
  const Value class_attr = ClassLookup(type, name);
  if (!class_attr.IsNull() && IsDataDescriptor(class_attr)) {
    const Value bound = BindAttribute(class_attr, object, type);
    if (bound.IsException() && use_getattr && PendingIs(&kAttributeErrorType)) {
      const Value getattr = UserSpecial(type, names::__getattr__);
      if (!getattr.IsNull()) {
        ClearPendingException();
        const Value name_value = Value::Name(name);
        return CallSpecial(getattr, object, &name_value, 1);
      }
    }
    return bound;
  }
  Value* slot = InstanceDictSlot(object);
  if (slot != nullptr && !slot->IsNull()) {
    const Value found = DictLookupName(*slot, name);
    if (!found.IsNull()) return found;
  }
  if (!class_attr.IsNull()) return BindAttribute(class_attr, object, type);
  switch (name) {
    case names::__class__:
      return TypeValue(type);
    case names::__dict__:
      if (slot != nullptr) {
        if (slot->IsNull()) {
          const Value dict = NewDict();
          MICA_TRY(dict);
          *slot = dict;
        }
        return *slot;
      }
      break;
    default:
      break;
  }
  // Attributes the built-in layout provides (exception args, __cause__, ...).
  const Type* layout = LayoutBase(type);
  if (layout->attr != nullptr) {
    Value value;
    const Value status = layout->attr(Unwrap(object), name, AttrOp::kLoad, &value);
    MICA_TRY(status);
    if (!status.IsNull() && !value.IsNull()) return value;
  }
  if (use_getattr) {
    const Value getattr = UserSpecial(type, names::__getattr__);
    if (!getattr.IsNull()) {
      const Value name_value = Value::Name(name);
      return CallSpecial(getattr, object, &name_value, 1);
    }
  }
  return Value();
}

// ---- The slots every user class shares -----------------------------------------------------------------------

Value WriteText(const Printer& printer, Value text) {
  if (!IsStr(text)) return RaiseFormat(&kTypeErrorType, "__str__ returned non-string (type %T)", text);
  const char* data;
  size_t length;
  StrData(text, &data, &length);
  printer.Write(data, length);
  return Value::None();
}

Value UserPrint(const Printer& printer, Value self, PrintKind kind) {
  const Type* type = FastTypeOf(self);
  if (kind == PrintKind::kStr) {
    const Value str = ClassLookup(type, names::__str__);
    if (!str.IsNull() && !str.Is(Builtin(kObjectStr))) {
      const Value text = CallSpecial(str, self, nullptr, 0);
      MICA_TRY(text);
      return WriteText(printer, text);
    }
  }
  const Value repr = ClassLookup(type, names::__repr__);
  if (!repr.IsNull() && !repr.Is(Builtin(kObjectRepr))) {
    const Value text = CallSpecial(repr, self, nullptr, 0);
    MICA_TRY(text);
    if (!IsStr(text)) return RaiseFormat(&kTypeErrorType, "__repr__ returned non-string (type %T)", text);
    return WriteText(printer, text);
  }
  const Type* layout = LayoutBase(type);
  if (layout != &kObjectType && layout->print != nullptr) return layout->print(printer, Unwrap(self), kind);
  const Value text = DefaultRepr(self);
  MICA_TRY(text);
  return WriteText(printer, text);
}

Value UserCall(Value self, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const Value call = ClassLookup(FastTypeOf(self), names::__call__);
  if (call.IsNull()) return RaiseFormat(&kTypeErrorType, "'%T' object is not callable", self);
  if (IsFunction(call)) return CallWithSelf(call, self, args, n_pos, n_kw);
  const Value bound = BindAttribute(call, self, FastTypeOf(self));
  MICA_TRY(bound);
  return CallValue(bound, args, n_pos, n_kw);
}

uint32_t UnaryName(UnaryOp op) {
  switch (op) {
    case UnaryOp::kPositive: return names::__pos__;
    case UnaryOp::kNegative: return names::__neg__;
    case UnaryOp::kInvert: return names::__invert__;
    case UnaryOp::kAbs: return names::__abs__;
    default: return 0;
  }
}

Value UserUnaryOp(UnaryOp op, Value self) {
  const Type* type = FastTypeOf(self);
  const Type* layout = LayoutBase(type);
  switch (op) {
    case UnaryOp::kBool: {
      const Value method = UserSpecial(type, names::__bool__);
      if (method.IsNull()) {
        if (!UserSpecial(type, names::__len__).IsNull()) return Value();  // Truth() asks kLen next
        if (layout != &kObjectType && layout->unary_op != nullptr) return layout->unary_op(op, Unwrap(self));
        return Value::True();
      }
      return CallSpecial(method, self, nullptr, 0);
    }
    case UnaryOp::kLen: {
      const Value method = UserSpecial(type, names::__len__);
      if (method.IsNull()) {
        if (layout != &kObjectType && layout->unary_op != nullptr) return layout->unary_op(op, Unwrap(self));
        return Value();
      }
      const Value length = CallSpecial(method, self, nullptr, 0);
      MICA_TRY(length);
      if (!length.IsSmallInt()) {
        if (length.IsBool()) return Value::SmallInt(length.IsTrue() ? 1 : 0);
        return RaiseFormat(&kTypeErrorType, "'%T' object cannot be interpreted as an integer", length);
      }
      if (length.AsSmallInt() < 0) return RaiseValueError("__len__() should return >= 0");
      return length;
    }
    case UnaryOp::kHash: {
      const Value method = ClassLookup(type, names::__hash__);
      if (method.IsNone()) return Value();  // unhashable
      if (method.IsNull() || method.Is(Builtin(kObjectHash))) {
        // A subclass of a built-in value type hashes as its value, so S("hi") finds "hi" in a dict.
        if (layout != &kObjectType && (layout->flags & kTypeIsException) == 0) return Hash(Unwrap(self));
        return HashToValue(static_cast<intptr_t>(self.bits() >> 4));
      }
      const Value hash = CallSpecial(method, self, nullptr, 0);
      MICA_TRY(hash);
      if (hash.IsSmallInt()) return hash;
      if (hash.IsBool()) return Value::SmallInt(hash.IsTrue() ? 1 : 0);
      return Hash(hash);
    }
    default: {
      const Value method = UserSpecial(type, UnaryName(op));
      if (method.IsNull()) {
        if (layout != &kObjectType && layout->unary_op != nullptr) return layout->unary_op(op, Unwrap(self));
        return Value();
      }
      return CallSpecial(method, self, nullptr, 0);
    }
  }
}

constexpr uint16_t kForwardNames[] = {
    names::__add__,    names::__sub__,    names::__mul__, names::__matmul__, names::__truediv__,
    names::__floordiv__, names::__mod__,  names::__pow__, names::__lshift__, names::__rshift__,
    names::__and__,    names::__or__,     names::__xor__,
};
constexpr uint16_t kReflectedNames[] = {
    names::__radd__,    names::__rsub__,    names::__rmul__, names::__rmatmul__, names::__rtruediv__,
    names::__rfloordiv__, names::__rmod__,  names::__rpow__, names::__rlshift__, names::__rrshift__,
    names::__rand__,    names::__ror__,     names::__rxor__,
};
constexpr uint16_t kInplaceNames[] = {
    names::__iadd__,    names::__isub__,    names::__imul__, names::__imatmul__, names::__itruediv__,
    names::__ifloordiv__, names::__imod__,  names::__ipow__, names::__ilshift__, names::__irshift__,
    names::__iand__,    names::__ior__,     names::__ixor__,
};
constexpr uint16_t kCompareNames[] = {names::__lt__, names::__le__, names::__eq__,
                                      names::__ne__, names::__gt__, names::__ge__};
constexpr uint16_t kCompareReflected[] = {names::__gt__, names::__ge__, names::__eq__,
                                          names::__ne__, names::__lt__, names::__le__};

bool Declined(Value v) {
  return v.IsNull() || v.Is(Value::NotImplemented());
}

// Calls `name` of `self`'s class with `other` if a user class defines it; null when none does.
Value TryUserOperator(Value self, uint32_t name, Value other) {
  if (!IsUserInstance(self)) return Value();
  const Value method = UserSpecial(FastTypeOf(self), name);
  if (method.IsNull()) return Value();
  return CallSpecial(method, self, &other, 1);
}

// The object model asks the left and then the right operand's type slot; when both are user classes both are
// this file's slots, which already tried both operands. The second call is answered from this record.
struct DeclinedOperation {
  BinaryOp op;
  Value lhs;
  Value rhs;
  bool valid;
};
DeclinedOperation g_declined;

bool AlreadyDeclined(BinaryOp op, Value lhs, Value rhs) {
  const bool repeat = g_declined.valid && g_declined.op == op && g_declined.lhs.Is(lhs) && g_declined.rhs.Is(rhs);
  g_declined.valid = false;
  return repeat;
}

Value Decline(BinaryOp op, Value lhs, Value rhs) {
  if (IsUserInstance(lhs) && IsUserInstance(rhs) && FastTypeOf(lhs) != FastTypeOf(rhs)) {
    g_declined = DeclinedOperation{op, lhs, rhs, true};
  }
  return Value::NotImplemented();
}

Value UserCompare(BinaryOp op, Value lhs, Value rhs) {
  const uint32_t index = static_cast<uint32_t>(op) - static_cast<uint32_t>(BinaryOp::kLess);
  const bool rhs_first = IsUserInstance(rhs) && FastTypeOf(lhs) != FastTypeOf(rhs) && IsSubclass(FastTypeOf(rhs), FastTypeOf(lhs));
  if (rhs_first) {
    const Value result = TryUserOperator(rhs, kCompareReflected[index], lhs);
    if (!Declined(result)) return result;
  }
  Value result = TryUserOperator(lhs, kCompareNames[index], rhs);
  if (!Declined(result)) return result;
  if (!rhs_first) {
    result = TryUserOperator(rhs, kCompareReflected[index], lhs);
    if (!Declined(result)) return result;
  }
  if (op == BinaryOp::kNotEqual) {
    // The default __ne__ inverts __eq__.
    Value equal = TryUserOperator(lhs, names::__eq__, rhs);
    if (Declined(equal)) equal = TryUserOperator(rhs, names::__eq__, lhs);
    if (!Declined(equal)) {
      MICA_TRY(equal);
      const Value truth = Truth(equal);
      MICA_TRY(truth);
      return Value::Bool(!truth.IsTrue());
    }
  }
  // Inherited behaviour of a built-in layout.
  const Value sides[2] = {lhs, rhs};
  for (const Value side : sides) {
    if (!IsUserInstance(side)) continue;
    const Type* layout = LayoutBase(FastTypeOf(side));
    if (layout != &kObjectType && layout->binary_op != nullptr) {
      result = layout->binary_op(op, Unwrap(lhs), Unwrap(rhs));
      if (!Declined(result)) return result;
    }
  }
  return Decline(op, lhs, rhs);
}

Value UserBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  if (AlreadyDeclined(op, lhs, rhs)) return Value::NotImplemented();
  if (op >= BinaryOp::kLess && op <= BinaryOp::kGreaterEqual) return UserCompare(op, lhs, rhs);
  if (op == BinaryOp::kContains) {
    const Value method = IsUserInstance(lhs) ? UserSpecial(FastTypeOf(lhs), names::__contains__) : Value();
    if (method.IsNull()) {
      const Type* layout = LayoutBase(FastTypeOf(lhs));
      if (layout != &kObjectType && layout->binary_op != nullptr) return layout->binary_op(op, Unwrap(lhs), rhs);
      return Value();
    }
    const Value result = CallSpecial(method, lhs, &rhs, 1);
    MICA_TRY(result);
    return Truth(result);
  }
  const uint32_t index = static_cast<uint32_t>(op);
  if (index >= kInplaceOffset) {
    const Value result = TryUserOperator(lhs, kInplaceNames[index - kInplaceOffset], rhs);
    return result;
  }
  const bool rhs_first = IsUserInstance(rhs) && FastTypeOf(lhs) != FastTypeOf(rhs) && IsSubclass(FastTypeOf(rhs), FastTypeOf(lhs));
  if (rhs_first) {
    const Value result = TryUserOperator(rhs, kReflectedNames[index], lhs);
    if (!Declined(result)) return result;
  }
  Value result = TryUserOperator(lhs, kForwardNames[index], rhs);
  if (!Declined(result)) return result;
  if (!rhs_first && FastTypeOf(lhs) != FastTypeOf(rhs)) {
    result = TryUserOperator(rhs, kReflectedNames[index], lhs);
    if (!Declined(result)) return result;
  }
  const Value sides[2] = {lhs, rhs};
  for (const Value side : sides) {
    if (!IsUserInstance(side)) continue;
    const Type* layout = LayoutBase(FastTypeOf(side));
    if (layout != &kObjectType && layout->binary_op != nullptr) {
      result = layout->binary_op(op, Unwrap(lhs), Unwrap(rhs));
      if (!Declined(result)) return result;
    }
  }
  return Decline(op, lhs, rhs);
}

Value UserAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  switch (op) {
    case AttrOp::kLoad: {
      const Value found = GetAttribute(self, name);
      if (found.IsException()) {
        if (PendingIs(&kAttributeErrorType)) {
          ClearPendingException();
          return Value::None();
        }
        return found;
      }
      *value = found;
      return Value::None();
    }
    case AttrOp::kStore:
      MICA_TRY(SetAttribute(self, name, *value));
      return Value::None();
    default:
      MICA_TRY(DeleteAttribute(self, name));
      return Value::None();
  }
}

Value UserSubscript(Value self, Value index, Value value) {
  const Type* type = FastTypeOf(self);
  uint32_t name = names::__getitem__;
  if (value.IsUnbound()) {
    name = names::__delitem__;
  } else if (!value.IsNull()) {
    name = names::__setitem__;
  }
  const Value method = UserSpecial(type, name);
  if (method.IsNull()) {
    const Type* layout = LayoutBase(type);
    if (layout != &kObjectType && layout->subscript != nullptr) {
      const Value result = layout->subscript(Unwrap(self), index, value);
      if (result.IsException() && value.IsNull() && PendingIs(&kKeyErrorType)) {
        // dict subclasses: __missing__
        const Value missing = UserSpecial(type, names::__missing__);
        if (!missing.IsNull()) {
          ClearPendingException();
          return CallSpecial(missing, self, &index, 1);
        }
      }
      return result;
    }
    return Value();
  }
  if (name == names::__setitem__) {
    const Value args[2] = {index, value};
    MICA_TRY(CallSpecial(method, self, args, 2));
    return Value::None();
  }
  const Value result = CallSpecial(method, self, &index, 1);
  MICA_TRY(result);
  return name == names::__getitem__ ? result : Value::None();
}

Value UserGetIter(Value self) {
  const Type* type = FastTypeOf(self);
  const Value method = UserSpecial(type, names::__iter__);
  if (method.IsNull()) {
    const Type* layout = LayoutBase(type);
    if (layout != &kObjectType && layout->get_iter != nullptr) return layout->get_iter(Unwrap(self));
    if (!UserSpecial(type, names::__getitem__).IsNull()) return NewSequenceIterator(self);
    return RaiseFormat(&kTypeErrorType, "'%T' object is not iterable", self);
  }
  const Value iterator = CallSpecial(method, self, nullptr, 0);
  MICA_TRY(iterator);
  if (FastTypeOf(iterator)->iter_next == nullptr) {
    return RaiseFormat(&kTypeErrorType, "iter() returned non-iterator of type '%T'", iterator);
  }
  return iterator;
}

Value UserIterNext(Value self) {
  const Type* type = FastTypeOf(self);
  const Value method = UserSpecial(type, names::__next__);
  if (method.IsNull()) {
    const Type* layout = LayoutBase(type);
    if (layout != &kObjectType && layout->iter_next != nullptr) return layout->iter_next(Unwrap(self));
    return RaiseFormat(&kTypeErrorType, "'%T' object is not an iterator", self);
  }
  const Value item = CallSpecial(method, self, nullptr, 0);
  if (item.IsException() && PendingIs(&kStopIterationType)) {
    ClearPendingException();
    return Value();
  }
  return item;
}

Value ClassMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw);

// ---- The metatype ------------------------------------------------------------------------------------------

Value ClassMroMethod(const Value* args, uint32_t, uint32_t) {
  if (!IsType(args[0])) return RaiseTypeError("mro() needs a type");
  const Type* type = AsType(args[0]);
  if (IsUserClass(type)) return ListFromIterable(AsClass(type)->mro);
  const Type* scratch[16];
  const uint32_t n = BuiltinMro(type, scratch, 16);
  Value items[16];
  for (uint32_t i = 0; i < n; ++i) items[i] = TypeValue(scratch[i]);
  return NewListFrom(items, n);
}

constexpr BuiltinFunction kClassMro = MakeBuiltin(names::mro, 1, 1, ClassMroMethod);

Value ClassAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  ClassObject* cls = AsClass(AsType(self));
  if (op != AttrOp::kLoad) InvalidateClassLookups();
  if (op == AttrOp::kStore) {
    MICA_TRY(DictStoreName(cls->dict, name, *value));
    return Value::None();
  }
  if (op == AttrOp::kDelete) {
    const Value removed = DictRemove(cls->dict, Value::Name(name));
    MICA_TRY(removed);
    return removed.IsNull() ? Value() : Value::None();
  }
  switch (name) {
    case names::__name__:
    case names::__qualname__: {
      const Value qualname = name == names::__qualname__ ? DictLookupName(cls->dict, name) : Value();
      *value = qualname.IsNull() ? cls->name : qualname;
      return Value::None();
    }
    case names::__dict__:
      *value = cls->dict;
      return Value::None();
    case names::__mro__:
      *value = cls->mro;
      return Value::None();
    case names::__class__:
      *value = TypeValue(&kTypeType);
      return Value::None();
    case names::__doc__: {
      const Value doc = DictLookupName(cls->dict, name);
      *value = doc.IsNull() ? Value::None() : doc;
      return Value::None();
    }
    default:
      break;
  }
  if (name == names::mro && DictLookupName(cls->dict, name).IsNull()) {
    const Value bound = NewBoundMethod(Value::FromObject(&kClassMro.header), self);
    MICA_TRY(bound);
    *value = bound;
    return Value::None();
  }
  if (name == names::__bases__) {
    *value = cls->bases;
    return Value::None();
  }
  if (name == names::__base__) {
    *value = TupleLength(cls->bases) > 0 ? TupleItems(cls->bases)[0] : TypeValue(&kObjectType);
    return Value::None();
  }
  const Value found = ClassLookup(&cls->type, name);
  if (!found.IsNull()) {
    const Value bound = BindAttribute(found, Value(), &cls->type);
    MICA_TRY(bound);
    *value = bound;
    return Value::None();
  }
  return Value();
}

}  // namespace

namespace {

Value ClassMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const ClassObject* cls = AsClass(type);
  const Value class_value = TypeValue(type);
  Value instance;
  const Value new_method = UserSpecial(type, names::__new__);
  if (!new_method.IsNull()) {
    const Value function = IsStaticMethod(new_method) ? AsWrapper(new_method)->function : new_method;
    instance = CallWithSelf(function, class_value, args, n_pos, n_kw);
    MICA_TRY(instance);
    if (!IsSubclass(FastTypeOf(instance), type)) return instance;
  } else {
    // object takes no arguments; exceptions keep them as args; a wrapped built-in gets them unless __init__ is
    // the class's own (then it starts empty, as list.__new__ ignores its arguments).
    const bool own_init = !UserSpecial(type, names::__init__).IsNull();
    const bool pass = cls->layout_base != &kObjectType && ((cls->layout_base->flags & kTypeIsException) != 0 || !own_init);
    instance = AllocateInstance(cls, pass ? args : nullptr, pass ? n_pos : 0, pass ? n_kw : 0);
    MICA_TRY(instance);
  }
  const Value init = UserSpecial(type, names::__init__);
  if (!init.IsNull()) {
    const Value result = CallWithSelf(init, instance, args, n_pos, n_kw);
    MICA_TRY(result);
    if (!result.IsNone()) {
      return RaiseFormat(&kTypeErrorType, "__init__() should return None, not '%T'", result);
    }
  } else if (new_method.IsNull() && (n_pos != 0 || n_kw != 0) && cls->layout_base == &kObjectType) {
    return RaiseFormat(&kTypeErrorType, "%s() takes no arguments", TypeNameOf(type));
  }
  return instance;
}

bool SubclassHook(const Type* sub, const Type* type) {
  return IsSubclass(sub, type);
}

// The MRO of `type` as a C array view (user classes: their tuple; built-ins: the base chain and object).
uint32_t MroOf(const Type* type, const Type** scratch, uint32_t capacity, const Type* const** out) {
  if (IsUserClass(type)) {
    const Value mro = AsClass(type)->mro;
    *out = reinterpret_cast<const Type* const*>(TupleItems(mro));
    return static_cast<uint32_t>(TupleLength(mro));
  }
  *out = scratch;
  return BuiltinMro(type, scratch, capacity);
}

constexpr uint32_t kMaxBuiltinDepth = 16;

// What ClassLookup found (or that it found nothing) for a (class, name) pair. Valid while the epoch is
// unchanged: it moves on every change to a class dict made through attribute assignment and at every garbage
// collection (so the entries need not be roots, and a dead class's address cannot be mistaken for a new one).
struct LookupCacheEntry {
  const Type* type;
  uint32_t name;
  uint32_t epoch;
  Value value;
};
constexpr size_t kLookupCacheSize = 512;
LookupCacheEntry g_lookup_cache[kLookupCacheSize];
uint32_t g_lookup_epoch = 1;

}  // namespace

bool IsUserClass(const Type* type) {
  return (type->flags & kTypeIsUserClass) != 0;
}

bool IsUserClassValue(Value v) {
  return v.IsObject() && v.AsObject()->type == &kTypeType && IsUserClass(reinterpret_cast<const Type*>(v.AsObject()));
}

bool IsUserInstance(Value v) {
  return v.IsObject() && IsUserClass(v.AsObject()->type);
}

Value Unwrap(Value v) {
  if (!v.IsObject() || !IsUserClass(v.AsObject()->type)) return v;
  const ClassObject* cls = AsClass(v.AsObject()->type);
  if (cls->inner_offset == 0) return v;
  return *reinterpret_cast<const Value*>(reinterpret_cast<const uint8_t*>(v.AsObject()) + cls->inner_offset);
}

Value InstanceDict(Value object) {
  Value* slot = InstanceDictSlot(object);
  if (slot == nullptr) return Value();
  if (slot->IsNull()) {
    const Value dict = NewDict();
    MICA_TRY(dict);
    *slot = dict;
  }
  return *slot;
}

void InvalidateClassLookups() {
  ++g_lookup_epoch;
  g_declined.valid = false;
}

namespace {

// ClassLookup's cache miss for a user class: walks the MRO and fills `entry`. Kept out of line so that the
// cache-hit path needs no stack frame.
__attribute__((noinline)) Value ClassLookupMiss(const Type* type, uint32_t name, LookupCacheEntry* entry) {
  const Value mro = AsClass(type)->mro;
  const Value* items = TupleItems(mro);
  const size_t count = TupleLength(mro);
  Value result;
  for (size_t i = 0; i < count && result.IsNull(); ++i) result = LookupIn(AsType(items[i]), name);
  *entry = LookupCacheEntry{type, name, g_lookup_epoch, result};
  return result;
}

__attribute__((noinline)) Value BuiltinClassLookup(const Type* type, uint32_t name) {
  for (const Type* t = type; t != nullptr; t = t->base) {
    const Value found = LookupIn(t, name);
    if (!found.IsNull()) return found;
  }
  if (type != &kObjectType) return BuiltinSpecial(&kObjectType, name);
  return Value();
}

}  // namespace

Value ClassLookup(const Type* type, uint32_t name) {
  if (!IsUserClass(type)) return BuiltinClassLookup(type, name);
  // The slot mixes all bits of both: name ids that differ by a multiple of the table size (there are more built-in
  // names than slots) must not land together for the same class, or hot pairs evict each other on every access.
  uint32_t key = static_cast<uint32_t>(reinterpret_cast<uintptr_t>(type) >> 3) * 0x9E3779B1u ^ name * 0x85EBCA77u;
  key ^= key >> 15;
  LookupCacheEntry& entry = g_lookup_cache[key & (kLookupCacheSize - 1)];
  if (entry.type == type && entry.name == name && entry.epoch == g_lookup_epoch) return entry.value;
  return ClassLookupMiss(type, name, &entry);
}

Value ClassLookupAfter(const Type* type, const Type* after, uint32_t name) {
  const Type* scratch[kMaxBuiltinDepth];
  const Type* const* mro;
  const uint32_t count = MroOf(type, scratch, kMaxBuiltinDepth, &mro);
  uint32_t i = 0;
  while (i < count && mro[i] != after) ++i;
  for (++i; i < count; ++i) {
    const Value found = LookupIn(mro[i], name);
    if (!found.IsNull()) return found;
    if (!IsUserClass(mro[i]) && mro[i] != &kObjectType) {
      const Value slot = FindSlotMethod(mro[i], Value(), name);
      if (!slot.IsNull()) return slot;
    }
  }
  if (count > 0 && mro[count - 1] != &kObjectType && after != &kObjectType) return BuiltinSpecial(&kObjectType, name);
  return Value();
}

bool IsSubclass(const Type* sub, const Type* base) {
  if (sub == base || base == &kObjectType) return true;
  if (IsUserClass(sub)) {
    const Value mro = AsClass(sub)->mro;
    const Value* items = TupleItems(mro);
    for (size_t i = 0; i < TupleLength(mro); ++i) {
      if (AsType(items[i]) == base) return true;
    }
    return false;
  }
  if (IsUserClass(base)) return false;
  for (const Type* t = sub->base; t != nullptr; t = t->base) {
    if (t == base) return true;
  }
  return false;
}

Value BindAttribute(Value found, Value instance, const Type* owner) {
  if (IsFunction(found)) return instance.IsNull() ? found : NewBoundMethod(found, instance);
  if (IsSlotMethod(found)) {
    const SlotMethodObject* slot = reinterpret_cast<const SlotMethodObject*>(found.AsObject());
    if (instance.IsNull() || !slot->self.IsNull()) return found;
    return FindSlotMethod(slot->owner, Unwrap(instance), slot->name);
  }
  if (IsStaticMethod(found)) return AsWrapper(found)->function;
  if (IsClassMethod(found)) {
    return NewBoundMethod(AsWrapper(found)->function, instance.IsNull() ? TypeValue(owner) : TypeValue(FastTypeOf(instance)));
  }
  if (IsProperty(found)) {
    if (instance.IsNull()) return found;
    const PropertyObject* property = AsProperty(found);
    if (property->fget.IsNone()) return RaiseAttributeError(instance, 0);
    return CallValue(property->fget, &instance, 1, 0);
  }
  if (found.IsObject() && found.AsObject()->type == &kBuiltinFunctionType) {
    const BuiltinFunction* function = reinterpret_cast<const BuiltinFunction*>(found.AsObject());
    if ((function->flags & kBuiltinStatic) != 0) return found;
    if ((function->flags & kBuiltinClassMethod) != 0) {
      return NewBoundMethod(found, instance.IsNull() ? TypeValue(owner) : TypeValue(FastTypeOf(instance)));
    }
    if (instance.IsNull()) return found;
    return NewBoundMethod(found, IsRootSpecial(found) ? instance : Unwrap(instance));
  }
  if (IsUserInstance(found)) {
    const Value get = ClassLookup(FastTypeOf(found), names::__get__);
    if (!get.IsNull()) {
      const Value args[2] = {instance.IsNull() ? Value::None() : instance, TypeValue(owner)};
      return CallSpecial(get, found, args, 2);
    }
  }
  return found;
}

// What the object model does not provide for built-in objects: slot methods (1 .__add__) and a bound
// method's __self__ / __func__. Null when there is nothing.
Value ExtraAttribute(Value object, uint32_t name) {
  if (IsType(object)) return Value();
  if (IsBoundMethod(object)) {
    const BoundMethodObject* method = reinterpret_cast<const BoundMethodObject*>(object.AsObject());
    if (name == names::__self__) return method->self;
    if (name == names::dunder_func) return method->function;
  }
  return FindSlotMethod(FastTypeOf(object), object, name);
}

// Attributes of a type object: a user class's own (its dict and MRO, __name__, __mro__, ...), or the special
// methods of a built-in type (object.__setattr__, Exception.__init__) that its member table lacks. Null when
// neither applies.
Value LookupTypeAttribute(Value object, uint32_t name) {
  if (IsUserClassValue(object)) {
    Value value;
    const Value status = ClassAttr(object, name, AttrOp::kLoad, &value);
    MICA_TRY(status);
    return status.IsNull() ? Value() : value;
  }
  if (IsType(object)) {
    const Type* type = AsType(object);
    if (FindMember(type, name) != nullptr) return Value();
    const Value special = ClassLookup(type, name);
    if (!special.IsNull()) return BindAttribute(special, Value(), type);
    if (type != &kObjectType) {
      for (const Type* t = type; t != nullptr; t = t->base) {
        const Value slot = FindSlotMethod(t, Value(), name);
        if (!slot.IsNull()) return slot;
      }
    }
  }
  return Value();
}

Value LookupAttribute(Value object, uint32_t name) {
  if (IsUserInstance(object)) {
    const Type* type = FastTypeOf(object);
    const Value getattribute = ClassLookup(type, names::__getattribute__);
    if (!getattribute.IsNull() && !IsBuiltinDefault(getattribute)) {
      const Value name_value = Value::Name(name);
      Value result = CallSpecial(getattribute, object, &name_value, 1);
      if (result.IsException() && PendingIs(&kAttributeErrorType)) {
        const Value getattr = UserSpecial(type, names::__getattr__);
        if (getattr.IsNull()) {
          ClearPendingException();
          return Value();
        }
        ClearPendingException();
        result = CallSpecial(getattr, object, &name_value, 1);
      }
      if (result.IsException() && PendingIs(&kAttributeErrorType)) {
        ClearPendingException();
        return Value();
      }
      return result;
    }
    const Value result = GenericGetAttribute(object, name, true);
    if (result.IsException() && PendingIs(&kAttributeErrorType)) {
      ClearPendingException();
      return Value();
    }
    return result;
  }
  const Value found = LookupTypeAttribute(object, name);
  if (!found.IsNull()) return found;
  const Value attribute = LookupAttr(object, name);
  if (!attribute.IsNull() || IsType(object)) return attribute;
  return ExtraAttribute(object, name);
}

Value GetAttribute(Value object, uint32_t name) {
  if (IsUserInstance(object)) {
    const Type* type = FastTypeOf(object);
    const Value getattribute = ClassLookup(type, names::__getattribute__);
    if (!getattribute.IsNull() && !IsBuiltinDefault(getattribute)) {
      const Value name_value = Value::Name(name);
      const Value result = CallSpecial(getattribute, object, &name_value, 1);
      if (result.IsException() && PendingIs(&kAttributeErrorType)) {
        const Value getattr = UserSpecial(type, names::__getattr__);
        if (!getattr.IsNull()) {
          ClearPendingException();
          return CallSpecial(getattr, object, &name_value, 1);
        }
      }
      return result;
    }
    const Value result = GenericGetAttribute(object, name, true);
    MICA_TRY(result);
    if (result.IsNull()) return RaiseAttributeError(object, name);
    return result;
  }
  const Value found = LookupTypeAttribute(object, name);
  MICA_TRY(found);
  if (!found.IsNull()) return found;
  const Value attribute = LookupAttr(object, name);
  MICA_TRY(attribute);
  if (!attribute.IsNull()) return attribute;
  const Value extra = ExtraAttribute(object, name);
  MICA_TRY(extra);
  if (!extra.IsNull()) return extra;
  return RaiseAttributeError(object, name);
}

Value SetAttribute(Value object, uint32_t name, Value value) {
  if (IsUserInstance(object)) {
    const Type* type = FastTypeOf(object);
    const Value setattr = UserSpecial(type, names::__setattr__);
    if (!setattr.IsNull()) {
      const Value args[2] = {Value::Name(name), value};
      MICA_TRY(CallSpecial(setattr, object, args, 2));
      return Value::None();
    }
    const Value class_attr = ClassLookup(type, name);
    if (IsProperty(class_attr)) {
      const PropertyObject* property = AsProperty(class_attr);
      if (property->fset.IsNone()) {
        return RaiseFormat(&kAttributeErrorType, "property '%q' of '%T' object has no setter", name, object);
      }
      const Value args[2] = {object, value};
      MICA_TRY(CallValue(property->fset, args, 2, 0));
      return Value::None();
    }
    if (IsUserInstance(class_attr)) {
      const Value set = ClassLookup(FastTypeOf(class_attr), names::__set__);
      if (!set.IsNull()) {
        const Value args[2] = {object, value};
        MICA_TRY(CallSpecial(set, class_attr, args, 2));
        return Value::None();
      }
    }
    return InstanceDictStore(object, name, value);
  }
  if (IsUserClassValue(object)) {
    Value stored = value;
    return ClassAttr(object, name, AttrOp::kStore, &stored);
  }
  return StoreAttr(object, name, value);
}

Value DeleteAttribute(Value object, uint32_t name) {
  if (IsUserInstance(object)) {
    const Type* type = FastTypeOf(object);
    const Value delattr = UserSpecial(type, names::__delattr__);
    if (!delattr.IsNull()) {
      const Value name_value = Value::Name(name);
      MICA_TRY(CallSpecial(delattr, object, &name_value, 1));
      return Value::None();
    }
    const Value class_attr = ClassLookup(type, name);
    if (IsProperty(class_attr)) {
      const PropertyObject* property = AsProperty(class_attr);
      if (property->fdel.IsNone()) {
        return RaiseFormat(&kAttributeErrorType, "property '%q' of '%T' object has no deleter", name, object);
      }
      MICA_TRY(CallValue(property->fdel, &object, 1, 0));
      return Value::None();
    }
    if (IsUserInstance(class_attr)) {
      const Value del = ClassLookup(FastTypeOf(class_attr), names::__delete__);
      if (!del.IsNull()) {
        MICA_TRY(CallSpecial(del, class_attr, &object, 1));
        return Value::None();
      }
    }
    return InstanceDictDelete(object, name);
  }
  if (IsUserClassValue(object)) {
    InvalidateClassLookups();
    const Value removed = DictRemove(AsClass(AsType(object))->dict, Value::Name(name));
    MICA_TRY(removed);
    if (removed.IsNull()) return RaiseAttributeError(object, name);
    return Value::None();
  }
  return DeleteAttr(object, name);
}

Value LoadMethodPair(Value object, uint32_t name, Value out[2]) {
  if (IsUserInstance(object)) {
    const Type* type = FastTypeOf(object);
    const Value getattribute = ClassLookup(type, names::__getattribute__);
    if (getattribute.IsNull() || IsBuiltinDefault(getattribute)) {
      const Value class_attr = ClassLookup(type, name);
      const bool plain = IsFunction(class_attr) ||
                         (IsBuiltinDefault(class_attr) &&
                          (reinterpret_cast<const BuiltinFunction*>(class_attr.AsObject())->flags &
                           (kBuiltinStatic | kBuiltinClassMethod)) == 0);
      if (plain) {
        Value* slot = InstanceDictSlot(object);
        const Value own = slot != nullptr && !slot->IsNull() ? DictLookupName(*slot, name) : Value();
        if (own.IsNull()) {
          out[0] = class_attr;
          out[1] = IsFunction(class_attr) || IsRootSpecial(class_attr) ? object : Unwrap(object);
          return Value::None();
        }
        out[0] = own;
        out[1] = Value();
        return Value::None();
      }
    }
    const Value value = GetAttribute(object, name);
    MICA_TRY(value);
    out[0] = value;
    out[1] = Value();
    return Value::None();
  }
  if (IsType(object)) {
    const Value found = LookupTypeAttribute(object, name);
    MICA_TRY(found);
    if (!found.IsNull() || IsUserClassValue(object)) {
      out[0] = found.IsNull() ? GetAttribute(object, name) : found;
      MICA_TRY(out[0]);
      out[1] = Value();
      return Value::None();
    }
  }
  const Value status = LoadMethod(object, name, out);
  if (status.IsException() && PendingIs(&kAttributeErrorType)) {
    const Value slot = FindSlotMethod(FastTypeOf(object), object, name);
    MICA_TRY(slot);
    if (slot.IsNull()) return status;
    ClearPendingException();
    out[0] = slot;
    out[1] = Value();
    return Value::None();
  }
  return status;
}

Value MakeClass(Value name, Value bases, Value dict) {
  if (!IsStr(name)) return RaiseTypeError("type() argument 1 must be str");
  const Value name_value = StrToName(name);
  MICA_TRY(name_value);
  if (name_value.AsNameId() > 0xFFFF) return RaiseNew(&kRuntimeErrorType, "too many names for a class name");
  // type(name, bases, dict) called from Python: the class belongs to the caller's module, as in CPython.
  if (DictLookupName(dict, names::__module__).IsNull() && Vm()->frame_top != nullptr) {
    const Value module_name = DictLookupName(FrameGlobals(Vm()->frame_top), names::__name__);
    if (!module_name.IsNull()) MICA_TRY(DictStoreName(dict, names::__module__, module_name));
  }
  size_t n_bases = TupleLength(bases);
  const Value object_tuple_item = TypeValue(&kObjectType);
  const Value* base_items = n_bases > 0 ? TupleItems(bases) : &object_tuple_item;
  if (n_bases == 0) n_bases = 1;

  // The layout: the most derived built-in layout among the bases.
  const Type* layout = &kObjectType;
  for (size_t i = 0; i < n_bases; ++i) {
    if (!IsType(base_items[i])) return RaiseFormat(&kTypeErrorType, "bases must be types, not %T", base_items[i]);
    const Type* base = AsType(base_items[i]);
    for (size_t j = 0; j < i; ++j) {
      if (AsType(base_items[j]) == base) {
        return RaiseFormat(&kTypeErrorType, "duplicate base class %s", TypeNameOf(base));
      }
    }
    const Type* base_layout = LayoutBase(base);
    if (base_layout == &kObjectType) continue;
    if (layout == &kObjectType || IsSubclass(base_layout, layout)) {
      layout = base_layout;
    } else if (!IsSubclass(layout, base_layout)) {
      return RaiseTypeError("multiple bases have instance lay-out conflict");
    }
  }

  // C3: the MROs of the bases, then the bases themselves.
  size_t total = n_bases;
  const Type* scratch[kMaxBuiltinDepth * 8];
  const size_t max_bases = 8;
  if (n_bases > max_bases) return RaiseTypeError("too many base classes");
  const Type* const* sequences[max_bases + 1];
  uint32_t lengths[max_bases + 1];
  uint32_t cursors[max_bases + 1];
  for (size_t i = 0; i < n_bases; ++i) {
    lengths[i] = MroOf(AsType(base_items[i]), scratch + i * kMaxBuiltinDepth, kMaxBuiltinDepth, &sequences[i]);
    total += lengths[i];
  }
  sequences[n_bases] = reinterpret_cast<const Type* const*>(base_items);
  lengths[n_bases] = static_cast<uint32_t>(n_bases);

  Object* object = NewObject(&kTypeType, sizeof(ClassObject));
  if (object == nullptr) return Value::Exception();
  ClassObject* cls = reinterpret_cast<ClassObject*>(object);
  const Value class_value = Value::FromObject(object);

  TupleObject* mro = AllocateTuple(total + 1);
  if (mro == nullptr) return Value::Exception();
  const uint32_t mro_length =
      C3Merge(&cls->type, sequences, lengths, static_cast<uint32_t>(n_bases + 1), cursors,
              reinterpret_cast<const Type**>(mro->Items()));
  if (mro_length == 0) {
    StringBuilder names_text;
    for (size_t i = 0; i < n_bases; ++i) {
      if (i > 0) names_text.Append(", ");
      names_text.Append(TypeNameOf(AsType(base_items[i])));
    }
    const Value text = names_text.Finish();
    MICA_TRY(text);
    return RaiseFormat(&kTypeErrorType,
                       "Cannot create a consistent method resolution order (MRO) for bases %S", text);
  }
  mro->length = mro_length;

  cls->type.header.type = &kTypeType;
  cls->type.name = static_cast<uint16_t>(name_value.AsNameId());
  cls->type.flags = static_cast<uint16_t>(kTypeIsUserClass | kTypeSubclassable | (layout->flags & kTypeIsException));
  cls->type.base = layout;
  cls->type.make_new = ClassMakeNew;
  cls->type.print = UserPrint;
  cls->type.call = UserCall;
  cls->type.unary_op = UserUnaryOp;
  cls->type.binary_op = UserBinaryOp;
  cls->type.attr = UserAttr;
  cls->type.subscript = UserSubscript;
  cls->type.get_iter = UserGetIter;
  cls->type.iter_next = UserIterNext;
  cls->type.members = MemberTable{nullptr, 0};
  cls->dict = dict;
  cls->bases = n_bases == TupleLength(bases) ? bases : NewTuple(base_items, n_bases);
  MICA_TRY(cls->bases);
  cls->mro = Value::FromObject(&mro->header);
  cls->name = name_value;
  cls->layout_base = layout;
  const size_t word = sizeof(Value);
  if ((layout->flags & kTypeIsException) != 0) {
    cls->dict_offset = static_cast<uint32_t>((sizeof(ExceptionObject) + word - 1) & ~(word - 1));
    cls->inner_offset = 0;
    cls->instance_size = cls->dict_offset + static_cast<uint32_t>(word);
  } else {
    cls->dict_offset = static_cast<uint32_t>((sizeof(Object) + word - 1) & ~(word - 1));
    cls->inner_offset = layout == &kObjectType ? 0 : cls->dict_offset + static_cast<uint32_t>(word);
    cls->instance_size = (cls->inner_offset != 0 ? cls->inner_offset : cls->dict_offset) + static_cast<uint32_t>(word);
  }

  // A class that defines __eq__ but not __hash__ is unhashable (CPython sets __hash__ to None).
  if (!DictLookupName(dict, names::__eq__).IsNull() && DictLookupName(dict, names::__hash__).IsNull()) {
    MICA_TRY(DictStoreName(dict, names::__hash__, Value::None()));
  }
  // __new__ and __init_subclass__ are implicitly static / class methods.
  return class_value;
}

Value BuildClass(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  if (n_pos < 2) return RaiseTypeError("__build_class__: not enough arguments");
  const Value body = args[0];
  const Value name = args[1];
  if (!IsFunction(body)) return RaiseTypeError("__build_class__: func must be a function");
  if (!IsStr(name)) return RaiseTypeError("__build_class__: name is not a string");
  Value metaclass;
  for (uint32_t k = 0; k < n_kw; ++k) {
    const Value key = args[n_pos + 2 * k];
    if (key.IsName() && key.AsNameId() == names::metaclass) metaclass = args[n_pos + 2 * k + 1];
  }
  const Value bases = NewTuple(args + 2, n_pos - 2);
  MICA_TRY(bases);
  const Value ns = NewDict();
  MICA_TRY(ns);
  const FunctionObject* body_function = AsFunction(body);
  const Value module_name = DictLookupName(body_function->globals, names::__name__);
  if (!module_name.IsNull()) MICA_TRY(DictStoreName(ns, names::__module__, module_name));
  MICA_TRY(DictStoreName(ns, names::__qualname__, name));
  // The body runs as a copy of the function whose namespace is the class dict.
  const Value runner = NewFunction(body_function->code, body_function->globals, body_function->defaults,
                                   body_function->kwdefaults, body_function->closure);
  MICA_TRY(runner);
  AsFunction(runner)->namespace_dict = ns;
  const Value cell = CallFunction(runner, nullptr, 0, 0);
  MICA_TRY(cell);
  Value cls;
  if (!metaclass.IsNull() && !metaclass.Is(TypeValue(&kTypeType))) {
    const Value meta_args[3] = {name, bases, ns};
    cls = CallValue(metaclass, meta_args, 3, 0);
  } else {
    cls = MakeClass(name, bases, ns);
  }
  MICA_TRY(cls);
  if (IsCell(cell)) AsCell(cell)->contents = cls;
  // __set_name__ on descriptors, then the parent's __init_subclass__.
  if (IsUserClassValue(cls)) {
    size_t position = 0;
    Value key;
    Value value;
    while (DictNext(ns, &position, &key, &value)) {
      if (!IsUserInstance(value)) continue;
      const Value set_name = UserSpecial(FastTypeOf(value), names::__set_name__);
      if (set_name.IsNull()) continue;
      const Value set_args[2] = {cls, key};
      MICA_TRY(CallSpecial(set_name, value, set_args, 2));
    }
    const Value mro = AsClass(AsType(cls))->mro;
    if (TupleLength(mro) > 1) {
      const Value hook = ClassLookup(AsType(TupleItems(mro)[1]), names::__init_subclass__);
      if (!hook.IsNull() && !IsBuiltinDefault(hook)) {
        const Value function = IsClassMethod(hook) ? AsWrapper(hook)->function : hook;
        MICA_TRY(CallValue(function, &cls, 1, 0));
      }
    }
  }
  return cls;
}

Value ClassModule(const Type* type) {
  return DictLookupName(AsClass(type)->dict, names::__module__);
}

bool InitClasses() {
  SetSubtypeHook(SubclassHook);
  SetMakeClassHook(MakeClass);
  SetClassModuleHook(ClassModule);
  return true;
}

}  // namespace mica
