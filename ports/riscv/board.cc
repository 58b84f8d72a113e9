// The RISC-V port on QEMU's virt machine: a 16550 UART for the console and the SiFive test device for exit.
#include <stddef.h>
#include <stdint.h>

#include "ports/baremetal/board.h"

namespace mica::board {
namespace {

constexpr uintptr_t kUart = 0x10000000;
constexpr uintptr_t kUartThr = kUart + 0;
constexpr uintptr_t kUartLsr = kUart + 5;
constexpr uint8_t kLsrThrEmpty = 1u << 5;

constexpr uintptr_t kTestDevice = 0x100000;
constexpr uint32_t kTestPass = 0x5555;
constexpr uint32_t kTestFail = 0x3333;  // with the status in the upper 16 bits

volatile uint8_t& Reg8(uintptr_t address) { return *reinterpret_cast<volatile uint8_t*>(address); }

void PutByte(uint8_t byte) {
  while ((Reg8(kUartLsr) & kLsrThrEmpty) == 0) {
  }
  Reg8(kUartThr) = byte;
}

}  // namespace

const char* Name() { return "riscv (rv32imac, QEMU virt)"; }

void Init() {}

void ConsoleWrite(const char* data, size_t length) {
  for (size_t i = 0; i < length; ++i) {
    if (data[i] == '\n') PutByte('\r');
    PutByte(static_cast<uint8_t>(data[i]));
  }
}

void Exit(int status) {
  const uint32_t code = status == 0 ? kTestPass : ((static_cast<uint32_t>(status) << 16) | kTestFail);
  *reinterpret_cast<volatile uint32_t*>(kTestDevice) = code;
  for (;;) {
  }
}

}  // namespace mica::board
