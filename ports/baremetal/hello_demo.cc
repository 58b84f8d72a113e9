// The foundation's bare-metal demo: proves a board boots, runs C++ from the runtime library, prints over its
// console and reports an exit status to the host. The emulated tests in ports/*/BUILD.bazel check its output.
#include <stddef.h>
#include <stdint.h>

#include "ports/baremetal/board.h"
#include "ports/baremetal/memory_init.h"
#include "runtime/int_format.h"

namespace {

void Print(const char* text) {
  size_t n = 0;
  while (text[n] != 0) ++n;
  mica::board::ConsoleWrite(text, n);
}

void PrintInt(int64_t value, mica::IntFormat format = {}) {
  char buffer[mica::kMaxIntText];
  mica::board::ConsoleWrite(buffer, mica::FormatInt(value, format, buffer, sizeof buffer));
}

// Initialised data: checks that start-up copied .data into RAM.
int32_t g_initialised = 0x12345678;
// Zero-initialised: checks that start-up cleared .bss.
int32_t g_zeroed;

}  // namespace

extern "C" int mica_demo_main(int exit_status) {
  Print("Mica bare-metal demo: ");
  Print(mica::board::Name());
  Print("\n");
  Print("sizeof(void*) = ");
  PrintInt(static_cast<int64_t>(sizeof(void*)));
  Print(", 2**40 = ");
  PrintInt(int64_t{1} << 40);
  Print(", hex(-255) = ");
  PrintInt(-255, {16, true, false});
  Print("\n");
  const bool memory_ok = g_initialised == 0x12345678 && g_zeroed == 0;
  Print(memory_ok ? "memory: ok\n" : "memory: BROKEN\n");
  Print("exit status ");
  PrintInt(exit_status);
  Print("\n");
  return memory_ok ? exit_status : 99;
}

// The status to exit with; one test builds the demo with another value to prove statuses reach the host.
#ifndef MICA_DEMO_EXIT_STATUS
#define MICA_DEMO_EXIT_STATUS 0
#endif

// Every port's reset code lands here once the stack pointer is set.
extern "C" [[noreturn]] void mica_board_start() {
  mica::board::InitMemory();
  mica::board::Init();
  mica::board::Exit(mica_demo_main(MICA_DEMO_EXIT_STATUS));
}
