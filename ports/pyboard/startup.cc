// Cortex-M4F reset and vector table for the STM32F405. Written here rather than taken from a vendor pack: it is
// small, and it is where the FPU is enabled before any code that might use it.
//
// Every interrupt has a CMSIS-named handler (USART1_IRQHandler, TIM2_IRQHandler...) that is a weak alias of
// Default_Handler, so a driver takes an interrupt by defining a function of that name; nothing else is edited.
#include <stdint.h>

#include "ports/pyboard/pyboard_board.h"

extern "C" {
extern uint32_t __stack_top[];
[[noreturn]] void mica_board_start();
[[noreturn]] void Reset_Handler();
void Default_Handler();
void HardFault_Handler();
void MemManage_Handler();
void BusFault_Handler();
void UsageFault_Handler();
}

namespace {

constexpr uintptr_t kCpacr = 0xE000ED88;  // Coprocessor Access Control: CP10/CP11 full access enables the FPU.
constexpr uintptr_t kShcsr = 0xE000ED24;  // System Handler Control and State
// MemManage, BusFault and UsageFault get their own handlers instead of escalating to HardFault.
constexpr uint32_t kShcsrFaultsEnabled = (1u << 16) | (1u << 17) | (1u << 18);

}  // namespace

extern "C" [[noreturn]] void Reset_Handler() {
  *reinterpret_cast<volatile uint32_t*>(kCpacr) |= (0xFu << 20);
  *reinterpret_cast<volatile uint32_t*>(kShcsr) |= kShcsrFaultsEnabled;
  __asm__ volatile("dsb\n isb" ::: "memory");
  mica_board_start();
}

// An interrupt nobody asked for: report which one (IPSR holds the exception number) and stop.
extern "C" void Default_Handler() {
  uint32_t ipsr;
  __asm__ volatile("mrs %0, ipsr" : "=r"(ipsr));
  mica::board::Fatal("unexpected interrupt", ipsr & 0x1FF);
}

extern "C" void HardFault_Handler() { mica::board::Fatal("HardFault", 3); }
extern "C" void MemManage_Handler() { mica::board::Fatal("MemManage fault", 4); }
// The C stack is at the bottom of SRAM (stm32f405.ld): overflowing it leaves SRAM and ends here, instead of
// running into .data, .bss or the heap.
extern "C" void BusFault_Handler() { mica::board::Fatal("BusFault (C stack overflow?)", 5); }
extern "C" void UsageFault_Handler() { mica::board::Fatal("UsageFault", 6); }

#define MICA_WEAK_HANDLER(name) \
  extern "C" void name() __attribute__((weak, alias("Default_Handler")));
MICA_WEAK_HANDLER(NMI_Handler)
MICA_WEAK_HANDLER(SVC_Handler)
MICA_WEAK_HANDLER(DebugMon_Handler)
MICA_WEAK_HANDLER(PendSV_Handler)
MICA_WEAK_HANDLER(SysTick_Handler)
// The STM32F405's 82 peripheral interrupts, in vector order (RM0090, table 61).
#define MICA_IRQS(X)                                                                                           \
  X(WWDG) X(PVD) X(TAMP_STAMP) X(RTC_WKUP) X(FLASH) X(RCC) X(EXTI0) X(EXTI1) X(EXTI2) X(EXTI3) X(EXTI4)         \
  X(DMA1_Stream0) X(DMA1_Stream1) X(DMA1_Stream2) X(DMA1_Stream3) X(DMA1_Stream4) X(DMA1_Stream5)              \
  X(DMA1_Stream6) X(ADC) X(CAN1_TX) X(CAN1_RX0) X(CAN1_RX1) X(CAN1_SCE) X(EXTI9_5) X(TIM1_BRK_TIM9)            \
  X(TIM1_UP_TIM10) X(TIM1_TRG_COM_TIM11) X(TIM1_CC) X(TIM2) X(TIM3) X(TIM4) X(I2C1_EV) X(I2C1_ER) X(I2C2_EV)   \
  X(I2C2_ER) X(SPI1) X(SPI2) X(USART1) X(USART2) X(USART3) X(EXTI15_10) X(RTC_Alarm) X(OTG_FS_WKUP)            \
  X(TIM8_BRK_TIM12) X(TIM8_UP_TIM13) X(TIM8_TRG_COM_TIM14) X(TIM8_CC) X(DMA1_Stream7) X(FSMC) X(SDIO) X(TIM5)  \
  X(SPI3) X(UART4) X(UART5) X(TIM6_DAC) X(TIM7) X(DMA2_Stream0) X(DMA2_Stream1) X(DMA2_Stream2)                \
  X(DMA2_Stream3) X(DMA2_Stream4) X(ETH) X(ETH_WKUP) X(CAN2_TX) X(CAN2_RX0) X(CAN2_RX1) X(CAN2_SCE) X(OTG_FS)  \
  X(DMA2_Stream5) X(DMA2_Stream6) X(DMA2_Stream7) X(USART6) X(I2C3_EV) X(I2C3_ER) X(OTG_HS_EP1_OUT)            \
  X(OTG_HS_EP1_IN) X(OTG_HS_WKUP) X(OTG_HS) X(DCMI) X(CRYP) X(HASH_RNG) X(FPU)
#define MICA_IRQ_HANDLER(irq) MICA_WEAK_HANDLER(irq##_IRQHandler)
MICA_IRQS(MICA_IRQ_HANDLER)
#undef MICA_IRQ_HANDLER

#define MICA_IRQ_ENTRY(irq) reinterpret_cast<void*>(&irq##_IRQHandler),
__attribute__((section(".isr_vector"), used)) static void* const kVectorTable[16 + 82] = {
    __stack_top,                                    // initial stack pointer
    reinterpret_cast<void*>(&Reset_Handler),        // reset
    reinterpret_cast<void*>(&NMI_Handler),          // NMI
    reinterpret_cast<void*>(&HardFault_Handler),    // HardFault
    reinterpret_cast<void*>(&MemManage_Handler),    // MemManage
    reinterpret_cast<void*>(&BusFault_Handler),     // BusFault
    reinterpret_cast<void*>(&UsageFault_Handler),   // UsageFault
    nullptr, nullptr, nullptr, nullptr,             // reserved
    reinterpret_cast<void*>(&SVC_Handler),          // SVCall
    reinterpret_cast<void*>(&DebugMon_Handler),     // DebugMonitor
    nullptr,                                        // reserved
    reinterpret_cast<void*>(&PendSV_Handler),       // PendSV
    reinterpret_cast<void*>(&SysTick_Handler),      // SysTick
    MICA_IRQS(MICA_IRQ_ENTRY)
};
#undef MICA_IRQ_ENTRY
#undef MICA_IRQS
#undef MICA_WEAK_HANDLER
