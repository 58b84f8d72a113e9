// Frames: where a running function keeps its state.
//
// A frame's values - its slots (locals, cells, free variables) and then its operand stack - are a window of the
// contiguous value stack the embedder hands to the VM (VmState::stack_base..stack_end); its bookkeeping is one
// Frame record in a second caller-provided array (VmState::frames_base..frames_end), whose capacity is the
// recursion limit. A call allocates nothing: the callee's slots start exactly where the caller pushed the
// arguments, so they become parameters without a copy, and its operand stack follows:
//
//   caller:  ... | f | x1 .. xn |                                       <- caller's operand stack
//   callee:          | slot 0 .. slot n-1 | slot n .. | operand stack | <- FrameValues(code) values
//
// Keeping the records out of the value stack keeps every word there a Value (no type punning, and the collector
// can scan slots and operand stacks precisely: for each record, `function`, the slots, and [StackBase, sp)).
// Generators and coroutines own a heap frame of the same shape (SuspendedFrame, interpreter.h) that Resume copies
// onto the value stack while they run.
#ifndef MICA_RUNTIME_VM_FRAME_H_
#define MICA_RUNTIME_VM_FRAME_H_

#include <stdint.h>

#include "runtime/value.h"
#include "runtime/vm/raw_code.h"

namespace mica {
namespace vm {

struct Frame {
  const RawCode* code;
  Value* locals;      // NumSlots(*code) slots, then the operand stack
  const uint8_t* ip;  // where to resume; kept up to date only while the frame waits (calls, hooks)
  Value* sp;          // operand-stack top at that point
  Value function;     // the callable being run (its closure, globals and defaults); None at top level
};

inline Value* StackBase(const Frame& frame) {
  return frame.locals + NumSlots(*frame.code);
}

// One past the last value the frame may use: where a frame entered from C (a re-entrant Execute) starts.
inline Value* FrameEnd(const Frame& frame) {
  return frame.locals + FrameValues(*frame.code);
}

}  // namespace vm
}  // namespace mica

#endif  // MICA_RUNTIME_VM_FRAME_H_
