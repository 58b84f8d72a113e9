// The pyboard v1.1's pins: ids are port * 16 + pin (A0 = 0 .. I15 = 143), CPU names "A0".."I15" (MicroPython's
// spelling), and the board's silk-screen names (X1..X12, Y1..Y12, the LEDs and the user switch).
#ifndef MICA_PORTS_PYBOARD_STM32_BOARD_PINS_H_
#define MICA_PORTS_PYBOARD_STM32_BOARD_PINS_H_

#include <stddef.h>
#include <stdint.h>

namespace mica::stm32 {

constexpr int kGpioPorts = 9;  // A..I
constexpr int kPinCount = kGpioPorts * 16;

// A pin id by board or CPU name; -1 when neither matches.
int FindBoardPin(const char* name, size_t length);
// "A13" for 13: a constant string for every id below kPinCount.
const char* CpuPinName(int pin);

inline unsigned PinPort(int pin) { return static_cast<unsigned>(pin) / 16; }
inline unsigned PinNumber(int pin) { return static_cast<unsigned>(pin) % 16; }

}  // namespace mica::stm32

#endif  // MICA_PORTS_PYBOARD_STM32_BOARD_PINS_H_
