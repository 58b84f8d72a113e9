// asyncio.sleep / sleep_ms: the sleep request (sleep.cc explains why sleeping allocates nothing).
#ifndef MICA_RUNTIME_MODULES_ASYNCIO_SLEEP_H_
#define MICA_RUNTIME_MODULES_ASYNCIO_SLEEP_H_

#include <stdint.h>

#include "runtime/value.h"

namespace mica {
namespace asyncio {

// An awaitable that sleeps `delay_us` microseconds (0: yield to the other ready tasks once).
Value NewSleep(uint64_t delay_us);

}  // namespace asyncio
}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_ASYNCIO_SLEEP_H_
