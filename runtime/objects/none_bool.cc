#include "runtime/objects/none_bool.h"

#include "runtime/names.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

Value PrintConstant(const Printer& printer, Value self, PrintKind) {
  if (self.IsNone()) {
    printer.Write("None", 4);
  } else if (self.IsTrue()) {
    printer.Write("True", 4);
  } else if (self.IsFalse()) {
    printer.Write("False", 5);
  } else if (self.Is(Value::Ellipsis())) {
    printer.Write("Ellipsis", 8);
  } else {
    printer.Write("NotImplemented", 14);
  }
  return Value::None();
}

// None, Ellipsis, NotImplemented: always true (None false), hashed by identity.
Value ConstantUnaryOp(UnaryOp op, Value self) {
  if (op == UnaryOp::kBool) return Value::Bool(!self.IsNone());
  if (op == UnaryOp::kHash) return HashToValue(static_cast<intptr_t>(self.bits() >> 3));
  return Value();
}

Value NoneMakeNew(const Type*, const Value*, uint32_t n_pos, uint32_t n_kw) {
  if (n_pos != 0 || n_kw != 0) return RaiseTypeError("NoneType takes no arguments");
  return Value::None();
}

Value BoolMakeNew(const Type*, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  MICA_TRY(CheckArgCount("bool", n_pos, n_kw, 0, 1));
  if (n_pos == 0) return Value::False();
  return Truth(args[0]);
}

Value BoolUnaryOp(UnaryOp op, Value self) {
  if (op == UnaryOp::kBool) return self;
  return IntUnaryOp(op, self);
}

// &, | and ^ of two bools stay bools; everything else is int arithmetic.
Value BoolBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  if (lhs.IsBool() && rhs.IsBool()) {
    const bool a = lhs.IsTrue();
    const bool b = rhs.IsTrue();
    switch (op) {
      case BinaryOp::kAnd: return Value::Bool(a && b);
      case BinaryOp::kOr: return Value::Bool(a || b);
      case BinaryOp::kXor: return Value::Bool(a != b);
      default: break;
    }
  }
  return IntBinaryOp(op, lhs, rhs);
}

}  // namespace

constexpr Type kNoneType = {{&kTypeType}, names::NoneType, 0,       nullptr, NoneMakeNew, PrintConstant,
                            nullptr,      ConstantUnaryOp, nullptr, nullptr, nullptr,     nullptr,
                            nullptr,      MemberTable{nullptr, 0}};

constexpr Type kBoolType = {{&kTypeType}, names::bool_, 0,       &kIntType, BoolMakeNew, PrintConstant,
                            nullptr,      BoolUnaryOp,  BoolBinaryOp, nullptr, nullptr, nullptr,
                            nullptr,      MemberTable{nullptr, 0}};

constexpr Type kEllipsisType = {{&kTypeType}, names::ellipsis, 0,       nullptr, nullptr, PrintConstant,
                                nullptr,      ConstantUnaryOp, nullptr, nullptr, nullptr, nullptr,
                                nullptr,      MemberTable{nullptr, 0}};

constexpr Type kNotImplementedType = {{&kTypeType}, names::NotImplementedType, 0,       nullptr, nullptr,
                                      PrintConstant, nullptr, ConstantUnaryOp, nullptr, nullptr,
                                      nullptr,      nullptr,      nullptr,         MemberTable{nullptr, 0}};

}  // namespace mica
