#include "runtime/exec/super.h"

#include "runtime/exec/exec_state.h"
#include "runtime/exec/function.h"
#include "runtime/exec/user_class.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

// The zero-argument form: __class__ from the caller's cell, the object from its first argument.
Value FromCallerFrame(Value* type, Value* object) {
  const vm::Frame* frame = Vm()->frame_top;
  if (frame == nullptr) return RaiseNew(&kRuntimeErrorType, "super(): no current frame");
  const vm::RawCode* code = frame->code;
  if (code->num_positional == 0 && (code->flags & vm::kCodeVarArgs) == 0) {
    return RaiseNew(&kRuntimeErrorType, "super(): no arguments");
  }
  const uint32_t n_slots = vm::NumSlots(*code);
  Value class_cell;
  if (code->slot_names != nullptr) {
    for (uint32_t slot = code->num_locals; slot < n_slots; ++slot) {
      if (code->slot_names[slot] == names::__class__) class_cell = frame->locals[slot];
    }
  }
  if (class_cell.IsNull() || !IsCell(class_cell)) return RaiseNew(&kRuntimeErrorType, "super(): __class__ cell not found");
  *type = AsCell(class_cell)->contents;
  if (type->IsUnbound() || !IsType(*type)) return RaiseNew(&kRuntimeErrorType, "super(): empty __class__ cell");
  Value first = frame->locals[0];
  if (code->num_positional == 0) {
    const Value varargs = frame->locals[code->num_kwonly];
    first = varargs;
  }
  if (IsCell(first)) first = AsCell(first)->contents;
  if (first.IsUnbound() || first.IsNull()) return RaiseNew(&kRuntimeErrorType, "super(): arg[0] deleted");
  *object = first;
  return Value::None();
}

Value SuperMakeNew(const Type*, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  if (n_kw != 0) return RaiseTypeError("super() takes no keyword arguments");
  Value type;
  Value object;
  if (n_pos == 0) {
    MICA_TRY(FromCallerFrame(&type, &object));
  } else if (n_pos == 2) {
    type = args[0];
    object = args[1];
  } else {
    return RaiseTypeError("super() takes 0 or 2 arguments");
  }
  if (!IsType(type)) return RaiseFormat(&kTypeErrorType, "super() argument 1 must be a type, not %T", type);
  const Type* start = AsType(type);
  const bool is_instance = IsSubclass(TypeOf(object), start);
  const bool is_subtype = IsType(object) && IsSubclass(AsType(object), start);
  if (!is_instance && !is_subtype) {
    return RaiseTypeError("super(type, obj): obj must be an instance or subtype of type");
  }
  Object* created = NewObject(&kSuperType, sizeof(SuperObject));
  if (created == nullptr) return Value::Exception();
  SuperObject* super = reinterpret_cast<SuperObject*>(created);
  super->type = type;
  super->object = object;
  return Value::FromObject(created);
}

Value SuperAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  if (op != AttrOp::kLoad) return Value();
  const SuperObject* super = reinterpret_cast<const SuperObject*>(self.AsObject());
  const Type* start = AsType(super->type);
  const Value object = super->object;
  const bool object_is_class = IsType(object) && IsSubclass(AsType(object), start) && !IsSubclass(TypeOf(object), start);
  const Type* lookup_type = object_is_class ? AsType(object) : TypeOf(object);
  if (name == names::__class__) {
    *value = TypeValue(&kSuperType);
    return Value::None();
  }
  const Value found = ClassLookupAfter(lookup_type, start, name);
  if (found.IsNull()) return Value();
  const Value bound = BindAttribute(found, object_is_class ? Value() : object, lookup_type);
  MICA_TRY(bound);
  *value = bound;
  return Value::None();
}

Value SuperPrint(const Printer& printer, Value self, PrintKind) {
  const SuperObject* super = reinterpret_cast<const SuperObject*>(self.AsObject());
  printer.Write("<super: <class '");
  printer.Write(TypeNameOf(AsType(super->type)));
  printer.Write("'>, <");
  printer.Write(TypeName(super->object));
  printer.Write(" object>>");
  return Value::None();
}

}  // namespace

const Type kSuperType = {
    {&kTypeType}, names::super, 0, nullptr, SuperMakeNew, SuperPrint, nullptr, nullptr, nullptr, SuperAttr, nullptr,
    nullptr, nullptr, {nullptr, 0},
};

}  // namespace mica
