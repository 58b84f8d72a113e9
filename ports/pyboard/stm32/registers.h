// STM32F4 register blocks as structs, laid out as in the reference manual (RM0090). Drivers take a block by
// reference, so the same code runs against the chip (the *At() helpers map the real base addresses) and, in the
// host tests, against a zeroed block in RAM.
#ifndef MICA_PORTS_PYBOARD_STM32_REGISTERS_H_
#define MICA_PORTS_PYBOARD_STM32_REGISTERS_H_

#include <stddef.h>
#include <stdint.h>

namespace mica::stm32 {

using Reg = volatile uint32_t;

struct GpioRegs {
  Reg moder, otyper, ospeedr, pupdr, idr, odr, bsrr, lckr, afr[2];
};
static_assert(offsetof(GpioRegs, afr) == 0x20, "GPIO layout");

struct ExtiRegs {
  Reg imr, emr, rtsr, ftsr, swier, pr;
};
static_assert(offsetof(ExtiRegs, pr) == 0x14, "EXTI layout");

struct SyscfgRegs {
  Reg memrmp, pmc, exticr[4];
};
static_assert(offsetof(SyscfgRegs, exticr) == 0x08, "SYSCFG layout");

// General-purpose timers TIM2..TIM5 (the registers a periodic interrupt needs, and the rest as padding).
struct TimerRegs {
  Reg cr1, cr2, smcr, dier, sr, egr, ccmr1, ccmr2, ccer, cnt, psc, arr;
};
static_assert(offsetof(TimerRegs, arr) == 0x2C, "TIM layout");

struct UsartRegs {
  Reg sr, dr, brr, cr1, cr2, cr3, gtpr;
};
static_assert(offsetof(UsartRegs, cr1) == 0x0C, "USART layout");

struct RccRegs {
  Reg cr, pllcfgr, cfgr, cir, ahb1rstr, ahb2rstr, ahb3rstr, reserved0, apb1rstr, apb2rstr, reserved1[2], ahb1enr,
      ahb2enr, ahb3enr, reserved2, apb1enr, apb2enr;
};
static_assert(offsetof(RccRegs, ahb1enr) == 0x30 && offsetof(RccRegs, apb2enr) == 0x44, "RCC layout");

struct NvicRegs {
  Reg iser[8], reserved0[24], icer[8], reserved1[24], ispr[8], reserved2[24], icpr[8], reserved3[24], iabr[8],
      reserved4[56];
  volatile uint8_t ip[240];
};
static_assert(offsetof(NvicRegs, icer) == 0x80 && offsetof(NvicRegs, ip) == 0x300, "NVIC layout");

struct SysTickRegs {
  Reg ctrl, load, val, calib;
};

// Base addresses on the STM32F405/407.
constexpr uintptr_t kGpioABase = 0x40020000;  // GPIOn = kGpioABase + 0x400 * n (A..I)
constexpr uintptr_t kGpioStride = 0x400;
constexpr uintptr_t kExtiBase = 0x40013C00;
constexpr uintptr_t kSyscfgBase = 0x40013800;
constexpr uintptr_t kRccBase = 0x40023800;
constexpr uintptr_t kNvicBase = 0xE000E100;
constexpr uintptr_t kSysTickBase = 0xE000E010;
constexpr uintptr_t kUsart1Base = 0x40011000;  // the console (the other USARTs: machine_port.cc's table)
constexpr uintptr_t kFlashInterfaceBase = 0x40023C00;  // its first register is ACR (wait states, caches)
// System control block registers the port uses: ICSR, AIRCR (reset), CFSR and BFAR (fault reports).
constexpr uintptr_t kScbIcsr = 0xE000ED04, kScbAircr = 0xE000ED0C, kScbCfsr = 0xE000ED28, kScbBfar = 0xE000ED38;
constexpr uint32_t kAircrSysResetRequest = (0x5FAu << 16) | (1u << 2);

template <typename Regs>
Regs& RegsAt(uintptr_t base) {
  return *reinterpret_cast<Regs*>(base);
}

}  // namespace mica::stm32

#endif  // MICA_PORTS_PYBOARD_STM32_REGISTERS_H_
