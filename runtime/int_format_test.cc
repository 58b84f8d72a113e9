#include "runtime/int_format.h"

#include <stdint.h>

#include <string>

#include "gtest/gtest.h"

namespace mica {
namespace {

std::string Text(int64_t value, IntFormat format = {}) {
  char buffer[kMaxIntText];
  const size_t n = FormatInt(value, format, buffer, sizeof buffer);
  return std::string(buffer, n);
}

std::string UText(uint64_t value, IntFormat format = {}) {
  char buffer[kMaxIntText];
  const size_t n = FormatUint(value, format, buffer, sizeof buffer);
  return std::string(buffer, n);
}

TEST(IntFormat, Decimal) {
  EXPECT_EQ(Text(0), "0");
  EXPECT_EQ(Text(7), "7");
  EXPECT_EQ(Text(-7), "-7");
  EXPECT_EQ(Text(1234567890), "1234567890");
}

TEST(IntFormat, Extremes) {
  EXPECT_EQ(Text(INT64_MAX), "9223372036854775807");
  EXPECT_EQ(Text(INT64_MIN), "-9223372036854775808");
  EXPECT_EQ(UText(UINT64_MAX), "18446744073709551615");
  EXPECT_EQ(UText(UINT64_MAX, {2, true, false}),
            "0b1111111111111111111111111111111111111111111111111111111111111111");
}

TEST(IntFormat, PythonPrefixes) {
  EXPECT_EQ(Text(255, {16, true, false}), "0xff");
  EXPECT_EQ(Text(-255, {16, true, false}), "-0xff");
  EXPECT_EQ(Text(8, {8, true, false}), "0o10");
  EXPECT_EQ(Text(5, {2, true, false}), "0b101");
  EXPECT_EQ(Text(0, {16, true, false}), "0x0");
  EXPECT_EQ(Text(255, {16, false, true}), "FF");
  EXPECT_EQ(Text(35, {36, false, false}), "z");
  EXPECT_EQ(Text(10, {10, true, false}), "10");  // no prefix exists for base 10
}

TEST(IntFormat, RejectsBadBaseAndShortBuffer) {
  char buffer[4];
  EXPECT_EQ(FormatInt(1, {1, false, false}, buffer, sizeof buffer), 0u);
  EXPECT_EQ(FormatInt(1, {37, false, false}, buffer, sizeof buffer), 0u);
  EXPECT_EQ(FormatInt(12345, {}, buffer, sizeof buffer), 0u);
  EXPECT_EQ(FormatInt(-123, {}, buffer, sizeof buffer), 4u);
  EXPECT_EQ(std::string(buffer, 4), "-123");
}

}  // namespace
}  // namespace mica
