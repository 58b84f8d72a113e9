// Binding a call's arguments to a function's parameter slots, with CPython's rules and error messages.
//
// The arguments follow the calling convention of runtime/object.h (n_pos positional values, then n_kw
// (Value::Name, value) pairs). The result is NumParameterSlots(code) values in slot order: positional
// parameters, keyword-only ones, then the *args tuple and the **kwargs dict when the code has them
// (docs/bytecode.md, "Slot layout"). Missing parameters come from `defaults` (a tuple for the last positional
// parameters) and `kwdefaults` (a dict of keyword-only defaults); both may be null.
#ifndef MICA_RUNTIME_EXEC_ARG_BINDING_H_
#define MICA_RUNTIME_EXEC_ARG_BINDING_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/value.h"
#include "runtime/vm/raw_code.h"

namespace mica {

// Fills slots[0, NumParameterSlots(code)). Returns None, or an exception (TypeError: "f() takes 2 positional
// arguments but 3 were given", "f() missing 1 required positional argument: 'x'", "f() got an unexpected keyword
// argument 'z'", "f() got multiple values for argument 'x'", ...; MemoryError for *args/**kwargs).
Value BindArguments(const vm::RawCode& code, Value defaults, Value kwdefaults, const Value* args, uint32_t n_pos,
                    uint32_t n_kw, Value* slots);

}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_ARG_BINDING_H_
