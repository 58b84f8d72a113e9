// asyncio.sleep(seconds) and sleep_ms(milliseconds): a sleep request the task parks on.
//
// No allocation per sleep: the request is the task's own (TaskObject::sleep, made at its first sleep) and is
// reused once the previous sleep is over. Only when a task creates a second sleep before awaiting the first (for
// example gather(sleep(a), sleep(b)), where other tasks await them) is another request made. The delay is read when
// the request is awaited, so the task that awaits it sleeps (not necessarily the one that called sleep()).
// sleep(0) puts the task at the back of the run queue, exactly like CPython's bare yield.
#include "runtime/modules/asyncio/sleep.h"

#include "gc/heap.h"
#include "runtime/modules/asyncio/awaitable.h"
#include "runtime/modules/asyncio/scheduler.h"
#include "runtime/names.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace asyncio {
namespace {

enum class SleepState : uint8_t { kIdle, kArmed, kWaiting };

struct SleepObject {
  Object header;
  uint64_t delay_us;
  SleepState state;
};

extern const AwaitableType kSleepType;

SleepObject* AsSleep(Value v) { return reinterpret_cast<SleepObject*>(v.AsObject()); }

Value SleepNext(Value self) {
  TaskObject* current = RequireCurrentTask();
  if (current == nullptr) return Value::Exception();
  SleepObject* sleep = AsSleep(self);
  if (current->blocker.Is(self)) {
    current->blocker = Value();
    sleep->state = SleepState::kIdle;
    return Value();  // done: the value of `await sleep(...)` is None
  }
  sleep->state = SleepState::kWaiting;
  if (sleep->delay_us == 0) {
    MakeRunnable(current);
  } else {
    StartTimer(current, sleep->delay_us);
  }
  Park(current, self);
  return self;
}

void SleepAbandon(Value self, TaskObject*) { AsSleep(self)->state = SleepState::kIdle; }

constexpr Member kSleepMembers[] = {
    {names::__await__, &kAwaitSelf.header},
};

constexpr AwaitableType kSleepType = {
    {{&kTypeType}, names::sleep, 0, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
     SleepNext, MemberTable{kSleepMembers, 1}},
    nullptr,  // cancel: the generic one (off the timer, runnable)
    SleepAbandon,
    nullptr,  // expire: the generic one (runnable)
};

}  // namespace

Value NewSleep(uint64_t delay_us) {
  TaskObject* current = CurrentTask();
  Value request;
  if (current != nullptr && !current->sleep.IsNull() && AsSleep(current->sleep)->state == SleepState::kIdle) {
    request = current->sleep;
  } else {
    SleepObject* object = NewRecord<SleepObject>(&kSleepType.type, gc::kNoScan);
    if (object == nullptr) return Value::Exception();
    request = Value::FromObject(&object->header);
    if (current != nullptr && current->sleep.IsNull()) current->sleep = request;
  }
  AsSleep(request)->delay_us = delay_us;
  AsSleep(request)->state = SleepState::kArmed;
  return request;
}

}  // namespace asyncio
}  // namespace mica
