// machine.Pin: a GPIO pin by board or CPU name (or number, where the board numbers its pins), its mode, pull and
// level, and an edge interrupt whose Python handler runs at the next safe point (machine_irq.h).
//
//   Pin(id, mode=-1, pull=-1, *, value=None, alt=-1)   init(...) takes the same after id
//   value([x]) / p() / p(x), on(), off(), low(), high(), mode([m]), pull([p]), irq(handler=None, trigger=...)
#include <string.h>

#include "runtime/modules/machine/arg_parse.h"
#include "runtime/modules/machine/machine_irq.h"
#include "runtime/modules/machine/machine_port.h"
#include "runtime/modules/machine/machine_types.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"

namespace mica {
namespace machine {
namespace {

using machine_port::PinMode;
using machine_port::PinPull;

bool ToPortMode(intptr_t mode, PinMode* out) {
  switch (mode) {
    case kModeIn: *out = PinMode::kIn; return true;
    case kModeOut: *out = PinMode::kOut; return true;
    case kModeOpenDrain: *out = PinMode::kOpenDrain; return true;
    case kModeAlt: *out = PinMode::kAlt; return true;
    case kModeAltOpenDrain: *out = PinMode::kAltOpenDrain; return true;
    case kModeAnalog: *out = PinMode::kAnalog; return true;
    default: return false;
  }
}

bool ToPortPull(intptr_t pull, PinPull* out) {
  switch (pull) {
    case kPullNone: *out = PinPull::kNone; return true;
    case kPullUp: *out = PinPull::kUp; return true;
    case kPullDown: *out = PinPull::kDown; return true;
    default: return false;
  }
}

Value LookUpPin(Value id, int* pin) {
  const char* text;
  size_t length;
  if (StrData(id, &text, &length)) {
    *pin = machine_port::FindPinByName(text, length);
    if (*pin < 0) {
      char shown[24];  // the name in the message, cut short if it is long
      const size_t n = length < sizeof(shown) - 1 ? length : sizeof(shown) - 1;
      memcpy(shown, text, n);
      shown[n] = 0;
      return RaiseFormat(&kValueErrorType, "Pin(%s) doesn't exist", shown);
    }
    return Value::None();
  }
  if (IsPin(id)) {
    *pin = AsPin(id)->id;
    return Value::None();
  }
  if (!IsInt(id) || id.IsBool()) return RaiseFormat(&kTypeErrorType, "Pin id must be str or int, not %T", id);
  intptr_t number = 0;
  MICA_TRY(ToIndex(id, &number));
  *pin = machine_port::FindPinByNumber(number);
  if (*pin < 0) return RaiseFormat(&kValueErrorType, "Pin(%i) doesn't exist", number);
  return Value::None();
}

// init(mode, pull, *, value, alt): args[0] is the pin. Left-out settings keep their current values.
constexpr uint16_t kInitNames[] = {names::mode, names::pull, names::value, names::alt, names::af};
constexpr ParamSpec kInitSpec = {"init", kInitNames, 5, 2};

Value Configure(Value self, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  Value given[5];
  MICA_TRY(ParseArgs(kInitSpec, args, n_pos, n_kw, given));
  PinObject* pin = AsPin(self);
  intptr_t mode = pin->mode, pull = pin->pull, alt = -1;
  if (!given[0].IsNull()) MICA_TRY(IntArg(given[0], &mode));
  if (!given[1].IsNull()) {
    if (given[1].IsNone()) {
      pull = kPullNone;
    } else {
      MICA_TRY(IntArg(given[1], &pull));
    }
  }
  const Value alt_arg = !given[3].IsNull() ? given[3] : given[4];
  if (!alt_arg.IsNull()) MICA_TRY(IntArg(alt_arg, &alt));
  PinMode port_mode;
  PinPull port_pull;
  if (!ToPortMode(mode, &port_mode)) return RaiseFormat(&kValueErrorType, "invalid pin mode: %i", mode);
  if (!ToPortPull(pull, &port_pull)) return RaiseFormat(&kValueErrorType, "invalid pin pull: %i", pull);
  if (alt < -1 || alt > 15) return RaiseFormat(&kValueErrorType, "invalid pin alt: %i", alt);
  // The level first, so an output starts at the wanted level instead of glitching through the old one.
  if (!given[2].IsNull() && !given[2].IsNone()) {
    const Value level = Truth(given[2]);
    MICA_TRY(level);
    machine_port::PinWrite(pin->id, level.IsTrue());
  }
  if (!machine_port::PinConfigure(pin->id, port_mode, port_pull, static_cast<int>(alt))) {
    return RaiseFormat(&kValueErrorType, "Pin(%s) cannot be set to mode %i", machine_port::PinName(pin->id), mode);
  }
  pin->mode = static_cast<uint8_t>(mode);
  pin->pull = static_cast<uint8_t>(pull);
  return Value::None();
}

Value PinValue(Value self, const Value* args, uint32_t n_args) {
  PinObject* pin = AsPin(self);
  if (n_args == 0) return Value::SmallInt(machine_port::PinRead(pin->id) ? 1 : 0);
  const Value level = Truth(args[0]);
  MICA_TRY(level);
  machine_port::PinWrite(pin->id, level.IsTrue());
  return Value::None();
}

Value PinValueMethod(const Value* args, uint32_t n_pos, uint32_t) { return PinValue(args[0], args + 1, n_pos - 1); }
Value PinCall(Value self, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  MICA_TRY(CheckArgCount("Pin", n_pos, n_kw, 0, 1));
  return PinValue(self, args, n_pos);
}

Value PinOn(const Value* args, uint32_t, uint32_t) {
  machine_port::PinWrite(AsPin(args[0])->id, true);
  return Value::None();
}

Value PinOff(const Value* args, uint32_t, uint32_t) {
  machine_port::PinWrite(AsPin(args[0])->id, false);
  return Value::None();
}

Value PinInit(const Value* args, uint32_t n_pos, uint32_t n_kw) { return Configure(args[0], args + 1, n_pos - 1, n_kw); }

Value PinMode_(const Value* args, uint32_t n_pos, uint32_t) {
  if (n_pos == 1) return Value::SmallInt(AsPin(args[0])->mode);
  const Value keyword[2] = {Value::Name(names::mode), args[1]};
  return Configure(args[0], keyword, 0, 1);
}

Value PinPull_(const Value* args, uint32_t n_pos, uint32_t) {
  if (n_pos == 1) return Value::SmallInt(AsPin(args[0])->pull);
  const Value keyword[2] = {Value::Name(names::pull), args[1]};
  return Configure(args[0], keyword, 0, 1);
}

Value PinNameMethod(const Value* args, uint32_t, uint32_t) {
  return NewStrFromCString(machine_port::PinName(AsPin(args[0])->id));
}

// irq(handler=None, trigger=IRQ_FALLING | IRQ_RISING, *, hard=False): hard handlers (run inside the interrupt)
// are not offered: a Python callback always runs at the next safe point.
constexpr uint16_t kIrqNames[] = {names::handler, names::trigger, names::hard};
constexpr ParamSpec kIrqSpec = {"irq", kIrqNames, 3, 2};

Value PinIrq(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  Value given[3];
  MICA_TRY(ParseArgs(kIrqSpec, args + 1, n_pos - 1, n_kw, given));
  const Value self = args[0];
  const int pin = AsPin(self)->id;
  const Value handler = given[0].IsNull() ? Value::None() : given[0];
  intptr_t trigger = kIrqRising | kIrqFalling;
  if (!given[1].IsNull()) MICA_TRY(IntArg(given[1], &trigger));
  if (!given[2].IsNull()) {
    const Value hard = Truth(given[2]);
    MICA_TRY(hard);
    if (hard.IsTrue()) return RaiseValueError("hard interrupt handlers are not supported: handlers are scheduled");
  }
  if (handler.IsNone()) {
    machine_port::PinIrqDisable(pin);
    SetPinHandler(pin, self, Value::None());
    return Value::None();
  }
  if (TypeOf(handler)->call == nullptr) return RaiseFormat(&kTypeErrorType, "'%T' object is not callable", handler);
  if (trigger <= 0 || (trigger & ~(kIrqRising | kIrqFalling)) != 0) {
    return RaiseFormat(&kValueErrorType, "invalid pin trigger: %i", trigger);
  }
  if (!SetPinHandler(pin, self, handler)) return RaiseNew(&kRuntimeErrorType, "too many pin interrupt handlers");
  if (!machine_port::PinIrqEnable(pin, static_cast<uint8_t>(trigger))) {
    SetPinHandler(pin, self, Value::None());
    return RaiseFormat(&kValueErrorType, "Pin(%s) cannot interrupt (its interrupt line is in use or missing)",
                       machine_port::PinName(pin));
  }
  return Value::None();
}

Value PinPrint(const Printer& printer, Value self, PrintKind) {
  printer.Write("Pin(");
  printer.Write(machine_port::PinName(AsPin(self)->id));
  printer.Write(")");
  return Value::None();
}

constexpr BuiltinFunction kHigh = MakeMethod(&kPinType, names::high, 1, 1, PinOn);
constexpr BuiltinFunction kInit = MakeMethod(&kPinType, names::init, 1, 3, PinInit, kBuiltinTakesKeywords);
constexpr BuiltinFunction kIrq = MakeMethod(&kPinType, names::irq, 1, 3, PinIrq, kBuiltinTakesKeywords);
constexpr BuiltinFunction kLow = MakeMethod(&kPinType, names::low, 1, 1, PinOff);
constexpr BuiltinFunction kMode = MakeMethod(&kPinType, names::mode, 1, 2, PinMode_);
constexpr BuiltinFunction kName = MakeMethod(&kPinType, names::name, 1, 1, PinNameMethod);
constexpr BuiltinFunction kOff = MakeMethod(&kPinType, names::off, 1, 1, PinOff);
constexpr BuiltinFunction kOn = MakeMethod(&kPinType, names::on, 1, 1, PinOn);
constexpr BuiltinFunction kPull = MakeMethod(&kPinType, names::pull, 1, 2, PinPull_);
constexpr BuiltinFunction kValue = MakeMethod(&kPinType, names::value, 1, 2, PinValueMethod);

constexpr Member kPinMembers[] = {
    {names::high, &kHigh.header}, {names::init, &kInit.header}, {names::irq, &kIrq.header},
    {names::low, &kLow.header},   {names::mode, &kMode.header}, {names::name, &kName.header},
    {names::off, &kOff.header},   {names::on, &kOn.header},     {names::pull, &kPull.header},
    {names::value, &kValue.header},
};
static_assert(MembersSorted(kPinMembers, sizeof(kPinMembers) / sizeof(kPinMembers[0])), "sorted by name id");

}  // namespace

Value PinMakeNew(const Type*, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  if (n_pos < 1) return RaiseTypeError("Pin() needs a pin id");
  int id = 0;
  MICA_TRY(LookUpPin(args[0], &id));
  Object* object = NewObject(&kPinType, sizeof(PinObject));
  if (object == nullptr) return Value::Exception();
  PinObject* pin = reinterpret_cast<PinObject*>(object);
  pin->id = static_cast<int16_t>(id);
  pin->mode = kModeIn;
  pin->pull = kPullNone;
  const Value self = Value::FromObject(object);
  // Pin(id) alone leaves the hardware as it is (MicroPython's rule): only given settings are applied.
  if (n_pos > 1 || n_kw > 0) MICA_TRY(Configure(self, args + 1, n_pos - 1, n_kw));
  return self;
}

constexpr ClassConstant kPinConstants[] = {
    {names::ALT, kModeAlt},           {names::ALT_OPEN_DRAIN, kModeAltOpenDrain},
    {names::ANALOG, kModeAnalog},     {names::IN, kModeIn},
    {names::IRQ_FALLING, kIrqFalling}, {names::IRQ_RISING, kIrqRising},
    {names::OPEN_DRAIN, kModeOpenDrain}, {names::OUT, kModeOut},
    {names::PULL_DOWN, kPullDown},    {names::PULL_NONE, kPullNone},
    {names::PULL_UP, kPullUp},
};
constexpr uint8_t kPinConstantCount = sizeof(kPinConstants) / sizeof(kPinConstants[0]);

constexpr Type kPinType = {
    {&kClassWithConstantsType}, names::Pin, 0, nullptr, PinMakeNew, PinPrint, PinCall, nullptr, nullptr,
    nullptr, nullptr, nullptr, nullptr, MemberTable{kPinMembers, sizeof(kPinMembers) / sizeof(kPinMembers[0])}};

}  // namespace machine
}  // namespace mica
