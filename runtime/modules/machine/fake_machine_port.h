// A fake board for the machine module's tests: 16 pins "A0".."A15" (numbers 0..15; "LED_RED".."LED_BLUE" are
// A13, A14, A15 and A4 as on the pyboard), UART 2 with a loopback of what the test feeds it, timers 2..5, and a
// block of RAM that mem8/16/32 may touch. Everything the module asked of it is recorded for the test to check.
#ifndef MICA_RUNTIME_MODULES_MACHINE_FAKE_MACHINE_PORT_H_
#define MICA_RUNTIME_MODULES_MACHINE_FAKE_MACHINE_PORT_H_

#include <stdint.h>

#include <string>

#include "runtime/modules/machine/machine_port.h"

namespace mica {
namespace fake_port {

struct FakePin {
  machine_port::PinMode mode = machine_port::PinMode::kIn;
  machine_port::PinPull pull = machine_port::PinPull::kNone;
  int alt = -1;
  bool configured = false;
  bool output = false;  // the level driven
  bool input = false;   // the level read
  uint8_t irq_triggers = 0;
};

struct FakeBoard {
  FakePin pins[16];
  bool uart_open = false;
  machine_port::UartConfig uart_config{};
  std::string uart_sent;
  std::string uart_received;  // what reads return
  uint64_t timer_period_us[6] = {};
  bool timer_one_shot[6] = {};
  bool timer_running[6] = {};
  int resets = 0;
  int idles = 0;
  uint32_t irq_disabled = 0;
  alignas(4) uint8_t memory[64] = {};
};

FakeBoard& Board();
void ResetBoard();

}  // namespace fake_port
}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_MACHINE_FAKE_MACHINE_PORT_H_
