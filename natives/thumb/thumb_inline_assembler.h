// The Thumb-2 inline assembler as a feature set lists it (toolchains/feature_set.bzl, inline_asm = ["thumb"]):
// the front end (inline_asm.h) and the runtime's function object for its code (natives/native_code.h).
#ifndef MICA_NATIVES_THUMB_THUMB_INLINE_ASSEMBLER_H_
#define MICA_NATIVES_THUMB_THUMB_INLINE_ASSEMBLER_H_

#include "natives/inline_asm.h"

namespace mica {
namespace thumb {

extern const natives::InlineAssembler kThumbInlineAssembler;

}  // namespace thumb
}  // namespace mica

#endif  // MICA_NATIVES_THUMB_THUMB_INLINE_ASSEMBLER_H_
