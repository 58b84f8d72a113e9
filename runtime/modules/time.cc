// The built-in `time` module, MicroPython's API: time, time_ns, sleep, sleep_ms, sleep_us, the ticks_* family,
// localtime, gmtime, mktime.
//
// Clocks come from the port (runtime/exec/port_time.h); calendar arithmetic is time_calendar.h. Ticks follow
// MicroPython: ticks_ms/us/cpu count modulo kTicksPeriod = 2**30, so every tick value is a small int on every
// target (31-bit small ints on 32-bit boards) and reading a clock never allocates; ticks_add and ticks_diff do
// the wrap-around arithmetic. localtime/gmtime return MicroPython's 8-tuple (year, month, mday, hour, minute,
// second, weekday, yearday), which is also the first 8 fields of CPython's struct_time.
#include <stdint.h>

#include "runtime/exec/exec.h"
#include "runtime/exec/port_time.h"
#include "runtime/modules/modules.h"
#include "runtime/modules/time_calendar.h"
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/tuple.h"

namespace mica {
namespace {

constexpr int64_t kTicksPeriod = int64_t{1} << 30;
constexpr int64_t kTicksMask = kTicksPeriod - 1;
constexpr int64_t kTicksHalfPeriod = kTicksPeriod / 2;
constexpr int64_t kNanosecondsPerSecond = 1000000000;

Value SmallTicks(uint64_t value) {
  return Value::SmallInt(static_cast<intptr_t>(value & static_cast<uint64_t>(kTicksMask)));
}

// An int argument as int64 (OverflowError beyond it, TypeError for anything but an int).
Value ArgInt64(Value v, int64_t* out) {
  if (!IsInt(v)) return RaiseFormat(&kTypeErrorType, "can't convert %T to int", v);
  if (!IntToInt64(v, out)) return RaiseOverflowError("overflow converting long int to machine word");
  return Value::None();
}

// Seconds since the epoch from an int, a float (rounded down, as CPython) or None (now).
Value ArgEpochSeconds(const Value* args, uint32_t n_pos, int64_t* out) {
  if (n_pos == 0 || args[0].IsNone()) {
    const int64_t now = port::WallClockNanoseconds();
    *out = now / kNanosecondsPerSecond - (now % kNanosecondsPerSecond < 0 ? 1 : 0);
    return Value::None();
  }
  if constexpr (kHasFloat) {
    if (IsFloat(args[0])) {
      const double seconds = FloatValue(args[0]);
      // The range a year in int32 allows, with room to spare (and NaN fails the test).
      if (!(seconds > -6.7e16 && seconds < 6.7e16)) return RaiseOverflowError("timestamp out of range for platform");
      int64_t whole = static_cast<int64_t>(seconds);
      if (static_cast<double>(whole) > seconds) --whole;
      *out = whole;
      return Value::None();
    }
  }
  MICA_TRY(ArgInt64(args[0], out));
  if (*out < -67000000000000000LL || *out > 67000000000000000LL) {
    return RaiseOverflowError("timestamp out of range for platform");
  }
  return Value::None();
}

Value NewTimeTuple(const calendar::BrokenDownTime& t) {
  const Value items[8] = {
      Value::SmallInt(t.year),   Value::SmallInt(t.month),   Value::SmallInt(t.mday),
      Value::SmallInt(t.hour),   Value::SmallInt(t.minute),  Value::SmallInt(t.second),
      Value::SmallInt(t.weekday), Value::SmallInt(t.yearday),
  };
  return NewTuple(items, 8);
}

// A float of seconds, as CPython; where float is binary32 (a 24-bit mantissa: steps of two minutes today) or
// absent an int of whole seconds, as MicroPython gives on such boards. time_ns() has the full resolution anyway.
Value TimeTime(const Value*, uint32_t, uint32_t) {
  if constexpr (kFloatBits < 64) {
    return NewInt(static_cast<int64_t>(port::WallClockNanoseconds() / 1000000000));
  } else {
    return NewFloat(static_cast<Float>(static_cast<double>(port::WallClockNanoseconds()) / 1e9));
  }
}

Value TimeTimeNs(const Value*, uint32_t, uint32_t) {
  return NewInt(port::WallClockNanoseconds());
}

// Ctrl-C during the sleep ends it with KeyboardInterrupt. Callbacks scheduled meanwhile (micropython.schedule,
// a Timer or Pin interrupt) run during the sleep, as they would at a loop edge: the port's sleep returns early
// when one is queued, and the sleep goes on after it.
Value SleepFor(uint64_t microseconds) {
  if (microseconds == 0) return Value::None();
  const uint64_t end = port::MonotonicMicroseconds() + microseconds;
  for (;;) {
    const uint64_t now = port::MonotonicMicroseconds();
    if (now >= end) break;
    port::SleepMicroseconds(end - now);
    MICA_TRY(RaiseIfInterrupted());
    MICA_TRY(RunScheduled());
  }
  return Value::None();
}

// sleep(seconds): int or float (an int where the build has no float); negative is a ValueError, as in CPython.
Value TimeSleep(const Value* args, uint32_t, uint32_t) {
  if constexpr (kHasFloat) {
    Float value;
    MICA_TRY(ToFloat(args[0], &value));
    const double seconds = value;
    if (!(seconds >= 0)) return RaiseValueError("sleep length must be non-negative");
    if (seconds > 1.8e13) return RaiseOverflowError("sleep length is too large");
    return SleepFor(static_cast<uint64_t>(seconds * 1e6));
  } else {
    int64_t seconds;
    MICA_TRY(ArgInt64(args[0], &seconds));
    if (seconds < 0) return RaiseValueError("sleep length must be non-negative");
    if (seconds > 18000000000000) return RaiseOverflowError("sleep length is too large");
    return SleepFor(static_cast<uint64_t>(seconds) * 1000000);
  }
}

// sleep_ms/sleep_us: ints; a negative delay returns at once, as in MicroPython.
Value SleepScaled(Value arg, uint64_t microseconds_per_unit) {
  int64_t units;
  MICA_TRY(ArgInt64(arg, &units));
  if (units <= 0) return Value::None();
  if (static_cast<uint64_t>(units) > UINT64_MAX / microseconds_per_unit) {
    return RaiseOverflowError("sleep length is too large");
  }
  return SleepFor(static_cast<uint64_t>(units) * microseconds_per_unit);
}

Value TimeSleepMs(const Value* args, uint32_t, uint32_t) { return SleepScaled(args[0], 1000); }
Value TimeSleepUs(const Value* args, uint32_t, uint32_t) { return SleepScaled(args[0], 1); }

Value TimeTicksMs(const Value*, uint32_t, uint32_t) { return SmallTicks(port::MonotonicMicroseconds() / 1000); }
Value TimeTicksUs(const Value*, uint32_t, uint32_t) { return SmallTicks(port::MonotonicMicroseconds()); }
// No cycle counter through the port yet: the highest-resolution clock it has.
Value TimeTicksCpu(const Value*, uint32_t, uint32_t) { return SmallTicks(port::MonotonicMicroseconds()); }

// ticks_add(ticks, delta): (ticks + delta) mod the period; |delta| must stay below half a period, as in
// MicroPython, because a larger step cannot be told apart from a step backwards by ticks_diff.
Value TimeTicksAdd(const Value* args, uint32_t, uint32_t) {
  int64_t ticks;
  int64_t delta;
  MICA_TRY(ArgInt64(args[0], &ticks));
  MICA_TRY(ArgInt64(args[1], &delta));
  if (delta < -kTicksHalfPeriod || delta >= kTicksHalfPeriod) return RaiseOverflowError("ticks interval overflow");
  return SmallTicks(static_cast<uint64_t>(ticks + delta));
}

// ticks_diff(end, start): the signed distance, in [-period/2, period/2), across a wrap-around.
Value TimeTicksDiff(const Value* args, uint32_t, uint32_t) {
  int64_t end;
  int64_t start;
  MICA_TRY(ArgInt64(args[0], &end));
  MICA_TRY(ArgInt64(args[1], &start));
  const int64_t distance = ((end - start + kTicksHalfPeriod) & kTicksMask) - kTicksHalfPeriod;
  return Value::SmallInt(static_cast<intptr_t>(distance));
}

Value TimeGmtime(const Value* args, uint32_t n_pos, uint32_t) {
  int64_t seconds;
  MICA_TRY(ArgEpochSeconds(args, n_pos, &seconds));
  return NewTimeTuple(calendar::FromEpochSeconds(seconds));
}

Value TimeLocaltime(const Value* args, uint32_t n_pos, uint32_t) {
  int64_t seconds;
  MICA_TRY(ArgEpochSeconds(args, n_pos, &seconds));
  return NewTimeTuple(calendar::FromEpochSeconds(seconds + port::LocalTimeOffsetSeconds(seconds)));
}

// mktime(tuple): the inverse of localtime. Takes 8 fields (MicroPython) or 9 (CPython's, the last ignored);
// fields out of range carry as in C's mktime. The offset is looked up at the result, so a local time next to a
// daylight-saving change lands on the right side of it.
Value TimeMktime(const Value* args, uint32_t, uint32_t) {
  const Value* items;
  size_t length;
  if (!SequenceItems(args[0], &items, &length) || (length != 8 && length != 9)) {
    return RaiseTypeError("mktime needs a tuple of length 8 or 9");
  }
  int64_t fields[6];
  for (int i = 0; i < 6; ++i) {
    MICA_TRY(ArgInt64(items[i], &fields[i]));
    if (fields[i] < -(int64_t{1} << 40) || fields[i] > (int64_t{1} << 40)) {
      return RaiseOverflowError("mktime argument out of range");
    }
  }
  const int64_t as_utc = calendar::ToEpochSeconds(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
  int64_t seconds = as_utc - port::LocalTimeOffsetSeconds(as_utc);
  seconds = as_utc - port::LocalTimeOffsetSeconds(seconds);
  return NewInt(seconds);
}

constexpr BuiltinFunction kGmtime = MakeBuiltin(names::gmtime, 0, 1, TimeGmtime);
constexpr BuiltinFunction kLocaltime = MakeBuiltin(names::localtime, 0, 1, TimeLocaltime);
constexpr BuiltinFunction kMktime = MakeBuiltin(names::mktime, 1, 1, TimeMktime);
constexpr BuiltinFunction kSleep = MakeBuiltin(names::sleep, 1, 1, TimeSleep);
constexpr BuiltinFunction kSleepMs = MakeBuiltin(names::sleep_ms, 1, 1, TimeSleepMs);
constexpr BuiltinFunction kSleepUs = MakeBuiltin(names::sleep_us, 1, 1, TimeSleepUs);
constexpr BuiltinFunction kTicksAdd = MakeBuiltin(names::ticks_add, 2, 2, TimeTicksAdd);
constexpr BuiltinFunction kTicksCpu = MakeBuiltin(names::ticks_cpu, 0, 0, TimeTicksCpu);
constexpr BuiltinFunction kTicksDiff = MakeBuiltin(names::ticks_diff, 2, 2, TimeTicksDiff);
constexpr BuiltinFunction kTicksMs = MakeBuiltin(names::ticks_ms, 0, 0, TimeTicksMs);
constexpr BuiltinFunction kTicksUs = MakeBuiltin(names::ticks_us, 0, 0, TimeTicksUs);
constexpr BuiltinFunction kTime = MakeBuiltin(names::time, 0, 0, TimeTime);
constexpr BuiltinFunction kTimeNs = MakeBuiltin(names::time_ns, 0, 0, TimeTimeNs);

constexpr ModuleMember kTimeMembers[] = {
    ModuleObjectMember(names::gmtime, &kGmtime.header),
    ModuleObjectMember(names::localtime, &kLocaltime.header),
    ModuleObjectMember(names::mktime, &kMktime.header),
    ModuleObjectMember(names::sleep, &kSleep.header),
    ModuleObjectMember(names::sleep_ms, &kSleepMs.header),
    ModuleObjectMember(names::sleep_us, &kSleepUs.header),
    ModuleObjectMember(names::ticks_add, &kTicksAdd.header),
    ModuleObjectMember(names::ticks_cpu, &kTicksCpu.header),
    ModuleObjectMember(names::ticks_diff, &kTicksDiff.header),
    ModuleObjectMember(names::ticks_ms, &kTicksMs.header),
    ModuleObjectMember(names::ticks_us, &kTicksUs.header),
    ModuleObjectMember(names::time, &kTime.header),
    ModuleObjectMember(names::time_ns, &kTimeNs.header),
};
static_assert(ModuleMembersSorted(kTimeMembers, sizeof(kTimeMembers) / sizeof(kTimeMembers[0])), "sorted by name id");

}  // namespace

extern const BuiltinModuleDef kTimeModule = {
    names::time, kTimeMembers, sizeof(kTimeMembers) / sizeof(kTimeMembers[0]), nullptr,
};

}  // namespace mica
