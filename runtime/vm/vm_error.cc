#include "runtime/vm/vm_error.h"

namespace mica {
namespace vm {

const char* VmErrorName(VmError error) {
  switch (error) {
    case VmError::kNone:
      return "none";
    case VmError::kRaised:
      return "raised";
    case VmError::kRecursionLimit:
      return "recursion limit";
    case VmError::kStackOverflow:
      return "value stack overflow";
    case VmError::kInvalidOpcode:
      return "invalid opcode";
    case VmError::kUnimplementedOpcode:
      return "unimplemented opcode";
    case VmError::kUnboundLocal:
      return "unbound local";
    case VmError::kNoActiveException:
      return "no active exception to re-raise";
    case VmError::kBadCall:
      return "wrong number of parameter values";
    case VmError::kUnsupported:
      return "unsupported (runtime hook not installed)";
    case VmError::kInterrupted:
      return "interrupted";
    case VmError::kYieldOutsideGenerator:
      return "yield outside a running generator";
  }
  return "?";
}

}  // namespace vm
}  // namespace mica
