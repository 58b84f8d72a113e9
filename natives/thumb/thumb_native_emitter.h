// The Thumb-2 native emitter as a feature set lists it (toolchains/feature_set.bzl, natives = ["thumb"]): the
// code generator (native_emitter.h), making its code executable through the port, and the runtime's executor.
#ifndef MICA_NATIVES_THUMB_THUMB_NATIVE_EMITTER_H_
#define MICA_NATIVES_THUMB_THUMB_NATIVE_EMITTER_H_

#include "natives/native_emitter.h"

namespace mica {
namespace thumb {

extern const natives::NativeEmitter kThumbNativeEmitter;

}  // namespace thumb
}  // namespace mica

#endif  // MICA_NATIVES_THUMB_THUMB_NATIVE_EMITTER_H_
