// The built-in `micropython` module, as much of it as the language core needs: `const`.
//
// `X = const(expr)` is folded by the compiler (compiler/emitter), but the program still runs
// `from micropython import const` (or calls `micropython.const(...)` where folding does not apply), so the module
// must exist and `const` must return its argument.
#include "runtime/modules/modules.h"

#include <stdint.h>

#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"

namespace mica {
namespace {

// const(x) is x: the compiler already inlined it where it could.
Value MicropythonConst(const Value* args, uint32_t, uint32_t) { return args[0]; }

constexpr BuiltinFunction kConst = MakeBuiltin(names::const_, 1, 1, MicropythonConst);

constexpr ModuleMember kMicropythonMembers[] = {
    ModuleObjectMember(names::const_, &kConst.header),
};
static_assert(ModuleMembersSorted(kMicropythonMembers, sizeof(kMicropythonMembers) / sizeof(kMicropythonMembers[0])),
              "sorted by name id");

}  // namespace

extern const BuiltinModuleDef kMicropythonModule = {
    names::micropython, kMicropythonMembers, sizeof(kMicropythonMembers) / sizeof(kMicropythonMembers[0]), nullptr,
};

}  // namespace mica
