// The clocks the drivers compute divisors from. The chip starts on its 16 MHz internal oscillator (HSI) with
// every bus undivided, and the pyboard port does not switch to the PLL yet (QEMU's netduinoplus2 has no RCC
// model, so there is nothing to switch there either). When the board code sets up 168 MHz, these change with it.
#ifndef MICA_PORTS_PYBOARD_STM32_CLOCKS_H_
#define MICA_PORTS_PYBOARD_STM32_CLOCKS_H_

#include <stdint.h>

namespace mica::stm32 {

constexpr uint32_t kSysClockHz = 16000000;
constexpr uint32_t kApb1ClockHz = kSysClockHz;
constexpr uint32_t kApb2ClockHz = kSysClockHz;
// A timer on a bus divided by more than 1 runs at twice that bus's clock; undivided, at the bus clock.
constexpr uint32_t kApb1TimerClockHz = kApb1ClockHz;

}  // namespace mica::stm32

#endif  // MICA_PORTS_PYBOARD_STM32_CLOCKS_H_
