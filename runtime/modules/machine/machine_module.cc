// The `machine` module: the board's hardware in MicroPython's API (Pin, Signal, UART, Timer, mem8/16/32) and the
// CPU-level functions. Everything goes through the port's machine_port.h; callbacks for hardware events are
// scheduled, never run inside an interrupt (machine_irq.h).
#include "runtime/modules/machine/machine_irq.h"
#include "runtime/modules/machine/machine_port.h"
#include "runtime/modules/machine/machine_types.h"
#include "runtime/modules/modules.h"
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"

namespace mica {
namespace machine {
namespace {

Value MachineFreq(const Value*, uint32_t, uint32_t) { return NewIntFromUint64(machine_port::CpuFrequency()); }

Value MachineReset(const Value*, uint32_t, uint32_t) {
  machine_port::Reset();
  return Value::None();  // only a fake port returns
}

// soft_reset(): ends the program as MicroPython does, by SystemExit; the port's top level then restarts.
Value MachineSoftReset(const Value*, uint32_t, uint32_t) { return RaiseNew(&kSystemExitType, nullptr); }

Value MachineUniqueId(const Value*, uint32_t, uint32_t) {
  uint8_t id[32];
  return NewBytes(id, machine_port::UniqueId(id, sizeof(id)));
}

Value MachineDisableIrq(const Value*, uint32_t, uint32_t) {
  return NewIntFromUint64(machine_port::DisableIrq());
}

Value MachineEnableIrq(const Value* args, uint32_t n_pos, uint32_t) {
  int64_t state = 0;
  if (n_pos > 0) {
    if (!IsInt(args[0]) || !IntToInt64(args[0], &state)) return RaiseTypeError("enable_irq() takes the state disable_irq() returned");
  }
  machine_port::EnableIrq(static_cast<uint32_t>(state));
  return Value::None();
}

// idle(): sleeps until an interrupt, then runs the callbacks it made pending, so a wait loop around idle() reacts
// even if the scheduled dispatch was lost or the queue was full.
Value MachineIdle(const Value*, uint32_t, uint32_t) {
  machine_port::Idle();
  MICA_TRY(DispatchPending());
  return Value::None();
}

constexpr BuiltinFunction kDisableIrq = MakeBuiltin(names::disable_irq, 0, 0, MachineDisableIrq);
constexpr BuiltinFunction kEnableIrq = MakeBuiltin(names::enable_irq, 0, 1, MachineEnableIrq);
constexpr BuiltinFunction kFreq = MakeBuiltin(names::freq, 0, 0, MachineFreq);
constexpr BuiltinFunction kIdle = MakeBuiltin(names::idle, 0, 0, MachineIdle);
constexpr BuiltinFunction kReset = MakeBuiltin(names::reset, 0, 0, MachineReset);
constexpr BuiltinFunction kSoftReset = MakeBuiltin(names::soft_reset, 0, 0, MachineSoftReset);
constexpr BuiltinFunction kUniqueId = MakeBuiltin(names::unique_id, 0, 0, MachineUniqueId);

constexpr ModuleMember kMachineMembers[] = {
    ModuleObjectMember(names::Pin, &kPinType.header),
    ModuleObjectMember(names::Signal, &kSignalType.header),
    ModuleObjectMember(names::Timer, &kTimerType.header),
    ModuleObjectMember(names::UART, &kUartType.type.header),
    ModuleObjectMember(names::disable_irq, &kDisableIrq.header),
    ModuleObjectMember(names::enable_irq, &kEnableIrq.header),
    ModuleObjectMember(names::freq, &kFreq.header),
    ModuleObjectMember(names::idle, &kIdle.header),
    ModuleObjectMember(names::mem16, &kMem16.header),
    ModuleObjectMember(names::mem32, &kMem32.header),
    ModuleObjectMember(names::mem8, &kMem8.header),
    ModuleObjectMember(names::reset, &kReset.header),
    ModuleObjectMember(names::soft_reset, &kSoftReset.header),
    ModuleObjectMember(names::unique_id, &kUniqueId.header),
};
constexpr size_t kMachineMemberCount = sizeof(kMachineMembers) / sizeof(kMachineMembers[0]);
static_assert(ModuleMembersSorted(kMachineMembers, kMachineMemberCount), "sorted by name id");

Value MachineInit(Value) {
  if (!InitIrqTables()) return RaiseNew(&kRuntimeErrorType, "machine: no room for another GC root marker");
  return Value::None();
}

}  // namespace
}  // namespace machine

extern const BuiltinModuleDef kMachineModule = {names::machine, machine::kMachineMembers,
                                                static_cast<uint16_t>(machine::kMachineMemberCount),
                                                machine::MachineInit};

}  // namespace mica
