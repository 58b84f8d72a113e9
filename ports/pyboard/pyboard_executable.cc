// runtime/exec/port_executable.h for the pyboard: the Cortex-M4 executes from SRAM, so machine code runs where
// the heap holds it. The new instructions were written through the data side: DSB waits for those writes to
// complete and ISB discards anything already fetched, so the first call sees them (the M4 has no caches to clean).
#include "runtime/exec/port_executable.h"

namespace mica {
namespace port {

const void* MakeExecutable(const uint8_t* code, size_t, bool thumb) {
  __asm__ volatile("dsb\n\tisb" ::: "memory");
  return reinterpret_cast<const void*>(reinterpret_cast<uintptr_t>(code) | (thumb ? 1u : 0u));
}

}  // namespace port
}  // namespace mica
