// VerifyCode: an independent check of what the emitter produced, for tests (host-only, STL).
//
// Decodes every instruction and checks operands against the RawCode's tables (constants, names, slots, cache
// slots, children, jump targets on instruction boundaries); decodes the line and exception tables; then follows
// every path - fall-through, jumps, and the exception edges of protected ranges (to the handler with the stack
// cut to the entry's depth plus the exception) - with the stack effects of opcodes.def, requiring the depth to
// agree wherever paths meet, never to go negative, every byte to be reachable, and max_stack to be exactly the
// deepest point. Recurses into the children.
#ifndef MICA_COMPILER_EMITTER_CODE_VERIFIER_H_
#define MICA_COMPILER_EMITTER_CODE_VERIFIER_H_

#include <string>

#include "runtime/vm/raw_code.h"

namespace mica {
namespace testing_emitter {

// Empty if the code (and its children) pass, else what is wrong, with the offset.
std::string VerifyCode(const vm::RawCode& code);

}  // namespace testing_emitter
}  // namespace mica

#endif  // MICA_COMPILER_EMITTER_CODE_VERIFIER_H_
