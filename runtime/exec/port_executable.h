// What a port provides for running machine code made at run time (the inline assemblers, natives/).
//
// Only a build whose feature set selects an inline assembler references this, so only the ports that offer one
// define it: the pyboard runs code from SRAM in place (after the barriers that make the new instructions
// visible); the unix port copies it into an executable region it maps once (Linux heap memory is not
// executable), a bounded bump area whose exhaustion is a MemoryError.
#ifndef MICA_RUNTIME_EXEC_PORT_EXECUTABLE_H_
#define MICA_RUNTIME_EXEC_PORT_EXECUTABLE_H_

#include <stddef.h>
#include <stdint.h>

namespace mica {
namespace port {

// Makes code[0, size) callable. `code` sits in a heap object that lives as long as the returned address is used
// (and does not move). Returns the address to call, with bit 0 set when `thumb` (an ARM Thumb entry), or null
// when the port has no executable memory left. Never raises.
const void* MakeExecutable(const uint8_t* code, size_t size, bool thumb);

}  // namespace port
}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_PORT_EXECUTABLE_H_
