// The pyboard's machine_port.h over the STM32F4 drivers in stm32/, and the interrupt handlers (CMSIS names,
// strong symbols over the vector table's weak aliases) that feed the machine module's callbacks and the UART
// receive rings.
//
// Resources: pins A0..I15; UART 2..6 (UART 1 is the console, owned by the port's board code); TIM2..TIM5 as
// Timer(2)..Timer(5). Interrupt priorities: every peripheral here at 8 of 0..15, below the console's.
#include <stdint.h>

#include "ports/pyboard/clock.h"
#include "ports/pyboard/pyboard_board.h"
#include "ports/pyboard/stm32/board_pins.h"
#include "ports/pyboard/stm32/exti.h"
#include "ports/pyboard/stm32/gpio.h"
#include "ports/pyboard/stm32/nvic.h"
#include "ports/pyboard/stm32/rcc.h"
#include "ports/pyboard/stm32/registers.h"
#include "ports/pyboard/stm32/timer.h"
#include "ports/pyboard/stm32/usart.h"
#include "runtime/modules/machine/machine_port.h"

namespace mica {
namespace {

using namespace stm32;  // NOLINT: this file is the glue between the two namespaces

constexpr unsigned kIrqPriority = 8;

RccRegs& Rcc() { return RegsAt<RccRegs>(kRccBase); }
NvicRegs& Nvic() { return RegsAt<NvicRegs>(kNvicBase); }
ExtiRegs& Exti() { return RegsAt<ExtiRegs>(kExtiBase); }
SyscfgRegs& Syscfg() { return RegsAt<SyscfgRegs>(kSyscfgBase); }

void EnableInterrupt(unsigned irq) {
  NvicSetPriority(Nvic(), irq, kIrqPriority);
  NvicEnable(Nvic(), irq);
}

// EXTI line n belongs to at most one pin (SYSCFG routes one port to it): owner + 1, 0 for none.
volatile int16_t g_line_owner[kExtiLines];

struct TimerInfo {
  uintptr_t base;
  unsigned irq;
};
constexpr TimerInfo kTimers[] = {{0x40000000, 28}, {0x40000400, 29}, {0x40000800, 30}, {0x40000C00, 50}};  // TIM2..5
TimerRegs& TimerOf(int id) { return RegsAt<TimerRegs>(kTimers[id - 2].base); }

struct UartInfo {
  uintptr_t base;
  unsigned irq;
  uint8_t bus;  // kApb1 or kApb2: whose clock the baud rate divides
  int tx_pin, rx_pin;
  uint8_t alternate;
};
constexpr uint8_t kApb1 = 1, kApb2 = 2;
uint32_t BusClock(uint8_t bus) {
  const board::Clocks& clocks = board::CurrentClocks();
  return bus == kApb2 ? clocks.apb2 : clocks.apb1;
}
constexpr int P(char port, int number) { return (port - 'A') * 16 + number; }
// Index = UART number; 0 and 1 unused (1 is the console).
constexpr UartInfo kUarts[] = {
    {0, 0, 0, 0, 0, 0},
    {0, 0, 0, 0, 0, 0},
    {0x40004400, 38, kApb1, P('A', 2), P('A', 3), 7},    // USART2: X3/X4
    {0x40004800, 39, kApb1, P('B', 10), P('B', 11), 7},  // USART3: Y9/Y10
    {0x40004C00, 52, kApb1, P('A', 0), P('A', 1), 8},    // UART4: X1/X2
    {0x40005000, 53, kApb1, P('C', 12), P('D', 2), 8},   // UART5
    {0x40011400, 71, kApb2, P('C', 6), P('C', 7), 8},    // USART6: Y1/Y2
};
constexpr int kUartCount = sizeof(kUarts) / sizeof(kUarts[0]);
UsartRing g_rings[kUartCount];
UsartRegs& UartOf(int id) { return RegsAt<UsartRegs>(kUarts[id].base); }

void ConfigurePin(int pin, const GpioConfig& config) {
  RccEnableGpio(Rcc(), PinPort(pin));
  GpioConfigure(GpioPort(PinPort(pin)), PinNumber(pin), config);
}

void ServeExti(unsigned irq) {
  uint32_t pending = ExtiTakePending(Exti(), ExtiLinesOfIrq(irq));
  for (unsigned line = 0; pending != 0; ++line, pending >>= 1) {
    const int owner = g_line_owner[line];
    if ((pending & 1) != 0 && owner > 0) machine::OnPinInterrupt(owner - 1);
  }
}

void ServeTimer(int id) {
  if (TimerTakeUpdate(TimerOf(id))) machine::OnTimerInterrupt(id);
}

void ServeUart(int id) { UsartServiceReceive(UartOf(id), g_rings[id]); }

// The readable ranges of the STM32F405 (mem8/16/32): flash, system memory + OTP + unique id, CCM RAM, SRAM,
// peripherals, the Cortex-M4's private peripherals.
struct Range {
  uintptr_t start, end;  // [start, end)
};
constexpr Range kMapped[] = {
    {0x08000000, 0x08100000}, {0x1FFF0000, 0x1FFF7A20}, {0x10000000, 0x10010000},
    {0x20000000, 0x20020000}, {0x40000000, 0x60000000}, {0xE0000000, 0xE0100000},
};

bool Mapped(uintptr_t address, unsigned width) {
  for (const Range& range : kMapped) {
    if (address >= range.start && address + width <= range.end) return true;
  }
  return false;
}

}  // namespace

namespace machine_port {

int FindPinByName(const char* name, size_t length) { return FindBoardPin(name, length); }
int FindPinByNumber(intptr_t number) { return number >= 0 && number < kPinCount ? static_cast<int>(number) : -1; }
const char* PinName(int pin) { return CpuPinName(pin); }

bool PinConfigure(int pin, PinMode mode, PinPull pull, int alt) {
  GpioConfig config;
  config.pull = pull == PinPull::kUp ? GpioPull::kUp : (pull == PinPull::kDown ? GpioPull::kDown : GpioPull::kNone);
  switch (mode) {
    case PinMode::kIn: config.mode = GpioMode::kInput; break;
    case PinMode::kOut: config.mode = GpioMode::kOutput; break;
    case PinMode::kOpenDrain: config.mode = GpioMode::kOutput; config.open_drain = true; break;
    case PinMode::kAlt: case PinMode::kAltOpenDrain:
      if (alt < 0) return false;  // which function is not known
      config.mode = GpioMode::kAlternate;
      config.open_drain = mode == PinMode::kAltOpenDrain;
      config.alternate = static_cast<uint8_t>(alt);
      break;
    case PinMode::kAnalog: config.mode = GpioMode::kAnalog; break;
  }
  ConfigurePin(pin, config);
  return true;
}

void PinWrite(int pin, bool high) { GpioWrite(GpioPort(PinPort(pin)), PinNumber(pin), high); }
bool PinRead(int pin) { return GpioRead(GpioPort(PinPort(pin)), PinNumber(pin)); }
bool PinOutputLevel(int pin) { return GpioOutputLevel(GpioPort(PinPort(pin)), PinNumber(pin)); }

bool PinIrqEnable(int pin, uint8_t triggers) {
  const unsigned line = PinNumber(pin);
  const int owner = g_line_owner[line];
  if (owner != 0 && owner != pin + 1) return false;
  g_line_owner[line] = static_cast<int16_t>(pin + 1);
  RccEnableSyscfg(Rcc());
  ExtiRoute(Syscfg(), line, PinPort(pin));
  ExtiEnable(Exti(), line, (triggers & kTriggerRising) != 0, (triggers & kTriggerFalling) != 0);
  EnableInterrupt(ExtiIrqNumber(line));
  return true;
}

void PinIrqDisable(int pin) {
  const unsigned line = PinNumber(pin);
  if (g_line_owner[line] != pin + 1) return;
  ExtiDisable(Exti(), line);
  g_line_owner[line] = 0;
}

bool UartExists(int id) { return id >= 2 && id < kUartCount; }

bool UartInit(int id, const UartConfig& config) {
  const UartInfo& info = kUarts[id];
  UsartConfig usart;
  usart.baudrate = config.baudrate;
  usart.bits = config.bits;
  usart.parity = config.parity == UartParity::kNone ? UsartParity::kNone
                                                    : (config.parity == UartParity::kEven ? UsartParity::kEven
                                                                                         : UsartParity::kOdd);
  usart.stop = config.stop;
  GpioConfig pin;
  pin.mode = GpioMode::kAlternate;
  pin.pull = GpioPull::kUp;  // an idle line is high; a floating RX would read noise
  pin.alternate = info.alternate;
  ConfigurePin(info.tx_pin, pin);
  ConfigurePin(info.rx_pin, pin);
  RccEnableUsart(Rcc(), static_cast<unsigned>(id));
  NvicDisable(Nvic(), info.irq);
  RingReset(g_rings[id]);
  if (!UsartConfigure(UartOf(id), BusClock(info.bus), usart)) return false;
  EnableInterrupt(info.irq);
  return true;
}

void UartDeinit(int id) {
  NvicDisable(Nvic(), kUarts[id].irq);
  UsartDisable(UartOf(id));
}

size_t UartWrite(int id, const uint8_t* data, size_t length) {
  for (size_t i = 0; i < length; ++i) UsartWriteByte(UartOf(id), data[i]);
  return length;
}

size_t UartRead(int id, uint8_t* data, size_t length) { return RingPop(g_rings[id], data, length); }
size_t UartAny(int id) { return RingCount(g_rings[id]); }

bool TimerExists(int id) { return id >= 2 && id <= 5; }

bool TimerStart(int id, uint64_t period_us, bool one_shot) {
  TimerDivisors divisors;
  if (!TimerDivisorsForPeriodUs(board::CurrentClocks().apb1_timers, period_us, &divisors)) return false;
  RccEnableTimer(Rcc(), static_cast<unsigned>(id));
  stm32::TimerStart(TimerOf(id), divisors, one_shot);
  EnableInterrupt(kTimers[id - 2].irq);
  return true;
}

void TimerStop(int id) { stm32::TimerStop(TimerOf(id)); }

uint32_t CpuFrequency() { return board::CurrentClocks().sysclk; }

void Reset() { board::ResetChip(); }

// The 96-bit id at 0x1FFF7A10 (RM0090 39.1). QEMU's netduinoplus2 does not map it (docs/ports/pyboard.md).
// The 96-bit id in system memory. QEMU's netduinoplus2 does not map that memory (reading it bus-faults there):
// under the emulator the chip has no id, and unique_id() is b''.
size_t UniqueId(uint8_t* out, size_t capacity) {
  if (board::CurrentClocks().emulated) return 0;
  const volatile uint8_t* id = reinterpret_cast<const volatile uint8_t*>(0x1FFF7A10);
  size_t n = 0;
  for (; n < 12 && n < capacity; ++n) out[n] = id[n];
  return n;
}

uint32_t DisableIrq() { return IrqSaveAndDisable(); }
void EnableIrq(uint32_t state) { IrqRestore(state); }
void Idle() { WaitForInterrupt(); }

bool MemRead(uintptr_t address, unsigned width, uint32_t* value) {
  if (!Mapped(address, width)) return false;
  switch (width) {
    case 1: *value = *reinterpret_cast<const volatile uint8_t*>(address); break;
    case 2: *value = *reinterpret_cast<const volatile uint16_t*>(address); break;
    default: *value = *reinterpret_cast<const volatile uint32_t*>(address); break;
  }
  return true;
}

bool MemWrite(uintptr_t address, unsigned width, uint32_t value) {
  if (!Mapped(address, width)) return false;
  switch (width) {
    case 1: *reinterpret_cast<volatile uint8_t*>(address) = static_cast<uint8_t>(value); break;
    case 2: *reinterpret_cast<volatile uint16_t*>(address) = static_cast<uint16_t>(value); break;
    default: *reinterpret_cast<volatile uint32_t*>(address) = value; break;
  }
  return true;
}

}  // namespace machine_port
}  // namespace mica

// The interrupt handlers (startup's vector table has weak aliases of these names).
extern "C" {
void EXTI0_IRQHandler() { mica::ServeExti(6); }
void EXTI1_IRQHandler() { mica::ServeExti(7); }
void EXTI2_IRQHandler() { mica::ServeExti(8); }
void EXTI3_IRQHandler() { mica::ServeExti(9); }
void EXTI4_IRQHandler() { mica::ServeExti(10); }
void EXTI9_5_IRQHandler() { mica::ServeExti(23); }
void EXTI15_10_IRQHandler() { mica::ServeExti(40); }
void TIM2_IRQHandler() { mica::ServeTimer(2); }
void TIM3_IRQHandler() { mica::ServeTimer(3); }
void TIM4_IRQHandler() { mica::ServeTimer(4); }
void TIM5_IRQHandler() { mica::ServeTimer(5); }
void USART2_IRQHandler() { mica::ServeUart(2); }
void USART3_IRQHandler() { mica::ServeUart(3); }
void UART4_IRQHandler() { mica::ServeUart(4); }
void UART5_IRQHandler() { mica::ServeUart(5); }
void USART6_IRQHandler() { mica::ServeUart(6); }
}
