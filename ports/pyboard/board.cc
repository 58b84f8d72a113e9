// The pyboard's side of ports/baremetal/board.h: clocks, the USART1 console (polled transmit; the firmware adds
// interrupt-driven receive in console.cc) and exit (semihosting, which QEMU turns into its exit status; on a real
// board with no debugger attached, a system reset).
#include <stddef.h>
#include <stdint.h>

#include "ports/baremetal/board.h"
#include "ports/pyboard/clock.h"
#include "ports/pyboard/pyboard_board.h"
#include "ports/pyboard/registers.h"

namespace mica::board {
namespace {

constexpr uint32_t kRccUsart1En = 1u << 4;
constexpr uint32_t kBaud = 115200;
constexpr uintptr_t kCfsr = 0xE000ED28;  // Configurable Fault Status
constexpr uintptr_t kBfar = 0xE000ED38;  // BusFault Address

// ARM semihosting: SYS_EXIT_EXTENDED with {ADP_Stopped_ApplicationExit, status}.
constexpr uint32_t kSysExitExtended = 0x20;
constexpr uint32_t kAdpStoppedApplicationExit = 0x20026;

void PutByte(char c) {
  while ((Reg32(kUsart1 + kUsartSr) & kUsartSrTxe) == 0) {
  }
  Reg32(kUsart1 + kUsartDr) = static_cast<uint8_t>(c);
}

void WriteText(const char* text) {
  while (*text != '\0') PutByte(*text++);
}

void WriteDecimal(uint32_t n) {
  char digits[10];
  size_t count = 0;
  do {
    digits[count++] = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n != 0);
  while (count > 0) PutByte(digits[--count]);
}

void WriteHex(uint32_t n) {
  PutByte('0');
  PutByte('x');
  for (int shift = 28; shift >= 0; shift -= 4) PutByte("0123456789abcdef"[(n >> shift) & 0xF]);
}

}  // namespace

const char* Name() { return "pyboard (STM32F405, Cortex-M4F)"; }

void Init() {
  const Clocks& clocks = InitClocks();
  Reg32(kRccApb2Enr) |= kRccUsart1En;
  // 16x oversampling: BRR is the bus clock over the baud rate, rounded (mantissa and fraction in one number).
  Reg32(kUsart1 + kUsartBrr) = (clocks.apb2 + kBaud / 2) / kBaud;
  Reg32(kUsart1 + kUsartCr1) = kUsartCr1Ue | kUsartCr1Te | kUsartCr1Re;
}

void ConsoleWrite(const char* data, size_t length) {
  for (size_t i = 0; i < length; ++i) {
    if (data[i] == '\n') PutByte('\r');
    PutByte(data[i]);
  }
}

void ConsoleWriteRaw(const char* data, size_t length) {
  for (size_t i = 0; i < length; ++i) PutByte(data[i]);
}

void Exit(int status) {
  const uint32_t block[2] = {kAdpStoppedApplicationExit, static_cast<uint32_t>(status)};
  register uint32_t r0 __asm__("r0") = kSysExitExtended;
  register const uint32_t* r1 __asm__("r1") = block;
  __asm__ volatile("bkpt 0xAB" : "+r"(r0) : "r"(r1) : "memory");
  // No debugger answered: reset the chip.
  Reg32(kAircr) = kAircrSysReset;
  for (;;) {
  }
}

void Fatal(const char* what, uint32_t exception_number) {
  __asm__ volatile("cpsid i" ::: "memory");
  ConsoleWrite("\nFATAL: ", 8);
  WriteText(what);
  WriteText(" (exception ");
  WriteDecimal(exception_number);
  WriteText(")\n");
  Exit(static_cast<int>(128 + (exception_number & 0x7F)));
}

void FatalFault(uint32_t exception_number, uint32_t pc, uint32_t lr) {
  static const char* const kNames[] = {"HardFault", "MemManage fault", "BusFault", "UsageFault"};
  __asm__ volatile("cpsid i" ::: "memory");
  ConsoleWrite("\nFATAL: ", 8);
  WriteText(exception_number >= 3 && exception_number <= 6 ? kNames[exception_number - 3] : "fault");
  WriteText(" at pc=");
  WriteHex(pc);
  WriteText(", lr=");
  WriteHex(lr);
  WriteText(", CFSR=");
  WriteHex(Reg32(kCfsr));
  WriteText(", BFAR=");
  WriteHex(Reg32(kBfar));
  WriteText(" (exception ");
  WriteDecimal(exception_number);
  WriteText(")\n");
  Exit(static_cast<int>(128 + (exception_number & 0x7F)));
}

}  // namespace mica::board
