#include "runtime/modules/asyncio/awaitable.h"

#include "runtime/modules/asyncio/scheduler.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace asyncio {
namespace {

struct CompletedObject {
  Object header;
  Value value;
};

Value AwaitSelf(const Value* args, uint32_t, uint32_t) { return args[0]; }

Value CompletedNext(Value self) { return ReturnFromAwait(reinterpret_cast<CompletedObject*>(self.AsObject())->value); }

}  // namespace

constexpr BuiltinFunction kAwaitSelf = MakeBuiltin(names::__await__, 1, 1, AwaitSelf);

namespace {

constexpr Member kCompletedMembers[] = {
    {names::__await__, &kAwaitSelf.header},
};

constexpr Type kCompletedType = {
    {&kTypeType}, names::completed, 0,       nullptr, nullptr, nullptr, nullptr,
    nullptr,      nullptr,          nullptr, nullptr, nullptr, CompletedNext,
    MemberTable{kCompletedMembers, 1},
};

constexpr CompletedObject kCompletedNone = {{&kCompletedType}, Value::None()};

constexpr uint64_t kMaxMicroseconds = uint64_t{1000000000} * 1000000;  // about 31 years: "forever", no overflow

// A delay of `delay` units of `scale` microseconds: an int (or __index__), or a float where the build has one;
// negative or NaN is no delay.
Value ToMicroseconds(Value delay, uint64_t scale, uint64_t* out) {
  if constexpr (kHasFloat) {
    if (IsFloat(delay)) {
      const double amount = FloatValue(delay);
      double micros = amount > 0 ? amount * static_cast<double>(scale) : 0;  // NaN too
      if (micros > static_cast<double>(kMaxMicroseconds)) micros = static_cast<double>(kMaxMicroseconds);
      *out = static_cast<uint64_t>(micros);
      return Value::None();
    }
  }
  intptr_t whole;
  MICA_TRY(ToIndex(delay, &whole));
  const uint64_t units = whole > 0 ? static_cast<uint64_t>(whole) : 0;
  *out = units > kMaxMicroseconds / scale ? kMaxMicroseconds : units * scale;
  return Value::None();
}

}  // namespace

Value NewCompleted(Value value) {
  if (value.IsNone()) return CompletedNone();
  CompletedObject* object = NewRecord<CompletedObject>(&kCompletedType);
  if (object == nullptr) return Value::Exception();
  object->value = value;
  return Value::FromObject(&object->header);
}

Value CompletedNone() { return Value::FromObject(&kCompletedNone.header); }

Value SecondsToMicroseconds(Value seconds, uint64_t* out) { return ToMicroseconds(seconds, 1000000, out); }
Value MillisecondsToMicroseconds(Value milliseconds, uint64_t* out) { return ToMicroseconds(milliseconds, 1000, out); }

}  // namespace asyncio
}  // namespace mica
