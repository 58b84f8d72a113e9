// NVIC: enabling, disabling and prioritising one interrupt, and the global mask (PRIMASK) as a save/restore pair.
#ifndef MICA_PORTS_PYBOARD_STM32_NVIC_H_
#define MICA_PORTS_PYBOARD_STM32_NVIC_H_

#include <stdint.h>

#include "ports/pyboard/stm32/registers.h"

namespace mica::stm32 {

void NvicEnable(NvicRegs& nvic, unsigned irq);
void NvicDisable(NvicRegs& nvic, unsigned irq);
bool NvicIsEnabled(const NvicRegs& nvic, unsigned irq);
// priority 0 (highest) .. 15: the STM32F4 implements the top 4 bits of each byte.
void NvicSetPriority(NvicRegs& nvic, unsigned irq, unsigned priority);

// The global interrupt mask (Cortex-M only: host and ARM Linux builds have no PRIMASK and these do nothing).
uint32_t IrqSaveAndDisable();  // the previous PRIMASK
void IrqRestore(uint32_t state);
void WaitForInterrupt();

}  // namespace mica::stm32

#endif  // MICA_PORTS_PYBOARD_STM32_NVIC_H_
