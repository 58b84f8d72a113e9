// GPIO: one pin's mode, output type, pull, alternate function, and its level (read from IDR, written atomically
// through BSRR so an interrupt handler changing another pin of the same port cannot lose an update).
#ifndef MICA_PORTS_PYBOARD_STM32_GPIO_H_
#define MICA_PORTS_PYBOARD_STM32_GPIO_H_

#include <stdint.h>

#include "ports/pyboard/stm32/registers.h"

namespace mica::stm32 {

enum class GpioMode : uint8_t { kInput = 0, kOutput = 1, kAlternate = 2, kAnalog = 3 };  // MODER values
enum class GpioPull : uint8_t { kNone = 0, kUp = 1, kDown = 2 };                        // PUPDR values

struct GpioConfig {
  GpioMode mode = GpioMode::kInput;
  bool open_drain = false;
  GpioPull pull = GpioPull::kNone;
  uint8_t alternate = 0;  // AF0..AF15, used in kAlternate mode
};

// pin is 0..15 within the port.
void GpioConfigure(GpioRegs& gpio, unsigned pin, const GpioConfig& config);
void GpioWrite(GpioRegs& gpio, unsigned pin, bool high);
bool GpioRead(const GpioRegs& gpio, unsigned pin);         // the input level (IDR)
bool GpioOutputLevel(const GpioRegs& gpio, unsigned pin);  // what the pin drives (ODR)

inline GpioRegs& GpioPort(unsigned port) { return RegsAt<GpioRegs>(kGpioABase + kGpioStride * port); }

}  // namespace mica::stm32

#endif  // MICA_PORTS_PYBOARD_STM32_GPIO_H_
