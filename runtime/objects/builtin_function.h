// Built-in functions and methods: constant objects (flash) wrapping a C++ function, used in the member tables of
// built-in types and by the builtins module.
//
// The function follows the calling convention of runtime/object.h; for a method, args[0] is self (n_pos counts
// it). The object checks the positional count (min_args..max_args, kVariadic for no maximum) and rejects keyword
// arguments unless kBuiltinTakesKeywords, so the C++ side only validates types.
//
//   constexpr BuiltinFunction kListAppend = MakeBuiltin(names::append, 2, 2, ListAppendMethod);
//
// Looking a method up on an instance binds it (bound_method.h); kBuiltinStatic functions are returned unbound
// (staticmethod-like: str.maketrans), kBuiltinClassMethod ones bind the type (dict.fromkeys).
#ifndef MICA_RUNTIME_OBJECTS_BUILTIN_FUNCTION_H_
#define MICA_RUNTIME_OBJECTS_BUILTIN_FUNCTION_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

using BuiltinFn = Value (*)(const Value* args, uint32_t n_pos, uint32_t n_kw);

enum BuiltinFlags : uint16_t {
  kBuiltinTakesKeywords = 1 << 0,
  kBuiltinStatic = 1 << 1,
  kBuiltinClassMethod = 1 << 2,
};

constexpr uint16_t kVariadic = 0xFFFF;

struct BuiltinFunction {
  Object header;  // &kBuiltinFunctionType
  uint16_t name;
  uint16_t flags;
  uint16_t min_args;  // positional, self included for methods
  uint16_t max_args;  // kVariadic: no limit
  BuiltinFn function;
  // For methods: the type self must be an instance of (checked before the call, so `str.join(5, [])` raises
  // TypeError instead of reaching the C++ code with a wrong self). Null for plain functions.
  const Type* owner;
};

extern const Type kBuiltinFunctionType;

constexpr BuiltinFunction MakeBuiltin(uint16_t name, uint16_t min_args, uint16_t max_args, BuiltinFn function,
                                      uint16_t flags = 0) {
  return BuiltinFunction{{&kBuiltinFunctionType}, name, flags, min_args, max_args, function, nullptr};
}

// A method of `owner`: args[0] is self, counted in min_args/max_args.
constexpr BuiltinFunction MakeMethod(const Type* owner, uint16_t name, uint16_t min_args, uint16_t max_args,
                                     BuiltinFn function, uint16_t flags = 0) {
  return BuiltinFunction{{&kBuiltinFunctionType}, name, flags, min_args, max_args, function, owner};
}

// Whether a member table is sorted by name id (strictly): for static_assert next to every table.
constexpr bool MembersSorted(const Member* members, size_t count) {
  for (size_t i = 1; i < count; ++i) {
    if (members[i - 1].name >= members[i].name) return false;
  }
  return true;
}

bool IsBuiltinFunction(Value v);

// Calls with argument-count checking (what the type's call slot does).
Value CallBuiltin(const BuiltinFunction* function, const Value* args, uint32_t n_pos, uint32_t n_kw);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_BUILTIN_FUNCTION_H_
