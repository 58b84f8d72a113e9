// The pieces of the `machine` module (machine_module.cc lists them), one type per file.
#ifndef MICA_RUNTIME_MODULES_MACHINE_MACHINE_TYPES_H_
#define MICA_RUNTIME_MODULES_MACHINE_MACHINE_TYPES_H_

#include <stdint.h>

#include "runtime/modules/machine/class_constants.h"
#include "runtime/modules/stream.h"
#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {
namespace machine {

// Pin modes, pulls and triggers: MicroPython's values on the STM32 port, so programs that print them match.
constexpr int32_t kModeIn = 0, kModeOut = 1, kModeAlt = 2, kModeAnalog = 3, kModeOpenDrain = 0x11,
                  kModeAltOpenDrain = 0x12;
constexpr int32_t kPullNone = 0, kPullUp = 1, kPullDown = 2;
constexpr int32_t kIrqRising = 1, kIrqFalling = 2;
constexpr int32_t kTimerOneShot = 0, kTimerPeriodic = 1;

struct PinObject {
  Object header;
  int16_t id;     // the port's pin id
  uint8_t mode;   // kModeIn...
  uint8_t pull;   // kPullNone...
};

extern const Type kPinType;
extern const Type kSignalType;
extern const StreamType kUartType;
extern const Type kTimerType;
struct MemObject {
  Object header;
  uint8_t width;  // bytes
};
extern const Type kMemType;
extern const MemObject kMem8, kMem16, kMem32;

// The class constants of Pin and Timer (class_constants.cc looks them up by type).
extern const ClassConstant kPinConstants[];
extern const uint8_t kPinConstantCount;
extern const ClassConstant kTimerConstants[];
extern const uint8_t kTimerConstantCount;

inline bool IsPin(Value v) { return v.IsObject() && v.AsObject()->type == &kPinType; }
inline PinObject* AsPin(Value v) { return reinterpret_cast<PinObject*>(v.AsObject()); }

// Pin(...) and a Pin for a port pin id (pyb.LED uses it).
Value PinMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw);

}  // namespace machine
}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_MACHINE_MACHINE_TYPES_H_
