// gather(): runs its awaitables as tasks (started at once, as CPython's ensure_future does) and returns their
// results in order. Each child task points back at the gather, which counts the children still running and wakes
// the awaiting task when the last one finishes, or at the first exception unless return_exceptions is true (the
// other children keep running, as in CPython). Cancelling the awaiting task cancels the children.
//
// wait_for(): runs the awaitable as a task and parks the caller in its awaiters with a timer. When the timer falls
// due first the inner task is cancelled and waited for (its `finally` blocks run), then TimeoutError is raised.
#include "runtime/modules/asyncio/gather.h"

#include "runtime/modules/asyncio/awaitable.h"
#include "runtime/names.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/list.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace asyncio {
namespace {

struct GatherObject {
  Object header;
  Value children;  // a list of tasks
  TaskObject* waiter;
  Value first_error;
  uint32_t remaining;
  bool return_exceptions;
};

GatherObject* AsGather(Value v) { return reinterpret_cast<GatherObject*>(v.AsObject()); }

size_t ChildCount(const GatherObject* gather) { return AsList(gather->children)->length; }
TaskObject* ChildAt(const GatherObject* gather, size_t i) { return AsTask(AsList(gather->children)->items[i]); }

Value GatherResults(GatherObject* gather) {
  const size_t count = ChildCount(gather);
  const Value results = NewList(count);
  MICA_TRY(results);
  for (size_t i = 0; i < count; ++i) MICA_TRY(ListAppend(results, ChildAt(gather, i)->result));
  return results;
}

Value GatherNext(Value self) {
  TaskObject* current = RequireCurrentTask();
  if (current == nullptr) return Value::Exception();
  GatherObject* gather = AsGather(self);
  if (current->blocker.Is(self)) {
    current->blocker = Value();
    gather->waiter = nullptr;
  }
  if (!gather->first_error.IsNull()) return Raise(gather->first_error);
  if (gather->remaining > 0) {
    gather->waiter = current;
    Park(current, self);
    return self;
  }
  const Value results = GatherResults(gather);
  MICA_TRY(results);
  return ReturnFromAwait(results);
}

bool GatherCancel(Value self, TaskObject* task) {
  GatherObject* gather = AsGather(self);
  task->cancel_pending = true;
  const size_t count = ChildCount(gather);
  for (size_t i = 0; i < count; ++i) CancelTask(ChildAt(gather, i));
  return true;
}

void GatherAbandon(Value self, TaskObject*) { AsGather(self)->waiter = nullptr; }

constexpr Member kAwaitMembers[] = {
    {names::__await__, &kAwaitSelf.header},
};

constexpr AwaitableType kGatherType = {
    {{&kTypeType}, names::gather, 0, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
     nullptr, GatherNext, MemberTable{kAwaitMembers, 1}},
    GatherCancel,
    GatherAbandon,
    nullptr,
};

struct WaitForObject {
  Object header;
  Value awaitable;
  TaskObject* inner;
  uint64_t timeout_us;
  bool has_timeout;
  bool timed_out;
};

WaitForObject* AsWaitFor(Value v) { return reinterpret_cast<WaitForObject*>(v.AsObject()); }

Value WaitForNext(Value self) {
  TaskObject* current = RequireCurrentTask();
  if (current == nullptr) return Value::Exception();
  WaitForObject* wait = AsWaitFor(self);
  if (current->blocker.Is(self)) {
    current->blocker = Value();
  } else {
    if (wait->inner == nullptr) {
      wait->inner = IsTask(wait->awaitable) ? AsTask(wait->awaitable) : CreateTask(wait->awaitable);
      if (wait->inner == nullptr) return Value::Exception();
      wait->awaitable = Value::None();
    }
    if (wait->inner->state == TaskState::kPending) {
      WaitIn(&wait->inner->awaiters, current, self);
      if (wait->has_timeout) StartTimer(current, wait->timeout_us);
      return self;
    }
  }
  TaskObject* inner = wait->inner;
  if (wait->timed_out && inner->state == TaskState::kFailed && IsInstance(inner->result, &kCancelledErrorType)) {
    const Value timeout = NewException(&kTimeoutErrorType, nullptr, 0);
    MICA_TRY(timeout);
    ExceptionSetContext(timeout, inner->result);
    return Raise(timeout);
  }
  if (inner->state == TaskState::kFailed) return Raise(inner->result);
  return ReturnFromAwait(inner->result);
}

bool WaitForCancel(Value self, TaskObject* task) {
  StopTimer(task);
  task->cancel_pending = true;
  CancelTask(AsWaitFor(self)->inner);
  return true;
}

void WaitForExpire(Value self, TaskObject* task) {
  WaitForObject* wait = AsWaitFor(self);
  wait->timed_out = true;
  if (!CancelTask(wait->inner)) Wake(task);
}

constexpr AwaitableType kWaitForType = {
    {{&kTypeType}, names::wait_for, 0, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
     nullptr, WaitForNext, MemberTable{kAwaitMembers, 1}},
    WaitForCancel,
    nullptr,
    WaitForExpire,
};

}  // namespace

void GatherChildDone(Value gather_value, TaskObject* child) {
  GatherObject* gather = AsGather(gather_value);
  if (gather->remaining > 0) --gather->remaining;
  bool wake = gather->remaining == 0;
  if (child->state == TaskState::kFailed && !gather->return_exceptions && gather->first_error.IsNull()) {
    gather->first_error = child->result;
    wake = true;
  }
  TaskObject* waiter = gather->waiter;
  if (wake && waiter != nullptr && waiter->blocker.Is(gather_value)) Wake(waiter);
}

Value GatherFunction(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  bool return_exceptions = false;
  for (uint32_t i = 0; i < n_kw; ++i) {
    const Value name = args[n_pos + 2 * i];
    if (!name.Is(Value::Name(names::return_exceptions))) {
      return RaiseFormat(&kTypeErrorType, "gather() got an unexpected keyword argument '%S'", name);
    }
    const Value truth = Truth(args[n_pos + 2 * i + 1]);
    MICA_TRY(truth);
    return_exceptions = truth.IsTrue();
  }
  GatherObject* gather = NewRecord<GatherObject>(&kGatherType.type);
  if (gather == nullptr) return Value::Exception();
  const Value self = Value::FromObject(&gather->header);
  gather->return_exceptions = return_exceptions;
  gather->children = NewList(n_pos);
  MICA_TRY(gather->children);
  for (uint32_t i = 0; i < n_pos; ++i) {
    TaskObject* child = IsTask(args[i]) ? AsTask(args[i]) : CreateTask(args[i]);
    if (child == nullptr) return Value::Exception();
    MICA_TRY(ListAppend(gather->children, TaskValue(child)));
    if (child->state == TaskState::kPending) {
      child->gather = self;
      ++gather->remaining;
    } else if (child->state == TaskState::kFailed && !return_exceptions && gather->first_error.IsNull()) {
      gather->first_error = child->result;
    }
  }
  return self;
}

Value WaitForFunction(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  MICA_TRY(CheckArgCount("wait_for", n_pos, n_kw, 2, 2));
  WaitForObject* wait = NewRecord<WaitForObject>(&kWaitForType.type);
  if (wait == nullptr) return Value::Exception();
  wait->awaitable = args[0];
  wait->has_timeout = !args[1].IsNone();
  if (wait->has_timeout) MICA_TRY(SecondsToMicroseconds(args[1], &wait->timeout_us));
  return Value::FromObject(&wait->header);
}

}  // namespace asyncio
}  // namespace mica
