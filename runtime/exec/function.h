// Functions made by `def` and `lambda`, and the cells closures share.
//
// A FunctionObject pairs a RawCode (constant, maybe in flash) with what is created when `def` runs: the globals
// dict, the default values, the closure's cells, and the RAM side table the code's cached instructions index
// (num_cache_slots entries, docs/bytecode.md "Run-time caches"). The VM enters a function directly when a call
// passes exactly its positional parameters (VmHooks::bytecode_function); every other call binds the arguments
// here (arg_binding.h) and runs the code with vm::Execute.
//
// Class bodies and module code run as functions too: their `namespace_dict` is where the *_NAME opcodes store
// (the class namespace; the module's globals).
#ifndef MICA_RUNTIME_EXEC_FUNCTION_H_
#define MICA_RUNTIME_EXEC_FUNCTION_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"
#include "runtime/vm/raw_code.h"

namespace mica {

// One cache entry of a LOAD_GLOBAL: the globals dict's version when the value was found there (0: empty).
struct GlobalCacheEntry {
  uint32_t globals_version;
  uint32_t builtins_version;
  Value value;
};

struct FunctionObject {
  Object header;                 // &kFunctionType
  const vm::RawCode* code;
  Value globals;                 // a dict
  Value namespace_dict;          // class body / module code: the namespace of the *_NAME opcodes; else null
  Value defaults;                // a tuple, or null
  Value kwdefaults;              // a dict, or null
  Value closure;                 // a tuple of cells, or null
  Value dict;                    // function attributes (f.x = 1), made on first store; or null
  Value module_name;             // __module__: the globals' __name__ when the function was made
  GlobalCacheEntry* cache;       // code->num_cache_slots entries, or null
};

struct CellObject {
  Object header;  // &kCellType
  Value contents;  // Value::Unbound() when empty
};

extern const Type kFunctionType;
extern const Type kCellType;

bool IsFunction(Value v);
inline FunctionObject* AsFunction(Value v) { return reinterpret_cast<FunctionObject*>(v.AsObject()); }
bool IsCell(Value v);
inline CellObject* AsCell(Value v) { return reinterpret_cast<CellObject*>(v.AsObject()); }

// A function running `code` with `globals`; defaults/kwdefaults/closure may be null. Exception on MemoryError.
Value NewFunction(const vm::RawCode* code, Value globals, Value defaults, Value kwdefaults, Value closure);
Value NewCell(Value contents);

// Calls a function object with the object.h convention (binding defaults, keywords, *args and **kwargs).
Value CallFunction(Value function, const Value* args, uint32_t n_pos, uint32_t n_kw);

}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_FUNCTION_H_
