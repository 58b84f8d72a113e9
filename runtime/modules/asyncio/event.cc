// asyncio.Event: set(), clear(), is_set() and `await event.wait()`. wait() returns the event itself, so waiting
// allocates nothing: the waiting task is linked into the event's own FIFO and set() makes them all runnable, in
// the order they started waiting. As in CPython, a woken wait() returns True even if the event was cleared again
// before the task ran.
#include "runtime/modules/asyncio/asyncio_types.h"
#include "runtime/modules/asyncio/awaitable.h"
#include "runtime/modules/asyncio/scheduler.h"
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace asyncio {
namespace {

struct EventObject {
  Object header;
  TaskQueue waiters;
  bool is_set;
};

EventObject* AsEvent(Value v) { return reinterpret_cast<EventObject*>(v.AsObject()); }

Value EventNext(Value self) {
  TaskObject* current = RequireCurrentTask();
  if (current == nullptr) return Value::Exception();
  EventObject* event = AsEvent(self);
  if (current->blocker.Is(self)) {
    current->blocker = Value();
  } else if (!event->is_set) {
    WaitIn(&event->waiters, current, self);
    return self;
  }
  return ReturnFromAwait(Value::True());
}

Value EventSet(const Value* args, uint32_t, uint32_t) {
  EventObject* event = AsEvent(args[0]);
  event->is_set = true;
  while (TaskObject* waiter = event->waiters.PopFront()) Wake(waiter);
  return Value::None();
}

Value EventClear(const Value* args, uint32_t, uint32_t) {
  AsEvent(args[0])->is_set = false;
  return Value::None();
}

Value EventIsSet(const Value* args, uint32_t, uint32_t) { return Value::Bool(AsEvent(args[0])->is_set); }

Value EventWait(const Value* args, uint32_t, uint32_t) { return args[0]; }

Value EventMakeNew(const Type* type, const Value*, uint32_t n_pos, uint32_t n_kw) {
  MICA_TRY(CheckArgCount("Event", n_pos, n_kw, 0, 0));
  EventObject* event = NewRecord<EventObject>(type);
  return event == nullptr ? Value::Exception() : Value::FromObject(&event->header);
}

constexpr BuiltinFunction kClear = MakeMethod(&kEventType.type, names::clear, 1, 1, EventClear);
constexpr BuiltinFunction kIsSet = MakeMethod(&kEventType.type, names::is_set, 1, 1, EventIsSet);
constexpr BuiltinFunction kSet = MakeMethod(&kEventType.type, names::set, 1, 1, EventSet);
constexpr BuiltinFunction kWait = MakeMethod(&kEventType.type, names::wait, 1, 1, EventWait);

constexpr Member kEventMembers[] = {
    {names::__await__, &kAwaitSelf.header}, {names::clear, &kClear.header}, {names::is_set, &kIsSet.header},
    {names::set, &kSet.header},             {names::wait, &kWait.header},
};
static_assert(MembersSorted(kEventMembers, sizeof(kEventMembers) / sizeof(kEventMembers[0])), "sorted by name id");

}  // namespace

constexpr AwaitableType kEventType = {
    {{&kTypeType}, names::Event, 0, nullptr, EventMakeNew, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
     nullptr, EventNext, MemberTable{kEventMembers, sizeof(kEventMembers) / sizeof(kEventMembers[0])}},
    nullptr,  // cancel: the generic one (out of the waiters, runnable)
    nullptr,
    nullptr,
};

}  // namespace asyncio
}  // namespace mica
