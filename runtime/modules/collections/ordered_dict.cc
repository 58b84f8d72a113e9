// collections.OrderedDict: a dict subclass made at import with the ordinary class machinery (MakeClass), its
// class dict holding constant built-ins. dict already keeps insertion order, so OrderedDict adds only what
// differs: move_to_end, popitem(last=False), fromkeys making an OrderedDict, CPython 3.11's repr "OrderedDict([('a', 1)])", and equality that
// is order-sensitive between two OrderedDicts (order-insensitive against a plain dict).
//
// The class machinery treats a bare built-in found in a class dict as an inherited default and does not call it
// for binary operators, so __eq__ is a property whose getter returns the implementation bound to the instance.
#include "runtime/exec/descriptors.h"
#include "runtime/exec/user_class.h"
#include "runtime/modules/collections/collections_types.h"
#include "runtime/names.h"
#include "runtime/objects/bound_method.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/list.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

const Type* TypeOfValue(Value v) { return v.IsObject() ? v.AsObject()->type : TypeOf(v); }

// Whether `last` (a keyword or the second positional argument) is true; `last` defaults to True.
Value LastArgument(const Value* args, uint32_t n_pos, uint32_t n_kw, uint32_t first_optional, bool* last) {
  Value value = n_pos > first_optional ? args[first_optional] : FindKeyword(args, n_pos, n_kw, names::last);
  *last = true;
  if (value.IsNull()) return Value::None();
  const Value truth = Truth(value);
  MICA_TRY(truth);
  *last = truth.IsTrue();
  return Value::None();
}

// move_to_end(key, last=True), bound to the wrapped dict.
Value MoveToEnd(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const Value dict = args[0];
  const Value key = args[1];
  if (!IsDict(dict)) return RaiseTypeError("move_to_end() needs an OrderedDict");
  bool last;
  MICA_TRY(LastArgument(args, n_pos, n_kw, 2, &last));
  const Value value = DictLookup(dict, key);
  MICA_TRY(value);
  if (value.IsNull()) return RaiseKeyError(key);
  MICA_TRY(DictRemove(dict, key));
  if (last) return DictStore(dict, key, value).IsException() ? Value::Exception() : Value::None();
  // To the front: the other items are stored again after it.
  const Value rest = NewList(DictLength(dict) * 2);
  MICA_TRY(rest);
  size_t position = 0;
  Value k, v;
  while (DictNext(dict, &position, &k, &v)) {
    MICA_TRY(ListAppend(rest, k));
    MICA_TRY(ListAppend(rest, v));
  }
  DictClear(dict);
  MICA_TRY(DictStore(dict, key, value));
  for (size_t i = 0; i + 1 < AsList(rest)->length; i += 2) {
    MICA_TRY(DictStore(dict, AsList(rest)->items[i], AsList(rest)->items[i + 1]));
  }
  return Value::None();
}

// popitem(last=True), bound to the wrapped dict: the newest (or oldest) item as a (key, value) tuple.
Value PopItem(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const Value dict = args[0];
  if (!IsDict(dict)) return RaiseTypeError("popitem() needs an OrderedDict");
  bool last;
  MICA_TRY(LastArgument(args, n_pos, n_kw, 1, &last));
  if (DictLength(dict) == 0) return RaiseNew(&kKeyErrorType, "dictionary is empty");
  size_t position = 0;
  Value pair[2];
  Value k, v;
  while (DictNext(dict, &position, &k, &v)) {
    pair[0] = k;
    pair[1] = v;
    if (!last) break;
  }
  const Value result = NewTuple(pair, 2);
  MICA_TRY(result);
  MICA_TRY(DictRemove(dict, pair[0]));
  return result;
}

Value Repr(const Value* args, uint32_t, uint32_t) {
  const Value self = args[0];
  const Value dict = Unwrap(self);
  if (!IsDict(dict)) return RaiseTypeError("__repr__ needs an OrderedDict");
  bool active;
  MICA_TRY(ReprEnter(self, &active));
  if (active) return NewStr("...", 3);  // CPython prints a dict that contains itself as "..."
  StringBuilder text;
  text.Append(TypeNameOf(TypeOfValue(self)));
  text.AppendChar('(');
  Value result = Value::None();
  if (DictLength(dict) != 0) {
    text.AppendChar('[');
    size_t position = 0;
    Value k, v;
    bool first = true;
    while (!result.IsException() && DictNext(dict, &position, &k, &v)) {
      text.Append(first ? "(" : ", (");
      first = false;
      result = Print(text.AsPrinter(), k, PrintKind::kRepr);
      if (result.IsException()) break;
      text.Append(", ");
      result = Print(text.AsPrinter(), v, PrintKind::kRepr);
      text.AppendChar(')');
    }
    text.AppendChar(']');
  }
  ReprLeave(self);
  MICA_TRY(result);
  text.AppendChar(')');
  return text.Finish();
}

// fromkeys(iterable, value=None) as a class method: dict's own makes a plain dict.
Value FromKeys(const Value* args, uint32_t n_pos, uint32_t) {
  const Value instance = CallValue(args[0], nullptr, 0, 0);
  MICA_TRY(instance);
  const Value dict = Unwrap(instance);
  if (!IsDict(dict)) return RaiseTypeError("fromkeys() needs a dict class");
  const Value value = n_pos > 2 ? args[2] : Value::None();
  const Value iterator = GetIter(args[1]);
  MICA_TRY(iterator);
  for (;;) {
    const Value key = IterNext(iterator);
    if (key.IsNull()) return instance;
    MICA_TRY(key);
    MICA_TRY(DictStore(dict, key, value));
  }
}

constexpr BuiltinFunction kFromKeys = MakeBuiltin(names::fromkeys, 2, 3, FromKeys, kBuiltinClassMethod);
constexpr BuiltinFunction kMoveToEnd = MakeBuiltin(names::move_to_end, 2, 3, MoveToEnd, kBuiltinTakesKeywords);
constexpr BuiltinFunction kPopItem = MakeBuiltin(names::popitem, 1, 2, PopItem, kBuiltinTakesKeywords);
constexpr BuiltinFunction kRepr = MakeBuiltin(names::__repr__, 1, 1, Repr);

bool IsOrderedDict(Value v) {
  return ClassLookup(TypeOfValue(v), names::move_to_end).Is(Value::FromObject(&kMoveToEnd.header));
}

// Two dicts with the same items in the same order.
Value SameOrder(Value a, Value b) {
  if (DictLength(a) != DictLength(b)) return Value::False();
  size_t pa = 0, pb = 0;
  Value ka, va, kb, vb;
  while (DictNext(a, &pa, &ka, &va) && DictNext(b, &pb, &kb, &vb)) {
    Value equal = Equals(ka, kb);
    MICA_TRY(equal);
    if (!equal.IsTrue()) return Value::False();
    equal = Equals(va, vb);
    MICA_TRY(equal);
    if (!equal.IsTrue()) return Value::False();
  }
  return Value::True();
}

Value Equal(const Value* args, uint32_t, uint32_t) {
  const Value self = args[0];
  const Value other = args[1];
  if (IsOrderedDict(other)) return SameOrder(Unwrap(self), Unwrap(other));
  if (!IsDict(Unwrap(other))) return Value::NotImplemented();
  return Equals(Unwrap(self), Unwrap(other));
}

constexpr BuiltinFunction kEqual = MakeBuiltin(names::__eq__, 2, 2, Equal);
Value BindEqual(const Value* args, uint32_t, uint32_t) {
  return NewBoundMethod(Value::FromObject(&kEqual.header), args[0]);
}
constexpr BuiltinFunction kBindEqual = MakeBuiltin(names::__eq__, 1, 1, BindEqual);

}  // namespace

Value MakeOrderedDictClass() {
  const Value dict = NewDict();
  MICA_TRY(dict);
  MICA_TRY(DictStoreName(dict, names::__module__, Value::Name(names::collections)));
  MICA_TRY(DictStoreName(dict, names::__repr__, Value::FromObject(&kRepr.header)));
  MICA_TRY(DictStoreName(dict, names::fromkeys, Value::FromObject(&kFromKeys.header)));
  MICA_TRY(DictStoreName(dict, names::move_to_end, Value::FromObject(&kMoveToEnd.header)));
  MICA_TRY(DictStoreName(dict, names::popitem, Value::FromObject(&kPopItem.header)));
  const Value getter = Value::FromObject(&kBindEqual.header);
  const Value equal = CallValue(TypeValue(&kPropertyType), &getter, 1, 0);
  MICA_TRY(equal);
  MICA_TRY(DictStoreName(dict, names::__eq__, equal));
  const Value dict_type = TypeValue(&kDictType);
  const Value bases = NewTuple(&dict_type, 1);
  MICA_TRY(bases);
  return MakeClass(Value::Name(names::OrderedDict), bases, dict);
}

}  // namespace mica
