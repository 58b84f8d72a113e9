#include "natives/thumb/thumb_native_emitter.h"

#include <string.h>

#include "natives/native_runtime.h"
#include "natives/thumb/native_emitter.h"
#include "runtime/exec/port_executable.h"

namespace mica {
namespace thumb {
namespace {

// The RawCode's bytecode is in the heap now: the port makes the code after the entry word executable (in place
// on the pyboard, a copy on unix), and the entry goes into that word for ExecuteNative.
bool InstallThumbCode(const vm::RawCode* code) {
  uint8_t* bytes = const_cast<uint8_t*>(code->bytecode);
  const void* entry = port::MakeExecutable(bytes + natives::kNativeCodeOffset,
                                           code->bytecode_size - natives::kNativeCodeOffset, /*thumb=*/true);
  if (entry == nullptr) return false;
  const uintptr_t word = reinterpret_cast<uintptr_t>(entry);
  memcpy(bytes, &word, sizeof(word));
  return true;
}

}  // namespace

constexpr natives::NativeEmitter kThumbNativeEmitter = {"native", EmitNativeFunction, InstallThumbCode,
                                                        natives::ExecuteNative};

}  // namespace thumb
}  // namespace mica
