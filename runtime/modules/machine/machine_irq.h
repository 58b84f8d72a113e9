// Python callbacks for hardware events (Pin.irq, Timer callbacks), run at a safe point, never in the interrupt.
//
// An interrupt handler calls OnPinInterrupt/OnTimerInterrupt (machine_port.h). They look the source up in a
// fixed table, set its `pending` byte and queue one dispatcher call with ScheduleCall (runtime/exec/exec.h),
// which allocates nothing. At the next backward jump the VM runs the dispatcher, which calls the callback of
// every pending source. The pending bytes, not the schedule queue, are the record of what happened:
//   - a full schedule queue loses nothing, the event waits in its pending byte for the next dispatch;
//   - two events of one source before the dispatch run its callback once (as a hardware flag would);
//   - ScheduleCall and RunScheduled are not atomic against an interrupt (see docs/ports/pyboard.md), so a queued
//     dispatch can in rare cases be lost; the pending byte keeps the event until the next interrupt's dispatch,
//     or machine.idle(), which dispatches too.
// A byte store is atomic on every target, so neither side needs to mask interrupts for the flags; changes to
// the table itself are made with interrupts masked (machine_port::DisableIrq).
//
// The tables are GC roots (a root marker registered when the module is imported), so a callback and the object
// it receives stay alive while the interrupt is enabled, even when the program keeps no reference.
#ifndef MICA_RUNTIME_MODULES_MACHINE_MACHINE_IRQ_H_
#define MICA_RUNTIME_MODULES_MACHINE_MACHINE_IRQ_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/value.h"

namespace mica {
namespace machine {

constexpr size_t kMaxPinHandlers = 16;    // an STM32 has 16 EXTI lines
constexpr size_t kMaxTimerHandlers = 8;

// At import: disables what an earlier run left enabled, empties the tables, registers the root marker.
bool InitIrqTables();

// handler None (or null) removes the pin's handler. False when the table is full.
bool SetPinHandler(int pin, Value pin_object, Value handler);
// callback None (or null) removes it. one_shot: the timer is stopped after its first event.
bool SetTimerHandler(int timer, Value timer_object, Value callback, bool one_shot);
void StopTimerHandler(int timer);

// Calls the callbacks of every pending source now (the dispatcher's body; machine.idle() uses it too). Stops at
// the first callback that raises, leaving the others pending.
Value DispatchPending();

}  // namespace machine
}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_MACHINE_MACHINE_IRQ_H_
