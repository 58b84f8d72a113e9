#include "ports/pyboard/stm32/nvic.h"

namespace mica::stm32 {

// ISER/ICER are write-1-to-act: writing only the bit leaves the other interrupts as they are.
void NvicEnable(NvicRegs& nvic, unsigned irq) { nvic.iser[irq / 32] = 1u << (irq % 32); }
void NvicDisable(NvicRegs& nvic, unsigned irq) { nvic.icer[irq / 32] = 1u << (irq % 32); }
bool NvicIsEnabled(const NvicRegs& nvic, unsigned irq) { return ((nvic.iser[irq / 32] >> (irq % 32)) & 1) != 0; }
void NvicSetPriority(NvicRegs& nvic, unsigned irq, unsigned priority) {
  nvic.ip[irq] = static_cast<uint8_t>((priority & 0xF) << 4);
}

#if defined(__ARM_ARCH_PROFILE) && __ARM_ARCH_PROFILE == 'M'  // Cortex-M: PRIMASK exists
uint32_t IrqSaveAndDisable() {
  uint32_t primask;
  __asm__ volatile("mrs %0, primask\n cpsid i" : "=r"(primask) : : "memory");
  return primask;
}
void IrqRestore(uint32_t state) { __asm__ volatile("msr primask, %0" : : "r"(state) : "memory"); }
void WaitForInterrupt() { __asm__ volatile("wfi" : : : "memory"); }
#else
uint32_t IrqSaveAndDisable() { return 0; }
void IrqRestore(uint32_t) {}
void WaitForInterrupt() {}
#endif

}  // namespace mica::stm32
