// The contract every bare-metal port fulfils, so code above it (the demo today, the REPL later) is board-neutral.
#ifndef MICA_PORTS_BAREMETAL_BOARD_H_
#define MICA_PORTS_BAREMETAL_BOARD_H_

#include <stddef.h>

namespace mica::board {

// The board's name, for banners.
const char* Name();

// Brings up what the console needs (clocks, the UART). Called once, after memory is initialised.
void Init();

// Writes bytes to the console; returns when they are handed to the hardware (or the emulator).
void ConsoleWrite(const char* data, size_t length);

// Ends the program with a status the host sees: QEMU's exit status under emulation, a reset on real hardware.
[[noreturn]] void Exit(int status);

}  // namespace mica::board

#endif  // MICA_PORTS_BAREMETAL_BOARD_H_
