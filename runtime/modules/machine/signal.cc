// machine.Signal: a pin (or any object with a value() method) seen as active/inactive, with invert=True for
// active-low wiring, so programs say on()/off() instead of remembering which level lights the LED.
//
//   Signal(pin_or_object, *, invert=False)   Signal(pin_id, pin_args..., *, invert=False) makes the Pin itself
//   value([x]) / s() / s(x), on(), off()
#include "runtime/modules/machine/machine_types.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace machine {
namespace {

struct SignalObject {
  Object header;
  Value target;  // the Pin, or the object whose value() is used
  bool invert;
};

SignalObject* AsSignal(Value v) { return reinterpret_cast<SignalObject*>(v.AsObject()); }

constexpr uint32_t kMaxPinArgs = 8;

Value SignalMakeNew(const Type*, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  if (n_pos < 1) return RaiseTypeError("Signal() needs a pin or an object with value()");
  bool invert = false;
  // The arguments for Pin(): everything but invert=.
  Value pin_args[kMaxPinArgs * 2];
  uint32_t pin_kw = 0;
  if (n_pos + 2 * n_kw > sizeof(pin_args) / sizeof(pin_args[0])) return RaiseTypeError("Signal(): too many arguments");
  for (uint32_t i = 0; i < n_pos; ++i) pin_args[i] = args[i];
  for (uint32_t k = 0; k < n_kw; ++k) {
    const Value key = args[n_pos + 2 * k];
    const Value value = args[n_pos + 2 * k + 1];
    if (key.AsNameId() == names::invert) {
      const Value truth = Truth(value);
      MICA_TRY(truth);
      invert = truth.IsTrue();
    } else {
      pin_args[n_pos + 2 * pin_kw] = key;
      pin_args[n_pos + 2 * pin_kw + 1] = value;
      ++pin_kw;
    }
  }
  Value target = args[0];
  const bool pin_id = IsStr(target) || (IsInt(target) && !target.IsBool());
  if (pin_id) {
    target = PinMakeNew(&kPinType, pin_args, n_pos, pin_kw);
    MICA_TRY(target);
  } else if (n_pos > 1 || pin_kw > 0) {
    return RaiseTypeError("Signal(obj) takes only invert= after an object");
  } else if (!IsPin(target)) {
    const Value method = LookupAttr(target, names::value);
    MICA_TRY(method);
    if (method.IsNull()) return RaiseFormat(&kTypeErrorType, "Signal needs a Pin or an object with value(), not %T", target);
  }
  Object* object = NewObject(&kSignalType, sizeof(SignalObject));
  if (object == nullptr) return Value::Exception();
  SignalObject* signal = reinterpret_cast<SignalObject*>(object);
  signal->target = target;
  signal->invert = invert;
  return Value::FromObject(object);
}

Value SignalValue(Value self, const Value* args, uint32_t n_args) {
  SignalObject* signal = AsSignal(self);
  const bool invert = signal->invert;
  if (n_args == 0) {
    const Value level = CallMethod(signal->target, names::value, nullptr, 0);
    MICA_TRY(level);
    const Value truth = Truth(level);
    MICA_TRY(truth);
    return Value::SmallInt(truth.IsTrue() != invert ? 1 : 0);
  }
  const Value truth = Truth(args[0]);
  MICA_TRY(truth);
  const Value level = Value::SmallInt(truth.IsTrue() != invert ? 1 : 0);
  const Value result = CallMethod(signal->target, names::value, &level, 1);
  MICA_TRY(result);
  return Value::None();
}

Value SignalValueMethod(const Value* args, uint32_t n_pos, uint32_t) {
  return SignalValue(args[0], args + 1, n_pos - 1);
}
Value SignalCall(Value self, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  MICA_TRY(CheckArgCount("Signal", n_pos, n_kw, 0, 1));
  return SignalValue(self, args, n_pos);
}
Value SignalOn(const Value* args, uint32_t, uint32_t) {
  const Value on = Value::True();
  return SignalValue(args[0], &on, 1);
}
Value SignalOff(const Value* args, uint32_t, uint32_t) {
  const Value off = Value::False();
  return SignalValue(args[0], &off, 1);
}

Value SignalPrint(const Printer& printer, Value self, PrintKind) {
  printer.Write("Signal(");
  MICA_TRY(Print(printer, AsSignal(self)->target, PrintKind::kRepr));
  printer.Write(AsSignal(self)->invert ? ", invert=True)" : ")");
  return Value::None();
}

constexpr BuiltinFunction kOff = MakeMethod(&kSignalType, names::off, 1, 1, SignalOff);
constexpr BuiltinFunction kOn = MakeMethod(&kSignalType, names::on, 1, 1, SignalOn);
constexpr BuiltinFunction kValue = MakeMethod(&kSignalType, names::value, 1, 2, SignalValueMethod);

constexpr Member kSignalMembers[] = {
    {names::off, &kOff.header},
    {names::on, &kOn.header},
    {names::value, &kValue.header},
};
static_assert(MembersSorted(kSignalMembers, 3), "sorted by name id");

}  // namespace

constexpr Type kSignalType = {
    {&kTypeType}, names::Signal, 0, nullptr, SignalMakeNew, SignalPrint, SignalCall, nullptr, nullptr,
    nullptr, nullptr, nullptr, nullptr, MemberTable{kSignalMembers, 3}};

}  // namespace machine
}  // namespace mica
