// Start-up memory initialisation shared by the bare-metal ports: copy .data from its load address, clear .bss,
// run static constructors. Each port's linker script defines the symbols below (see ports/*/*.ld).
#ifndef MICA_PORTS_BAREMETAL_MEMORY_INIT_H_
#define MICA_PORTS_BAREMETAL_MEMORY_INIT_H_

namespace mica::board {

void InitMemory();

}  // namespace mica::board

#endif  // MICA_PORTS_BAREMETAL_MEMORY_INIT_H_
