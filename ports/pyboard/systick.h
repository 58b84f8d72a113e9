// The 1 kHz SysTick: time since boot for the time module (port_time.h), and a wake-up for idle loops.
#ifndef MICA_PORTS_PYBOARD_SYSTICK_H_
#define MICA_PORTS_PYBOARD_SYSTICK_H_

#include <stdint.h>

namespace mica::board {

// Starts the 1 ms tick from the core clock.
void InitSysTick(uint32_t core_hz);

// Microseconds since InitSysTick, never going backwards.
uint64_t MicrosecondsSinceBoot();

// Sleeps until the next interrupt (a tick at the latest).
inline void WaitForInterrupt() { __asm__ volatile("wfi" ::: "memory"); }

}  // namespace mica::board

#endif  // MICA_PORTS_PYBOARD_SYSTICK_H_
