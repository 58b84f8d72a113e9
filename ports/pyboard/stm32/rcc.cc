#include "ports/pyboard/stm32/rcc.h"

namespace mica::stm32 {

void RccEnableGpio(RccRegs& rcc, unsigned port) { rcc.ahb1enr = rcc.ahb1enr | (1u << port); }

void RccEnableSyscfg(RccRegs& rcc) { rcc.apb2enr = rcc.apb2enr | (1u << 14); }

bool RccEnableTimer(RccRegs& rcc, unsigned timer) {
  if (timer < 2 || timer > 5) return false;
  rcc.apb1enr = rcc.apb1enr | (1u << (timer - 2));
  return true;
}

bool RccEnableUsart(RccRegs& rcc, unsigned usart) {
  switch (usart) {
    case 1: rcc.apb2enr = rcc.apb2enr | (1u << 4); return true;
    case 6: rcc.apb2enr = rcc.apb2enr | (1u << 5); return true;
    case 2: case 3: case 4: case 5: rcc.apb1enr = rcc.apb1enr | (1u << (15 + usart)); return true;
    default: return false;
  }
}

}  // namespace mica::stm32
