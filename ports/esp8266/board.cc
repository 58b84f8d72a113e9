// The ESP8266 port under QEMU's Xtensa sim machine: console and exit through `simcall` semihosting. The real
// chip's UART0 driver is a later issue; the board contract stays the same.
#include <stddef.h>
#include <stdint.h>

#include "ports/baremetal/board.h"

namespace mica::board {
namespace {

constexpr int kSysExit = 1;
constexpr int kSysWrite = 4;
constexpr int kStdout = 1;

int SimCall(int call, int arg1, int arg2, int arg3) {
  register int a2 __asm__("a2") = call;
  register int a3 __asm__("a3") = arg1;
  register int a4 __asm__("a4") = arg2;
  register int a5 __asm__("a5") = arg3;
  __asm__ volatile("simcall" : "+r"(a2) : "r"(a3), "r"(a4), "r"(a5) : "memory");
  return a2;
}

}  // namespace

const char* Name() { return "esp8266 (Xtensa lx106)"; }

void Init() {}

void ConsoleWrite(const char* data, size_t length) {
  while (length > 0) {
    const int written = SimCall(kSysWrite, kStdout, static_cast<int>(reinterpret_cast<uintptr_t>(data)),
                                static_cast<int>(length));
    if (written <= 0) return;
    data += written;
    length -= static_cast<size_t>(written);
  }
}

void Exit(int status) {
  SimCall(kSysExit, status, 0, 0);
  for (;;) {
  }
}

}  // namespace mica::board
