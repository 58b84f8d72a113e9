// The `errno` module: the error numbers of errno_table.def as constants (ENOENT == 2...) and `errorcode`, the dict
// from number to name. The constants are a flash table; errorcode is built in RAM at first import, since a dict
// cannot be constant.
#include <stdint.h>

#include "runtime/exec/module.h"
#include "runtime/modules/modules.h"
#include "runtime/names.h"
#include "runtime/objects/dict.h"

namespace mica {
namespace {

constexpr ModuleMember kErrnoMembers[] = {
#define MICA_ERRNO(name, number, message) ModuleValueMember(names::name##_, Value::SmallInt(number)),
#include "runtime/modules/errno_table.def"
#undef MICA_ERRNO
};
constexpr uint16_t kErrnoMemberCount = sizeof(kErrnoMembers) / sizeof(kErrnoMembers[0]);
static_assert(ModuleMembersSorted(kErrnoMembers, kErrnoMemberCount), "errno_table.def must be sorted by name");

// errorcode[number] = 'NAME' for every constant.
Value ErrnoInit(Value module) {
  const Value table = NewDict(kErrnoMemberCount);
  MICA_TRY(table);
  for (const ModuleMember& member : kErrnoMembers) {
    MICA_TRY(DictStore(table, member.immediate, Value::Name(member.name)));
  }
  MICA_TRY(DictStoreName(ModuleGlobals(module), names::errorcode, table));
  return Value::None();
}

}  // namespace

extern const BuiltinModuleDef kErrnoModule = {names::errno_, kErrnoMembers, kErrnoMemberCount, ErrnoInit};

}  // namespace mica
