// The STM32F4 drivers against zeroed register blocks in RAM: the bits each operation must leave.
#include <string.h>

#include "gtest/gtest.h"
#include "ports/pyboard/stm32/exti.h"
#include "ports/pyboard/stm32/gpio.h"
#include "ports/pyboard/stm32/nvic.h"
#include "ports/pyboard/stm32/rcc.h"
#include "ports/pyboard/stm32/timer.h"
#include "ports/pyboard/stm32/usart.h"

namespace mica::stm32 {
namespace {

template <typename Regs>
Regs Zeroed() {
  Regs regs;
  memset(const_cast<void*>(static_cast<volatile void*>(&regs)), 0, sizeof(regs));
  return regs;
}

TEST(GpioTest, OutputPushPullSetsModerAndClearsOtype) {
  GpioRegs gpio = Zeroed<GpioRegs>();
  gpio.otyper = 1u << 5;
  GpioConfig config;
  config.mode = GpioMode::kOutput;
  GpioConfigure(gpio, 5, config);
  EXPECT_EQ(gpio.moder, 1u << 10);
  EXPECT_EQ(gpio.otyper, 0u);
  EXPECT_EQ(gpio.pupdr, 0u);
}

TEST(GpioTest, ModesReplaceOnlyTheirOwnField) {
  GpioRegs gpio = Zeroed<GpioRegs>();
  gpio.moder = 0xFFFFFFFF;
  GpioConfig in;
  GpioConfigure(gpio, 15, in);  // input: 00
  EXPECT_EQ(gpio.moder, 0x3FFFFFFFu);
  GpioConfig analog;
  analog.mode = GpioMode::kAnalog;
  GpioConfigure(gpio, 0, analog);
  EXPECT_EQ(gpio.moder & 3u, 3u);
}

TEST(GpioTest, PullsAndOpenDrain) {
  GpioRegs gpio = Zeroed<GpioRegs>();
  GpioConfig up;
  up.pull = GpioPull::kUp;
  GpioConfigure(gpio, 3, up);
  EXPECT_EQ(gpio.pupdr, 1u << 6);
  GpioConfig down;
  down.pull = GpioPull::kDown;
  down.mode = GpioMode::kOutput;
  down.open_drain = true;
  GpioConfigure(gpio, 3, down);
  EXPECT_EQ(gpio.pupdr, 2u << 6);
  EXPECT_EQ(gpio.otyper, 1u << 3);
}

TEST(GpioTest, AlternateFunctionGoesToAfrLowOrHigh) {
  GpioRegs gpio = Zeroed<GpioRegs>();
  GpioConfig af;
  af.mode = GpioMode::kAlternate;
  af.alternate = 7;
  GpioConfigure(gpio, 2, af);   // USART2 TX on A2
  GpioConfigure(gpio, 10, af);  // pin 10: AFRH field 2
  EXPECT_EQ(gpio.afr[0], 7u << 8);
  EXPECT_EQ(gpio.afr[1], 7u << 8);
  EXPECT_EQ(gpio.moder, (2u << 4) | (2u << 20));
}

TEST(GpioTest, WritesGoThroughBsrrAndReadsComeFromIdr) {
  GpioRegs gpio = Zeroed<GpioRegs>();
  GpioWrite(gpio, 13, true);
  EXPECT_EQ(gpio.bsrr, 1u << 13);
  GpioWrite(gpio, 13, false);
  EXPECT_EQ(gpio.bsrr, 1u << 29);
  gpio.idr = 1u << 4;
  gpio.odr = 1u << 6;
  EXPECT_TRUE(GpioRead(gpio, 4));
  EXPECT_FALSE(GpioRead(gpio, 6));
  EXPECT_TRUE(GpioOutputLevel(gpio, 6));
}

TEST(ExtiTest, RoutingWritesTheRightExticrNibble) {
  SyscfgRegs syscfg = Zeroed<SyscfgRegs>();
  ExtiRoute(syscfg, 0, 0);    // A0
  ExtiRoute(syscfg, 13, 2);   // C13: EXTICR4 bits 4..7
  ExtiRoute(syscfg, 6, 1);    // B6: EXTICR2 bits 8..11
  EXPECT_EQ(syscfg.exticr[0], 0u);
  EXPECT_EQ(syscfg.exticr[1], 1u << 8);
  EXPECT_EQ(syscfg.exticr[3], 2u << 4);
  ExtiRoute(syscfg, 13, 8);   // rerouted to I13
  EXPECT_EQ(syscfg.exticr[3], 8u << 4);
  EXPECT_EQ(ExtiRoutedPort(syscfg, 13), 8u);
}

TEST(ExtiTest, EdgesMaskAndPending) {
  ExtiRegs exti = Zeroed<ExtiRegs>();
  ExtiEnable(exti, 3, true, false);
  EXPECT_EQ(exti.rtsr, 1u << 3);
  EXPECT_EQ(exti.ftsr, 0u);
  EXPECT_EQ(exti.imr, 1u << 3);
  ExtiEnable(exti, 3, false, true);
  EXPECT_EQ(exti.rtsr, 0u);
  EXPECT_EQ(exti.ftsr, 1u << 3);
  ExtiEnable(exti, 12, true, true);
  EXPECT_EQ(exti.imr, (1u << 3) | (1u << 12));
  ExtiDisable(exti, 3);
  EXPECT_EQ(exti.imr, 1u << 12);
  EXPECT_EQ(exti.ftsr, 1u << 12);
  // PR is write-1-to-clear; in RAM the write just leaves the written value.
  exti.pr = (1u << 12) | (1u << 5);
  EXPECT_EQ(ExtiTakePending(exti, ExtiLinesOfIrq(40)), 1u << 12);
  EXPECT_EQ(exti.pr, 1u << 12);  // the bits written back to clear
  ExtiTrigger(exti, 7);
  EXPECT_EQ(exti.swier, 1u << 7);
}

TEST(ExtiTest, IrqNumbersAndTheirLines) {
  const unsigned expected[16] = {6, 7, 8, 9, 10, 23, 23, 23, 23, 23, 40, 40, 40, 40, 40, 40};
  for (unsigned line = 0; line < 16; ++line) {
    EXPECT_EQ(ExtiIrqNumber(line), expected[line]) << line;
    EXPECT_NE(ExtiLinesOfIrq(expected[line]) & (1u << line), 0u) << line;
  }
  EXPECT_EQ(ExtiLinesOfIrq(23), 0x3E0u);
  EXPECT_EQ(ExtiLinesOfIrq(40), 0xFC00u);
  EXPECT_EQ(ExtiLinesOfIrq(28), 0u);
}

TEST(TimerTest, DivisorsFor1kHzFrom168MHz) {
  TimerDivisors d;
  ASSERT_TRUE(TimerDivisorsForFrequency(168000000, 1000, &d));
  EXPECT_EQ(d.psc, 2u);      // 168000 ticks: prescaler 3
  EXPECT_EQ(d.arr, 55999u);  // 56000 counts
  EXPECT_EQ((d.psc + 1) * (d.arr + 1), 168000u);
}

TEST(TimerTest, DivisorsAcrossTheRange) {
  TimerDivisors d;
  ASSERT_TRUE(TimerDivisorsForFrequency(16000000, 1000000, &d));  // 16 ticks
  EXPECT_EQ(d.psc, 0u);
  EXPECT_EQ(d.arr, 15u);
  ASSERT_TRUE(TimerDivisorsForPeriodUs(84000000, 1000000, &d));  // 1 s at 84 MHz
  EXPECT_LE(d.arr, 0xFFFFu);
  EXPECT_EQ(uint64_t{d.psc + 1} * (d.arr + 1), 84000000u);
  ASSERT_TRUE(TimerDivisorsForPeriodUs(16000000, 250000, &d));  // 4 Hz at 16 MHz
  EXPECT_EQ(uint64_t{d.psc + 1} * (d.arr + 1), 4000000u);
  EXPECT_FALSE(TimerDivisorsForFrequency(16000000, 0, &d));
  EXPECT_FALSE(TimerDivisorsForPeriodUs(168000000, 3600000000ull, &d));  // an hour: beyond 2**32 ticks
  EXPECT_FALSE(TimerDivisorsForTicks(0, &d));
  ASSERT_TRUE(TimerDivisorsForTicks(uint64_t{1} << 32, &d));
  EXPECT_EQ(d.psc, 0xFFFFu);
  EXPECT_EQ(d.arr, 0xFFFFu);
}

TEST(TimerTest, StartEnablesUpdateInterruptAndStopClearsIt) {
  TimerRegs tim = Zeroed<TimerRegs>();
  TimerStart(tim, TimerDivisors{2, 55999}, false);
  EXPECT_EQ(tim.psc, 2u);
  EXPECT_EQ(tim.arr, 55999u);
  EXPECT_EQ(tim.dier, kTimDierUie);
  EXPECT_EQ(tim.egr, kTimEgrUg);
  EXPECT_EQ(tim.cr1, kTimCr1Cen | kTimCr1Urs);
  TimerStart(tim, TimerDivisors{0, 99}, true);
  EXPECT_EQ(tim.cr1, kTimCr1Cen | kTimCr1Urs | kTimCr1Opm);
  EXPECT_FALSE(TimerTakeUpdate(tim));
  tim.sr = kTimSrUif;
  EXPECT_TRUE(TimerTakeUpdate(tim));
  EXPECT_EQ(tim.sr & kTimSrUif, 0u);
  TimerStop(tim);
  EXPECT_EQ(tim.cr1, 0u);
  EXPECT_EQ(tim.dier, 0u);
}

TEST(UsartTest, BaudFromTheBusClock) {
  EXPECT_EQ(UsartBrr(16000000, 115200), 139u);  // 138.9: 0x8B, as the console uses
  EXPECT_EQ(UsartBrr(42000000, 9600), 4375u);   // 0x1117: mantissa 273, fraction 7
  EXPECT_EQ(UsartBrr(84000000, 115200), 729u);
}

TEST(UsartTest, ConfigureWritesFormatAndEnables) {
  UsartRegs usart = Zeroed<UsartRegs>();
  UsartConfig config;
  config.baudrate = 115200;
  ASSERT_TRUE(UsartConfigure(usart, 16000000, config));
  EXPECT_EQ(usart.brr, 139u);
  EXPECT_EQ(usart.cr1, kUsartCr1Ue | kUsartCr1Te | kUsartCr1Re | kUsartCr1Rxneie);
  EXPECT_EQ(usart.cr2 & kUsartCr2StopMask, 0u);
  config.parity = UsartParity::kOdd;
  config.stop = 2;
  ASSERT_TRUE(UsartConfigure(usart, 16000000, config));  // 8 data bits + parity: a 9-bit frame
  EXPECT_EQ(usart.cr1 & (kUsartCr1M | kUsartCr1Pce | kUsartCr1Ps), kUsartCr1M | kUsartCr1Pce | kUsartCr1Ps);
  EXPECT_EQ(usart.cr2 & kUsartCr2StopMask, kUsartCr2Stop2);
  config.bits = 7;
  config.parity = UsartParity::kEven;
  ASSERT_TRUE(UsartConfigure(usart, 16000000, config));
  EXPECT_EQ(usart.cr1 & (kUsartCr1M | kUsartCr1Pce | kUsartCr1Ps), kUsartCr1Pce);
  config.parity = UsartParity::kNone;  // 7 bits without parity: not a frame the USART has
  EXPECT_FALSE(UsartConfigure(usart, 16000000, config));
  config.bits = 8;
  config.baudrate = 2000000;  // above clock / 16
  EXPECT_FALSE(UsartConfigure(usart, 16000000, config));
}

TEST(UsartTest, TransmitWaitsForTxeAndReceiveFillsTheRing) {
  UsartRegs usart = Zeroed<UsartRegs>();
  usart.sr = kUsartSrTxe;
  UsartWriteByte(usart, 'x');
  EXPECT_EQ(usart.dr, static_cast<uint32_t>('x'));
  static UsartRing ring;
  RingReset(ring);
  UsartServiceReceive(usart, ring);  // nothing received
  EXPECT_EQ(RingCount(ring), 0u);
  usart.sr = kUsartSrRxne;
  usart.dr = 'a';
  UsartServiceReceive(usart, ring);
  usart.sr = kUsartSrRxne | kUsartSrOre;
  usart.dr = 'b';
  UsartServiceReceive(usart, ring);
  EXPECT_EQ(RingCount(ring), 2u);
  EXPECT_EQ(ring.overflows, 1u);
  uint8_t out[4];
  ASSERT_EQ(RingPop(ring, out, sizeof(out)), 2u);
  EXPECT_EQ(out[0], 'a');
  EXPECT_EQ(out[1], 'b');
}

TEST(UsartTest, RingKeepsOneSlotFreeAndCountsOverflows) {
  static UsartRing ring;
  RingReset(ring);
  for (uint32_t i = 0; i < UsartRing::kSize - 1; ++i) ASSERT_TRUE(RingPush(ring, static_cast<uint8_t>(i)));
  EXPECT_FALSE(RingPush(ring, 0));
  EXPECT_EQ(ring.overflows, 1u);
  EXPECT_EQ(RingCount(ring), UsartRing::kSize - 1);
  uint8_t out[300];
  EXPECT_EQ(RingPop(ring, out, 10), 10u);
  EXPECT_EQ(out[9], 9);
  for (int i = 0; i < 10; ++i) ASSERT_TRUE(RingPush(ring, 0xAA));  // wraps around
  EXPECT_EQ(RingPop(ring, out, sizeof(out)), UsartRing::kSize - 1);
  EXPECT_EQ(out[0], 10);
  EXPECT_EQ(out[UsartRing::kSize - 2], 0xAA);
}

TEST(NvicTest, EnableDisablePriority) {
  NvicRegs nvic = Zeroed<NvicRegs>();
  NvicEnable(nvic, 40);
  EXPECT_EQ(nvic.iser[1], 1u << 8);
  EXPECT_EQ(nvic.iser[0], 0u);
  EXPECT_TRUE(NvicIsEnabled(nvic, 40));
  NvicDisable(nvic, 71);
  EXPECT_EQ(nvic.icer[2], 1u << 7);
  NvicSetPriority(nvic, 28, 8);
  EXPECT_EQ(nvic.ip[28], 0x80);
}

TEST(RccTest, ClockEnables) {
  RccRegs rcc = Zeroed<RccRegs>();
  RccEnableGpio(rcc, 0);
  RccEnableGpio(rcc, 8);
  EXPECT_EQ(rcc.ahb1enr, (1u << 0) | (1u << 8));
  RccEnableSyscfg(rcc);
  EXPECT_EQ(rcc.apb2enr, 1u << 14);
  EXPECT_TRUE(RccEnableTimer(rcc, 2));
  EXPECT_TRUE(RccEnableTimer(rcc, 5));
  EXPECT_FALSE(RccEnableTimer(rcc, 1));
  EXPECT_EQ(rcc.apb1enr, (1u << 0) | (1u << 3));
  EXPECT_TRUE(RccEnableUsart(rcc, 2));
  EXPECT_TRUE(RccEnableUsart(rcc, 6));
  EXPECT_FALSE(RccEnableUsart(rcc, 7));
  EXPECT_EQ(rcc.apb1enr & (1u << 17), 1u << 17);
  EXPECT_EQ(rcc.apb2enr & (1u << 5), 1u << 5);
}

}  // namespace
}  // namespace mica::stm32
