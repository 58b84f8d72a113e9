// Cortex-M4F reset and vector table for the STM32F405. Written here rather than taken from a vendor pack: it is
// small, and it is where the FPU is enabled before any code that might use it.
//
// Every interrupt has a CMSIS-named handler (USART1_IRQHandler, TIM2_IRQHandler...) that is a weak alias of
// Default_Handler, so a driver takes an interrupt by defining a function of that name; nothing else is edited.
#include <stdint.h>

#include "ports/pyboard/pyboard_board.h"

extern "C" {
extern uint32_t __stack_top[], __stack_limit[];
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

// Threads run on the process stack (PSP), at the bottom of SRAM; handlers on the main stack (MSP), a small one
// above it. A thread overflowing its stack faults while the handler's stack is still good, so the fault is
// reported instead of locking the core up.
extern "C" [[noreturn]] __attribute__((naked)) void Reset_Handler() {
  __asm__ volatile(
      // movw/movt, not `ldr r0, =sym`: a literal pool can land out of reach once LTO moves code around.
      "movw r0, #:lower16:__thread_stack_top\n"
      "movt r0, #:upper16:__thread_stack_top\n"
      "msr psp, r0\n"
      "movs r0, #2\n"  // CONTROL.SPSEL: thread mode uses PSP
      "msr control, r0\n"
      "isb\n"
      "b StartOnThreadStack\n");
}

// `used`: only the assembly above calls it, which link-time optimisation cannot see.
extern "C" [[noreturn]] __attribute__((used)) void StartOnThreadStack() {
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

// The four faults: the exception number is in IPSR; the registers the processor stacked (r0-r3, r12, lr, pc,
// xpsr) are on whichever stack was in use, which bit 2 of EXC_RETURN (lr) tells.
// When stacking itself failed (the thread stack overflowed), there is no frame to read: pc and lr show as 0.
extern "C" __attribute__((used)) void ReportFault(const uint32_t* stacked) {
  uint32_t ipsr;
  __asm__ volatile("mrs %0, ipsr" : "=r"(ipsr));
  const uintptr_t frame = reinterpret_cast<uintptr_t>(stacked);
  const bool readable = frame >= reinterpret_cast<uintptr_t>(__stack_limit) &&
                        frame + 32 <= reinterpret_cast<uintptr_t>(__stack_top);
  mica::board::FatalFault(ipsr & 0x1FF, readable ? stacked[6] : 0, readable ? stacked[5] : 0);
}

#define MICA_FAULT_HANDLER(name)                                                                 \
  extern "C" __attribute__((naked)) void name() {                                                \
    __asm__ volatile("tst lr, #4\n ite eq\n mrseq r0, msp\n mrsne r0, psp\n b ReportFault\n"); \
  }
MICA_FAULT_HANDLER(HardFault_Handler)
MICA_FAULT_HANDLER(MemManage_Handler)
MICA_FAULT_HANDLER(BusFault_Handler)
MICA_FAULT_HANDLER(UsageFault_Handler)
#undef MICA_FAULT_HANDLER

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
