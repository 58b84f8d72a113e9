#include "runtime/exec/slot_methods.h"

#include "runtime/exec/address_text.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/format.h"
#include "runtime/objects/int.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/none_bool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

enum class SlotKind : uint8_t { kNone, kBinary, kReflected, kUnary, kPrint, kGetItem, kSetItem, kDelItem, kIter,
                                kNext, kIndex, kFormat };

struct SlotEntry {
  uint16_t name;
  SlotKind kind;
  uint8_t op;  // BinaryOp or UnaryOp or PrintKind
};

constexpr uint8_t B(BinaryOp op) { return static_cast<uint8_t>(op); }
constexpr uint8_t U(UnaryOp op) { return static_cast<uint8_t>(op); }

constexpr SlotEntry kSlots[] = {
    {names::__add__, SlotKind::kBinary, B(BinaryOp::kAdd)},
    {names::__sub__, SlotKind::kBinary, B(BinaryOp::kSubtract)},
    {names::__mul__, SlotKind::kBinary, B(BinaryOp::kMultiply)},
    {names::__matmul__, SlotKind::kBinary, B(BinaryOp::kMatMultiply)},
    {names::__truediv__, SlotKind::kBinary, B(BinaryOp::kTrueDivide)},
    {names::__floordiv__, SlotKind::kBinary, B(BinaryOp::kFloorDivide)},
    {names::__mod__, SlotKind::kBinary, B(BinaryOp::kModulo)},
    {names::__pow__, SlotKind::kBinary, B(BinaryOp::kPower)},
    {names::__lshift__, SlotKind::kBinary, B(BinaryOp::kLShift)},
    {names::__rshift__, SlotKind::kBinary, B(BinaryOp::kRShift)},
    {names::__and__, SlotKind::kBinary, B(BinaryOp::kAnd)},
    {names::__or__, SlotKind::kBinary, B(BinaryOp::kOr)},
    {names::__xor__, SlotKind::kBinary, B(BinaryOp::kXor)},
    {names::__radd__, SlotKind::kReflected, B(BinaryOp::kAdd)},
    {names::__rsub__, SlotKind::kReflected, B(BinaryOp::kSubtract)},
    {names::__rmul__, SlotKind::kReflected, B(BinaryOp::kMultiply)},
    {names::__rtruediv__, SlotKind::kReflected, B(BinaryOp::kTrueDivide)},
    {names::__rfloordiv__, SlotKind::kReflected, B(BinaryOp::kFloorDivide)},
    {names::__rmod__, SlotKind::kReflected, B(BinaryOp::kModulo)},
    {names::__rpow__, SlotKind::kReflected, B(BinaryOp::kPower)},
    {names::__lt__, SlotKind::kBinary, B(BinaryOp::kLess)},
    {names::__le__, SlotKind::kBinary, B(BinaryOp::kLessEqual)},
    {names::__eq__, SlotKind::kBinary, B(BinaryOp::kEqual)},
    {names::__ne__, SlotKind::kBinary, B(BinaryOp::kNotEqual)},
    {names::__gt__, SlotKind::kBinary, B(BinaryOp::kGreater)},
    {names::__ge__, SlotKind::kBinary, B(BinaryOp::kGreaterEqual)},
    {names::__contains__, SlotKind::kBinary, B(BinaryOp::kContains)},
    {names::__neg__, SlotKind::kUnary, U(UnaryOp::kNegative)},
    {names::__pos__, SlotKind::kUnary, U(UnaryOp::kPositive)},
    {names::__invert__, SlotKind::kUnary, U(UnaryOp::kInvert)},
    {names::__abs__, SlotKind::kUnary, U(UnaryOp::kAbs)},
    {names::__bool__, SlotKind::kUnary, U(UnaryOp::kBool)},
    {names::__len__, SlotKind::kUnary, U(UnaryOp::kLen)},
    {names::__hash__, SlotKind::kUnary, U(UnaryOp::kHash)},
    {names::__repr__, SlotKind::kPrint, static_cast<uint8_t>(PrintKind::kRepr)},
    {names::__str__, SlotKind::kPrint, static_cast<uint8_t>(PrintKind::kStr)},
    {names::__getitem__, SlotKind::kGetItem, 0},
    {names::__setitem__, SlotKind::kSetItem, 0},
    {names::__delitem__, SlotKind::kDelItem, 0},
    {names::__iter__, SlotKind::kIter, 0},
    {names::__next__, SlotKind::kNext, 0},
    {names::__format__, SlotKind::kFormat, 0},
};

constexpr SlotEntry kIndexEntry = {0, SlotKind::kIndex, 0};  // __index__ is not a built-in name

const SlotEntry* FindEntry(uint32_t name) {
  for (const SlotEntry& entry : kSlots) {
    if (entry.name == name) return &entry;
  }
  if (name == names::__index__) return &kIndexEntry;
  return nullptr;
}

bool HasSlot(const Type* type, const SlotEntry& entry) {
  switch (entry.kind) {
    case SlotKind::kBinary:
    case SlotKind::kReflected:
      return type->binary_op != nullptr;
    case SlotKind::kUnary:
      return type->unary_op != nullptr;
    case SlotKind::kPrint:
      return type->print != nullptr;
    case SlotKind::kGetItem:
    case SlotKind::kSetItem:
    case SlotKind::kDelItem:
      return type->subscript != nullptr;
    case SlotKind::kIter:
      return type->get_iter != nullptr;
    case SlotKind::kNext:
      return type->iter_next != nullptr;
    case SlotKind::kFormat:
      return true;
    case SlotKind::kIndex:
      return type == &kIntType || type == &kBoolType;
    default:
      return false;
  }
}

Value Declined(Value result) {
  return result.IsNull() ? Value::NotImplemented() : result;
}

Value CallSlot(const SlotMethodObject* method, const SlotEntry& entry, Value self, const Value* args, uint32_t n) {
  const Type* owner = method->owner;
  const uint32_t wanted = entry.kind == SlotKind::kBinary || entry.kind == SlotKind::kReflected ||
                                  entry.kind == SlotKind::kGetItem || entry.kind == SlotKind::kDelItem ||
                                  entry.kind == SlotKind::kFormat
                              ? 1
                              : (entry.kind == SlotKind::kSetItem ? 2 : 0);
  if (n != wanted) {
    return RaiseFormat(&kTypeErrorType, "expected %u argument%s, got %u", wanted, wanted == 1 ? "" : "s", n);
  }
  switch (entry.kind) {
    case SlotKind::kBinary:
      return Declined(owner->binary_op(static_cast<BinaryOp>(entry.op), self, args[0]));
    case SlotKind::kReflected:
      return Declined(owner->binary_op(static_cast<BinaryOp>(entry.op), args[0], self));
    case SlotKind::kUnary: {
      const UnaryOp op = static_cast<UnaryOp>(entry.op);
      const Value result = owner->unary_op(op, self);
      if (!result.IsNull()) return result;
      if (op == UnaryOp::kHash) return RaiseFormat(&kTypeErrorType, "unhashable type: '%T'", self);
      if (op == UnaryOp::kBool) return Value::True();
      return Value::NotImplemented();
    }
    case SlotKind::kPrint: {
      StringBuilder text;
      MICA_TRY(owner->print(text.AsPrinter(), self, static_cast<PrintKind>(entry.op)));
      return text.Finish();
    }
    case SlotKind::kGetItem:
      return owner->subscript(self, args[0], Value());
    case SlotKind::kSetItem:
      MICA_TRY(owner->subscript(self, args[0], args[1]));
      return Value::None();
    case SlotKind::kDelItem:
      MICA_TRY(owner->subscript(self, args[0], Value::Unbound()));
      return Value::None();
    case SlotKind::kIter:
      return owner->get_iter(self);
    case SlotKind::kNext: {
      const Value item = owner->iter_next(self);
      if (item.IsNull()) return RaiseStopIteration(Value());
      return item;
    }
    case SlotKind::kFormat:
      return FormatToStr(self, args[0]);
    case SlotKind::kIndex:
      if (self.IsBool()) return Value::SmallInt(self.IsTrue() ? 1 : 0);
      return self;
    default:
      return RaiseTypeError("not a slot method");
  }
}

Value SlotMethodCall(Value callable, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const SlotMethodObject* method = reinterpret_cast<const SlotMethodObject*>(callable.AsObject());
  const SlotEntry* entry = FindEntry(method->name);
  if (n_kw != 0) return RaiseFormat(&kTypeErrorType, "%q() takes no keyword arguments", method->name);
  if (entry == nullptr) return RaiseTypeError("not a slot method");
  if (!method->self.IsNull()) return CallSlot(method, *entry, method->self, args, n_pos);
  if (n_pos == 0) {
    return RaiseFormat(&kTypeErrorType, "descriptor '%q' of '%s' object needs an argument", method->name,
                       TypeNameOf(method->owner));
  }
  return CallSlot(method, *entry, args[0], args + 1, n_pos - 1);
}

Value SlotMethodPrint(const Printer& printer, Value self, PrintKind) {
  const SlotMethodObject* method = reinterpret_cast<const SlotMethodObject*>(self.AsObject());
  const char* name;
  size_t length;
  if (!NameText(method->name, &name, &length)) {
    name = "?";
    length = 1;
  }
  if (method->self.IsNull()) {
    printer.Write("<slot wrapper '");
    printer.Write(name, length);
    printer.Write("' of '");
    printer.Write(TypeNameOf(method->owner));
    printer.Write("' objects>");
    return Value::None();
  }
  printer.Write("<method-wrapper '");
  printer.Write(name, length);
  printer.Write("' of ");
  printer.Write(TypeNameOf(method->owner));
  printer.Write(" object at ");
  PrintAddress(printer, method->self.IsObject() ? method->self.AsObject() : nullptr);
  printer.Write(">");
  return Value::None();
}

}  // namespace

const Type kSlotMethodType = {
    {&kTypeType}, names::method, 0, nullptr, nullptr, SlotMethodPrint, SlotMethodCall, nullptr, nullptr, nullptr,
    nullptr,      nullptr,       nullptr, {nullptr, 0},
};

Value FindSlotMethod(const Type* owner, Value self, uint32_t name) {
  const SlotEntry* entry = FindEntry(name);
  if (entry == nullptr || !HasSlot(owner, *entry)) return Value();
  Object* object = NewObject(&kSlotMethodType, sizeof(SlotMethodObject));
  if (object == nullptr) return Value::Exception();
  SlotMethodObject* method = reinterpret_cast<SlotMethodObject*>(object);
  method->owner = owner;
  method->self = self;
  method->name = name;
  return Value::FromObject(object);
}

}  // namespace mica
