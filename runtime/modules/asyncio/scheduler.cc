#include "runtime/modules/asyncio/scheduler.h"

#include "runtime/exec/exec.h"
#include "runtime/exec/generator.h"
#include "runtime/exec/port.h"
#include "runtime/exec/port_time.h"
#include "runtime/modules/asyncio/gather.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/runtime_state.h"

namespace mica {
namespace asyncio {
namespace {

struct SchedulerState {
  TaskQueue run_queue;
  TimerHeap<TaskObject> timers;
  TaskObject* current;
  TaskObject* main;
  bool running;
  bool stop_requested;
};

SchedulerState g_state;  // zero-initialised: no tasks

void MarkScheduler(gc::Heap& heap, void*) {
  // The queues are chains of task records linked by raw pointers to their starts, so marking each head keeps the
  // whole chain (and every timer in the heap) alive.
  heap.MarkRoot(g_state.run_queue.head);
  heap.MarkRoot(g_state.timers.root);
  heap.MarkRoot(g_state.current);
  heap.MarkRoot(g_state.main);
}

const AwaitableType* AwaitableTypeOf(Value blocker) {
  return reinterpret_cast<const AwaitableType*>(blocker.AsObject()->type);
}

// Takes the task off whatever it waits in (not the run queue) and off the timer heap.
void Unlink(TaskObject* task) {
  if (task->queue != nullptr && task->queue != &g_state.run_queue) task->queue->Remove(task);
  StopTimer(task);
}

// Resumed with an exception while parked: forget the wait.
void Abandon(TaskObject* task) {
  const Value blocker = task->blocker;
  Unlink(task);
  if (!blocker.IsNull()) {
    const AwaitableType* type = AwaitableTypeOf(blocker);
    if (type->abandon != nullptr) type->abandon(blocker, task);
  }
  task->blocker = Value();
}

// One step of an awaitable that is not a coroutine (an iterator from __await__, or one of ours).
GenResult ResumeIterator(Value iterator, Value exception, Value* out) {
  if (!exception.IsNull()) {
    Raise(exception);
    return GenResult::kRaised;
  }
  const Value result = IterNext(iterator);
  if (result.IsNull()) {
    *out = Value::None();
    return GenResult::kReturned;
  }
  if (result.IsException()) {
    if (!PendingIs(&kStopIterationType)) return GenResult::kRaised;
    *out = AsException(PendingException())->value;
    if (out->IsNull()) *out = Value::None();
    ClearPendingException();
    return GenResult::kReturned;
  }
  *out = result;
  return GenResult::kYielded;
}

void ReportUnretrieved(TaskObject* task) {
  static const char kMessage[] = "Task exception wasn't retrieved\n";
  port::WriteStderr(kMessage, sizeof(kMessage) - 1);
  PrintException(task->result);
}

void Finish(TaskObject* task, TaskState state, Value result) {
  task->state = state;
  task->result = result;
  task->coro = Value::None();  // the finished coroutine's frame can go
  const bool retrieved = !task->awaiters.Empty() || !task->gather.IsNull() || task == g_state.main;
  while (TaskObject* awaiter = task->awaiters.PopFront()) Wake(awaiter);
  if (!task->gather.IsNull()) GatherChildDone(task->gather, task);
  if (state == TaskState::kFailed && !retrieved && !IsInstance(result, &kCancelledErrorType)) {
    ReportUnretrieved(task);
  }
}

// Runs the task until it next parks or finishes. None, or an exception that ends the loop (SystemExit,
// KeyboardInterrupt, or no memory for CancelledError).
Value Step(TaskObject* task) {
  Value exception;
  if (task->cancel_pending) {
    task->cancel_pending = false;
    exception = NewException(&kCancelledErrorType, nullptr, 0);
    MICA_TRY(exception);
  }
  if (!exception.IsNull() && !task->blocker.IsNull()) Abandon(task);
  Value out;
  g_state.current = task;
  const GenResult result = IsGenerator(task->coro) ? GeneratorResume(task->coro, Value::None(), exception, &out)
                                                   : ResumeIterator(task->coro, exception, &out);
  g_state.current = nullptr;
  task->woken = false;
  switch (result) {
    case GenResult::kYielded:
      if (!task->blocker.IsNull() && out.Is(task->blocker)) {
        // Parked by the awaitable. A task that cancelled itself during the step is made runnable again.
        if (task->cancel_pending) {
          Unlink(task);
          MakeRunnable(task);
        }
      } else if (out.IsNone() && task->blocker.IsNull()) {
        MakeRunnable(task);  // a bare yield: run again after the others
      } else {
        // Something the scheduler cannot wait for (CPython: "Task got bad yield").
        const Value error = RaiseFormat(&kRuntimeErrorType, "Task got bad yield: %R", out);
        (void)error;
        const Value bad = PendingException();
        ClearPendingException();
        Finish(task, TaskState::kFailed, bad);
      }
      return Value::None();
    case GenResult::kReturned:
      Finish(task, TaskState::kDone, out);
      return Value::None();
    case GenResult::kRaised:
    default: {
      const Value error = PendingException();
      ClearPendingException();
      Finish(task, TaskState::kFailed, error);
      if (IsInstance(error, &kSystemExitType) || IsInstance(error, &kKeyboardInterruptType)) return Raise(error);
      return Value::None();
    }
  }
}

void ExpireTimers() {
  const uint64_t now = Now();
  for (;;) {
    TaskObject* top = g_state.timers.Top();
    if (top == nullptr || top->deadline > now) return;
    g_state.timers.Pop();
    const Value blocker = top->blocker;
    const AwaitableType* type = blocker.IsNull() ? nullptr : AwaitableTypeOf(blocker);
    if (type != nullptr && type->expire != nullptr) {
      type->expire(blocker, top);
    } else {
      Wake(top);
    }
  }
}

// Nothing is ready: sleep until the earliest timer. False when there is no timer either.
bool WaitForTimer() {
  TaskObject* top = g_state.timers.Top();
  if (top == nullptr) return false;
  const uint64_t now = Now();
  if (top->deadline > now) port::SleepMicroseconds(top->deadline - now);
  return true;
}

}  // namespace

TaskObject* CurrentTask() { return g_state.current; }

TaskObject* RequireCurrentTask() {
  if (g_state.current == nullptr) RaiseNew(&kRuntimeErrorType, "no running event loop");
  return g_state.current;
}

bool LoopRunning() { return g_state.running; }

uint64_t Now() { return port::MonotonicMicroseconds(); }

void MakeRunnable(TaskObject* task) {
  if (task->queue == &g_state.run_queue) return;
  if (task->queue != nullptr) task->queue->Remove(task);
  g_state.run_queue.PushBack(task);
}

void Park(TaskObject* task, Value blocker) { task->blocker = blocker; }

void WaitIn(TaskQueue* queue, TaskObject* task, Value blocker) {
  queue->PushBack(task);
  Park(task, blocker);
}

void Wake(TaskObject* task) {
  StopTimer(task);
  task->woken = true;
  MakeRunnable(task);
}

void StartTimer(TaskObject* task, uint64_t delay_us) {
  StopTimer(task);
  g_state.timers.Push(task, Now() + delay_us);
}

void StopTimer(TaskObject* task) { g_state.timers.Remove(task); }

bool CancelTask(TaskObject* task) {
  if (task->state != TaskState::kPending) return false;
  const bool parked = !task->blocker.IsNull() && task->queue != &g_state.run_queue && task != g_state.current;
  if (parked) {
    const AwaitableType* type = AwaitableTypeOf(task->blocker);
    if (type->cancel != nullptr) return type->cancel(task->blocker, task);
    task->cancel_pending = true;
    Unlink(task);
    MakeRunnable(task);
    return true;
  }
  task->cancel_pending = true;
  return true;
}

Value TaskOutcome(TaskObject* task) {
  if (task->state == TaskState::kFailed) return Raise(task->result);
  return task->result;
}

Value ReturnFromAwait(Value value) {
  if (value.IsNone()) return Value();
  return RaiseStopIteration(value);
}

Value RunUntilComplete(TaskObject* main) {
  if (g_state.running) return RaiseNew(&kRuntimeErrorType, "This event loop is already running");
  g_state.running = true;
  g_state.stop_requested = false;
  g_state.main = main;
  Value status = Value::None();
  for (;;) {
    if (main != nullptr && main->state != TaskState::kPending) break;
    if (g_state.stop_requested) break;
    // Timers expire between batches, after the tasks that were already ready have run, as in CPython's loop
    // (expired timer callbacks join the end of the ready queue): a task created just before a short wait_for
    // timeout gets its first step before the timeout cancels it, however slow the machine.
    if (g_state.run_queue.Empty()) ExpireTimers();
    if (g_state.run_queue.Empty()) {
      if (WaitForTimer()) continue;
      if (main != nullptr) status = RaiseNew(&kRuntimeErrorType, "no task can run: the main task waits forever");
      break;
    }
    // One batch: the tasks ready now; those made ready meanwhile wait for the next batch.
    TaskObject* const last = g_state.run_queue.tail;
    while (TaskObject* task = g_state.run_queue.PopFront()) {
      status = Step(task);
      if (status.IsException()) break;
      if (task == last || (main != nullptr && main->state != TaskState::kPending)) break;
    }
    if (status.IsException()) break;
    ExpireTimers();
  }
  g_state.running = false;
  g_state.main = nullptr;
  g_state.current = nullptr;
  if (status.IsException() || main == nullptr) return status;
  return TaskOutcome(main);
}

void StopLoop() { g_state.stop_requested = true; }

void ResetScheduler() {
  while (g_state.run_queue.PopFront() != nullptr) {
  }
  while (g_state.timers.Pop() != nullptr) {
  }
}

bool InitScheduler() {
  g_state = SchedulerState();
  RemoveRootMarker(MarkScheduler, nullptr);
  return AddRootMarker(MarkScheduler, nullptr);
}

}  // namespace asyncio
}  // namespace mica
