// The function object of an inline-assembler function: machine code, its argument count and how its result
// becomes a Python value. One heap block holds the header and the code (so the collector keeps the code alive
// exactly as long as the function, and a port that executes in place runs it where it is); the entry address
// comes from the port (runtime/exec/port_executable.h).
//
// Calling it (the normal call path: the type's call slot) checks the argument count (TypeError), converts each
// argument to a machine word (an int: its low 32 bits, from -2**31..2**32-1, else OverflowError; an object with
// the buffer protocol, bytearray or array: its data address; anything else: TypeError), calls the code with the
// AAPCS (arguments in r0-r3, result in r0) and converts r0 (signed int, `-> uint`, `-> bool`).
#ifndef MICA_NATIVES_NATIVE_CODE_H_
#define MICA_NATIVES_NATIVE_CODE_H_

#include "natives/inline_asm.h"
#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {
namespace natives {

extern const Type kNativeCodeType;

// A new function for `code`, named `name` (an interned name id). Null with no exception pending when the heap
// or the port's executable memory is full (the compiler reports MemoryError). `thumb`: the entry is Thumb code.
Value NewNativeCode(const AssembledCode& code, uint32_t name, bool thumb);

}  // namespace natives
}  // namespace mica

#endif  // MICA_NATIVES_NATIVE_CODE_H_
