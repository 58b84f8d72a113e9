#include "runtime/modules/time_calendar.h"

#include <stdint.h>

#include "gtest/gtest.h"

namespace mica {
namespace calendar {
namespace {

void ExpectTime(int64_t seconds, int32_t year, int32_t month, int32_t mday, int32_t hour, int32_t minute,
                int32_t second, int32_t weekday, int32_t yearday) {
  const BrokenDownTime t = FromEpochSeconds(seconds);
  EXPECT_EQ(t.year, year) << seconds;
  EXPECT_EQ(t.month, month) << seconds;
  EXPECT_EQ(t.mday, mday) << seconds;
  EXPECT_EQ(t.hour, hour) << seconds;
  EXPECT_EQ(t.minute, minute) << seconds;
  EXPECT_EQ(t.second, second) << seconds;
  EXPECT_EQ(t.weekday, weekday) << seconds;
  EXPECT_EQ(t.yearday, yearday) << seconds;
  EXPECT_EQ(ToEpochSeconds(year, month, mday, hour, minute, second), seconds);
}

TEST(TimeCalendarTest, Epoch) {
  ExpectTime(0, 1970, 1, 1, 0, 0, 0, 3, 1);  // a Thursday
  ExpectTime(86399, 1970, 1, 1, 23, 59, 59, 3, 1);
}

TEST(TimeCalendarTest, BeforeTheEpoch) {
  ExpectTime(-1, 1969, 12, 31, 23, 59, 59, 2, 365);
  ExpectTime(-86400, 1969, 12, 31, 0, 0, 0, 2, 365);
  ExpectTime(-2208988800LL, 1900, 1, 1, 0, 0, 0, 0, 1);      // a Monday; 1900 is not a leap year
  ExpectTime(-62135596800LL, 1, 1, 1, 0, 0, 0, 0, 1);         // 0001-01-01, proleptic Gregorian
}

TEST(TimeCalendarTest, Year2000IsLeap) {
  ExpectTime(946684800, 2000, 1, 1, 0, 0, 0, 5, 1);
  ExpectTime(951782400, 2000, 2, 29, 0, 0, 0, 1, 60);
  ExpectTime(978220800, 2000, 12, 31, 0, 0, 0, 6, 366);
  EXPECT_TRUE(IsLeapYear(2000));
  EXPECT_FALSE(IsLeapYear(1900));
  EXPECT_FALSE(IsLeapYear(2100));
  EXPECT_TRUE(IsLeapYear(2024));
  EXPECT_FALSE(IsLeapYear(2023));
  EXPECT_TRUE(IsLeapYear(-4));
}

TEST(TimeCalendarTest, Beyond2038) {
  ExpectTime(2147483647LL, 2038, 1, 19, 3, 14, 7, 1, 19);
  ExpectTime(2147483648LL, 2038, 1, 19, 3, 14, 8, 1, 19);
  ExpectTime(4102444800LL, 2100, 1, 1, 0, 0, 0, 4, 1);
  ExpectTime(4107542400LL, 2100, 3, 1, 0, 0, 0, 0, 60);  // no 29 February in 2100
  ExpectTime(253402300799LL, 9999, 12, 31, 23, 59, 59, 4, 365);
}

TEST(TimeCalendarTest, FieldsCarryLikeMktime) {
  EXPECT_EQ(ToEpochSeconds(1970, 13, 1, 0, 0, 0), ToEpochSeconds(1971, 1, 1, 0, 0, 0));
  EXPECT_EQ(ToEpochSeconds(1970, 0, 1, 0, 0, 0), ToEpochSeconds(1969, 12, 1, 0, 0, 0));
  EXPECT_EQ(ToEpochSeconds(2000, 3, 0, 0, 0, 0), ToEpochSeconds(2000, 2, 29, 0, 0, 0));
  EXPECT_EQ(ToEpochSeconds(2000, 1, 1, 24, 0, -1), ToEpochSeconds(2000, 1, 1, 23, 59, 59));
}

TEST(TimeCalendarTest, EveryDayOfFourHundredYearsRoundTrips) {
  int64_t expected_weekday = 0;  // 1600-03-01 was a Wednesday: computed from the first day below
  const int64_t start = DaysFromCivil(1600, 3, 1);
  expected_weekday = FromEpochSeconds(start * 86400).weekday;
  for (int64_t day = start; day < start + 146097 + 10; ++day) {
    const BrokenDownTime t = FromEpochSeconds(day * 86400 + 43200);
    ASSERT_EQ(DaysFromCivil(t.year, t.month, t.mday), day);
    ASSERT_EQ(t.weekday, expected_weekday);
    ASSERT_EQ(t.yearday, day - DaysFromCivil(t.year, 1, 1) + 1);
    expected_weekday = (expected_weekday + 1) % 7;
  }
  EXPECT_EQ(FromEpochSeconds(start * 86400).weekday, 2);  // Wednesday
}

}  // namespace
}  // namespace calendar
}  // namespace mica
