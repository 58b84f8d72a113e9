// The `pyb` module, as far as board LEDs: pyb.LED(n) for the pyboard's LEDs 1..4 (red, green, yellow, blue), which
// the board names LED_RED... in its pin table (machine_port.h). LEDs are constant objects, so LED(1) is LED(1).
// intensity() (PWM on the pyboard's LEDs 3 and 4) is not offered.
#include "runtime/modules/machine/machine_port.h"
#include "runtime/modules/modules.h"
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace pyb {
namespace {

struct LedObject {
  Object header;
  uint8_t number;    // 1..4
  const char* pin;   // the board's pin name
};

extern const Type kLedType;

constexpr LedObject kLeds[] = {
    {{&kLedType}, 1, "LED_RED"},
    {{&kLedType}, 2, "LED_GREEN"},
    {{&kLedType}, 3, "LED_YELLOW"},
    {{&kLedType}, 4, "LED_BLUE"},
};
constexpr intptr_t kLedCount = sizeof(kLeds) / sizeof(kLeds[0]);

const LedObject* AsLed(Value v) { return reinterpret_cast<const LedObject*>(v.AsObject()); }

size_t Length(const char* text) {
  size_t n = 0;
  while (text[n] != 0) ++n;
  return n;
}

// The LED's pin, set up as an output; -1 (ValueError raised) if the board has no such LED.
int LedPin(const LedObject* led) {
  const int pin = machine_port::FindPinByName(led->pin, Length(led->pin));
  if (pin < 0) {
    RaiseFormat(&kValueErrorType, "LED(%d) doesn't exist on this board", static_cast<int>(led->number));
    return -1;
  }
  return pin;
}

Value LedMakeNew(const Type*, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  if (n_pos != 1 || n_kw != 0) return RaiseTypeError("LED() takes one LED number");
  if (!IsInt(args[0])) return RaiseFormat(&kTypeErrorType, "LED number must be int, not %T", args[0]);
  intptr_t number = 0;
  MICA_TRY(ToIndex(args[0], &number));
  if (number < 1 || number > kLedCount) return RaiseFormat(&kValueErrorType, "LED(%i) doesn't exist", number);
  const LedObject* led = &kLeds[number - 1];
  const int pin = LedPin(led);
  if (pin < 0) return Value::Exception();
  if (!machine_port::PinConfigure(pin, machine_port::PinMode::kOut, machine_port::PinPull::kNone, -1)) {
    return RaiseFormat(&kValueErrorType, "LED(%i) cannot be driven", number);
  }
  return Value::FromObject(&led->header);
}

Value SetLed(Value self, int level) {  // level -1: toggle
  const int pin = LedPin(AsLed(self));
  if (pin < 0) return Value::Exception();
  machine_port::PinWrite(pin, level < 0 ? !machine_port::PinOutputLevel(pin) : level != 0);
  return Value::None();
}

Value LedOn(const Value* args, uint32_t, uint32_t) { return SetLed(args[0], 1); }
Value LedOff(const Value* args, uint32_t, uint32_t) { return SetLed(args[0], 0); }
Value LedToggle(const Value* args, uint32_t, uint32_t) { return SetLed(args[0], -1); }

Value LedPrint(const Printer& printer, Value self, PrintKind) {
  const char text[] = {'L', 'E', 'D', '(', static_cast<char>('0' + AsLed(self)->number), ')'};
  printer.Write(text, sizeof(text));
  return Value::None();
}

constexpr BuiltinFunction kOff = MakeMethod(&kLedType, names::off, 1, 1, LedOff);
constexpr BuiltinFunction kOn = MakeMethod(&kLedType, names::on, 1, 1, LedOn);
constexpr BuiltinFunction kToggle = MakeMethod(&kLedType, names::toggle, 1, 1, LedToggle);

constexpr Member kLedMembers[] = {
    {names::off, &kOff.header},
    {names::on, &kOn.header},
    {names::toggle, &kToggle.header},
};
static_assert(MembersSorted(kLedMembers, 3), "sorted by name id");

constexpr Type kLedType = {{&kTypeType}, names::LED, 0,       nullptr, LedMakeNew, LedPrint, nullptr,
                           nullptr,      nullptr,    nullptr, nullptr, nullptr,    nullptr,  MemberTable{kLedMembers, 3}};

constexpr ModuleMember kPybMembers[] = {
    ModuleObjectMember(names::LED, &kLedType.header),
};

}  // namespace
}  // namespace pyb

extern const BuiltinModuleDef kPybModule = {names::pyb, pyb::kPybMembers, 1, nullptr};

}  // namespace mica
