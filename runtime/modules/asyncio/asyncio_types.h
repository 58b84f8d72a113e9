// The asyncio types the module table lists (each defined in its own file).
#ifndef MICA_RUNTIME_MODULES_ASYNCIO_ASYNCIO_TYPES_H_
#define MICA_RUNTIME_MODULES_ASYNCIO_ASYNCIO_TYPES_H_

#include "runtime/modules/asyncio/scheduler.h"

namespace mica {
namespace asyncio {

extern const AwaitableType kEventType;  // event.cc
extern const AwaitableType kLockType;   // lock.cc
extern const Type kStreamType;          // stream.cc

}  // namespace asyncio
}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_ASYNCIO_ASYNCIO_TYPES_H_
