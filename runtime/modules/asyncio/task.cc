// asyncio.Task: the record the scheduler steps (scheduler.h), awaitable (await task returns its result or raises
// its exception), with cancel(), done(), cancelled(), result() and exception(). CancelledError lives here too:
// a BaseException subclass, as in CPython 3.8+, so `except Exception` does not swallow a cancellation.
#include "runtime/exec/generator.h"
#include "runtime/modules/asyncio/awaitable.h"
#include "runtime/modules/asyncio/scheduler.h"
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace asyncio {

constexpr Type kCancelledErrorType = {{&kTypeType}, names::CancelledError, kTypeSubclassable | kTypeIsException,
                                      &kBaseExceptionType, ExceptionMakeNew, ExceptionPrint, nullptr, nullptr,
                                      nullptr, ExceptionAttr, nullptr, nullptr, nullptr, MemberTable{nullptr, 0}};

namespace {

// await task: parks the awaiting task in the task's awaiters until it finishes.
Value TaskAwaitNext(Value self) {
  TaskObject* task = AsTask(self);
  TaskObject* current = RequireCurrentTask();
  if (current == nullptr) return Value::Exception();
  if (current->blocker.Is(self)) {
    current->blocker = Value();
  } else if (task->state == TaskState::kPending) {
    if (task == current) return RaiseNew(&kRuntimeErrorType, "Task cannot await on itself");
    WaitIn(&task->awaiters, current, self);
    return self;
  }
  if (task->state == TaskState::kFailed) return Raise(task->result);
  return ReturnFromAwait(task->result);
}

// Cancelling a task that awaits this one cancels this one (CPython forwards it the same way); the awaiter then
// gets whatever this task ends with.
bool TaskCancelAwaiter(Value self, TaskObject*) { return CancelTask(AsTask(self)); }

Value TaskCancel(const Value* args, uint32_t, uint32_t) { return Value::Bool(CancelTask(AsTask(args[0]))); }

Value TaskDone(const Value* args, uint32_t, uint32_t) {
  return Value::Bool(AsTask(args[0])->state != TaskState::kPending);
}

bool Cancelled(const TaskObject* task) {
  return task->state == TaskState::kFailed && IsInstance(task->result, &kCancelledErrorType);
}

Value TaskCancelled(const Value* args, uint32_t, uint32_t) { return Value::Bool(Cancelled(AsTask(args[0]))); }

Value CheckFinished(const TaskObject* task) {
  if (task->state == TaskState::kPending) return RaiseNew(&kRuntimeErrorType, "Result is not set.");
  if (Cancelled(task)) return Raise(task->result);
  return Value::None();
}

Value TaskResult(const Value* args, uint32_t, uint32_t) {
  TaskObject* task = AsTask(args[0]);
  MICA_TRY(CheckFinished(task));
  return TaskOutcome(task);
}

Value TaskException(const Value* args, uint32_t, uint32_t) {
  TaskObject* task = AsTask(args[0]);
  MICA_TRY(CheckFinished(task));
  return task->state == TaskState::kFailed ? task->result : Value::None();
}

Value TaskMakeNew(const Type*, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  MICA_TRY(CheckArgCount("Task", n_pos, n_kw, 1, 1));
  TaskObject* task = CreateTask(args[0]);
  return task == nullptr ? Value::Exception() : TaskValue(task);
}

constexpr BuiltinFunction kCancel = MakeMethod(&kTaskType.type, names::cancel, 1, 1, TaskCancel);
constexpr BuiltinFunction kCancelled = MakeMethod(&kTaskType.type, names::cancelled, 1, 1, TaskCancelled);
constexpr BuiltinFunction kDone = MakeMethod(&kTaskType.type, names::done, 1, 1, TaskDone);
constexpr BuiltinFunction kException = MakeMethod(&kTaskType.type, names::exception, 1, 1, TaskException);
constexpr BuiltinFunction kResult = MakeMethod(&kTaskType.type, names::result, 1, 1, TaskResult);

constexpr Member kTaskMembers[] = {
    {names::__await__, &kAwaitSelf.header}, {names::cancel, &kCancel.header},
    {names::cancelled, &kCancelled.header}, {names::done, &kDone.header},
    {names::exception, &kException.header}, {names::result, &kResult.header},
};
static_assert(MembersSorted(kTaskMembers, sizeof(kTaskMembers) / sizeof(kTaskMembers[0])), "sorted by name id");

}  // namespace

constexpr AwaitableType kTaskType = {
    {{&kTypeType}, names::Task, 0, nullptr, TaskMakeNew, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
     nullptr, TaskAwaitNext, MemberTable{kTaskMembers, sizeof(kTaskMembers) / sizeof(kTaskMembers[0])}},
    TaskCancelAwaiter,
    nullptr,
    nullptr,
};

bool IsTask(Value v) { return v.IsObject() && v.AsObject()->type == &kTaskType.type; }

TaskObject* CreateTask(Value awaitable) {
  Value coro = awaitable;
  if (!IsGenerator(awaitable) || awaitable.AsObject()->type != &kCoroutineType) {
    // Any other awaitable runs as the iterator its __await__ returns (our own awaitables return themselves).
    const Value await = LookupAttr(awaitable, names::__await__);
    if (await.IsException()) return nullptr;
    if (await.IsNull()) {
      RaiseFormat(&kTypeErrorType, "a coroutine was expected, got %R", awaitable);
      return nullptr;
    }
    coro = CallValue(await, nullptr, 0, 0);
    if (coro.IsException()) return nullptr;
  }
  TaskObject* task = NewRecord<TaskObject>(&kTaskType.type);
  if (task == nullptr) return nullptr;
  task->coro = coro;
  task->result = Value::None();
  MakeRunnable(task);
  return task;
}

}  // namespace asyncio
}  // namespace mica
