// machine.Timer: a hardware timer that calls a Python function periodically (or once), at the next safe point
// after each interrupt (machine_irq.h).
//
//   Timer(id, *, mode=Timer.PERIODIC, freq=None, period=None, callback=None)   (period in milliseconds)
//   init(*, mode, freq, period, callback), deinit()
#include <math.h>

#include "runtime/modules/machine/arg_parse.h"
#include "runtime/modules/machine/machine_irq.h"
#include "runtime/modules/machine/machine_port.h"
#include "runtime/modules/machine/machine_types.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/object_ops.h"

namespace mica {
namespace machine {
namespace {

struct TimerObject {
  Object header;
  int16_t id;
  bool running;
};

TimerObject* AsTimer(Value v) { return reinterpret_cast<TimerObject*>(v.AsObject()); }

constexpr uint16_t kInitNames[] = {names::mode, names::freq, names::period, names::callback};
constexpr ParamSpec kInitSpec = {"init", kInitNames, 4, 0};

// The period in microseconds from freq (Hz: int, or float where the build has one) or period (ms).
Value PeriodUs(Value freq, Value period, uint64_t* out) {
  if (!freq.IsNull() && !period.IsNull()) return RaiseValueError("give freq or period, not both");
  if (freq.IsNull() && period.IsNull()) return RaiseValueError("Timer needs freq or period");
  if constexpr (kHasFloat) {
    if (!freq.IsNull()) {
      Float hz = 0;
      MICA_TRY(ToFloat(freq, &hz));
      if (!(hz > 0) || isinf(hz)) return RaiseValueError("freq must be positive");
      const Float us = Float{1000000} / hz;
      if (us < 1 || us > Float{4.0e12}) return RaiseValueError("Timer period out of range");
      *out = static_cast<uint64_t>(us + Float{0.5});
      return Value::None();
    }
  }
  intptr_t amount = 0;
  MICA_TRY(IntArg(freq.IsNull() ? period : freq, &amount));
  if (amount <= 0) return RaiseValueError(freq.IsNull() ? "period must be positive" : "freq must be positive");
  // ms * 1000, or 10**6 / hz rounded to nearest (below 1 us: out of range).
  const uint64_t n = static_cast<uint64_t>(amount);
  const uint64_t us = freq.IsNull() ? n * 1000 : (1000000 + n / 2) / n;
  if (us < 1 || us > 4000000000000) return RaiseValueError("Timer period out of range");
  *out = us;
  return Value::None();
}

Value Start(Value self, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  Value given[4];
  MICA_TRY(ParseArgs(kInitSpec, args, n_pos, n_kw, given));
  intptr_t mode = kTimerPeriodic;
  if (!given[0].IsNull()) MICA_TRY(IntArg(given[0], &mode));
  if (mode != kTimerPeriodic && mode != kTimerOneShot) return RaiseFormat(&kValueErrorType, "invalid Timer mode: %i", mode);
  uint64_t period_us = 0;
  MICA_TRY(PeriodUs(given[1], given[2], &period_us));
  const Value callback = given[3].IsNull() ? Value::None() : given[3];
  if (!callback.IsNone() && TypeOf(callback)->call == nullptr) {
    return RaiseFormat(&kTypeErrorType, "'%T' object is not callable", callback);
  }
  TimerObject* timer = AsTimer(self);
  machine_port::TimerStop(timer->id);
  if (!SetTimerHandler(timer->id, self, callback, mode == kTimerOneShot)) {
    return RaiseNew(&kRuntimeErrorType, "too many timers with callbacks");
  }
  if (!machine_port::TimerStart(timer->id, period_us, mode == kTimerOneShot)) {
    StopTimerHandler(timer->id);
    return RaiseFormat(&kValueErrorType, "Timer(%d) cannot run at that period", static_cast<int>(timer->id));
  }
  timer->running = true;
  return Value::None();
}

Value TimerMakeNew(const Type*, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  if (n_pos != 1) return RaiseTypeError("Timer() takes a timer id and keyword arguments");
  intptr_t id = 0;
  MICA_TRY(IntArg(args[0], &id));
  if (id < 0 || id > 0x7FFF || !machine_port::TimerExists(static_cast<int>(id))) {
    return RaiseFormat(&kValueErrorType, "Timer(%i) doesn't exist", id);
  }
  Object* object = NewObject(&kTimerType, sizeof(TimerObject));
  if (object == nullptr) return Value::Exception();
  AsTimer(Value::FromObject(object))->id = static_cast<int16_t>(id);
  const Value self = Value::FromObject(object);
  if (n_kw > 0) MICA_TRY(Start(self, args + 1, 0, n_kw));
  return self;
}

Value TimerInit(const Value* args, uint32_t n_pos, uint32_t n_kw) { return Start(args[0], args + 1, n_pos - 1, n_kw); }

Value TimerDeinit(const Value* args, uint32_t, uint32_t) {
  TimerObject* timer = AsTimer(args[0]);
  machine_port::TimerStop(timer->id);
  StopTimerHandler(timer->id);
  timer->running = false;
  return Value::None();
}

Value TimerPrint(const Printer& printer, Value self, PrintKind) {
  char text[16];
  int id = AsTimer(self)->id;
  size_t n = sizeof(text);
  text[--n] = 0;
  do {
    text[--n] = static_cast<char>('0' + id % 10);
    id /= 10;
  } while (id > 0 && n > 0);
  printer.Write("Timer(");
  printer.Write(text + n);
  printer.Write(")");
  return Value::None();
}

constexpr BuiltinFunction kDeinit = MakeMethod(&kTimerType, names::deinit, 1, 1, TimerDeinit);
constexpr BuiltinFunction kInit = MakeMethod(&kTimerType, names::init, 1, 1, TimerInit, kBuiltinTakesKeywords);

constexpr Member kTimerMembers[] = {
    {names::deinit, &kDeinit.header},
    {names::init, &kInit.header},
};
static_assert(MembersSorted(kTimerMembers, 2), "sorted by name id");

}  // namespace

constexpr ClassConstant kTimerConstants[] = {
    {names::ONE_SHOT, kTimerOneShot},
    {names::PERIODIC, kTimerPeriodic},
};
constexpr uint8_t kTimerConstantCount = 2;

constexpr Type kTimerType = {
    {&kClassWithConstantsType}, names::Timer, 0, nullptr, TimerMakeNew, TimerPrint, nullptr, nullptr, nullptr,
    nullptr, nullptr, nullptr, nullptr, MemberTable{kTimerMembers, 2}};

}  // namespace machine
}  // namespace mica
