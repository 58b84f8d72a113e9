#include "ports/pyboard/stm32/gpio.h"

namespace mica::stm32 {
namespace {

// Replaces a field of `width` bits at field index `index` of a register.
void SetField(Reg& reg, unsigned index, unsigned width, uint32_t value) {
  const unsigned shift = index * width;
  const uint32_t mask = ((1u << width) - 1) << shift;
  reg = (reg & ~mask) | ((value << shift) & mask);
}

}  // namespace

void GpioConfigure(GpioRegs& gpio, unsigned pin, const GpioConfig& config) {
  // The alternate function and output type first, so the pin never drives with a stale function.
  if (config.mode == GpioMode::kAlternate) SetField(gpio.afr[pin / 8], pin % 8, 4, config.alternate);
  SetField(gpio.otyper, pin, 1, config.open_drain ? 1 : 0);
  SetField(gpio.pupdr, pin, 2, static_cast<uint32_t>(config.pull));
  SetField(gpio.moder, pin, 2, static_cast<uint32_t>(config.mode));
}

void GpioWrite(GpioRegs& gpio, unsigned pin, bool high) { gpio.bsrr = high ? (1u << pin) : (1u << (pin + 16)); }

bool GpioRead(const GpioRegs& gpio, unsigned pin) { return ((gpio.idr >> pin) & 1) != 0; }

bool GpioOutputLevel(const GpioRegs& gpio, unsigned pin) { return ((gpio.odr >> pin) & 1) != 0; }

}  // namespace mica::stm32
