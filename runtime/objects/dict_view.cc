#include "runtime/objects/dict_view.h"

#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/iterators.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

Value ViewDict(Value view) { return reinterpret_cast<const DictViewObject*>(view.AsObject())->dict; }

DictIterKind KindOf(const Type* type) {
  if (type == &kDictKeysType) return kDictIterKeys;
  if (type == &kDictValuesType) return kDictIterValues;
  return kDictIterItems;
}

Value ViewPrint(const Printer& printer, Value self, PrintKind) {
  const Type* type = TypeOf(self);
  printer.Write(TypeNameOf(type));
  printer.Write("([", 2);
  bool active;
  MICA_TRY(ReprEnter(self, &active));
  if (active) {
    printer.Write("...])", 5);
    return Value::None();
  }
  const DictIterKind kind = KindOf(type);
  size_t position = 0;
  Value key;
  Value value;
  Value result = Value::None();
  bool first = true;
  while (DictNext(ViewDict(self), &position, &key, &value)) {
    if (!first) printer.Write(", ", 2);
    first = false;
    if (kind == kDictIterItems) {
      printer.Write("(", 1);
      result = Print(printer, key, PrintKind::kRepr);
      if (result.IsException()) break;
      printer.Write(", ", 2);
      result = Print(printer, value, PrintKind::kRepr);
      if (result.IsException()) break;
      printer.Write(")", 1);
    } else {
      result = Print(printer, kind == kDictIterKeys ? key : value, PrintKind::kRepr);
      if (result.IsException()) break;
    }
  }
  ReprLeave(self);
  MICA_TRY(result);
  printer.Write("])", 2);
  return Value::None();
}

Value ViewUnaryOp(UnaryOp op, Value self) {
  switch (op) {
    case UnaryOp::kBool: return Value::Bool(DictLength(ViewDict(self)) != 0);
    case UnaryOp::kLen: return Value::SmallInt(static_cast<intptr_t>(DictLength(ViewDict(self))));
    default: return Value();
  }
}

bool IsSetLikeView(Value v) {
  if (!v.IsObject()) return false;
  const Type* type = v.AsObject()->type;
  return type == &kDictKeysType || type == &kDictItemsType;
}

// Every item of `inner` is in `outer` (both set-like views): True/False or an exception.
Value ViewAllIn(Value inner, Value outer) {
  const DictIterKind kind = KindOf(TypeOf(inner));
  size_t position = 0;
  Value key;
  Value value;
  while (DictNext(ViewDict(inner), &position, &key, &value)) {
    Value item = key;
    if (kind == kDictIterItems) {
      Value pair[2] = {key, value};
      item = NewTuple(pair, 2);
      MICA_TRY(item);
    }
    const Value found = Contains(outer, item);
    MICA_TRY(found);
    if (!found.IsTrue()) return Value::False();
  }
  return Value::True();
}

// keys() and items() compare as sets (==, !=, and <, <=, >, >= as subset tests); values() never do.
Value ViewCompare(BinaryOp op, Value lhs, Value rhs) {
  if (!IsSetLikeView(lhs) || !IsSetLikeView(rhs)) return Value();
  const size_t left = DictLength(ViewDict(lhs));
  const size_t right = DictLength(ViewDict(rhs));
  bool sizes_ok = false;
  bool left_inside = true;  // test lhs <= rhs; false: test rhs <= lhs
  switch (op) {
    case BinaryOp::kEqual:
    case BinaryOp::kNotEqual: sizes_ok = left == right; break;
    case BinaryOp::kLess: sizes_ok = left < right; break;
    case BinaryOp::kLessEqual: sizes_ok = left <= right; break;
    case BinaryOp::kGreater: sizes_ok = left > right; left_inside = false; break;
    case BinaryOp::kGreaterEqual: sizes_ok = left >= right; left_inside = false; break;
    default: return Value();
  }
  bool result = sizes_ok;
  if (result) {
    const Value all = left_inside ? ViewAllIn(lhs, rhs) : ViewAllIn(rhs, lhs);
    MICA_TRY(all);
    result = all.IsTrue();
  }
  return Value::Bool(op == BinaryOp::kNotEqual ? !result : result);
}

Value ViewBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  if (op >= BinaryOp::kLess && op <= BinaryOp::kGreaterEqual) return ViewCompare(op, lhs, rhs);
  if (op != BinaryOp::kContains) return Value();
  const DictIterKind kind = KindOf(TypeOf(lhs));
  if (kind == kDictIterKeys) {
    const Value found = DictLookup(ViewDict(lhs), rhs);
    MICA_TRY(found);
    return Value::Bool(!found.IsNull());
  }
  if (kind == kDictIterItems) {
    if (!IsTuple(rhs) || TupleLength(rhs) != 2) return Value::False();
    const Value found = DictLookup(ViewDict(lhs), TupleItems(rhs)[0]);
    MICA_TRY(found);
    if (found.IsNull()) return Value::False();
    return Equals(found, TupleItems(rhs)[1]);
  }
  return Value();  // values: the generic iteration
}

Value ViewGetIter(Value self) { return NewDictIterator(ViewDict(self), KindOf(TypeOf(self))); }

}  // namespace

constexpr Type kDictKeysType = {{&kTypeType}, names::dict_keys, 0,           nullptr,      nullptr, ViewPrint,
                                nullptr,      ViewUnaryOp,      ViewBinaryOp, nullptr,     nullptr, ViewGetIter,
                                nullptr,      MemberTable{nullptr, 0}};
constexpr Type kDictValuesType = {{&kTypeType}, names::dict_values, 0,           nullptr,  nullptr, ViewPrint,
                                  nullptr,      ViewUnaryOp,        ViewBinaryOp, nullptr, nullptr, ViewGetIter,
                                  nullptr,      MemberTable{nullptr, 0}};
constexpr Type kDictItemsType = {{&kTypeType}, names::dict_items, 0,           nullptr,  nullptr, ViewPrint,
                                 nullptr,      ViewUnaryOp,       ViewBinaryOp, nullptr, nullptr, ViewGetIter,
                                 nullptr,      MemberTable{nullptr, 0}};

Value NewDictView(const Type* type, Value dict) {
  Object* object = NewObject(type, sizeof(DictViewObject));
  if (object == nullptr) return Value::Exception();
  reinterpret_cast<DictViewObject*>(object)->dict = dict;
  return Value::FromObject(object);
}

}  // namespace mica
