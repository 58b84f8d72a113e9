#include "runtime/float_math.h"
#include "runtime/exec/builtins_module.h"

#include <string.h>

#include "runtime/exec/builtin_iterators.h"
#include "runtime/exec/builtin_module.h"
#include "runtime/exec/builtins_console.h"
#include "runtime/exec/builtins_exec.h"
#include "runtime/exec/descriptors.h"
#include "runtime/exec/exec_state.h"
#include "runtime/exec/function.h"
#include "runtime/exec/generator.h"
#include "runtime/exec/module.h"
#include "runtime/exec/port.h"
#include "runtime/exec/set.h"
#include "runtime/exec/super.h"
#include "runtime/exec/user_class.h"
#include "runtime/int_format.h"
#include "runtime/names.h"
#include "runtime/objects/ascii_repr.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytearray.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/float.h"
#include "runtime/objects/format.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/memoryview.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/none_bool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/object_type.h"
#include "runtime/objects/range.h"
#include "runtime/objects/slice.h"
#include "runtime/objects/str.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

// ---- Introspection --------------------------------------------------------------------------------------------

Value BuiltinLen(const Value* args, uint32_t, uint32_t) {
  return Len(args[0]);
}

Value BuiltinRepr(const Value* args, uint32_t, uint32_t) {
  return Repr(args[0]);
}

// ascii(x): repr(x) with every non-ASCII character written as a \x, \u or \U escape.
Value BuiltinAscii(const Value* args, uint32_t, uint32_t) {
  return Ascii(args[0]);
}

Value BuiltinHash(const Value* args, uint32_t, uint32_t) {
  return Hash(args[0]);
}

Value BuiltinId(const Value* args, uint32_t, uint32_t) {
  return NewIntFromUint64(static_cast<uint64_t>(args[0].bits()));
}

Value MatchClassInfo(const Type* type, Value class_info, bool* result) {
  if (IsTuple(class_info)) {
    for (size_t i = 0; i < TupleLength(class_info) && !*result; ++i) {
      MICA_TRY(MatchClassInfo(type, TupleItems(class_info)[i], result));
    }
    return Value::None();
  }
  if (!IsType(class_info)) {
    return RaiseTypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
  }
  *result = IsSubclass(type, AsType(class_info));
  return Value::None();
}

Value BuiltinIsInstance(const Value* args, uint32_t, uint32_t) {
  bool result = false;
  MICA_TRY(MatchClassInfo(TypeOf(args[0]), args[1], &result));
  return Value::Bool(result);
}

Value BuiltinIsSubclass(const Value* args, uint32_t, uint32_t) {
  if (!IsType(args[0])) return RaiseTypeError("issubclass() arg 1 must be a class");
  bool result = false;
  MICA_TRY(MatchClassInfo(AsType(args[0]), args[1], &result));
  return Value::Bool(result);
}

Value BuiltinCallable(const Value* args, uint32_t, uint32_t) {
  const Value value = args[0];
  if (IsUserInstance(value)) return Value::Bool(!ClassLookup(TypeOf(value), names::__call__).IsNull());
  return Value::Bool(TypeOf(value)->call != nullptr);
}

Value AttributeName(Value value, uint32_t* out) {
  if (!IsStr(value)) return RaiseFormat(&kTypeErrorType, "attribute name must be string, not '%T'", value);
  const Value name = StrToName(value);
  MICA_TRY(name);
  *out = name.AsNameId();
  return Value::None();
}

Value BuiltinGetattr(const Value* args, uint32_t n_pos, uint32_t) {
  uint32_t name;
  MICA_TRY(AttributeName(args[1], &name));
  if (n_pos == 2) return GetAttribute(args[0], name);
  const Value found = LookupAttribute(args[0], name);
  MICA_TRY(found);
  return found.IsNull() ? args[2] : found;
}

Value BuiltinSetattr(const Value* args, uint32_t, uint32_t) {
  uint32_t name;
  MICA_TRY(AttributeName(args[1], &name));
  MICA_TRY(SetAttribute(args[0], name, args[2]));
  return Value::None();
}

Value BuiltinDelattr(const Value* args, uint32_t, uint32_t) {
  uint32_t name;
  MICA_TRY(AttributeName(args[1], &name));
  MICA_TRY(DeleteAttribute(args[0], name));
  return Value::None();
}

Value BuiltinHasattr(const Value* args, uint32_t, uint32_t) {
  uint32_t name;
  MICA_TRY(AttributeName(args[1], &name));
  const Value found = LookupAttribute(args[0], name);
  MICA_TRY(found);
  return Value::Bool(!found.IsNull());
}

Value BuiltinGlobals(const Value*, uint32_t, uint32_t) {
  const vm::Frame* frame = Vm()->frame_top;
  if (frame == nullptr) return NewDict();
  return FrameGlobals(frame);
}

Value BuiltinLocals(const Value*, uint32_t, uint32_t) {
  const vm::Frame* frame = Vm()->frame_top;
  if (frame == nullptr) return NewDict();
  const vm::RawCode* code = frame->code;
  if ((code->flags & vm::kCodeNamespace) != 0) return FrameNamespace(frame);
  const Value dict = NewDict();
  MICA_TRY(dict);
  if (code->slot_names == nullptr) return dict;
  for (uint32_t slot = 0; slot < code->num_locals; ++slot) {
    Value value = frame->locals[slot];
    if (IsCell(value)) value = AsCell(value)->contents;
    if (value.IsUnbound() || value.IsNull()) continue;
    MICA_TRY(DictStoreName(dict, code->slot_names[slot], value));
  }
  return dict;
}

// ---- Iteration ----------------------------------------------------------------------------------------------

Value BuiltinIter(const Value* args, uint32_t n_pos, uint32_t) {
  if (n_pos == 2) return NewCallableIterator(args[0], args[1]);
  return GetIter(args[0]);
}

Value BuiltinNext(const Value* args, uint32_t n_pos, uint32_t) {
  if (TypeOf(args[0])->iter_next == nullptr) {
    return RaiseFormat(&kTypeErrorType, "'%T' object is not an iterator", args[0]);
  }
  if (IsGenerator(args[0])) {
    // A generator's return value travels in the StopIteration.
    Value out;
    switch (GeneratorResume(args[0], Value::None(), Value(), &out)) {
      case GenResult::kYielded:
        return out;
      case GenResult::kReturned:
        if (n_pos == 2) return args[1];
        return RaiseStopIteration(out.IsNone() ? Value() : out);
      default:
        return Value::Exception();
    }
  }
  const Value item = IterNext(args[0]);
  MICA_TRY(item);
  if (!item.IsNull()) return item;
  if (n_pos == 2) return args[1];
  return RaiseStopIteration(Value());
}

Value AnyAll(Value iterable, bool want) {
  const Value iterator = GetIter(iterable);
  MICA_TRY(iterator);
  for (;;) {
    const Value item = IterNext(iterator);
    MICA_TRY(item);
    if (item.IsNull()) return Value::Bool(!want);
    const Value truth = Truth(item);
    MICA_TRY(truth);
    if (truth.IsTrue() == want) return Value::Bool(want);
  }
}

Value BuiltinAny(const Value* args, uint32_t, uint32_t) {
  return AnyAll(args[0], true);
}

Value BuiltinAll(const Value* args, uint32_t, uint32_t) {
  return AnyAll(args[0], false);
}

Value BuiltinSum(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  Value total = n_pos >= 2 ? args[1] : FindKeyword(args, n_pos, n_kw, names::start);
  if (total.IsNull()) total = Value::SmallInt(0);
  if (IsStr(total)) return RaiseTypeError("sum() can't sum strings [use ''.join(seq) instead]");
  const Value iterator = GetIter(args[0]);
  MICA_TRY(iterator);
  for (;;) {
    const Value item = IterNext(iterator);
    MICA_TRY(item);
    if (item.IsNull()) return total;
    total = BinaryOperation(BinaryOp::kAdd, total, item);
    MICA_TRY(total);
  }
}

// min() and max(): one iterable or several arguments; key= and default=.
Value MinMax(const Value* args, uint32_t n_pos, uint32_t n_kw, BinaryOp better, const char* name) {
  Value key;
  Value fallback;
  for (uint32_t k = 0; k < n_kw; ++k) {
    const uint32_t keyword = args[n_pos + 2 * k].AsNameId();
    if (keyword == names::key) {
      key = args[n_pos + 2 * k + 1];
    } else if (keyword == names::default_) {
      fallback = args[n_pos + 2 * k + 1];
    } else {
      return RaiseFormat(&kTypeErrorType, "'%q' is an invalid keyword argument for %s()", keyword, name);
    }
  }
  if (key.IsNone()) key = Value();
  if (n_pos == 0) return RaiseFormat(&kTypeErrorType, "%s expected at least 1 argument, got 0", name);
  Value iterator;
  if (n_pos == 1) {
    iterator = GetIter(args[0]);
  } else {
    if (!fallback.IsNull()) {
      return RaiseFormat(&kTypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name);
    }
    const Value tuple = NewTuple(args, n_pos);
    MICA_TRY(tuple);
    iterator = GetIter(tuple);
  }
  MICA_TRY(iterator);
  Value best;
  Value best_key;
  for (;;) {
    const Value item = IterNext(iterator);
    MICA_TRY(item);
    if (item.IsNull()) break;
    Value item_key = item;
    if (!key.IsNull()) {
      item_key = CallValue(key, &item, 1, 0);
      MICA_TRY(item_key);
    }
    if (best.IsNull()) {
      best = item;
      best_key = item_key;
      continue;
    }
    const Value is_better = Compare(better, item_key, best_key);
    MICA_TRY(is_better);
    const Value truth = Truth(is_better);
    MICA_TRY(truth);
    if (truth.IsTrue()) {
      best = item;
      best_key = item_key;
    }
  }
  if (!best.IsNull()) return best;
  if (!fallback.IsNull()) return fallback;
  return RaiseFormat(&kValueErrorType, "%s() arg is an empty sequence", name);
}

Value BuiltinMin(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  return MinMax(args, n_pos, n_kw, BinaryOp::kLess, "min");
}

Value BuiltinMax(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  return MinMax(args, n_pos, n_kw, BinaryOp::kGreater, "max");
}

Value BuiltinSorted(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  if (n_pos != 1) return RaiseFormat(&kTypeErrorType, "sorted expected 1 argument, got %u", n_pos);
  Value key;
  bool reverse = false;
  for (uint32_t k = 0; k < n_kw; ++k) {
    const uint32_t keyword = args[n_pos + 2 * k].AsNameId();
    const Value value = args[n_pos + 2 * k + 1];
    if (keyword == names::key) {
      key = value.IsNone() ? Value() : value;
    } else if (keyword == names::reverse) {
      const Value truth = Truth(value);
      MICA_TRY(truth);
      reverse = truth.IsTrue();
    } else {
      return RaiseFormat(&kTypeErrorType, "'%q' is an invalid keyword argument for sort()", keyword);
    }
  }
  const Value list = ListFromIterable(args[0]);
  MICA_TRY(list);
  MICA_TRY(ListSort(list, key, reverse));
  return list;
}

// ---- Numbers ------------------------------------------------------------------------------------------------

Value BuiltinAbs(const Value* args, uint32_t, uint32_t) {
  return UnaryOperation(UnaryOp::kAbs, args[0]);
}

Value BuiltinDivmod(const Value* args, uint32_t, uint32_t) {
  const Value a = args[0];
  const Value b = args[1];
  if (IsInt(a) && IsInt(b)) {
    Value quotient;
    Value remainder;
    MICA_TRY(IntDivMod(a, b, &quotient, &remainder));
    const Value pair[2] = {quotient, remainder};
    return NewTuple(pair, 2);
  }
  if constexpr (kHasFloat) {
    if ((IsInt(a) || IsFloat(a)) && (IsInt(b) || IsFloat(b))) {
      Float x;
      Float y;
      MICA_TRY(ToFloat(a, &x));
      MICA_TRY(ToFloat(b, &y));
      Float quotient;
      Float remainder;
      MICA_TRY(FloatFloorDivMod(x, y, &quotient, &remainder));
      const Value q = NewFloat(quotient);
      MICA_TRY(q);
      const Value r = NewFloat(remainder);
      MICA_TRY(r);
      const Value pair[2] = {q, r};
      return NewTuple(pair, 2);
    }
  }
  const Value quotient = BinaryOperation(BinaryOp::kFloorDivide, a, b);
  MICA_TRY(quotient);
  const Value remainder = BinaryOperation(BinaryOp::kModulo, a, b);
  MICA_TRY(remainder);
  const Value pair[2] = {quotient, remainder};
  return NewTuple(pair, 2);
}

Value BuiltinPow(const Value* args, uint32_t n_pos, uint32_t) {
  return Power(args[0], args[1], n_pos == 3 ? args[2] : Value::None());
}

Value BuiltinRound(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  Value ndigits = n_pos >= 2 ? args[1] : FindKeyword(args, n_pos, n_kw, names::ndigits);
  if (ndigits.IsNone()) ndigits = Value();
  Value value = args[0];
  if (IsUserInstance(value)) {
    // A class's own __round__ wins; an int or float subclass without one rounds its value.
    const Value method = ClassLookup(TypeOf(value), names::__round__);
    if (!method.IsNull()) {
      const Value bound = BindAttribute(method, value, TypeOf(value));
      MICA_TRY(bound);
      return CallValue(bound, ndigits.IsNull() ? nullptr : &ndigits, ndigits.IsNull() ? 0 : 1, 0);
    }
    value = Unwrap(value);
  }
  if constexpr (kHasFloat) {
    if (IsFloat(value)) return FloatRound(FloatValue(value), ndigits);
  }
  if (IsInt(value)) {
    if (ndigits.IsNull() || !IsInt(ndigits) || !IntIsNegative(ndigits)) {
      return value.IsBool() ? Value::SmallInt(value.IsTrue() ? 1 : 0) : value;
    }
    // round(int, -n): to a multiple of 10**n, halves to even.
    const Value exponent = UnaryOperation(UnaryOp::kNegative, ndigits);
    MICA_TRY(exponent);
    const Value scale = BinaryOperation(BinaryOp::kPower, Value::SmallInt(10), exponent);
    MICA_TRY(scale);
    Value quotient;
    Value remainder;
    MICA_TRY(IntDivMod(value, scale, &quotient, &remainder));
    const Value twice = BinaryOperation(BinaryOp::kMultiply, remainder, Value::SmallInt(2));
    MICA_TRY(twice);
    const int c = IntCompare(twice, scale);
    bool up = c > 0;
    if (c == 0) {
      Value q2;
      Value r2;
      MICA_TRY(IntDivMod(quotient, Value::SmallInt(2), &q2, &r2));
      up = !r2.Is(Value::SmallInt(0));
    }
    if (up) {
      quotient = BinaryOperation(BinaryOp::kAdd, quotient, Value::SmallInt(1));
      MICA_TRY(quotient);
    }
    return BinaryOperation(BinaryOp::kMultiply, quotient, scale);
  }
  return RaiseFormat(&kTypeErrorType, "type %T doesn't define __round__ method", value);
}

Value IndexArgument(Value value, Value* out) {
  if (IsInt(value)) {
    *out = value.IsBool() ? Value::SmallInt(value.IsTrue() ? 1 : 0) : value;
    return Value::None();
  }
  const Value method = IsUserInstance(value) ? ClassLookup(TypeOf(value), names::__index__) : Value();
  if (!method.IsNull()) {
    const Value bound = BindAttribute(method, value, TypeOf(value));
    MICA_TRY(bound);
    const Value result = CallValue(bound, nullptr, 0, 0);
    MICA_TRY(result);
    if (IsInt(result)) {
      *out = result;
      return Value::None();
    }
  }
  return RaiseFormat(&kTypeErrorType, "'%T' object cannot be interpreted as an integer", value);
}

Value IntInBase(const Value* args, uint8_t base) {
  Value value;
  MICA_TRY(IndexArgument(args[0], &value));
  IntFormat format;
  format.base = base;
  format.prefix = true;
  return IntToStr(value, format);
}

Value BuiltinBin(const Value* args, uint32_t, uint32_t) {
  return IntInBase(args, 2);
}

Value BuiltinOct(const Value* args, uint32_t, uint32_t) {
  return IntInBase(args, 8);
}

Value BuiltinHex(const Value* args, uint32_t, uint32_t) {
  return IntInBase(args, 16);
}

Value BuiltinChr(const Value* args, uint32_t, uint32_t) {
  Value value;
  MICA_TRY(IndexArgument(args[0], &value));
  int64_t code = -1;
  if (!IntToInt64(value, &code) || code < 0 || code > kMaxStrChar) {
    return RaiseValueError(kUnicodeStrings ? "chr() arg not in range(0x110000)" : "chr() arg not in range(256)");
  }
  char text[4];
  const size_t length = StrEncodeChar(static_cast<uint32_t>(code), text);
  return NewStr(text, length);
}

Value BuiltinOrd(const Value* args, uint32_t, uint32_t) {
  const char* data;
  size_t length;
  if (!StrData(args[0], &data, &length)) {
    return RaiseFormat(&kTypeErrorType, "ord() expected string of length 1, but %T found", args[0]);
  }
  const size_t chars = StrCountChars(data, length);
  if (chars != 1) {
    return RaiseFormat(&kTypeErrorType, "ord() expected a character, but string of length %z found", chars);
  }
  size_t position = 0;
  return Value::SmallInt(static_cast<intptr_t>(StrNextChar(data, length, &position)));
}

Value BuiltinFormat(const Value* args, uint32_t n_pos, uint32_t) {
  const Value spec = n_pos == 2 ? args[1] : Value::Name(names::kEmpty);
  const Value value = args[0];
  if (IsUserInstance(value)) {
    const Value method = ClassLookup(TypeOf(value), names::__format__);
    if (!method.IsNull()) {
      const Value bound = BindAttribute(method, value, TypeOf(value));
      MICA_TRY(bound);
      const Value text = CallValue(bound, &spec, 1, 0);
      MICA_TRY(text);
      if (!IsStr(text)) return RaiseFormat(&kTypeErrorType, "__format__ must return a str, not %T", text);
      return text;
    }
  }
  return FormatToStr(value, spec);
}

// ---- Classes and modules ------------------------------------------------------------------------------------

Value BuiltinBuildClass(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  return BuildClass(args, n_pos, n_kw);
}

Value BuiltinImport(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  Value globals = n_pos >= 2 ? args[1] : Value();
  Value fromlist = n_pos >= 4 ? args[3] : Value::None();
  Value level = n_pos >= 5 ? args[4] : Value::SmallInt(0);
  for (uint32_t k = 0; k < n_kw; ++k) {
    const uint32_t keyword = args[n_pos + 2 * k].AsNameId();
    const Value value = args[n_pos + 2 * k + 1];
    if (keyword == names::globals) globals = value;
    if (StrEqualsText(Value::Name(keyword), "fromlist", 8)) fromlist = value;
    if (StrEqualsText(Value::Name(keyword), "level", 5)) level = value;
  }
  if (globals.IsNone()) globals = Value();
  if (!IsStr(args[0])) return RaiseFormat(&kTypeErrorType, "__import__() argument 1 must be str, not %T", args[0]);
  return ImportName(args[0], globals, fromlist, level);
}

constexpr uint16_t kVar = kVariadic;
constexpr uint16_t kKw = kBuiltinTakesKeywords;

constexpr BuiltinFunction kBuiltinFunctions[] = {
    MakeBuiltin(names::__build_class__, 2, kVar, BuiltinBuildClass, kKw),
    MakeBuiltin(names::__import__, 1, 5, BuiltinImport, kKw),
    MakeBuiltin(names::abs, 1, 1, BuiltinAbs),
    MakeBuiltin(names::all, 1, 1, BuiltinAll),
    MakeBuiltin(names::any, 1, 1, BuiltinAny),
    MakeBuiltin(names::ascii, 1, 1, BuiltinAscii),
    MakeBuiltin(names::bin, 1, 1, BuiltinBin),
    MakeBuiltin(names::callable, 1, 1, BuiltinCallable),
    MakeBuiltin(names::chr, 1, 1, BuiltinChr),
    MakeBuiltin(names::compile, 3, kVar, BuiltinCompile, kKw),
    MakeBuiltin(names::delattr, 2, 2, BuiltinDelattr),
    MakeBuiltin(names::dir, 0, 1, BuiltinDir),
    MakeBuiltin(names::divmod, 2, 2, BuiltinDivmod),
    MakeBuiltin(names::eval, 1, 3, BuiltinEval, kKw),
    MakeBuiltin(names::exec, 1, 3, BuiltinExec, kKw),
    MakeBuiltin(names::format, 1, 2, BuiltinFormat),
    MakeBuiltin(names::getattr, 2, 3, BuiltinGetattr),
    MakeBuiltin(names::globals, 0, 0, BuiltinGlobals),
    MakeBuiltin(names::hasattr, 2, 2, BuiltinHasattr),
    MakeBuiltin(names::hash, 1, 1, BuiltinHash),
    MakeBuiltin(names::help, 0, 1, BuiltinHelp),
    MakeBuiltin(names::hex, 1, 1, BuiltinHex),
    MakeBuiltin(names::id, 1, 1, BuiltinId),
    MakeBuiltin(names::input, 0, 1, BuiltinInput),
    MakeBuiltin(names::isinstance, 2, 2, BuiltinIsInstance),
    MakeBuiltin(names::issubclass, 2, 2, BuiltinIsSubclass),
    MakeBuiltin(names::iter, 1, 2, BuiltinIter),
    MakeBuiltin(names::len, 1, 1, BuiltinLen),
    MakeBuiltin(names::locals, 0, 0, BuiltinLocals),
    MakeBuiltin(names::max, 0, kVar, BuiltinMax, kKw),
    MakeBuiltin(names::min, 0, kVar, BuiltinMin, kKw),
    MakeBuiltin(names::next, 1, 2, BuiltinNext),
    MakeBuiltin(names::oct, 1, 1, BuiltinOct),
    MakeBuiltin(names::ord, 1, 1, BuiltinOrd),
    MakeBuiltin(names::pow, 2, 3, BuiltinPow),
    MakeBuiltin(names::print, 0, kVar, BuiltinPrint, kKw),
    MakeBuiltin(names::repr, 1, 1, BuiltinRepr),
    MakeBuiltin(names::round, 1, 2, BuiltinRound, kKw),
    MakeBuiltin(names::setattr, 3, 3, BuiltinSetattr),
    MakeBuiltin(names::sorted, 1, kVar, BuiltinSorted, kKw),
    MakeBuiltin(names::sum, 1, 2, BuiltinSum, kKw),
};


const Type* const kBuiltinTypes[] = {
    &kByteArrayType, &kBytesType, &kMemoryViewType, &kSetType, &kFrozenSetType,
    &kBoolType,     &kDictType,       &kEnumerateType,     &kFilterType,      &kIntType,
    &kListType,     &kMapType,        &kObjectType,        &kPropertyType,    &kRangeType,      &kReversedType,
    &kSliceType,    &kStaticMethodType, &kClassMethodType, &kStrType,         &kSuperType,      &kTupleType,
    &kTypeType,     &kZipType,
};

Value Publish(Value dict, uint32_t name, Value value) {
  return DictStoreName(dict, name, value);
}

}  // namespace

bool InitBuiltins() {
  ExecState& exec = Exec();
  const Value module = NewModule(Value::Name(names::builtins));
  if (module.IsException()) return false;
  const Value dict = ModuleGlobals(module);
  exec.builtins_module = module;
  exec.builtins = dict;
  for (const BuiltinFunction& function : kBuiltinFunctions) {
    if (Publish(dict, function.name, Value::FromObject(&function.header)).IsException()) return false;
  }
  for (const Type* type : kBuiltinTypes) {
    if (Publish(dict, type->name, TypeValue(type)).IsException()) return false;
  }
  // float and complex exist only where the build has float (float = none leaves their code out).
  if constexpr (kHasFloat) {
    static const Type* const kFloatTypes[] = {&kComplexType, &kFloatType};
    for (const Type* type : kFloatTypes) {
      if (Publish(dict, type->name, TypeValue(type)).IsException()) return false;
    }
  }
  for (const Type* const* type = kBuiltinExceptionTypes; *type != nullptr; ++type) {
    if (Publish(dict, (*type)->name, TypeValue(*type)).IsException()) return false;
  }
  for (const ExceptionAlias* alias = kBuiltinExceptionAliases; alias->type != nullptr; ++alias) {
    if (Publish(dict, alias->name, TypeValue(alias->type)).IsException()) return false;
  }
  if (Publish(dict, names::Ellipsis, Value::Ellipsis()).IsException()) return false;
  if (Publish(dict, names::NotImplemented, Value::NotImplemented()).IsException()) return false;
  // RecursionError is RuntimeError here (docs: Mica raises RuntimeError for runaway recursion).
  if (Publish(dict, names::RecursionError, TypeValue(&kRuntimeErrorType)).IsException()) return false;
  // open() is io.open: only a port that lists the io module has files (runtime/modules/io.cc).
  if (const BuiltinModuleDef* io = FindBuiltinModule(names::io)) {
    const Value open = BuiltinModuleMember(io, names::open);
    if (!open.IsNull() && Publish(dict, names::open, open).IsException()) return false;
  }
  exec.build_class = Value::FromObject(&kBuiltinFunctions[0].header);
  if (RegisterModule(Value::Name(names::builtins), module).IsException()) return false;
  return true;
}

}  // namespace mica
