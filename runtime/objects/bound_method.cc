#include "runtime/objects/bound_method.h"

#include <string.h>

#include "gc/heap.h"
#include "runtime/int_format.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

const BoundMethodObject* AsBound(Value v) { return reinterpret_cast<const BoundMethodObject*>(v.AsObject()); }

Value BoundCall(Value self, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const BoundMethodObject* method = AsBound(self);
  return CallWithSelf(method->function, method->self, args, n_pos, n_kw);
}

Value BoundPrint(const Printer& printer, Value self, PrintKind) {
  const BoundMethodObject* method = AsBound(self);
  if (IsBuiltinFunction(method->function)) {
    // CPython: <built-in method append of list object at 0x...>
    printer.Write("<built-in method ", 17);
    MICA_TRY(Print(printer, LookupAttr(method->function, names::__name__), PrintKind::kStr));
    printer.Write(" of ", 4);
    printer.Write(TypeName(method->self));
    printer.Write(" object at ", 11);
    char address[kMaxIntText];
    IntFormat hex;
    hex.base = 16;
    hex.prefix = true;
    printer.Write(address, FormatUint(method->self.bits(), hex, address, sizeof(address)));
    printer.Write(">", 1);
    return Value::None();
  }
  printer.Write("<bound method ", 14);
  const Value name = LookupAttr(method->function, names::__name__);
  MICA_TRY(name);
  if (!name.IsNull()) MICA_TRY(Print(printer, name, PrintKind::kStr));
  printer.Write(" of ", 4);
  MICA_TRY(Print(printer, method->self, PrintKind::kRepr));
  printer.Write(">", 1);
  return Value::None();
}

Value BoundUnaryOp(UnaryOp op, Value self) {
  if (op != UnaryOp::kHash) return Value();
  const BoundMethodObject* method = AsBound(self);
  const Value self_hash = Hash(method->self);
  MICA_TRY(self_hash);
  return HashToValue(self_hash.AsSmallInt() ^ static_cast<intptr_t>(method->function.bits() >> 3));
}

Value BoundBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  if ((op != BinaryOp::kEqual && op != BinaryOp::kNotEqual) || !IsBoundMethod(lhs) || !IsBoundMethod(rhs)) {
    return Value();
  }
  const bool equal = AsBound(lhs)->function.Is(AsBound(rhs)->function) && AsBound(lhs)->self.Is(AsBound(rhs)->self);
  return Value::Bool(op == BinaryOp::kEqual ? equal : !equal);
}

Value BoundAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  if (op != AttrOp::kLoad) return Value();
  const BoundMethodObject* method = AsBound(self);
  if (name == names::__name__ || name == names::__qualname__) {
    *value = LookupAttr(method->function, name);
    return value->IsException() ? Value::Exception() : Value::None();
  }
  return Value();
}

}  // namespace

constexpr Type kBoundMethodType = {{&kTypeType}, names::method, 0,       nullptr,   nullptr, BoundPrint,
                                   BoundCall,    BoundUnaryOp,  BoundBinaryOp, BoundAttr, nullptr, nullptr,
                                   nullptr,      MemberTable{nullptr, 0}};

Value NewBoundMethod(Value function, Value self) {
  Object* object = NewObject(&kBoundMethodType, sizeof(BoundMethodObject));
  if (object == nullptr) return Value::Exception();
  BoundMethodObject* method = reinterpret_cast<BoundMethodObject*>(object);
  method->function = function;
  method->self = self;
  return Value::FromObject(object);
}

bool IsBoundMethod(Value v) { return v.IsObject() && v.AsObject()->type == &kBoundMethodType; }

Value CallWithSelf(Value function, Value self, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const size_t count = static_cast<size_t>(n_pos) + 2 * static_cast<size_t>(n_kw);
  if (count < kBoundMethodInlineArgs) {
    Value buffer[kBoundMethodInlineArgs];
    buffer[0] = self;
    for (size_t i = 0; i < count; ++i) buffer[i + 1] = args[i];
    return CallValue(function, buffer, n_pos + 1, n_kw);
  }
  Value* buffer = static_cast<Value*>(AllocateRaw((count + 1) * sizeof(Value), gc::kNoFlags));
  if (buffer == nullptr) return Value::Exception();
  buffer[0] = self;
  memcpy(buffer + 1, args, count * sizeof(Value));
  const Value result = CallValue(function, buffer, n_pos + 1, n_kw);
  // The callee may have kept the arguments (a *args tuple copies them), so the block is left to the collector.
  return result;
}

}  // namespace mica
