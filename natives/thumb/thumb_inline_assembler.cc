#include "natives/thumb/thumb_inline_assembler.h"

#include "natives/native_code.h"
#include "natives/thumb/inline_asm.h"

namespace mica {
namespace thumb {
namespace {

Value MakeThumbCode(const natives::AssembledCode& code, uint32_t name) {
  return natives::NewNativeCode(code, name, /*thumb=*/true);
}

}  // namespace

constexpr natives::InlineAssembler kThumbInlineAssembler = {"asm_thumb", AssembleFunction, MakeThumbCode};

}  // namespace thumb
}  // namespace mica
