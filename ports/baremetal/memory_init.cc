#include "ports/baremetal/memory_init.h"

#include <stdint.h>

extern "C" {
// Word-aligned bounds, from the port's linker script.
extern uint32_t __data_load[], __data_start[], __data_end[];
extern uint32_t __bss_start[], __bss_end[];
// One table of constructors: .init_array and (on Xtensa, whose GCC still emits them) .ctors.
extern void (*__init_array_start[])();
extern void (*__init_array_end[])();
}

namespace mica::board {

void InitMemory() {
  // volatile: these loops run before .bss exists, so the compiler must not turn them into memcpy/memset calls
  // that a C library might implement with state in .bss.
  volatile uint32_t* dst = __data_start;
  const volatile uint32_t* src = __data_load;
  if (src != dst) {
    while (dst < __data_end) *dst++ = *src++;
  }
  for (volatile uint32_t* p = __bss_start; p < __bss_end; ++p) *p = 0;
  for (void (**ctor)() = __init_array_start; ctor < __init_array_end; ++ctor) (*ctor)();
}

}  // namespace mica::board
