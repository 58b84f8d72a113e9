#include "runtime/modules/machine/fake_machine_port.h"

#include <string.h>

namespace mica {
namespace fake_port {

FakeBoard& Board() {
  static FakeBoard board;
  return board;
}

void ResetBoard() { Board() = FakeBoard(); }

}  // namespace fake_port

namespace machine_port {
namespace {

using fake_port::Board;

const char* const kPinNames[16] = {"A0", "A1", "A2",  "A3",  "A4",  "A5",  "A6",  "A7",
                                   "A8", "A9", "A10", "A11", "A12", "A13", "A14", "A15"};
struct Alias {
  const char* name;
  int pin;
};
const Alias kAliases[] = {{"LED_RED", 13}, {"LED_GREEN", 14}, {"LED_YELLOW", 15}, {"LED_BLUE", 4}};

bool ValidTimer(int id) { return id >= 2 && id <= 5; }

}  // namespace

int FindPinByName(const char* name, size_t length) {
  const std::string text(name, length);
  for (int i = 0; i < 16; ++i) {
    if (text == kPinNames[i]) return i;
  }
  for (const Alias& alias : kAliases) {
    if (text == alias.name) return alias.pin;
  }
  return -1;
}
int FindPinByNumber(intptr_t number) { return number >= 0 && number < 16 ? static_cast<int>(number) : -1; }
const char* PinName(int pin) { return kPinNames[pin]; }
bool PinConfigure(int pin, PinMode mode, PinPull pull, int alt) {
  if (mode == PinMode::kAnalog && pin != 0) return false;  // only A0 is analog-capable here
  fake_port::FakePin& p = Board().pins[pin];
  p.mode = mode;
  p.pull = pull;
  p.alt = alt;
  p.configured = true;
  return true;
}
void PinWrite(int pin, bool high) { Board().pins[pin].output = high; }
bool PinRead(int pin) {
  const fake_port::FakePin& p = Board().pins[pin];
  return p.mode == PinMode::kOut || p.mode == PinMode::kOpenDrain ? p.output : p.input;
}
bool PinOutputLevel(int pin) { return Board().pins[pin].output; }
bool PinIrqEnable(int pin, uint8_t triggers) {
  if (pin == 15) return false;  // a line "in use" by another pin
  Board().pins[pin].irq_triggers = triggers;
  return true;
}
void PinIrqDisable(int pin) { Board().pins[pin].irq_triggers = 0; }

bool UartExists(int id) { return id == 2; }
bool UartInit(int, const UartConfig& config) {
  if (config.baudrate > 4000000) return false;
  Board().uart_open = true;
  Board().uart_config = config;
  return true;
}
void UartDeinit(int) { Board().uart_open = false; }
size_t UartWrite(int, const uint8_t* data, size_t length) {
  Board().uart_sent.append(reinterpret_cast<const char*>(data), length);
  return length;
}
size_t UartRead(int, uint8_t* data, size_t length) {
  std::string& in = Board().uart_received;
  const size_t n = length < in.size() ? length : in.size();
  memcpy(data, in.data(), n);
  in.erase(0, n);
  return n;
}
size_t UartAny(int) { return Board().uart_received.size(); }

bool TimerExists(int id) { return ValidTimer(id); }
bool TimerStart(int id, uint64_t period_us, bool one_shot) {
  if (period_us > 60000000) return false;
  Board().timer_period_us[id] = period_us;
  Board().timer_one_shot[id] = one_shot;
  Board().timer_running[id] = true;
  return true;
}
void TimerStop(int id) { Board().timer_running[id] = false; }

uint32_t CpuFrequency() { return 168000000; }
void Reset() { ++Board().resets; }
size_t UniqueId(uint8_t* out, size_t capacity) {
  const uint8_t id[] = {0x12, 0x34, 0x56, 0x78};
  const size_t n = capacity < sizeof(id) ? capacity : sizeof(id);
  memcpy(out, id, n);
  return n;
}
uint32_t DisableIrq() {
  const uint32_t was = Board().irq_disabled;
  Board().irq_disabled = 1;
  return was;
}
void EnableIrq(uint32_t state) { Board().irq_disabled = state; }
void Idle() { ++Board().idles; }

// The fake's memory map: the test's block, at its real address.
bool MemRead(uintptr_t address, unsigned width, uint32_t* value) {
  const uintptr_t base = reinterpret_cast<uintptr_t>(Board().memory);
  if (address < base || address + width > base + sizeof(Board().memory)) return false;
  uint32_t v = 0;
  memcpy(&v, Board().memory + (address - base), width);  // little-endian host
  *value = v;
  return true;
}
bool MemWrite(uintptr_t address, unsigned width, uint32_t value) {
  const uintptr_t base = reinterpret_cast<uintptr_t>(Board().memory);
  if (address < base || address + width > base + sizeof(Board().memory)) return false;
  memcpy(Board().memory + (address - base), &value, width);
  return true;
}

}  // namespace machine_port
}  // namespace mica
