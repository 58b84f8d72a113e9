// A bound method: a callable plus the self it was looked up on (`[].append` without the call). Calling it calls
// the function with self first. LoadMethod (object_ops.h) avoids allocating one for `obj.name(...)` calls.
#ifndef MICA_RUNTIME_OBJECTS_BOUND_METHOD_H_
#define MICA_RUNTIME_OBJECTS_BOUND_METHOD_H_

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

struct BoundMethodObject {
  Object header;
  Value function;
  Value self;
};

extern const Type kBoundMethodType;

Value NewBoundMethod(Value function, Value self);
bool IsBoundMethod(Value v);

// function(self, *args) with the object.h convention; copies the arguments to the C stack when they are few
// (up to kBoundMethodInlineArgs), else to the heap.
constexpr uint32_t kBoundMethodInlineArgs = 16;
Value CallWithSelf(Value function, Value self, const Value* args, uint32_t n_pos, uint32_t n_kw);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_BOUND_METHOD_H_
