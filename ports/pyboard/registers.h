// Memory-mapped register access and the few STM32F405 / Cortex-M4 addresses the port's own code uses (the
// drivers for the machine module have theirs in ports/pyboard/stm32/).
#ifndef MICA_PORTS_PYBOARD_REGISTERS_H_
#define MICA_PORTS_PYBOARD_REGISTERS_H_

#include <stdint.h>

namespace mica::board {

inline volatile uint32_t& Reg32(uintptr_t address) { return *reinterpret_cast<volatile uint32_t*>(address); }

// Reset and clock control (RM0090 section 7).
constexpr uintptr_t kRcc = 0x40023800;
constexpr uintptr_t kRccCr = kRcc + 0x00;
constexpr uintptr_t kRccPllCfgr = kRcc + 0x04;
constexpr uintptr_t kRccCfgr = kRcc + 0x08;
constexpr uintptr_t kRccApb1Enr = kRcc + 0x40;
constexpr uintptr_t kRccApb2Enr = kRcc + 0x44;
constexpr uintptr_t kFlashAcr = 0x40023C00;

// USART1, the console (serial0 under QEMU).
constexpr uintptr_t kUsart1 = 0x40011000;
constexpr uintptr_t kUsartSr = 0x0, kUsartDr = 0x4, kUsartBrr = 0x8, kUsartCr1 = 0xC;
constexpr uint32_t kUsartSrRxne = 1u << 5, kUsartSrTxe = 1u << 7, kUsartSrOre = 1u << 3;
constexpr uint32_t kUsartCr1Ue = 1u << 13, kUsartCr1Rxneie = 1u << 5, kUsartCr1Te = 1u << 3,
                   kUsartCr1Re = 1u << 2;
constexpr uint32_t kUsart1Irq = 37;

// Cortex-M4 system control.
constexpr uintptr_t kSysTickCtrl = 0xE000E010, kSysTickLoad = 0xE000E014, kSysTickVal = 0xE000E018;
constexpr uintptr_t kNvicIser = 0xE000E100;  // + 4 * (irq / 32)
constexpr uintptr_t kNvicIpr = 0xE000E400;   // one byte per irq
constexpr uintptr_t kAircr = 0xE000ED0C;
constexpr uint32_t kAircrSysReset = (0x5FAu << 16) | (1u << 2);

inline void EnableIrq(uint32_t irq, uint8_t priority) {
  *reinterpret_cast<volatile uint8_t*>(kNvicIpr + irq) = priority;
  Reg32(kNvicIser + 4 * (irq / 32)) = 1u << (irq % 32);
}

}  // namespace mica::board

#endif  // MICA_PORTS_PYBOARD_REGISTERS_H_
