// asyncio.Lock: acquire() (awaitable), release(), locked(), and `async with lock`.
//
// acquire() returns the lock itself, so waiting allocates nothing. release() with waiters hands the lock straight
// to the first of them (it stays locked), as MicroPython does, so the waiters get it in FIFO order and a newcomer
// cannot overtake them. CPython gets the same order by other means; the only visible difference is locked()
// between a release and the next owner running (True here). A waiter cancelled after it was handed the lock
// passes it on.
#include "runtime/modules/asyncio/asyncio_types.h"
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
namespace {

struct LockObject {
  Object header;
  TaskQueue waiters;
  bool locked;
};

LockObject* AsLock(Value v) { return reinterpret_cast<LockObject*>(v.AsObject()); }

Value LockNext(Value self) {
  TaskObject* current = RequireCurrentTask();
  if (current == nullptr) return Value::Exception();
  LockObject* lock = AsLock(self);
  if (current->blocker.Is(self)) {
    current->blocker = Value();  // handed over by release()
  } else if (lock->locked) {
    WaitIn(&lock->waiters, current, self);
    return self;
  } else {
    lock->locked = true;
  }
  return ReturnFromAwait(Value::True());
}

Value Release(LockObject* lock) {
  if (!lock->locked) return RaiseNew(&kRuntimeErrorType, "Lock is not acquired.");
  if (TaskObject* next = lock->waiters.PopFront()) {
    Wake(next);
  } else {
    lock->locked = false;
  }
  return Value::None();
}

void LockAbandon(Value self, TaskObject* task) {
  if (task->woken) Release(AsLock(self));  // it owned the lock without ever running
}

Value LockAcquire(const Value* args, uint32_t, uint32_t) { return args[0]; }
Value LockRelease(const Value* args, uint32_t, uint32_t) { return Release(AsLock(args[0])); }
Value LockLocked(const Value* args, uint32_t, uint32_t) { return Value::Bool(AsLock(args[0])->locked); }

// __aexit__ releases at once; it must still return an awaitable.
Value LockExit(const Value* args, uint32_t, uint32_t) {
  MICA_TRY(Release(AsLock(args[0])));
  return CompletedNone();
}

Value LockMakeNew(const Type* type, const Value*, uint32_t n_pos, uint32_t n_kw) {
  MICA_TRY(CheckArgCount("Lock", n_pos, n_kw, 0, 0));
  LockObject* lock = NewRecord<LockObject>(type);
  return lock == nullptr ? Value::Exception() : Value::FromObject(&lock->header);
}

constexpr BuiltinFunction kAenter = MakeMethod(&kLockType.type, names::__aenter__, 1, 1, LockAcquire);
constexpr BuiltinFunction kAexit = MakeMethod(&kLockType.type, names::__aexit__, 4, 4, LockExit);
constexpr BuiltinFunction kAcquire = MakeMethod(&kLockType.type, names::acquire, 1, 1, LockAcquire);
constexpr BuiltinFunction kLocked = MakeMethod(&kLockType.type, names::locked, 1, 1, LockLocked);
constexpr BuiltinFunction kRelease = MakeMethod(&kLockType.type, names::release, 1, 1, LockRelease);

constexpr Member kLockMembers[] = {
    {names::__aenter__, &kAenter.header}, {names::__aexit__, &kAexit.header},
    {names::__await__, &kAwaitSelf.header}, {names::acquire, &kAcquire.header},
    {names::locked, &kLocked.header},       {names::release, &kRelease.header},
};
static_assert(MembersSorted(kLockMembers, sizeof(kLockMembers) / sizeof(kLockMembers[0])), "sorted by name id");

}  // namespace

constexpr AwaitableType kLockType = {
    {{&kTypeType}, names::Lock, 0, nullptr, LockMakeNew, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
     nullptr, LockNext, MemberTable{kLockMembers, sizeof(kLockMembers) / sizeof(kLockMembers[0])}},
    nullptr,  // cancel: the generic one (out of the waiters, runnable)
    LockAbandon,
    nullptr,
};

}  // namespace asyncio
}  // namespace mica
