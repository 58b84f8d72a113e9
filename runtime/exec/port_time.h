// What a port provides to the runtime for the `time` module: clocks and sleeping.
//
// Plain functions every port that lists the time module defines (ports/unix/unix_time.cc on POSIX), so the
// runtime never calls the OS. They never raise. Calendar arithmetic (gmtime, mktime) is not the port's job: it is
// pure code in runtime/modules/time_calendar.h; the port only says how far local time is from UTC.
#ifndef MICA_RUNTIME_EXEC_PORT_TIME_H_
#define MICA_RUNTIME_EXEC_PORT_TIME_H_

#include <stdint.h>

namespace mica {
namespace port {

// A monotonic clock in microseconds from an arbitrary start (boot, process start): never goes backwards, not
// changed by setting the wall clock. ticks_ms/ticks_us/ticks_cpu are derived from it.
uint64_t MonotonicMicroseconds();

// The wall clock: nanoseconds since 1970-01-01 00:00:00 UTC (negative before it). A board without a real-time
// clock returns the time since it was set or since boot.
int64_t WallClockNanoseconds();

// Local time minus UTC, in seconds, at the UTC instant `utc_seconds` (daylight saving included). 0 on a board
// that knows no time zone.
int32_t LocalTimeOffsetSeconds(int64_t utc_seconds);

// Blocks for about `microseconds`: at least that long unless interrupted (Ctrl-C), and it may return early when a
// callback was scheduled (ExecState::scheduled_count), which the caller runs before sleeping on.
void SleepMicroseconds(uint64_t microseconds);

}  // namespace port
}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_PORT_TIME_H_
