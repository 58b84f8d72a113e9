// The interpreter's pending-error record (docs/architecture.md, "Errors without C++ exceptions").
//
// A fallible VM operation returns Value::Exception() after recording what went wrong here. Hooks raise Python
// exceptions as kRaised with the exception object; the VM raises its own conditions (recursion, a bad opcode,
// an unbound local) as plain codes, which the runtime turns into exception objects when a handler or the
// caller of Execute wants one (VmHooks::exception_value), often from preallocated instances, since some of
// them (recursion) must be raisable without allocating.
#ifndef MICA_RUNTIME_VM_VM_ERROR_H_
#define MICA_RUNTIME_VM_VM_ERROR_H_

#include <stdint.h>

#include "runtime/value.h"
#include "runtime/vm/raw_code.h"

namespace mica {
namespace vm {

enum class VmError : uint8_t {
  kNone = 0,
  kRaised,               // a Python exception object is pending: PendingError::exception
  kRecursionLimit,       // no frame record left, or the C stack limit reached (RecursionError)
  kStackOverflow,        // the value stack cannot hold the next frame (RecursionError)
  kInvalidOpcode,        // a byte that is not an opcode (SystemError); detail: the byte
  kUnimplementedOpcode,  // an opcode this interpreter cannot run yet; detail: the opcode
  kUnboundLocal,         // LOAD_FAST/DELETE_FAST of an empty slot (UnboundLocalError); detail: the slot
  kNoActiveException,    // a bare `raise` with no exception being handled (RuntimeError)
  kBadCall,              // Execute given the wrong number of parameter values (TypeError); detail: the count
  kUnsupported,          // a default hook ran: the runtime part that handles this is not installed
  kInterrupted,          // the default interrupt hook (KeyboardInterrupt)
  kYieldOutsideGenerator,  // a yield in a frame that was not entered by Resume (RuntimeError)
};

const char* VmErrorName(VmError error);

struct PendingError {
  VmError kind = VmError::kNone;
  uint32_t detail = 0;
  Value exception;                // kRaised: the exception object
  const RawCode* code = nullptr;  // where it was raised: the innermost function ...
  uint32_t offset = 0;            // ... and the offset of the instruction that raised it
};

}  // namespace vm
}  // namespace mica

#endif  // MICA_RUNTIME_VM_VM_ERROR_H_
