#include "ports/pyboard/stm32/exti.h"

namespace mica::stm32 {

void ExtiRoute(SyscfgRegs& syscfg, unsigned line, unsigned port) {
  const unsigned shift = (line % 4) * 4;
  Reg& reg = syscfg.exticr[line / 4];
  reg = (reg & ~(0xFu << shift)) | ((port & 0xFu) << shift);
}

unsigned ExtiRoutedPort(const SyscfgRegs& syscfg, unsigned line) {
  return (syscfg.exticr[line / 4] >> ((line % 4) * 4)) & 0xFu;
}

void ExtiEnable(ExtiRegs& exti, unsigned line, bool rising, bool falling) {
  const uint32_t bit = 1u << line;
  // Masked while the edges change, and a stale pending bit dropped, so no spurious interrupt is taken.
  exti.imr = exti.imr & ~bit;
  exti.rtsr = rising ? (exti.rtsr | bit) : (exti.rtsr & ~bit);
  exti.ftsr = falling ? (exti.ftsr | bit) : (exti.ftsr & ~bit);
  exti.pr = bit;
  if (rising || falling) exti.imr = exti.imr | bit;
}

void ExtiDisable(ExtiRegs& exti, unsigned line) {
  const uint32_t bit = 1u << line;
  exti.imr = exti.imr & ~bit;
  exti.rtsr = exti.rtsr & ~bit;
  exti.ftsr = exti.ftsr & ~bit;
  exti.pr = bit;
}

uint32_t ExtiTakePending(ExtiRegs& exti, uint32_t mask) {
  const uint32_t pending = exti.pr & mask;
  if (pending != 0) exti.pr = pending;
  return pending;
}

void ExtiTrigger(ExtiRegs& exti, unsigned line) { exti.swier = exti.swier | (1u << line); }

unsigned ExtiIrqNumber(unsigned line) {
  if (line <= 4) return 6 + line;
  return line <= 9 ? 23 : 40;
}

uint32_t ExtiLinesOfIrq(unsigned irq) {
  if (irq >= 6 && irq <= 10) return 1u << (irq - 6);
  if (irq == 23) return 0x03E0u;  // lines 5..9
  if (irq == 40) return 0xFC00u;  // lines 10..15
  return 0;
}

}  // namespace mica::stm32
