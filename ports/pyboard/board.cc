// The pyboard's side of ports/baremetal/board.h: clocks, the USART1 console (polled transmit; the firmware adds
// interrupt-driven receive in console.cc) and exit (semihosting, which QEMU turns into its exit status; on a real
// board with no debugger attached, a system reset).
#include <stddef.h>
#include <stdint.h>

#include "ports/baremetal/board.h"
#include "ports/pyboard/clock.h"
#include "ports/pyboard/pyboard_board.h"
#include "ports/pyboard/stm32/rcc.h"
#include "ports/pyboard/stm32/registers.h"
#include "ports/pyboard/stm32/usart.h"

namespace mica::board {
namespace {

constexpr uint32_t kBaud = 115200;

// ARM semihosting: SYS_EXIT_EXTENDED with {ADP_Stopped_ApplicationExit, status}.
constexpr uint32_t kSysExitExtended = 0x20;
constexpr uint32_t kAdpStoppedApplicationExit = 0x20026;

stm32::UsartRegs& Usart1() { return stm32::RegsAt<stm32::UsartRegs>(stm32::kUsart1Base); }

void PutByte(char c) { stm32::UsartWriteByte(Usart1(), static_cast<uint8_t>(c)); }

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
  stm32::RccEnableUsart(stm32::RegsAt<stm32::RccRegs>(stm32::kRccBase), 1);
  stm32::UsartConfig config;
  config.baudrate = kBaud;
  // Receive interrupts are requested, but reach the core only once the firmware enables USART1's line in the
  // NVIC (console.cc); the demo never does.
  stm32::UsartConfigure(Usart1(), clocks.apb2, config);
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
  ResetChip();
}

void ResetChip() {
  stm32::RegsAt<stm32::Reg>(stm32::kScbAircr) = stm32::kAircrSysResetRequest;
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
  WriteHex(stm32::RegsAt<stm32::Reg>(stm32::kScbCfsr));
  WriteText(", BFAR=");
  WriteHex(stm32::RegsAt<stm32::Reg>(stm32::kScbBfar));
  WriteText(" (exception ");
  WriteDecimal(exception_number);
  WriteText(")\n");
  Exit(static_cast<int>(128 + (exception_number & 0x7F)));
}

}  // namespace mica::board
