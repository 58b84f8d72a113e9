#include "ports/unix/unix_terminal.h"

#include <signal.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

namespace mica {
namespace unix_port {
namespace {

struct termios saved_settings;
bool have_saved = false;
volatile sig_atomic_t raw_active = 0;

// A fatal signal while the terminal is raw would leave the user's shell without echo: restore, then die of it.
void OnFatalSignal(int signal_number) {
  RestoreTerminalMode();
  signal(signal_number, SIG_DFL);
  raise(signal_number);
}

void RestoreAtExit() {
  RestoreTerminalMode();
}

void SaveSettingsOnce() {
  if (have_saved) return;
  if (tcgetattr(0, &saved_settings) != 0) return;
  have_saved = true;
  atexit(RestoreAtExit);
  static const int kFatalSignals[] = {SIGTERM, SIGHUP, SIGQUIT};
  for (const int fatal : kFatalSignals) signal(fatal, OnFatalSignal);
}

}  // namespace

bool StdinIsTerminal() {
  return isatty(0) != 0;
}

void EnterRawTerminalMode() {
  if (!StdinIsTerminal()) return;
  SaveSettingsOnce();
  if (!have_saved) return;
  struct termios raw = saved_settings;
  raw.c_iflag &= ~static_cast<tcflag_t>(ICRNL | INLCR | IGNCR | IXON | ISTRIP);
  raw.c_oflag &= ~static_cast<tcflag_t>(OPOST);
  raw.c_lflag &= ~static_cast<tcflag_t>(ECHO | ICANON | ISIG | IEXTEN);
  raw.c_cc[VMIN] = 1;
  raw.c_cc[VTIME] = 0;
  // TCSANOW: input that has already arrived (a host tool sends ahead) must not be thrown away.
  if (tcsetattr(0, TCSANOW, &raw) == 0) raw_active = 1;
}

void RestoreTerminalMode() {
  if (!have_saved || raw_active == 0) return;
  tcsetattr(0, TCSANOW, &saved_settings);
  raw_active = 0;
}

}  // namespace unix_port
}  // namespace mica
