// The built-in `asyncio` module, MicroPython's core subset: run, create_task, sleep, sleep_ms, gather, wait_for,
// Event, Lock, Task, CancelledError, TimeoutError (the built-in one, as in CPython 3.11), current_task, a minimal
// event loop (get_event_loop / new_event_loop: run_until_complete, create_task, run_forever, stop, close) and
// Stream over the stream protocol. Written in C++ so a VM-only build has it; the scheduler's design is in
// scheduler.h.
//
// Deliberate differences, as MicroPython: there is one loop, run() does not cancel the tasks still pending when
// the main task finishes (they run at the next run(); new_event_loop() drops them), and a loop with nothing left
// that could ever wake the main task raises RuntimeError instead of hanging.
#include "runtime/modules/asyncio/asyncio_types.h"
#include "runtime/modules/asyncio/awaitable.h"
#include "runtime/modules/asyncio/gather.h"
#include "runtime/modules/asyncio/scheduler.h"
#include "runtime/modules/asyncio/sleep.h"
#include "runtime/modules/modules.h"
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace asyncio {
namespace {

Value TaskFor(Value awaitable) {
  if (IsTask(awaitable)) return awaitable;
  TaskObject* task = CreateTask(awaitable);
  return task == nullptr ? Value::Exception() : TaskValue(task);
}

Value RunTask(Value awaitable) {
  if (LoopRunning()) return RaiseNew(&kRuntimeErrorType, "asyncio.run() cannot be called from a running event loop");
  const Value task = TaskFor(awaitable);
  MICA_TRY(task);
  return RunUntilComplete(AsTask(task));
}

Value AsyncioRun(const Value* args, uint32_t, uint32_t) { return RunTask(args[0]); }
Value AsyncioCreateTask(const Value* args, uint32_t, uint32_t) { return TaskFor(args[0]); }

Value AsyncioSleep(const Value* args, uint32_t, uint32_t) {
  uint64_t delay;
  MICA_TRY(SecondsToMicroseconds(args[0], &delay));
  return NewSleep(delay);
}

Value AsyncioSleepMs(const Value* args, uint32_t, uint32_t) {
  uint64_t delay;
  MICA_TRY(MillisecondsToMicroseconds(args[0], &delay));
  return NewSleep(delay);
}

Value AsyncioCurrentTask(const Value*, uint32_t, uint32_t) {
  TaskObject* task = CurrentTask();
  return task == nullptr ? Value::None() : TaskValue(task);
}

// ---- The event loop: one, a constant object ---------------------------------------------------------------

struct LoopObject {
  Object header;
};

extern const Type kEventLoopType;
constexpr LoopObject kEventLoop = {{&kEventLoopType}};

Value TheLoop() { return Value::FromObject(&kEventLoop.header); }

Value AsyncioGetEventLoop(const Value*, uint32_t, uint32_t) { return TheLoop(); }

Value AsyncioNewEventLoop(const Value*, uint32_t, uint32_t) {
  if (LoopRunning()) return RaiseNew(&kRuntimeErrorType, "cannot replace a running event loop");
  ResetScheduler();
  return TheLoop();
}

Value LoopRunUntilComplete(const Value* args, uint32_t, uint32_t) {
  const Value task = TaskFor(args[1]);
  MICA_TRY(task);
  return RunUntilComplete(AsTask(task));
}

Value LoopRunForever(const Value*, uint32_t, uint32_t) { return RunUntilComplete(nullptr); }
Value LoopCreateTask(const Value* args, uint32_t, uint32_t) { return TaskFor(args[1]); }

Value LoopStop(const Value*, uint32_t, uint32_t) {
  StopLoop();
  return Value::None();
}

Value LoopClose(const Value*, uint32_t, uint32_t) { return Value::None(); }

constexpr BuiltinFunction kLoopClose = MakeMethod(&kEventLoopType, names::close, 1, 1, LoopClose);
constexpr BuiltinFunction kLoopCreateTask = MakeMethod(&kEventLoopType, names::create_task, 2, 2, LoopCreateTask);
constexpr BuiltinFunction kLoopRunForever = MakeMethod(&kEventLoopType, names::run_forever, 1, 1, LoopRunForever);
constexpr BuiltinFunction kLoopRunUntilComplete =
    MakeMethod(&kEventLoopType, names::run_until_complete, 2, 2, LoopRunUntilComplete);
constexpr BuiltinFunction kLoopStop = MakeMethod(&kEventLoopType, names::stop, 1, 1, LoopStop);

constexpr Member kLoopMembers[] = {
    {names::close, &kLoopClose.header},
    {names::create_task, &kLoopCreateTask.header},
    {names::run_forever, &kLoopRunForever.header},
    {names::run_until_complete, &kLoopRunUntilComplete.header},
    {names::stop, &kLoopStop.header},
};
static_assert(MembersSorted(kLoopMembers, sizeof(kLoopMembers) / sizeof(kLoopMembers[0])), "sorted by name id");

constexpr Type kEventLoopType = {
    {&kTypeType}, names::EventLoop, 0,       nullptr, nullptr, nullptr, nullptr,
    nullptr,      nullptr,          nullptr, nullptr, nullptr, nullptr,
    MemberTable{kLoopMembers, sizeof(kLoopMembers) / sizeof(kLoopMembers[0])},
};

// ---- The module ------------------------------------------------------------------------------------------

constexpr BuiltinFunction kCreateTask = MakeBuiltin(names::create_task, 1, 1, AsyncioCreateTask);
constexpr BuiltinFunction kCurrentTask = MakeBuiltin(names::current_task, 0, 0, AsyncioCurrentTask);
constexpr BuiltinFunction kGather = MakeBuiltin(names::gather, 0, kVariadic, GatherFunction, kBuiltinTakesKeywords);
constexpr BuiltinFunction kGetEventLoop = MakeBuiltin(names::get_event_loop, 0, kVariadic, AsyncioGetEventLoop);
constexpr BuiltinFunction kNewEventLoop = MakeBuiltin(names::new_event_loop, 0, 0, AsyncioNewEventLoop);
constexpr BuiltinFunction kRun = MakeBuiltin(names::run, 1, 1, AsyncioRun);
constexpr BuiltinFunction kSleep = MakeBuiltin(names::sleep, 1, 1, AsyncioSleep);
constexpr BuiltinFunction kSleepMs = MakeBuiltin(names::sleep_ms, 1, 1, AsyncioSleepMs);
constexpr BuiltinFunction kWaitFor = MakeBuiltin(names::wait_for, 2, 2, WaitForFunction);

constexpr ModuleMember kAsyncioMembers[] = {
    ModuleObjectMember(names::CancelledError, &kCancelledErrorType.header),
    ModuleObjectMember(names::Event, &kEventType.type.header),
    ModuleObjectMember(names::Lock, &kLockType.type.header),
    ModuleObjectMember(names::Stream, &kStreamType.header),
    ModuleObjectMember(names::StreamReader, &kStreamType.header),
    ModuleObjectMember(names::StreamWriter, &kStreamType.header),
    ModuleObjectMember(names::Task, &kTaskType.type.header),
    ModuleObjectMember(names::TimeoutError, &kTimeoutErrorType.header),
    ModuleObjectMember(names::create_task, &kCreateTask.header),
    ModuleObjectMember(names::current_task, &kCurrentTask.header),
    ModuleObjectMember(names::gather, &kGather.header),
    ModuleObjectMember(names::get_event_loop, &kGetEventLoop.header),
    ModuleObjectMember(names::new_event_loop, &kNewEventLoop.header),
    ModuleObjectMember(names::run, &kRun.header),
    ModuleObjectMember(names::sleep, &kSleep.header),
    ModuleObjectMember(names::sleep_ms, &kSleepMs.header),
    ModuleObjectMember(names::wait_for, &kWaitFor.header),
};
static_assert(ModuleMembersSorted(kAsyncioMembers, sizeof(kAsyncioMembers) / sizeof(kAsyncioMembers[0])),
              "sorted by name id");

Value AsyncioInit(Value) {
  if (!InitScheduler()) return RaiseNew(&kRuntimeErrorType, "asyncio: no room for another root marker");
  return Value::None();
}

}  // namespace
}  // namespace asyncio

extern const BuiltinModuleDef kAsyncioModule = {
    names::asyncio, asyncio::kAsyncioMembers,
    sizeof(asyncio::kAsyncioMembers) / sizeof(asyncio::kAsyncioMembers[0]), asyncio::AsyncioInit,
};

}  // namespace mica
