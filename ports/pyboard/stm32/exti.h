// EXTI and SYSCFG: routing a GPIO port's pin n to external interrupt line n, choosing its edges, masking it, and
// the NVIC interrupt each line raises (lines 0..4 have their own, 5..9 and 10..15 share one each).
#ifndef MICA_PORTS_PYBOARD_STM32_EXTI_H_
#define MICA_PORTS_PYBOARD_STM32_EXTI_H_

#include <stdint.h>

#include "ports/pyboard/stm32/registers.h"

namespace mica::stm32 {

constexpr unsigned kExtiLines = 16;  // the GPIO lines (16..22 are internal sources, not used here)

// Routes port `port` (0 = A .. 8 = I) to line `line` (= the pin number) in SYSCFG_EXTICR.
void ExtiRoute(SyscfgRegs& syscfg, unsigned line, unsigned port);
unsigned ExtiRoutedPort(const SyscfgRegs& syscfg, unsigned line);

// Sets the edges and unmasks the line; a line with neither edge is masked.
void ExtiEnable(ExtiRegs& exti, unsigned line, bool rising, bool falling);
void ExtiDisable(ExtiRegs& exti, unsigned line);

// The pending lines among `mask`, cleared (PR is write-1-to-clear): what an EXTI interrupt handler serves.
uint32_t ExtiTakePending(ExtiRegs& exti, uint32_t mask);

// Raises the line's interrupt from software (SWIER), as if its edge had occurred.
void ExtiTrigger(ExtiRegs& exti, unsigned line);

// The NVIC interrupt number of a line: EXTI0..4 = 6..10, EXTI9_5 = 23, EXTI15_10 = 40.
unsigned ExtiIrqNumber(unsigned line);
// The lines served by the handler of that interrupt (a mask).
uint32_t ExtiLinesOfIrq(unsigned irq);

}  // namespace mica::stm32

#endif  // MICA_PORTS_PYBOARD_STM32_EXTI_H_
