// The controlling terminal on stdin for the REPL: raw mode (no echo, no line buffering, no signals from keys, no
// output post-processing) while the REPL reads, the user's settings while a program runs, and the user's settings
// restored at exit and on a fatal signal.
#ifndef MICA_PORTS_UNIX_UNIX_TERMINAL_H_
#define MICA_PORTS_UNIX_UNIX_TERMINAL_H_

namespace mica {
namespace unix_port {

// Whether stdin is a terminal.
bool StdinIsTerminal();

// Saves the terminal's settings (once) and switches it to raw mode. No-op when stdin is not a terminal.
void EnterRawTerminalMode();

// Puts back the saved settings. Safe from a signal handler and when raw mode was never entered.
void RestoreTerminalMode();

}  // namespace unix_port
}  // namespace mica

#endif  // MICA_PORTS_UNIX_UNIX_TERMINAL_H_
