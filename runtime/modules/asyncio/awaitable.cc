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

constexpr double kMaxSeconds = 1e9;  // about 31 years: far enough to mean "forever" without overflowing

Value ToMicroseconds(Value delay, double scale, uint64_t* out) {
  double amount;
  if (delay.IsSmallInt()) {
    amount = static_cast<double>(delay.AsSmallInt());
  } else if (IsFloat(delay)) {
    amount = FloatValue(delay);
  } else {
    intptr_t whole;
    MICA_TRY(ToIndex(delay, &whole));
    amount = static_cast<double>(whole);
  }
  if (!(amount > 0)) amount = 0;  // NaN too
  double micros = amount * scale;
  if (micros > kMaxSeconds * 1e6) micros = kMaxSeconds * 1e6;
  *out = static_cast<uint64_t>(micros);
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

Value SecondsToMicroseconds(Value seconds, uint64_t* out) { return ToMicroseconds(seconds, 1e6, out); }
Value MillisecondsToMicroseconds(Value milliseconds, uint64_t* out) { return ToMicroseconds(milliseconds, 1e3, out); }

}  // namespace asyncio
}  // namespace mica
