// Cortex-M4F reset and vector table for the STM32F405. Written here rather than taken from a vendor pack: it is
// small, and it is where the FPU is enabled before any code that might use it.
#include <stdint.h>

extern "C" {
extern uint32_t __stack_top[];
[[noreturn]] void mica_board_start();
[[noreturn]] void Reset_Handler();
void Default_Handler();
}

namespace {

constexpr uintptr_t kCpacr = 0xE000ED88;  // Coprocessor Access Control: CP10/CP11 full access enables the FPU.

}  // namespace

extern "C" [[noreturn]] void Reset_Handler() {
  *reinterpret_cast<volatile uint32_t*>(kCpacr) |= (0xFu << 20);
  __asm__ volatile("dsb\n isb" ::: "memory");
  mica_board_start();
}

// An unexpected fault or interrupt stops here, where a debugger shows which one it was.
extern "C" void Default_Handler() {
  for (;;) __asm__ volatile("bkpt 0");
}

// The first 16 entries (the core's exceptions); the STM32's peripheral interrupts are added with their drivers.
__attribute__((section(".isr_vector"), used)) static void* const kVectorTable[16] = {
    __stack_top,                                    // initial stack pointer
    reinterpret_cast<void*>(&Reset_Handler),        // reset
    reinterpret_cast<void*>(&Default_Handler),      // NMI
    reinterpret_cast<void*>(&Default_Handler),      // HardFault
    reinterpret_cast<void*>(&Default_Handler),      // MemManage
    reinterpret_cast<void*>(&Default_Handler),      // BusFault
    reinterpret_cast<void*>(&Default_Handler),      // UsageFault
    nullptr, nullptr, nullptr, nullptr,             // reserved
    reinterpret_cast<void*>(&Default_Handler),      // SVCall
    reinterpret_cast<void*>(&Default_Handler),      // DebugMonitor
    nullptr,                                        // reserved
    reinterpret_cast<void*>(&Default_Handler),      // PendSV
    reinterpret_cast<void*>(&Default_Handler),      // SysTick
};
