#include "ports/pyboard/console.h"

#include <stdint.h>

#include "ports/pyboard/stm32/nvic.h"
#include "ports/pyboard/stm32/registers.h"
#include "ports/pyboard/stm32/usart.h"
#include "runtime/exec/exec.h"
#include "runtime/exec/exec_state.h"

namespace mica::board {
namespace {

// A power of two, larger than the REPL's raw-paste window (256), so a host that respects the window never
// overruns it.
constexpr uint32_t kReceiveBytes = 1024;
uint8_t receive_buffer[kReceiveBytes];
volatile uint32_t receive_head;  // written by the interrupt
volatile uint32_t receive_tail;  // written by the reader
volatile bool program_running;

constexpr unsigned kUsart1Irq = 37;
constexpr unsigned kUsartPriority = 4;  // of 0 (most urgent) .. 15

stm32::UsartRegs& Usart1() { return stm32::RegsAt<stm32::UsartRegs>(stm32::kUsart1Base); }

}  // namespace

void InitConsoleInput() {
  receive_head = 0;
  receive_tail = 0;
  Usart1().cr1 |= stm32::kUsartCr1Rxneie;
  stm32::NvicRegs& nvic = stm32::RegsAt<stm32::NvicRegs>(stm32::kNvicBase);
  stm32::NvicSetPriority(nvic, kUsart1Irq, kUsartPriority);
  stm32::NvicEnable(nvic, kUsart1Irq);
}

int ConsoleReadByte() {
  while (receive_tail == receive_head) stm32::WaitForInterrupt();
  const uint32_t tail = receive_tail;
  const uint8_t byte = receive_buffer[tail % kReceiveBytes];
  receive_tail = tail + 1;
  return byte;
}

int ConsoleReadByteOrInterrupt() {
  while (receive_tail == receive_head) {
    if (Exec().keyboard_interrupt != 0) return -1;
    stm32::WaitForInterrupt();
  }
  return ConsoleReadByte();
}

void SetProgramRunning(bool running) { program_running = running; }

}  // namespace mica::board

extern "C" void USART1_IRQHandler() {
  using namespace mica::board;
  // Reading SR then DR clears RXNE and an overrun alike.
  mica::stm32::UsartRegs& usart = Usart1();
  while ((usart.sr & (mica::stm32::kUsartSrRxne | mica::stm32::kUsartSrOre)) != 0) {
    const uint8_t byte = static_cast<uint8_t>(usart.dr);
    if (program_running && static_cast<int>(byte) == mica::Exec().interrupt_char) {
      mica::RequestInterrupt();
      continue;
    }
    const uint32_t head = receive_head;
    if (head - receive_tail >= kReceiveBytes) continue;  // full: the host ignored flow control
    receive_buffer[head % kReceiveBytes] = byte;
    receive_head = head + 1;
  }
}
