// The pyboard's console (USART1 polled transmit for now) and exit (semihosting, which QEMU turns into its exit
// status; on a real board with no debugger attached, a system reset).
#include <stddef.h>
#include <stdint.h>

#include "ports/baremetal/board.h"

namespace mica::board {
namespace {

template <typename T = uint32_t>
volatile T& Reg(uintptr_t address) {
  return *reinterpret_cast<volatile T*>(address);
}

constexpr uintptr_t kRccApb2Enr = 0x40023844;
constexpr uint32_t kRccUsart1En = 1u << 4;

constexpr uintptr_t kUsart1 = 0x40011000;
constexpr uintptr_t kUsartSr = kUsart1 + 0x0;
constexpr uintptr_t kUsartDr = kUsart1 + 0x4;
constexpr uintptr_t kUsartBrr = kUsart1 + 0x8;
constexpr uintptr_t kUsartCr1 = kUsart1 + 0xC;
constexpr uint32_t kSrTxe = 1u << 7;
constexpr uint32_t kCr1Ue = 1u << 13, kCr1Te = 1u << 3, kCr1Re = 1u << 2;
// 115200 baud from the 16 MHz HSI the chip starts on (APB2 undivided): 16e6 / 115200 = 138.9 -> 0x8B.
constexpr uint32_t kBrr115200At16MHz = 0x8B;

constexpr uintptr_t kAircr = 0xE000ED0C;
constexpr uint32_t kAircrSysReset = (0x5FAu << 16) | (1u << 2);

// ARM semihosting: SYS_EXIT_EXTENDED with {ADP_Stopped_ApplicationExit, status}.
constexpr uint32_t kSysExitExtended = 0x20;
constexpr uint32_t kAdpStoppedApplicationExit = 0x20026;

}  // namespace

const char* Name() { return "pyboard (STM32F405, Cortex-M4F)"; }

void Init() {
  Reg(kRccApb2Enr) |= kRccUsart1En;
  Reg(kUsartBrr) = kBrr115200At16MHz;
  Reg(kUsartCr1) = kCr1Ue | kCr1Te | kCr1Re;
}

void ConsoleWrite(const char* data, size_t length) {
  for (size_t i = 0; i < length; ++i) {
    if (data[i] == '\n') {
      while ((Reg(kUsartSr) & kSrTxe) == 0) {
      }
      Reg(kUsartDr) = '\r';
    }
    while ((Reg(kUsartSr) & kSrTxe) == 0) {
    }
    Reg(kUsartDr) = static_cast<uint8_t>(data[i]);
  }
}

void Exit(int status) {
  const uint32_t block[2] = {kAdpStoppedApplicationExit, static_cast<uint32_t>(status)};
  register uint32_t r0 __asm__("r0") = kSysExitExtended;
  register const uint32_t* r1 __asm__("r1") = block;
  __asm__ volatile("bkpt 0xAB" : "+r"(r0) : "r"(r1) : "memory");
  // No debugger answered: reset the chip.
  Reg(kAircr) = kAircrSysReset;
  for (;;) {
  }
}

}  // namespace mica::board
