// CheckLoadedCode: verifies one RawCode that came from outside the compiler (a .mpy file) before the VM may run
// it. The VM trusts its code (operands are not bounds-checked while running), so this is what stands between a
// corrupt or hostile file and a crash. It checks what the compiler's own verifier (compiler/emitter/
// code_verifier.h, host-only) checks that matters for safety, without the STL: operands and indices, jump
// targets on instruction boundaries, the exception and line tables, and the operand-stack depth along every
// path (never negative, consistent where paths meet, within max_stack). docs/mpy-format.md lists the checks.
// The children must have been checked already (MAKE_CLOSURE looks at them).
#ifndef MICA_RUNTIME_MPY_CODE_CHECK_H_
#define MICA_RUNTIME_MPY_CODE_CHECK_H_

#include "runtime/vm/raw_code.h"

namespace mica {
namespace mpy {

// Null if the code is sound, else a static description of the first problem. *out_of_memory is set when the
// scratch space (a heap block of about 9 bytes per bytecode byte, freed before returning) was not available;
// MemoryError is then pending.
const char* CheckLoadedCode(const vm::RawCode& code, bool* out_of_memory);

}  // namespace mpy
}  // namespace mica

#endif  // MICA_RUNTIME_MPY_CODE_CHECK_H_
