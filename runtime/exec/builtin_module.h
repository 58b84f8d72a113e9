// Built-in modules (sys, math, machine...): constant tables, so on a board a module's functions and constants
// live in flash and importing it costs only a small module object in RAM.
//
// A port passes the list of modules it was built with to InitExec (ExecConfig::modules); `import` finds them
// before searching the file system, as MicroPython does. A module's globals are its constant members plus a RAM
// dict that starts empty: assignments (`sys.foo = 1`) go to the dict and shadow the constant of the same name.
// A module that needs run-time state (sys.path, sys.argv) fills it in from its `init` function at first import.
//
// Each module is defined in its own file, usually runtime/modules/<name>.cc:
//
//   constexpr BuiltinFunction kSqrt = MakeBuiltin(names::sqrt, 1, 1, MathSqrt);
//   constexpr ModuleMember kMathMembers[] = {
//       ModuleObjectMember(names::__name__ ...),  // not needed: __name__ is set on import
//       ModuleObjectMember(names::sqrt, &kSqrt.header),
//       ModuleValueMember(names::tau_or_any_int, Value::SmallInt(3)),
//   };  // sorted by name id (static_assert with ModuleMembersSorted)
//   extern const BuiltinModuleDef kMathModule = {names::math, kMathMembers, count, nullptr};
#ifndef MICA_RUNTIME_EXEC_BUILTIN_MODULE_H_
#define MICA_RUNTIME_EXEC_BUILTIN_MODULE_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

// One global of a built-in module: a constant object (function, type, float, str...) or an immediate value
// (small int, interned name, None, True, False). A Value cannot hold an object pointer in a constant
// expression, so objects are kept as pointers.
struct ModuleMember {
  uint16_t name;         // names::Id; tables are sorted by it
  const Object* object;  // the member, or null for an immediate
  Value immediate;       // the member when object is null
};

constexpr ModuleMember ModuleObjectMember(uint16_t name, const Object* object) {
  return ModuleMember{name, object, Value()};
}
constexpr ModuleMember ModuleValueMember(uint16_t name, Value immediate) {
  return ModuleMember{name, nullptr, immediate};
}

constexpr bool ModuleMembersSorted(const ModuleMember* members, size_t count) {
  for (size_t i = 1; i < count; ++i) {
    if (members[i - 1].name >= members[i].name) return false;
  }
  return true;
}

struct BuiltinModuleDef {
  uint16_t name;  // names::Id of the module name (dotted names are not supported for built-in modules)
  const ModuleMember* members;
  uint16_t count;
  // Optional: called once, after the module is registered and before `import` returns it, to store run-time
  // state in its dict. Returns None or an exception (the import then fails and the module is unregistered).
  Value (*init)(Value module);
};

// A member's value.
inline Value ModuleMemberValue(const ModuleMember& member) {
  return member.object != nullptr ? Value::FromObject(member.object) : member.immediate;
}

// The member `name` of a built-in module, or the null Value.
Value BuiltinModuleMember(const BuiltinModuleDef* module, uint32_t name);

// The built-in module called `name` among the port's modules, or null.
const BuiltinModuleDef* FindBuiltinModule(uint32_t name);

}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_BUILTIN_MODULE_H_
