// The code objects compile() returns: compiled source not yet bound to a namespace. exec() and eval() run them
// (with the globals they are given); they cannot be called. A code object holds the module-level function the
// compiler produced, whose RawCode is what runs.
#ifndef MICA_RUNTIME_EXEC_CODE_OBJECT_H_
#define MICA_RUNTIME_EXEC_CODE_OBJECT_H_

#include "runtime/object.h"
#include "runtime/value.h"
#include "runtime/vm/raw_code.h"

namespace mica {

struct CodeObject {
  Object header;   // &kCodeType
  Value function;  // a FunctionObject made by the compiler
};

extern const Type kCodeType;

bool IsCode(Value v);
// The code object around a compiled function; MemoryError as an exception.
Value NewCode(Value function);
const vm::RawCode* CodeRawCode(Value code);  // precondition: IsCode(code)

}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_CODE_OBJECT_H_
