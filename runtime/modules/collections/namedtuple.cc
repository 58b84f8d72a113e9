// collections.namedtuple: builds, with the ordinary class machinery (MakeClass), a subclass of tuple whose class
// dict holds constant built-in functions: __new__ (fields by position or keyword, defaults), __repr__
// ("Point(x=1, y=2)"), _make, and one property per field. A property's getter is a bound method of the built-in
// FieldGetter on the field's index, so no code is compiled and nothing but the class itself lives in RAM.
// _asdict and _replace are properties that bind their implementation to the instance itself (a plain built-in
// method would be bound to the wrapped tuple, which does not know the class). Equality, hashing, indexing and
// unpacking are tuple's.
#include "runtime/exec/descriptors.h"
#include "runtime/exec/user_class.h"
#include "runtime/modules/collections/collections_types.h"
#include "runtime/names.h"
#include "runtime/objects/bound_method.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/object_type.h"
#include "runtime/objects/str.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

constexpr size_t kMaxFields = 255;

// The class's _fields and _field_defaults (found through the MRO, so subclasses of a namedtuple work).
Value ClassFields(const Type* type, Value* fields, Value* defaults) {
  *fields = ClassLookup(type, names::_fields);
  if (fields->IsNull() || !IsTuple(*fields)) return RaiseTypeError("not a namedtuple class");
  if (defaults != nullptr) {
    *defaults = ClassLookup(type, names::_field_defaults);
    if (defaults->IsNull() || !IsDict(*defaults)) return RaiseTypeError("not a namedtuple class");
  }
  return Value::None();
}

const Type* TypeOfValue(Value v) { return v.IsObject() ? v.AsObject()->type : TypeOf(v); }

// Index of the field called `name` (a Value::Name), or -1.
intptr_t FieldIndex(Value fields, Value name) {
  const size_t count = TupleLength(fields);
  for (size_t i = 0; i < count; ++i) {
    if (TupleItems(fields)[i].Is(name)) return static_cast<intptr_t>(i);
  }
  return -1;
}

// Makes the instance of `cls` holding `values` (one per field): object.__new__ on the tuple of values, which
// gives the instance its wrapped tuple.
Value NewInstance(Value cls, const Value* values, size_t count) {
  const Value items = NewTuple(values, count);
  MICA_TRY(items);
  const Value object_new = ClassLookup(&kObjectType, names::__new__);
  if (object_new.IsNull()) return RaiseTypeError("object.__new__ is missing");
  const Value args[2] = {cls, items};
  return CallValue(object_new, args, 2, 0);
}

// CPython's TypeError for missing fields: "missing 2 required positional arguments: 'x' and 'y'".
Value RaiseMissing(const char* class_name, Value fields, const Value* values, size_t missing) {
  StringBuilder text;
  size_t listed = 0;
  for (size_t i = 0; i < TupleLength(fields); ++i) {
    if (!values[i].IsNull()) continue;
    if (listed > 0) text.Append(listed + 1 == missing ? (missing > 2 ? ", and " : " and ") : ", ");
    text.AppendChar('\'');
    text.AppendStr(TupleItems(fields)[i]);
    text.AppendChar('\'');
    ++listed;
  }
  const Value list = text.Finish();
  MICA_TRY(list);
  return RaiseFormat(&kTypeErrorType, "%s.__new__() missing %d required positional argument%s: %S", class_name,
                     static_cast<int>(missing), missing == 1 ? "" : "s", list);
}

// __new__(cls, *values, **by_name)
Value NamedTupleNew(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const Value cls = args[0];
  if (!IsType(cls)) return RaiseTypeError("__new__(X): X is not a type object");
  Value fields, defaults;
  MICA_TRY(ClassFields(AsType(cls), &fields, &defaults));
  const size_t count = TupleLength(fields);
  const char* name = TypeNameOf(AsType(cls));
  if (n_pos - 1 > count) {
    return RaiseFormat(&kTypeErrorType, "%s.__new__() takes %d positional arguments but %d were given", name,
                       static_cast<int>(count + 1), static_cast<int>(n_pos));
  }
  Value values[kMaxFields];
  for (size_t i = 0; i < count; ++i) values[i] = i + 1 < n_pos ? args[i + 1] : Value();
  for (uint32_t k = 0; k < n_kw; ++k) {
    const Value key = args[n_pos + 2 * k];
    const intptr_t index = FieldIndex(fields, key);
    if (index < 0) {
      return RaiseFormat(&kTypeErrorType, "%s.__new__() got an unexpected keyword argument '%S'", name, key);
    }
    if (!values[index].IsNull()) {
      return RaiseFormat(&kTypeErrorType, "%s.__new__() got multiple values for argument '%S'", name, key);
    }
    values[index] = args[n_pos + 2 * k + 1];
  }
  size_t missing = 0;
  for (size_t i = 0; i < count; ++i) {
    if (!values[i].IsNull()) continue;
    const Value fallback = DictLookup(defaults, TupleItems(fields)[i]);
    MICA_TRY(fallback);
    values[i] = fallback;
    if (fallback.IsNull()) ++missing;
  }
  if (missing != 0) return RaiseMissing(name, fields, values, missing);
  return NewInstance(cls, values, count);
}

Value NamedTupleRepr(const Value* args, uint32_t, uint32_t) {
  const Value self = args[0];
  Value fields;
  MICA_TRY(ClassFields(TypeOfValue(self), &fields, nullptr));
  const Value items = Unwrap(self);
  if (!IsTuple(items)) return RaiseTypeError("not a namedtuple instance");
  StringBuilder text;
  text.Append(TypeNameOf(TypeOfValue(self)));
  text.AppendChar('(');
  // No recursion guard of its own, as in CPython: a tuple can only contain itself through a mutable
  // container, whose repr is guarded.
  Value result = Value::None();
  const size_t count = TupleLength(items) < TupleLength(fields) ? TupleLength(items) : TupleLength(fields);
  for (size_t i = 0; i < count && !result.IsException(); ++i) {
    if (i != 0) text.Append(", ");
    text.AppendStr(TupleItems(fields)[i]);
    text.AppendChar('=');
    result = Print(text.AsPrinter(), TupleItems(items)[i], PrintKind::kRepr);
  }
  MICA_TRY(result);
  text.AppendChar(')');
  return text.Finish();
}

// The getter of field `index`: bound to the index, called with the instance.
Value FieldGetter(const Value* args, uint32_t, uint32_t) {
  const Value items = Unwrap(args[1]);
  const intptr_t index = args[0].AsSmallInt();
  if (!IsTuple(items) || static_cast<size_t>(index) >= TupleLength(items)) return RaiseTypeError("not a namedtuple instance");
  return TupleItems(items)[index];
}

Value AsDictImpl(const Value* args, uint32_t, uint32_t) {
  const Value self = args[0];
  Value fields;
  MICA_TRY(ClassFields(TypeOfValue(self), &fields, nullptr));
  const Value items = Unwrap(self);
  const Value dict = NewDict();
  MICA_TRY(dict);
  for (size_t i = 0; i < TupleLength(fields) && i < TupleLength(items); ++i) {
    MICA_TRY(DictStore(dict, TupleItems(fields)[i], TupleItems(items)[i]));
  }
  return dict;
}

Value ReplaceImpl(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const Value self = args[0];
  Value fields;
  MICA_TRY(ClassFields(TypeOfValue(self), &fields, nullptr));
  if (n_pos > 1) return RaiseTypeError("_replace() takes 1 positional argument");
  const Value items = Unwrap(self);
  const size_t count = TupleLength(items);
  if (count > kMaxFields) return RaiseTypeError("too many fields");
  Value values[kMaxFields];
  for (size_t i = 0; i < count; ++i) values[i] = TupleItems(items)[i];
  for (uint32_t k = 0; k < n_kw; ++k) {
    const Value key = args[n_pos + 2 * k];
    const intptr_t index = FieldIndex(fields, key);
    if (index < 0 || static_cast<size_t>(index) >= count) {
      return RaiseFormat(&kValueErrorType, "Got unexpected field names: ['%S']", key);
    }
    values[index] = args[n_pos + 2 * k + 1];
  }
  return NewInstance(TypeValue(TypeOfValue(self)), values, count);
}

Value MakeImpl(const Value* args, uint32_t, uint32_t) {
  const Value cls = args[0];
  if (!IsType(cls)) return RaiseTypeError("_make() needs a class");
  Value fields;
  MICA_TRY(ClassFields(AsType(cls), &fields, nullptr));
  const Value items = TupleFromIterable(args[1]);
  MICA_TRY(items);
  if (TupleLength(items) != TupleLength(fields)) {
    return RaiseFormat(&kTypeErrorType, "Expected %d arguments, got %d", static_cast<int>(TupleLength(fields)),
                       static_cast<int>(TupleLength(items)));
  }
  return NewInstance(cls, TupleItems(items), TupleLength(items));
}

constexpr BuiltinFunction kNew = MakeBuiltin(names::__new__, 1, kVariadic, NamedTupleNew, kBuiltinTakesKeywords);
constexpr BuiltinFunction kRepr = MakeBuiltin(names::__repr__, 1, 1, NamedTupleRepr);
constexpr BuiltinFunction kFieldGetter = MakeBuiltin(names::kEmpty, 2, 2, FieldGetter);
constexpr BuiltinFunction kAsDict = MakeBuiltin(names::_asdict, 1, 1, AsDictImpl);
constexpr BuiltinFunction kReplace = MakeBuiltin(names::_replace, 1, kVariadic, ReplaceImpl, kBuiltinTakesKeywords);
constexpr BuiltinFunction kMake = MakeBuiltin(names::_make, 2, 2, MakeImpl, kBuiltinClassMethod);

// The property getters of _asdict and _replace: the implementation bound to the instance.
Value BindAsDict(const Value* args, uint32_t, uint32_t) { return NewBoundMethod(Value::FromObject(&kAsDict.header), args[0]); }
Value BindReplace(const Value* args, uint32_t, uint32_t) { return NewBoundMethod(Value::FromObject(&kReplace.header), args[0]); }
constexpr BuiltinFunction kBindAsDict = MakeBuiltin(names::_asdict, 1, 1, BindAsDict);
constexpr BuiltinFunction kBindReplace = MakeBuiltin(names::_replace, 1, 1, BindReplace);

Value NewProperty(Value getter) { return CallValue(TypeValue(&kPropertyType), &getter, 1, 0); }

// A valid field name: an identifier (ASCII letters, digits, _) not starting with a digit or an underscore.
Value CheckFieldName(Value name) {
  const char* text;
  size_t length;
  if (!IsStr(name) || !StrData(name, &text, &length)) return RaiseTypeError("Type names and field names must be strings");
  bool valid = length > 0 && !(text[0] >= '0' && text[0] <= '9');
  for (size_t i = 0; i < length && valid; ++i) {
    const char c = text[i];
    valid = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
            (static_cast<uint8_t>(c) & 0x80) != 0;
  }
  if (!valid) return RaiseFormat(&kValueErrorType, "Type names and field names must be valid identifiers: %R", name);
  return Value::None();
}

// field_names as a tuple of interned names: a str split at commas and whitespace, or any iterable of str.
Value ParseFieldNames(Value spec) {
  Value names_value[kMaxFields];
  size_t count = 0;
  if (IsStr(spec)) {
    const char* text;
    size_t length;
    StrData(spec, &text, &length);
    size_t i = 0;
    while (i < length) {
      while (i < length && (text[i] == ',' || text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
      const size_t start = i;
      while (i < length && !(text[i] == ',' || text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
      if (i == start) break;
      if (count == kMaxFields) return RaiseValueError("too many field names");
      names_value[count] = NewStr(text + start, i - start);
      MICA_TRY(names_value[count]);
      ++count;
    }
  } else {
    const Value items = TupleFromIterable(spec);
    MICA_TRY(items);
    if (TupleLength(items) > kMaxFields) return RaiseValueError("too many field names");
    // CPython applies str() to each name.
    for (size_t i = 0; i < TupleLength(items); ++i) {
      names_value[count] = Str(TupleItems(items)[i]);
      MICA_TRY(names_value[count]);
      ++count;
    }
  }
  for (size_t i = 0; i < count; ++i) {
    MICA_TRY(CheckFieldName(names_value[i]));
    const char* text;
    size_t length;
    StrData(names_value[i], &text, &length);
    if (text[0] == '_') {
      return RaiseFormat(&kValueErrorType, "Field names cannot start with an underscore: %R", names_value[i]);
    }
    names_value[i] = StrToName(names_value[i]);
    MICA_TRY(names_value[i]);
    for (size_t j = 0; j < i; ++j) {
      if (names_value[j].Is(names_value[i])) {
        return RaiseFormat(&kValueErrorType, "Encountered duplicate field name: %R", names_value[i]);
      }
    }
  }
  return NewTuple(names_value, count);
}

Value NamedTupleFunction(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  MICA_TRY(CheckArgCount("namedtuple", n_pos, 0, 2, 2));
  Value defaults = Value::None();
  for (uint32_t k = 0; k < n_kw; ++k) {
    const uint32_t key = args[n_pos + 2 * k].AsNameId();
    const Value value = args[n_pos + 2 * k + 1];
    if (key == names::defaults) {
      defaults = value;
    } else if (key != names::module && key != names::rename) {
      return RaiseFormat(&kTypeErrorType, "namedtuple() got an unexpected keyword argument '%S'", args[n_pos + 2 * k]);
    }
  }
  const Value type_name = args[0];
  MICA_TRY(CheckFieldName(type_name));
  const Value fields = ParseFieldNames(args[1]);
  MICA_TRY(fields);
  const size_t count = TupleLength(fields);

  const Value field_defaults = NewDict();
  MICA_TRY(field_defaults);
  if (!defaults.IsNone()) {
    const Value values = TupleFromIterable(defaults);
    MICA_TRY(values);
    const size_t n = TupleLength(values);
    if (n > count) return RaiseTypeError("Got more default values than field names");
    for (size_t i = 0; i < n; ++i) {
      MICA_TRY(DictStore(field_defaults, TupleItems(fields)[count - n + i], TupleItems(values)[i]));
    }
  }

  const Value dict = NewDict();
  MICA_TRY(dict);
  MICA_TRY(DictStoreName(dict, names::_fields, fields));
  MICA_TRY(DictStoreName(dict, names::_field_defaults, field_defaults));
  // A staticmethod, as a `def __new__` would be: the class machinery takes bare built-ins in a class dict for
  // inherited defaults and would not call it.
  const Value new_function = Value::FromObject(&kNew.header);
  const Value new_method = CallValue(TypeValue(&kStaticMethodType), &new_function, 1, 0);
  MICA_TRY(new_method);
  MICA_TRY(DictStoreName(dict, names::__new__, new_method));
  MICA_TRY(DictStoreName(dict, names::__repr__, Value::FromObject(&kRepr.header)));
  MICA_TRY(DictStoreName(dict, names::_make, Value::FromObject(&kMake.header)));
  Value property = NewProperty(Value::FromObject(&kBindAsDict.header));
  MICA_TRY(property);
  MICA_TRY(DictStoreName(dict, names::_asdict, property));
  property = NewProperty(Value::FromObject(&kBindReplace.header));
  MICA_TRY(property);
  MICA_TRY(DictStoreName(dict, names::_replace, property));
  for (size_t i = 0; i < count; ++i) {
    const Value getter =
        NewBoundMethod(Value::FromObject(&kFieldGetter.header), Value::SmallInt(static_cast<intptr_t>(i)));
    MICA_TRY(getter);
    property = NewProperty(getter);
    MICA_TRY(property);
    MICA_TRY(DictStore(dict, TupleItems(fields)[i], property));
  }
  const Value tuple_type = TypeValue(&kTupleType);
  const Value bases = NewTuple(&tuple_type, 1);
  MICA_TRY(bases);
  return MakeClass(type_name, bases, dict);
}

}  // namespace

constexpr BuiltinFunction kNamedTuple =
    MakeBuiltin(names::namedtuple, 2, 2, NamedTupleFunction, kBuiltinTakesKeywords);

}  // namespace mica
