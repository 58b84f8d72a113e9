// The asyncio scheduler: task records, the run queue, the timer heap and the loop that steps coroutines.
//
// Design for low memory (as MicroPython's asyncio, but in C++ so a VM-only build has it):
// - A task is one fixed-size heap record (TaskObject) holding everything the scheduler needs: the coroutine, the
//   result, the intrusive links of the run queue / wait queues (task_queue.h) and of the timer heap, and a sleep
//   request it reuses. Queueing, sleeping and waking never allocate; `await asyncio.sleep(0)` and `sleep_ms(n)`
//   hand out the task's own sleep request (a second one is made only when a task creates several sleeps before
//   awaiting them, e.g. gather(sleep(a), sleep(b))).
// - Blocking awaitables (sleep requests, Task, Event, Lock, wait_for, gather) are C++ objects whose __await__ is
//   themselves. The first __next__ parks the current task (queues it where it waits), records itself as the task's
//   `blocker` and yields itself up through the coroutine chain; the scheduler checks that the yielded value is that
//   blocker (a bare `yield` / None means "run me again later"). When the waited-for thing happens the task is put
//   back on the run queue with `blocker` still set, and the next __next__ sees it and returns the outcome.
// - Cancellation and timeouts are driven from the task record: cancel() asks the blocker's type (AwaitableType) to
//   unlink the task or to forward the cancellation (awaiting another task forwards to it, as CPython does), and the
//   next step throws CancelledError into the coroutine.
// - Idle waiting sleeps (port::SleepMicroseconds) until the earliest timer instead of spinning.
// - Like CPython, the ready tasks are run in batches: tasks made ready during a batch run in the next one, and due
//   timers are collected between batches.
// The scheduler state is one static struct reported to the collector by a root marker.
#ifndef MICA_RUNTIME_MODULES_ASYNCIO_SCHEDULER_H_
#define MICA_RUNTIME_MODULES_ASYNCIO_SCHEDULER_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/modules/asyncio/task_queue.h"
#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {
namespace asyncio {

struct TaskObject;
using TaskQueue = TaskFifo<TaskObject>;

enum class TaskState : uint8_t { kPending, kDone, kFailed };

struct TaskObject {
  Object header;  // &kTaskType
  Value coro;     // a coroutine, or an iterator from __await__
  Value result;   // the return value (kDone) or the exception (kFailed)
  Value blocker;  // the awaitable it is parked on, null when it is not parked
  Value sleep;    // its reusable sleep request, made at the first sleep
  Value gather;   // the gather it belongs to, if any
  TaskQueue awaiters;  // tasks awaiting this one
  // Run queue or a wait queue.
  TaskObject* queue_next;
  TaskQueue* queue;
  // Timer heap.
  TaskObject* heap_child;
  TaskObject* heap_next;
  TaskObject* heap_prev;
  uint64_t deadline;  // port::MonotonicMicroseconds() time
  uint32_t sequence;
  bool in_heap;
  TaskState state;
  bool cancel_pending;  // throw CancelledError at the next step
  bool woken;           // put back on the run queue by what it waited for (not by a cancellation)
};

// A type whose instances a task can be parked on: the scheduler asks it what to do on cancel and on timeout.
struct AwaitableType {
  Type type;
  // cancel() while parked on `self`: unlink the task and make it runnable, or forward the cancellation and keep
  // it parked. Returns false when nothing could be cancelled (only awaiting a finished task).
  bool (*cancel)(Value self, TaskObject* task);
  // The task is resumed with an exception while still marked parked on `self` (after the generic unlinking):
  // undo what the wait holds (a Lock handed over, the sleep request).
  void (*abandon)(Value self, TaskObject* task);
  // Its timer fell due while parked on `self`.
  void (*expire)(Value self, TaskObject* task);
};

extern const AwaitableType kTaskType;
extern const Type kCancelledErrorType;

inline TaskObject* AsTask(Value v) { return reinterpret_cast<TaskObject*>(v.AsObject()); }
inline Value TaskValue(TaskObject* task) { return Value::FromObject(&task->header); }
bool IsTask(Value v);

// The task being stepped, or null outside the loop.
TaskObject* CurrentTask();
// CurrentTask(), or RuntimeError (null returned) when no task runs.
TaskObject* RequireCurrentTask();

// A task for a coroutine (or any awaitable), queued to run. Null with an exception pending on failure.
TaskObject* CreateTask(Value awaitable);

// Queueing (no allocation).
void MakeRunnable(TaskObject* task);                       // back of the run queue, unless already there
void Park(TaskObject* task, Value blocker);                // marks it parked on `blocker`
void WaitIn(TaskQueue* queue, TaskObject* task, Value blocker);  // parks it at the back of `queue`
void Wake(TaskObject* task);                               // woken by what it waits for: off the timer, runnable
void StartTimer(TaskObject* task, uint64_t delay_us);
void StopTimer(TaskObject* task);
uint64_t Now();

// Task.cancel(): true if a cancellation was requested.
bool CancelTask(TaskObject* task);

// The outcome of a finished task for `await`: its result, or its exception raised.
Value TaskOutcome(TaskObject* task);
// `value` as the result of an awaitable's __next__: StopIteration(value) (nothing made for None).
Value ReturnFromAwait(Value value);

// Runs the loop until `main` is finished (main null: until nothing is left to run or stop() is called).
// Returns the outcome of main (None for null), or an exception.
Value RunUntilComplete(TaskObject* main);
void StopLoop();
// Drops every queued task (new_event_loop()).
void ResetScheduler();
bool LoopRunning();

// Called once when the module is imported: registers the root marker.
bool InitScheduler();

}  // namespace asyncio
}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_ASYNCIO_SCHEDULER_H_
