// runtime/exec/port_time.h for POSIX: clock_gettime, nanosleep and the C library's time zone (TZ).
#include <stdint.h>
#include <time.h>

#include "runtime/exec/port_time.h"

namespace mica {
namespace port {

uint64_t MonotonicMicroseconds() {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return static_cast<uint64_t>(now.tv_sec) * 1000000u + static_cast<uint64_t>(now.tv_nsec) / 1000u;
}

int64_t WallClockNanoseconds() {
  struct timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  return static_cast<int64_t>(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// localtime_r's tm_gmtoff: the offset at that instant, daylight saving included. A time_t too narrow for the
// instant (32-bit time_t beyond 2038) or a failing localtime_r gives 0.
int32_t LocalTimeOffsetSeconds(int64_t utc_seconds) {
  const time_t when = static_cast<time_t>(utc_seconds);
  if (static_cast<int64_t>(when) != utc_seconds) return 0;
  struct tm local;
  if (localtime_r(&when, &local) == nullptr) return 0;
  return static_cast<int32_t>(local.tm_gmtoff);
}

// A signal (Ctrl-C) ends the sleep early: the interrupt flag is then set and the program raises
// KeyboardInterrupt at its next loop edge, as MicroPython does.
void SleepMicroseconds(uint64_t microseconds) {
  struct timespec delay;
  delay.tv_sec = static_cast<time_t>(microseconds / 1000000u);
  delay.tv_nsec = static_cast<long>(microseconds % 1000000u) * 1000;
  nanosleep(&delay, nullptr);
}

}  // namespace port
}  // namespace mica
