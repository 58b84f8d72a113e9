#include "runtime/exec/builtin_module.h"

#include "runtime/exec/exec_state.h"

namespace mica {

Value BuiltinModuleMember(const BuiltinModuleDef* module, uint32_t name) {
  size_t low = 0;
  size_t high = module->count;
  while (low < high) {
    const size_t middle = (low + high) / 2;
    const ModuleMember& member = module->members[middle];
    if (member.name == name) return ModuleMemberValue(member);
    if (member.name < name) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return Value();
}

const BuiltinModuleDef* FindBuiltinModule(uint32_t name) {
  const BuiltinModuleDef* const* modules = Exec().builtin_modules;
  if (modules == nullptr) return nullptr;
  for (; *modules != nullptr; ++modules) {
    if ((*modules)->name == name) return *modules;
  }
  return nullptr;
}

}  // namespace mica
