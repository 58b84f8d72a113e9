// The REPL console on USART1: transmit polled, receive interrupt-driven into a ring buffer, so nothing typed or
// pasted is lost while the VM is busy; Ctrl-C from the receive interrupt stops a running program.
#ifndef MICA_PORTS_PYBOARD_CONSOLE_H_
#define MICA_PORTS_PYBOARD_CONSOLE_H_

#include <stddef.h>

namespace mica::board {

// Enables the receive interrupt (after board::Init has set up the USART).
void InitConsoleInput();

// The next received byte, waiting (asleep) until one arrives.
int ConsoleReadByte();

// The same for a running program: -1 if Ctrl-C interrupted the wait (a KeyboardInterrupt is pending).
int ConsoleReadByteOrInterrupt();

// While a program runs, the interrupt character (micropython.kbd_intr, Ctrl-C by default) raises
// KeyboardInterrupt instead of being received; at the REPL's prompt it is an ordinary byte.
void SetProgramRunning(bool running);

}  // namespace mica::board

#endif  // MICA_PORTS_PYBOARD_CONSOLE_H_
