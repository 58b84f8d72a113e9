#include "ports/pyboard/stm32/board_pins.h"

namespace mica::stm32 {
namespace {

constexpr int Pin(char port, int number) { return (port - 'A') * 16 + number; }

struct BoardPin {
  const char* name;
  int16_t pin;
};

// The pyboard v1.1 schematic's names.
constexpr BoardPin kBoardPins[] = {
    {"X1", Pin('A', 0)},   {"X2", Pin('A', 1)},   {"X3", Pin('A', 2)},   {"X4", Pin('A', 3)},
    {"X5", Pin('A', 4)},   {"X6", Pin('A', 5)},   {"X7", Pin('A', 6)},   {"X8", Pin('A', 7)},
    {"X9", Pin('B', 6)},   {"X10", Pin('B', 7)},  {"X11", Pin('C', 4)},  {"X12", Pin('C', 5)},
    {"Y1", Pin('C', 6)},   {"Y2", Pin('C', 7)},   {"Y3", Pin('B', 8)},   {"Y4", Pin('B', 9)},
    {"Y5", Pin('B', 12)},  {"Y6", Pin('B', 13)},  {"Y7", Pin('B', 14)},  {"Y8", Pin('B', 15)},
    {"Y9", Pin('B', 10)},  {"Y10", Pin('B', 11)}, {"Y11", Pin('B', 0)},  {"Y12", Pin('B', 1)},
    {"LED_RED", Pin('A', 13)}, {"LED_GREEN", Pin('A', 14)}, {"LED_YELLOW", Pin('A', 15)},
    {"LED_BLUE", Pin('B', 4)}, {"SW", Pin('B', 3)},
};

struct CpuNames {
  char text[kPinCount][4];
};

constexpr CpuNames MakeCpuNames() {
  CpuNames names{};
  for (int pin = 0; pin < kPinCount; ++pin) {
    const int number = pin % 16;
    names.text[pin][0] = static_cast<char>('A' + pin / 16);
    if (number < 10) {
      names.text[pin][1] = static_cast<char>('0' + number);
    } else {
      names.text[pin][1] = '1';
      names.text[pin][2] = static_cast<char>('0' + number - 10);
    }
  }
  return names;
}

constexpr CpuNames kCpuNames = MakeCpuNames();

bool Equals(const char* text, size_t length, const char* name) {
  size_t i = 0;
  while (i < length && name[i] != 0 && name[i] == text[i]) ++i;
  return i == length && name[i] == 0;
}

}  // namespace

int FindBoardPin(const char* name, size_t length) {
  for (const BoardPin& board_pin : kBoardPins) {
    if (Equals(name, length, board_pin.name)) return board_pin.pin;
  }
  // CPU names: a port letter and a decimal pin number 0..15 without leading zeros.
  if (length < 2 || length > 3 || name[0] < 'A' || name[0] >= 'A' + kGpioPorts) return -1;
  int number = 0;
  for (size_t i = 1; i < length; ++i) {
    if (name[i] < '0' || name[i] > '9' || (i == 1 && name[i] == '0' && length == 3)) return -1;
    number = number * 10 + (name[i] - '0');
  }
  return number < 16 ? (name[0] - 'A') * 16 + number : -1;
}

const char* CpuPinName(int pin) { return pin >= 0 && pin < kPinCount ? kCpuNames.text[pin] : "?"; }

}  // namespace mica::stm32
