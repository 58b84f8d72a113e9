#include "runtime/modules/time_calendar.h"

namespace mica {
namespace calendar {
namespace {

constexpr int64_t kSecondsPerDay = 86400;
// 1970-01-01 was a Thursday: weekday 3 with Monday = 0.
constexpr int64_t kEpochWeekday = 3;
// Days in a 400-year Gregorian cycle, and from 0000-03-01 (the start of the shifted calendar below) to 1970-01-01.
constexpr int64_t kDaysPerEra = 146097;
constexpr int64_t kEpochFromEraStart = 719468;

int64_t FloorDiv(int64_t a, int64_t b) {
  const int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

int64_t FloorMod(int64_t a, int64_t b) {
  return a - FloorDiv(a, b) * b;
}

}  // namespace

bool IsLeapYear(int64_t year) {
  return FloorMod(year, 4) == 0 && (FloorMod(year, 100) != 0 || FloorMod(year, 400) == 0);
}

// The year is counted from March, so February (with the leap day) ends it and the month lengths before it
// follow the fixed 153-days-per-5-months pattern.
int64_t DaysFromCivil(int64_t year, int64_t month, int64_t day) {
  year += FloorDiv(month - 1, 12);
  month = FloorMod(month - 1, 12) + 1;
  const int64_t shifted_year = month <= 2 ? year - 1 : year;
  const int64_t era = FloorDiv(shifted_year, 400);
  const int64_t year_of_era = shifted_year - era * 400;                      // 0-399
  const int64_t shifted_month = month > 2 ? month - 3 : month + 9;           // March is 0
  const int64_t day_of_year = (153 * shifted_month + 2) / 5;                 // days before the month
  const int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * kDaysPerEra + day_of_era + (day - 1) - kEpochFromEraStart;
}

BrokenDownTime FromEpochSeconds(int64_t seconds) {
  const int64_t days = FloorDiv(seconds, kSecondsPerDay);
  const int64_t second_of_day = seconds - days * kSecondsPerDay;
  const int64_t shifted = days + kEpochFromEraStart;
  const int64_t era = FloorDiv(shifted, kDaysPerEra);
  const int64_t day_of_era = shifted - era * kDaysPerEra;  // 0-146096
  const int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);  // from March 1
  const int64_t shifted_month = (5 * day_of_year + 2) / 153;
  const int64_t mday = day_of_year - (153 * shifted_month + 2) / 5 + 1;
  const int64_t month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
  const int64_t year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);

  BrokenDownTime t;
  t.year = static_cast<int32_t>(year);
  t.month = static_cast<int32_t>(month);
  t.mday = static_cast<int32_t>(mday);
  t.hour = static_cast<int32_t>(second_of_day / 3600);
  t.minute = static_cast<int32_t>(second_of_day / 60 % 60);
  t.second = static_cast<int32_t>(second_of_day % 60);
  t.weekday = static_cast<int32_t>(FloorMod(days + kEpochWeekday, 7));
  t.yearday = static_cast<int32_t>(days - DaysFromCivil(year, 1, 1) + 1);
  return t;
}

int64_t ToEpochSeconds(int64_t year, int64_t month, int64_t mday, int64_t hour, int64_t minute, int64_t second) {
  return DaysFromCivil(year, month, mday) * kSecondsPerDay + hour * 3600 + minute * 60 + second;
}

}  // namespace calendar
}  // namespace mica
