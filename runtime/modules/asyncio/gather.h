// asyncio.gather and asyncio.wait_for: awaitables over other tasks.
#ifndef MICA_RUNTIME_MODULES_ASYNCIO_GATHER_H_
#define MICA_RUNTIME_MODULES_ASYNCIO_GATHER_H_

#include "runtime/modules/asyncio/scheduler.h"
#include "runtime/value.h"

namespace mica {
namespace asyncio {

// The scheduler calls this when `child`, one of gather's tasks, finishes.
void GatherChildDone(Value gather, TaskObject* child);

// gather(*awaitables, return_exceptions=False) and wait_for(awaitable, timeout), as module functions.
Value GatherFunction(const Value* args, uint32_t n_pos, uint32_t n_kw);
Value WaitForFunction(const Value* args, uint32_t n_pos, uint32_t n_kw);

}  // namespace asyncio
}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_ASYNCIO_GATHER_H_
