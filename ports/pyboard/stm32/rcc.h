// RCC: the peripheral clock enables the drivers need (a peripheral ignores register writes until its clock runs).
#ifndef MICA_PORTS_PYBOARD_STM32_RCC_H_
#define MICA_PORTS_PYBOARD_STM32_RCC_H_

#include <stdint.h>

#include "ports/pyboard/stm32/registers.h"

namespace mica::stm32 {

void RccEnableGpio(RccRegs& rcc, unsigned port);      // AHB1ENR bit port (A = 0 .. I = 8)
void RccEnableSyscfg(RccRegs& rcc);                   // APB2ENR bit 14
// TIM2..TIM5: APB1ENR bits 0..3. False for another timer.
bool RccEnableTimer(RccRegs& rcc, unsigned timer);
// USART1/6 on APB2 (bits 4, 5); USART2/3, UART4/5 on APB1 (bits 17..20). False for another number.
bool RccEnableUsart(RccRegs& rcc, unsigned usart);

}  // namespace mica::stm32

#endif  // MICA_PORTS_PYBOARD_STM32_RCC_H_
