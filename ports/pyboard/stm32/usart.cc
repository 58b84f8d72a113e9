#include "ports/pyboard/stm32/usart.h"

namespace mica::stm32 {

uint32_t UsartBrr(uint32_t clock_hz, uint32_t baudrate) { return (clock_hz + baudrate / 2) / baudrate; }

bool UsartConfigure(UsartRegs& usart, uint32_t clock_hz, const UsartConfig& config) {
  const bool parity = config.parity != UsartParity::kNone;
  const unsigned frame_bits = config.bits + (parity ? 1 : 0);
  if (frame_bits < 8 || frame_bits > 9 || (config.stop != 1 && config.stop != 2)) return false;
  if (config.baudrate == 0 || config.baudrate > clock_hz / 16) return false;
  const uint32_t brr = UsartBrr(clock_hz, config.baudrate);
  if (brr < 16 || brr > 0xFFFF) return false;
  usart.cr1 = 0;
  usart.brr = brr;
  usart.cr2 = (usart.cr2 & ~kUsartCr2StopMask) | (config.stop == 2 ? kUsartCr2Stop2 : 0);
  usart.cr3 = 0;
  uint32_t cr1 = kUsartCr1Ue | kUsartCr1Te | kUsartCr1Re | kUsartCr1Rxneie;
  if (frame_bits == 9) cr1 |= kUsartCr1M;
  if (parity) cr1 |= kUsartCr1Pce | (config.parity == UsartParity::kOdd ? kUsartCr1Ps : 0);
  usart.cr1 = cr1;
  return true;
}

void UsartDisable(UsartRegs& usart) { usart.cr1 = 0; }

void UsartWriteByte(UsartRegs& usart, uint8_t byte) {
  while ((usart.sr & kUsartSrTxe) == 0) {
  }
  usart.dr = byte;
}

void UsartServiceReceive(UsartRegs& usart, UsartRing& ring) {
  // One byte per call: reading SR then DR clears RXNE and ORE, and the interrupt comes again while RXNE is set.
  // (Clearing RXNE by a write to SR instead could drop a byte arriving in between.)
  const uint32_t sr = usart.sr;
  if ((sr & (kUsartSrRxne | kUsartSrOre)) == 0) return;
  const uint8_t byte = static_cast<uint8_t>(usart.dr);
  if ((sr & kUsartSrOre) != 0) ring.overflows = ring.overflows + 1;  // the hardware lost a byte
  if ((sr & kUsartSrRxne) != 0) RingPush(ring, byte);
}

void RingReset(UsartRing& ring) {
  ring.head = 0;
  ring.tail = 0;
  ring.overflows = 0;
}

uint32_t RingCount(const UsartRing& ring) { return (ring.head - ring.tail) & (UsartRing::kSize - 1); }

bool RingPush(UsartRing& ring, uint8_t byte) {
  const uint32_t head = ring.head;
  const uint32_t next = (head + 1) & (UsartRing::kSize - 1);
  if (next == ring.tail) {
    ring.overflows = ring.overflows + 1;
    return false;
  }
  ring.data[head] = byte;
  ring.head = next;  // published after the byte is stored
  return true;
}

size_t RingPop(UsartRing& ring, uint8_t* out, size_t length) {
  size_t n = 0;
  uint32_t tail = ring.tail;
  while (n < length && tail != ring.head) {
    out[n++] = ring.data[tail];
    tail = (tail + 1) & (UsartRing::kSize - 1);
  }
  ring.tail = tail;
  return n;
}

}  // namespace mica::stm32
