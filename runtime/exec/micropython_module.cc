#include "runtime/exec/micropython_module.h"

#include <stdint.h>

#include "runtime/exec/module.h"
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict.h"

namespace mica {
namespace {

// const(x) is x: the compiler already inlined it where it could.
Value MicropythonConst(const Value* args, uint32_t, uint32_t) { return args[0]; }

constexpr BuiltinFunction kConst = MakeBuiltin(names::const_, 1, 1, MicropythonConst);

}  // namespace

bool InitMicropythonModule() {
  const Value name = Value::Name(names::micropython);
  const Value module = NewModule(name);
  if (module.IsException()) return false;
  if (DictStoreName(ModuleGlobals(module), names::const_, Value::FromObject(&kConst.header)).IsException()) {
    return false;
  }
  return !RegisterModule(name, module).IsException();
}

}  // namespace mica
