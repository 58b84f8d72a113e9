#include "ports/pyboard/stm32/timer.h"

namespace mica::stm32 {

bool TimerDivisorsForTicks(uint64_t ticks, TimerDivisors* out) {
  if (ticks == 0 || ticks > (uint64_t{1} << 32)) return false;
  // The smallest prescaler that fits (ceil(ticks / 65536): ARR + 1 <= 65536), or up to twice it one that
  // divides the period exactly (1 s at 84 MHz: 1500 x 56000 rather than 1282 x 65523, 486 ticks long).
  uint64_t prescale = (ticks + 0xFFFF) / 0x10000;
  for (uint64_t p = prescale; p <= 2 * prescale && p <= 0x10000; ++p) {
    if (ticks % p == 0) {
      prescale = p;
      break;
    }
  }
  out->psc = static_cast<uint32_t>(prescale - 1);
  uint64_t counts = (ticks + prescale / 2) / prescale;  // rounded
  if (counts == 0) counts = 1;
  if (counts > 0x10000) counts = 0x10000;
  out->arr = static_cast<uint32_t>(counts - 1);
  return true;
}

bool TimerDivisorsForPeriodUs(uint32_t clock_hz, uint64_t period_us, TimerDivisors* out) {
  if (period_us > (uint64_t{1} << 40)) return false;  // keeps the product below 2**64
  return TimerDivisorsForTicks((uint64_t{clock_hz} * period_us + 500000) / 1000000, out);
}

bool TimerDivisorsForFrequency(uint32_t clock_hz, uint32_t frequency_hz, TimerDivisors* out) {
  if (frequency_hz == 0) return false;
  return TimerDivisorsForTicks((uint64_t{clock_hz} + frequency_hz / 2) / frequency_hz, out);
}

void TimerStart(TimerRegs& timer, const TimerDivisors& divisors, bool one_shot) {
  timer.cr1 = 0;
  timer.dier = 0;
  timer.psc = divisors.psc;
  timer.arr = divisors.arr;
  timer.cnt = 0;
  // URS: the update event generated below (to load PSC) does not set the flag, so no interrupt comes at once.
  timer.cr1 = kTimCr1Urs;
  timer.egr = kTimEgrUg;
  timer.sr = 0;
  timer.dier = kTimDierUie;
  timer.cr1 = kTimCr1Urs | (one_shot ? kTimCr1Opm : 0) | kTimCr1Cen;
}

void TimerStop(TimerRegs& timer) {
  timer.cr1 = 0;
  timer.dier = 0;
  timer.sr = 0;
}

bool TimerTakeUpdate(TimerRegs& timer) {
  if ((timer.sr & kTimSrUif) == 0) return false;
  timer.sr = ~kTimSrUif;  // rc_w0: writing 0 clears, writing 1 leaves the other flags alone
  return true;
}

}  // namespace mica::stm32
