#include "ports/pyboard/systick.h"

#include "ports/pyboard/stm32/registers.h"

namespace mica::board {
namespace {

constexpr uint32_t kIcsrPendStSet = 1u << 26;
constexpr uint32_t kCtrlEnable = 1u << 0, kCtrlTickInt = 1u << 1, kCtrlCoreClock = 1u << 2;

volatile uint32_t milliseconds_low;   // ticks since boot, low word
volatile uint32_t milliseconds_high;  // and high word (49.7 days per wrap of the low one)
uint32_t cycles_per_tick = 168000;
uint32_t cycles_per_microsecond = 168;

stm32::SysTickRegs& SysTick() { return stm32::RegsAt<stm32::SysTickRegs>(stm32::kSysTickBase); }
// Interrupt Control and State: PENDSTSET says a tick is pending.
stm32::Reg& Icsr() { return stm32::RegsAt<stm32::Reg>(stm32::kScbIcsr); }

}  // namespace

void InitSysTick(uint32_t core_hz) {
  cycles_per_tick = core_hz / 1000;
  cycles_per_microsecond = core_hz / 1000000;
  SysTick().load = cycles_per_tick - 1;
  SysTick().val = 0;
  SysTick().ctrl = kCtrlEnable | kCtrlTickInt | kCtrlCoreClock;
}

uint64_t MicrosecondsSinceBoot() {
  // The tick count and the counter must come from the same millisecond: read the count on both sides of the
  // counter and retry if a tick came in between.
  for (;;) {
    const uint32_t high = milliseconds_high;
    const uint32_t low = milliseconds_low;
    uint32_t counter = SysTick().val;  // counts down from cycles_per_tick - 1
    if (low == milliseconds_low && high == milliseconds_high) {
      uint64_t milliseconds = (uint64_t{high} << 32) | low;
      // Interrupts off (or the tick not taken yet): the counter wrapped but the count has not moved.
      if ((Icsr() & kIcsrPendStSet) != 0) {
        counter = SysTick().val;
        ++milliseconds;
      }
      const uint32_t elapsed = (cycles_per_tick - 1 - counter) / cycles_per_microsecond;
      return milliseconds * 1000 + elapsed;
    }
  }
}

}  // namespace mica::board

extern "C" void SysTick_Handler() {
  const uint32_t low = mica::board::milliseconds_low + 1;
  mica::board::milliseconds_low = low;
  if (low == 0) mica::board::milliseconds_high = mica::board::milliseconds_high + 1;
}
