#include "ports/pyboard/clock.h"

#include "ports/pyboard/stm32/registers.h"

namespace mica::board {
namespace {

constexpr uint32_t kCrHsiRdy = 1u << 1, kCrHseOn = 1u << 16, kCrHseRdy = 1u << 17, kCrPllOn = 1u << 24,
                   kCrPllRdy = 1u << 25;
// PLL: 12 MHz / M=12 * N=336 / P=2 = 168 MHz; / Q=7 = 48 MHz for USB.
constexpr uint32_t kPllM = 12, kPllN = 336, kPllPBits = 0 /* P = 2 */, kPllQ = 7, kPllSrcHse = 1u << 22;
// AHB /1, APB1 /4 (42 MHz), APB2 /2 (84 MHz); system clock from the PLL.
constexpr uint32_t kCfgrPpre1Div4 = 0x5u << 10, kCfgrPpre2Div2 = 0x4u << 13, kCfgrSwPll = 0x2,
                   kCfgrSwsMask = 0x3u << 2, kCfgrSwsPll = 0x2u << 2;
// 168 MHz at 3.3 V needs 5 wait states; prefetch and both caches on.
constexpr uint32_t kFlashAcr168MHz = 5 | (1u << 8) | (1u << 9) | (1u << 10);
// Loop iterations to wait for the crystal or the PLL: a few ms at the 16 MHz the chip starts on.
constexpr uint32_t kReadyPolls = 100000;

constexpr uint32_t kHsiHz = 16000000, kSysclkHz = 168000000;

Clocks clocks = {kHsiHz, kHsiHz, kHsiHz, kHsiHz, false};

bool WaitFor(const stm32::Reg& reg, uint32_t mask, uint32_t value) {
  for (uint32_t i = 0; i < kReadyPolls; ++i) {
    if ((reg & mask) == value) return true;
  }
  return false;
}

}  // namespace

Clocks InitClocks() {
  stm32::RccRegs& rcc = stm32::RegsAt<stm32::RccRegs>(stm32::kRccBase);
  // HSIRDY is set on every real chip (it runs on the HSI after reset); an RCC that reads all zeros is QEMU's
  // unimplemented-device placeholder, and its machine runs at a fixed 168 MHz.
  if ((rcc.cr & kCrHsiRdy) == 0) {
    // QEMU's timers count at the system clock whatever the bus prescalers say.
    clocks = {kSysclkHz, kSysclkHz / 4, kSysclkHz / 2, kSysclkHz, true};
    return clocks;
  }
  rcc.cr |= kCrHseOn;
  if (!WaitFor(rcc.cr, kCrHseRdy, kCrHseRdy)) return clocks;  // no crystal: stay on the HSI
  rcc.pllcfgr = kPllM | (kPllN << 6) | (kPllPBits << 16) | kPllSrcHse | (kPllQ << 24);
  rcc.cr |= kCrPllOn;
  if (!WaitFor(rcc.cr, kCrPllRdy, kCrPllRdy)) return clocks;
  stm32::RegsAt<stm32::Reg>(stm32::kFlashInterfaceBase) = kFlashAcr168MHz;
  rcc.cfgr = kCfgrPpre1Div4 | kCfgrPpre2Div2 | kCfgrSwPll;
  if (!WaitFor(rcc.cfgr, kCfgrSwsMask, kCfgrSwsPll)) return clocks;
  clocks = {kSysclkHz, kSysclkHz / 4, kSysclkHz / 2, kSysclkHz / 2, false};
  return clocks;
}

const Clocks& CurrentClocks() { return clocks; }

}  // namespace mica::board
