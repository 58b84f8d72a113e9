// What a board provides to the `machine` module: pins, UARTs, timers, the CPU's clock, reset, unique id, the
// interrupt mask and idling. Plain functions the port defines (ports/pyboard/machine_port.cc on the pyboard; a
// fake in the module's tests), so the module never touches a register. They never raise: the module turns a false
// or negative result into the Python exception.
//
// Interrupts go the other way: the port's interrupt handlers call the entry points at the end of this file, which
// only mark the event and queue the Python callback for the next safe point (machine_irq.h).
#ifndef MICA_RUNTIME_MODULES_MACHINE_MACHINE_PORT_H_
#define MICA_RUNTIME_MODULES_MACHINE_MACHINE_PORT_H_

#include <stddef.h>
#include <stdint.h>

namespace mica {
namespace machine_port {

// ---- Pins: a board numbers its pins with small ids (0 .. kMaxPinId). ----
constexpr int kMaxPinId = 255;
enum class PinMode : uint8_t { kIn, kOut, kOpenDrain, kAlt, kAltOpenDrain, kAnalog };
enum class PinPull : uint8_t { kNone, kUp, kDown };
enum PinTrigger : uint8_t { kTriggerRising = 1, kTriggerFalling = 2 };

// A pin by name (board names such as "X1" and CPU names such as "A13"), or by number; -1 when there is none.
int FindPinByName(const char* name, size_t length);
int FindPinByNumber(intptr_t number);
// The pin's CPU name ("A13"), for repr().
const char* PinName(int pin);
// False when the pin cannot take that mode (alt: the alternate function number, -1 for none given).
bool PinConfigure(int pin, PinMode mode, PinPull pull, int alt);
void PinWrite(int pin, bool high);
bool PinRead(int pin);         // the input level
bool PinOutputLevel(int pin);  // what the pin is driving (output register)
// Edge interrupts (triggers: PinTrigger bits). False when the pin cannot interrupt, or when its interrupt line is
// taken by another pin (on the STM32, one pin per line number).
bool PinIrqEnable(int pin, uint8_t triggers);
void PinIrqDisable(int pin);

// ---- UARTs, by the board's number. ----
enum class UartParity : uint8_t { kNone, kEven, kOdd };
struct UartConfig {
  uint32_t baudrate;
  uint8_t bits;
  UartParity parity;
  uint8_t stop;
};
bool UartExists(int id);
// False when the format cannot be done (the module then raises ValueError).
bool UartInit(int id, const UartConfig& config);
void UartDeinit(int id);
// Blocks until every byte is handed to the transmitter; the count.
size_t UartWrite(int id, const uint8_t* data, size_t length);
// What has arrived, up to `length` bytes, without waiting.
size_t UartRead(int id, uint8_t* data, size_t length);
size_t UartAny(int id);

// ---- Timers, by the board's number: a periodic (or one-shot) interrupt. ----
bool TimerExists(int id);
// False when the period is out of the timer's range.
bool TimerStart(int id, uint64_t period_us, bool one_shot);
void TimerStop(int id);

// ---- The CPU. ----
uint32_t CpuFrequency();  // Hz
void Reset();             // does not return on a board (a fake may)
size_t UniqueId(uint8_t* out, size_t capacity);  // the chip's id bytes, or 0 if it has none
uint32_t DisableIrq();                           // the previous state, for EnableIrq
void EnableIrq(uint32_t state);
void Idle();  // waits for the next interrupt
// Raw memory for machine.mem8/16/32: false for an address the board does not map (so a bad address raises
// instead of faulting). width is 1, 2 or 4 and the address is aligned to it.
bool MemRead(uintptr_t address, unsigned width, uint32_t* value);
bool MemWrite(uintptr_t address, unsigned width, uint32_t value);

}  // namespace machine_port

// ---- Called by the port's interrupt handlers (safe there: they do not allocate or run Python). ----
namespace machine {

void OnPinInterrupt(int pin);
void OnTimerInterrupt(int timer);

}  // namespace machine
}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_MACHINE_MACHINE_PORT_H_
