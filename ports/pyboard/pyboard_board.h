// What the pyboard adds to ports/baremetal/board.h: raw console output and reporting a processor fault (it says
// so on the console and stops: QEMU exits with a status a test sees; a real board resets).
#ifndef MICA_PORTS_PYBOARD_PYBOARD_BOARD_H_
#define MICA_PORTS_PYBOARD_PYBOARD_BOARD_H_

#include <stddef.h>
#include <stdint.h>

namespace mica::board {

// Writes bytes to the console as they are (ConsoleWrite turns "\n" into "\r\n", as a terminal wants for
// program output; the REPL writes its own "\r\n").
void ConsoleWriteRaw(const char* data, size_t length);

// A system reset (AIRCR SYSRESETREQ): the chip starts again from its reset vector.
[[noreturn]] void ResetChip();

// Writes "FATAL: <what> (exception <number>)" on the console with interrupts off, then Exit(128 + number).
[[noreturn]] void Fatal(const char* what, uint32_t exception_number);

// A processor fault: "FATAL: <fault> at pc=..., lr=..., CFSR=..., BFAR=...", then Exit(128 + number). A BusFault
// writing below SRAM is the C stack overflowing (stm32f405.ld puts the stack at the bottom of SRAM).
[[noreturn]] void FatalFault(uint32_t exception_number, uint32_t pc, uint32_t lr);

}  // namespace mica::board

#endif  // MICA_PORTS_PYBOARD_PYBOARD_BOARD_H_
