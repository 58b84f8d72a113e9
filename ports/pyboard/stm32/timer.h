// General-purpose timers TIM2..TIM5 as periodic (or one-shot) update interrupts: prescaler and auto-reload from
// the wanted period and the timer's input clock, the update interrupt enabled, the update flag cleared by the
// handler.
#ifndef MICA_PORTS_PYBOARD_STM32_TIMER_H_
#define MICA_PORTS_PYBOARD_STM32_TIMER_H_

#include <stdint.h>

#include "ports/pyboard/stm32/registers.h"

namespace mica::stm32 {

struct TimerDivisors {
  uint32_t psc;  // the counter runs at clock / (psc + 1)
  uint32_t arr;  // and overflows every arr + 1 counts
};

// Divisors for an update every `ticks` input-clock cycles (16-bit PSC and ARR, as TIM3/TIM4 have; TIM2/TIM5's
// 32-bit ARR is not needed for that), preferring a prescaler that divides the period exactly.
// False when ticks is 0 or above 2**32 (longer than the timers can count).
bool TimerDivisorsForTicks(uint64_t ticks, TimerDivisors* out);
// The same for a period in microseconds and for a frequency in Hz, given the timer clock in Hz.
bool TimerDivisorsForPeriodUs(uint32_t clock_hz, uint64_t period_us, TimerDivisors* out);
bool TimerDivisorsForFrequency(uint32_t clock_hz, uint32_t frequency_hz, TimerDivisors* out);

// Loads the divisors, enables the update interrupt and starts counting (one_shot: stops after one update).
void TimerStart(TimerRegs& timer, const TimerDivisors& divisors, bool one_shot);
void TimerStop(TimerRegs& timer);
// True (and the flag cleared) if an update happened: the interrupt handler's acknowledgement.
bool TimerTakeUpdate(TimerRegs& timer);

constexpr uint32_t kTimCr1Cen = 1u << 0, kTimCr1Urs = 1u << 2, kTimCr1Opm = 1u << 3;
constexpr uint32_t kTimDierUie = 1u << 0;
constexpr uint32_t kTimSrUif = 1u << 0;
constexpr uint32_t kTimEgrUg = 1u << 0;

}  // namespace mica::stm32

#endif  // MICA_PORTS_PYBOARD_STM32_TIMER_H_
