// The 1 kHz SysTick: time since boot for the time module (port_time.h), and a wake-up for idle loops.
#ifndef MICA_PORTS_PYBOARD_SYSTICK_H_
#define MICA_PORTS_PYBOARD_SYSTICK_H_

#include <stdint.h>

namespace mica::board {

// Starts the 1 ms tick from the core clock.
void InitSysTick(uint32_t core_hz);

// Microseconds since InitSysTick, never going backwards. Idle loops sleep with stm32::WaitForInterrupt: the
// tick wakes them every millisecond at the latest.
uint64_t MicrosecondsSinceBoot();

}  // namespace mica::board

#endif  // MICA_PORTS_PYBOARD_SYSTICK_H_
