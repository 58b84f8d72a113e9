// The pyboard's pin names: board names, CPU names, and what is not a pin.
#include "ports/pyboard/stm32/board_pins.h"

#include <string.h>

#include "gtest/gtest.h"

namespace mica::stm32 {
namespace {

int Find(const char* name) { return FindBoardPin(name, strlen(name)); }

TEST(BoardPinsTest, BoardNames) {
  EXPECT_EQ(Find("X1"), 0);        // A0
  EXPECT_EQ(Find("X9"), 16 + 6);   // B6
  EXPECT_EQ(Find("Y12"), 16 + 1);  // B1
  EXPECT_EQ(Find("LED_RED"), 13);
  EXPECT_EQ(Find("LED_BLUE"), 16 + 4);
}

TEST(BoardPinsTest, CpuNamesRoundTrip) {
  for (int pin = 0; pin < kPinCount; ++pin) EXPECT_EQ(Find(CpuPinName(pin)), pin) << CpuPinName(pin);
  EXPECT_STREQ(CpuPinName(13), "A13");
  EXPECT_STREQ(CpuPinName(kPinCount - 1), "I15");
}

TEST(BoardPinsTest, NotPins) {
  for (const char* name : {"", "A", "A16", "J0", "A01", "a1", "X13", "X", "A100"}) EXPECT_EQ(Find(name), -1) << name;
}

}  // namespace
}  // namespace mica::stm32
