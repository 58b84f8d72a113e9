// USART: baud rate from the bus clock, frame format, polled transmit, and receive by interrupt into a ring
// buffer the program drains. The ring has one producer (the interrupt handler, which moves `head`) and one
// consumer (the program, which moves `tail`), so neither needs to mask interrupts.
#ifndef MICA_PORTS_PYBOARD_STM32_USART_H_
#define MICA_PORTS_PYBOARD_STM32_USART_H_

#include <stddef.h>
#include <stdint.h>

#include "ports/pyboard/stm32/registers.h"

namespace mica::stm32 {

enum class UsartParity : uint8_t { kNone, kEven, kOdd };

struct UsartConfig {
  uint32_t baudrate = 9600;
  uint8_t bits = 8;  // data bits, parity excluded: 7 (with parity) or 8 (9 with parity is the M bit's 9)
  UsartParity parity = UsartParity::kNone;
  uint8_t stop = 1;  // 1 or 2
};

// Received bytes waiting for the program. kSize is a power of two; one slot stays free to tell full from empty.
struct UsartRing {
  static constexpr uint32_t kSize = 256;
  volatile uint32_t head;  // written by the interrupt handler only
  volatile uint32_t tail;  // written by the program only
  volatile uint32_t overflows;  // bytes dropped because the ring was full
  uint8_t data[kSize];
};

// BRR for 16x oversampling: the clock divided by the baud rate, rounded (mantissa and 4-bit fraction together).
uint32_t UsartBrr(uint32_t clock_hz, uint32_t baudrate);
// False for a format the USART cannot do (bits not 7..9 counting parity, stop not 1 or 2, baud out of range).
bool UsartConfigure(UsartRegs& usart, uint32_t clock_hz, const UsartConfig& config);
void UsartDisable(UsartRegs& usart);

void UsartWriteByte(UsartRegs& usart, uint8_t byte);  // waits for TXE

// The receive interrupt's work: moves the received byte into the ring (an overrun is counted).
void UsartServiceReceive(UsartRegs& usart, UsartRing& ring);

void RingReset(UsartRing& ring);
uint32_t RingCount(const UsartRing& ring);
bool RingPush(UsartRing& ring, uint8_t byte);  // false (and counted as an overflow) when full
size_t RingPop(UsartRing& ring, uint8_t* out, size_t length);

constexpr uint32_t kUsartSrRxne = 1u << 5, kUsartSrTxe = 1u << 7, kUsartSrOre = 1u << 3;
constexpr uint32_t kUsartCr1Ue = 1u << 13, kUsartCr1M = 1u << 12, kUsartCr1Pce = 1u << 10, kUsartCr1Ps = 1u << 9,
                   kUsartCr1Rxneie = 1u << 5, kUsartCr1Te = 1u << 3, kUsartCr1Re = 1u << 2;
constexpr uint32_t kUsartCr2StopMask = 3u << 12, kUsartCr2Stop2 = 2u << 12;

}  // namespace mica::stm32

#endif  // MICA_PORTS_PYBOARD_STM32_USART_H_
