#include "runtime/modules/struct/struct_format.h"

#include <string.h>

#include "gtest/gtest.h"

namespace mica {
namespace structfmt {
namespace {

size_t SizeOf(const char* format) {
  size_t size = 0, items = 0;
  EXPECT_EQ(Measure(format, strlen(format), &size, &items), Status::kOk) << format;
  return size;
}

size_t ItemsOf(const char* format) {
  size_t size = 0, items = 0;
  EXPECT_EQ(Measure(format, strlen(format), &size, &items), Status::kOk) << format;
  return items;
}

Status StatusOf(const char* format) {
  size_t size = 0, items = 0;
  return Measure(format, strlen(format), &size, &items);
}

TEST(StructFormat, StandardSizesHaveNoPadding) {
  EXPECT_EQ(SizeOf("<bhiqd"), 1u + 2 + 4 + 8 + 8);
  EXPECT_EQ(SizeOf(">lL"), 8u);
  EXPECT_EQ(SizeOf("!e f"), 6u);
  EXPECT_EQ(SizeOf("=10s3x2p"), 15u);
  EXPECT_EQ(SizeOf(""), 0u);
}

TEST(StructFormat, NativeLayoutAlignsEachField) {
  EXPECT_EQ(SizeOf("bi"), alignof(int) + sizeof(int));
  EXPECT_EQ(SizeOf("@cd"), alignof(double) + sizeof(double));
  EXPECT_EQ(SizeOf("hq"), alignof(long long) + sizeof(long long));
  EXPECT_EQ(SizeOf("ib"), sizeof(int) + 1);  // no padding at the end
  EXPECT_EQ(SizeOf("b0i"), alignof(int));    // a zero count still aligns, as in CPython
}

TEST(StructFormat, CountsItems) {
  EXPECT_EQ(ItemsOf("<3h10s2x?"), 5u);
  EXPECT_EQ(ItemsOf("<0s"), 1u);
}

TEST(StructFormat, RejectsBadFormats) {
  EXPECT_EQ(StatusOf("<y"), Status::kBadChar);
  EXPECT_EQ(StatusOf("<n"), Status::kBadChar);
  EXPECT_EQ(StatusOf("<P"), Status::kBadChar);
  EXPECT_EQ(StatusOf("3"), Status::kRepeatWithoutFormat);
  EXPECT_EQ(StatusOf("99999999999999999999999b"), Status::kTooLong);
}

TEST(StructFormat, ReportsByteOrder) {
  EXPECT_TRUE(Parser("<i", 2).little_endian());
  EXPECT_FALSE(Parser("!i", 2).little_endian());
  EXPECT_FALSE(Parser("<i", 2).native_layout());
  EXPECT_TRUE(Parser("i", 1).native_layout());
}

}  // namespace
}  // namespace structfmt
}  // namespace mica
