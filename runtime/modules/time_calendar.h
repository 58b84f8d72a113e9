// Calendar arithmetic for the time module: seconds since the epoch <-> broken-down time, proleptic Gregorian,
// no time zones (the port gives the local offset). Pure functions, no state, valid for any 64-bit second count
// whose year fits in an int32.
//
// The broken-down form is MicroPython's 8-tuple: (year, month 1-12, mday 1-31, hour, minute, second,
// weekday 0-6 with Monday = 0, yearday 1-366).
#ifndef MICA_RUNTIME_MODULES_TIME_CALENDAR_H_
#define MICA_RUNTIME_MODULES_TIME_CALENDAR_H_

#include <stdint.h>

namespace mica {
namespace calendar {

struct BrokenDownTime {
  int32_t year;
  int32_t month;    // 1-12
  int32_t mday;     // 1-31
  int32_t hour;     // 0-23
  int32_t minute;   // 0-59
  int32_t second;   // 0-59
  int32_t weekday;  // 0-6, Monday is 0
  int32_t yearday;  // 1-366
};

bool IsLeapYear(int64_t year);

// Days from 1970-01-01 to year-month-day. Month and day may be out of range: they carry (month 13 is January of
// the next year, day 0 the last day of the previous month), as C's mktime normalises.
int64_t DaysFromCivil(int64_t year, int64_t month, int64_t day);

// The UTC broken-down time of `seconds` since the epoch (floor division: -1 is 1969-12-31 23:59:59).
BrokenDownTime FromEpochSeconds(int64_t seconds);

// Seconds since the epoch of a broken-down time read as UTC; every field may be out of range and carries into
// the next larger one. weekday and yearday are ignored.
int64_t ToEpochSeconds(int64_t year, int64_t month, int64_t mday, int64_t hour, int64_t minute, int64_t second);

}  // namespace calendar
}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_TIME_CALENDAR_H_
