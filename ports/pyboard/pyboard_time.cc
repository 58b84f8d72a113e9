// runtime/exec/port_time.h on the pyboard: the SysTick clock. There is no battery-backed clock yet, so the wall
// clock is the time since boot (from 2000-01-01, MicroPython's epoch on boards, expressed as Unix time).
#include "ports/pyboard/stm32/nvic.h"
#include "ports/pyboard/systick.h"
#include "runtime/exec/exec_state.h"
#include "runtime/exec/port_time.h"

namespace mica::port {
namespace {

constexpr int64_t kEpoch2000Seconds = 946684800;

}  // namespace

uint64_t MonotonicMicroseconds() { return board::MicrosecondsSinceBoot(); }

int64_t WallClockNanoseconds() {
  return (kEpoch2000Seconds * 1000000 + static_cast<int64_t>(board::MicrosecondsSinceBoot())) * 1000;
}

int32_t LocalTimeOffsetSeconds(int64_t) { return 0; }

void SleepMicroseconds(uint64_t microseconds) {
  const uint64_t end = board::MicrosecondsSinceBoot() + microseconds;
  // Asleep between ticks; Ctrl-C (a pending KeyboardInterrupt) or a scheduled callback ends the wait early.
  const ExecState& exec = Exec();
  while (board::MicrosecondsSinceBoot() < end && exec.keyboard_interrupt == 0 && exec.scheduled_count == 0) {
    stm32::WaitForInterrupt();
  }
}

}  // namespace mica::port
