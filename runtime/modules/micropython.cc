// The `micropython` module: const, the heap and stack reports, the heap lock, the scheduler, the keyboard
// interrupt character, and the native-code decorators (which say clearly that this build has no native
// emitters).
//
// `X = const(expr)` is folded by the compiler (compiler/emitter), but the program still runs
// `from micropython import const` (or calls `micropython.const(...)` where folding does not apply), so `const`
// must exist and return its argument.
#include <stdint.h>
#include <string.h>

#include "gc/heap.h"
#include "runtime/exec/compile_hook.h"
#include "runtime/exec/exec.h"
#include "runtime/exec/exec_state.h"
#include "runtime/exec/port.h"
#include "runtime/modules/modules.h"
#include "runtime/int_format.h"
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/runtime_state.h"

namespace mica {
namespace {

Value MicropythonConst(const Value* args, uint32_t, uint32_t) { return args[0]; }

// Bytes of C stack in use below the outermost frame the port registered (0 when it registered none).
size_t StackUse() {
  const uintptr_t base = Heap().StackBase();
  const char here = 0;
  const uintptr_t sp = reinterpret_cast<uintptr_t>(&here);
  return base > sp ? base - sp : 0;
}

Value MicropythonStackUse(const Value*, uint32_t, uint32_t) { return NewInt(static_cast<int64_t>(StackUse())); }

void WriteText(const char* text, size_t length, void*) { port::WriteStdout(text, length); }

void WriteNumber(size_t value) {
  char digits[kMaxIntText];
  port::WriteStdout(digits, FormatUint(value, IntFormat{}, digits, sizeof(digits)));
}

void WriteLiteral(const char* text) { port::WriteStdout(text, strlen(text)); }

// mem_info(): the stack and the heap in MicroPython's format; mem_info(1) adds the heap map. Allocates nothing,
// so it works with the heap locked.
Value MicropythonMemInfo(const Value* args, uint32_t n_pos, uint32_t) {
  const gc::HeapStats stats = Heap().Stats();
  WriteLiteral("stack: ");
  WriteNumber(StackUse());
  WriteLiteral("\nGC: total: ");
  WriteNumber(stats.total_bytes);
  WriteLiteral(", used: ");
  WriteNumber(stats.used_bytes);
  WriteLiteral(", free: ");
  WriteNumber(stats.free_bytes);
  WriteLiteral("\n max free block: ");
  WriteNumber(stats.largest_free_bytes);
  WriteLiteral(", free fragments: ");
  WriteNumber(stats.free_fragments);
  WriteLiteral("\n");
  if (n_pos > 0) {
    const Value verbose = Truth(args[0]);
    MICA_TRY(verbose);
    if (verbose.IsTrue()) Heap().DumpMap(WriteText, nullptr);
  }
  return Value::None();
}

// qstr_info(): how many names are interned (built in, and at run time).
Value MicropythonQstrInfo(const Value*, uint32_t, uint32_t) {
  WriteLiteral("names: built in: ");
  WriteNumber(names::kBuiltinCount);
  WriteLiteral(", interned at run time: ");
  WriteNumber(RuntimeNameCount());
  WriteLiteral("\n");
  return Value::None();
}

// heap_lock() / heap_unlock() / heap_locked(): while locked every allocation raises MemoryError (the emergency
// exception needs no heap). heap_unlock returns the lock depth left, as MicroPython's does (0: unlocked).
Value MicropythonHeapLock(const Value*, uint32_t, uint32_t) {
  Heap().Lock();
  return Value::None();
}

Value MicropythonHeapUnlock(const Value*, uint32_t, uint32_t) {
  Heap().Unlock();
  return Value::SmallInt(static_cast<intptr_t>(Heap().LockDepth()));
}

Value MicropythonHeapLocked(const Value*, uint32_t, uint32_t) {
  return Value::SmallInt(static_cast<intptr_t>(Heap().LockDepth()));
}

// kbd_intr(c): the console byte that raises KeyboardInterrupt (-1 disables it), read by the REPL and the ports'
// console drivers.
Value MicropythonKbdIntr(const Value* args, uint32_t, uint32_t) {
  intptr_t c;
  MICA_TRY(ToIndex(args[0], &c));
  if (c < -1 || c > 255) return RaiseValueError("kbd_intr() takes a byte value or -1");
  Exec().interrupt_char = static_cast<int16_t>(c);
  return Value::None();
}

Value MicropythonSchedule(const Value* args, uint32_t, uint32_t) {
  if (!ScheduleCall(args[0], args[1])) return RaiseNew(&kRuntimeErrorType, "schedule queue full");
  return Value::None();
}

// opt_level(): the compiler's optimisation level; opt_level(n) sets it for what is compiled from then on.
Value MicropythonOptLevel(const Value* args, uint32_t n_pos, uint32_t) {
  if (n_pos == 0) return Value::SmallInt(OptimizationLevel());
  intptr_t level;
  MICA_TRY(ToIndex(args[0], &level));
  SetOptimizationLevel(static_cast<uint8_t>(level < 0 ? 0 : (level > 3 ? 3 : level)));
  return Value::None();
}

// alloc_emergency_exception_buf(n): the emergency exceptions already live outside the heap, so nothing to do.
Value MicropythonAllocEmergency(const Value*, uint32_t, uint32_t) { return Value::None(); }

// @micropython.native / @micropython.viper / @micropython.asm_*: the native emitters are not in this build.
Value NoNativeEmitter(const Value*, uint32_t, uint32_t) {
  return RaiseNew(&kNotImplementedErrorType, "native code emitters are not available in this build");
}

constexpr BuiltinFunction kAllocEmergency =
    MakeBuiltin(names::alloc_emergency_exception_buf, 1, 1, MicropythonAllocEmergency);
constexpr BuiltinFunction kAsmThumb = MakeBuiltin(names::asm_thumb, 1, 1, NoNativeEmitter);
constexpr BuiltinFunction kAsmXtensa = MakeBuiltin(names::asm_xtensa, 1, 1, NoNativeEmitter);
constexpr BuiltinFunction kConst = MakeBuiltin(names::const_, 1, 1, MicropythonConst);
constexpr BuiltinFunction kHeapLock = MakeBuiltin(names::heap_lock, 0, 0, MicropythonHeapLock);
constexpr BuiltinFunction kHeapLocked = MakeBuiltin(names::heap_locked, 0, 0, MicropythonHeapLocked);
constexpr BuiltinFunction kHeapUnlock = MakeBuiltin(names::heap_unlock, 0, 0, MicropythonHeapUnlock);
constexpr BuiltinFunction kKbdIntr = MakeBuiltin(names::kbd_intr, 1, 1, MicropythonKbdIntr);
constexpr BuiltinFunction kMemInfo = MakeBuiltin(names::mem_info, 0, 1, MicropythonMemInfo);
constexpr BuiltinFunction kNative = MakeBuiltin(names::native, 1, 1, NoNativeEmitter);
constexpr BuiltinFunction kOptLevel = MakeBuiltin(names::opt_level, 0, 1, MicropythonOptLevel);
constexpr BuiltinFunction kQstrInfo = MakeBuiltin(names::qstr_info, 0, 1, MicropythonQstrInfo);
constexpr BuiltinFunction kSchedule = MakeBuiltin(names::schedule, 2, 2, MicropythonSchedule);
constexpr BuiltinFunction kStackUse = MakeBuiltin(names::stack_use, 0, 0, MicropythonStackUse);
constexpr BuiltinFunction kViper = MakeBuiltin(names::viper, 1, 1, NoNativeEmitter);

constexpr ModuleMember kMicropythonMembers[] = {
    ModuleObjectMember(names::alloc_emergency_exception_buf, &kAllocEmergency.header),
    ModuleObjectMember(names::asm_thumb, &kAsmThumb.header),
    ModuleObjectMember(names::asm_xtensa, &kAsmXtensa.header),
    ModuleObjectMember(names::const_, &kConst.header),
    ModuleObjectMember(names::heap_lock, &kHeapLock.header),
    ModuleObjectMember(names::heap_locked, &kHeapLocked.header),
    ModuleObjectMember(names::heap_unlock, &kHeapUnlock.header),
    ModuleObjectMember(names::kbd_intr, &kKbdIntr.header),
    ModuleObjectMember(names::mem_info, &kMemInfo.header),
    ModuleObjectMember(names::native, &kNative.header),
    ModuleObjectMember(names::opt_level, &kOptLevel.header),
    ModuleObjectMember(names::qstr_info, &kQstrInfo.header),
    ModuleObjectMember(names::schedule, &kSchedule.header),
    ModuleObjectMember(names::stack_use, &kStackUse.header),
    ModuleObjectMember(names::viper, &kViper.header),
};
static_assert(ModuleMembersSorted(kMicropythonMembers, sizeof(kMicropythonMembers) / sizeof(kMicropythonMembers[0])),
              "sorted by name id");

}  // namespace

extern const BuiltinModuleDef kMicropythonModule = {
    names::micropython, kMicropythonMembers, sizeof(kMicropythonMembers) / sizeof(kMicropythonMembers[0]), nullptr,
};

}  // namespace mica
