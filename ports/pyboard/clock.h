// The pyboard's clocks: 168 MHz from the 12 MHz crystal through the PLL, APB1 at 42 MHz, APB2 at 84 MHz.
#ifndef MICA_PORTS_PYBOARD_CLOCK_H_
#define MICA_PORTS_PYBOARD_CLOCK_H_

#include <stdint.h>

namespace mica::board {

struct Clocks {
  uint32_t sysclk;  // core and AHB
  uint32_t apb1;    // USART2-5, TIM2-7 (their timers run at twice this when APB1 is divided)
  uint32_t apb2;    // USART1/6
  uint32_t apb1_timers;  // TIM2-5 (twice APB1 when APB1 is divided, as here)
  bool emulated;    // the RCC did not answer: QEMU's netduinoplus2, whose clocks are fixed at 168 MHz
};

// Brings the clocks up (once, before the console) and says what they are.
Clocks InitClocks();

// What InitClocks() set.
const Clocks& CurrentClocks();

}  // namespace mica::board

#endif  // MICA_PORTS_PYBOARD_CLOCK_H_
