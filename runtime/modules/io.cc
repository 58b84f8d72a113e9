// The `io` module: open() and the stream types (stream.h: the protocol they share; file_stream.h: files;
// memory_stream.h: StringIO and BytesIO) and io.UnsupportedOperation.
//
// The `open` builtin is io.open: the builtins module publishes it only when the port lists this module
// (runtime/exec/builtins_module.cc), so a VM-only or minimal build without io has no open() (NameError) and links
// no file code.
#include <stdint.h>

#include "runtime/modules/file_stream.h"
#include "runtime/modules/memory_stream.h"
#include "runtime/modules/modules.h"
#include "runtime/modules/stream.h"
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"

namespace mica {
namespace {

constexpr BuiltinFunction kOpen = MakeBuiltin(names::open, 1, 4, OpenFile, kBuiltinTakesKeywords);

constexpr ModuleMember kIoMembers[] = {
    ModuleObjectMember(names::BytesIO, &kBytesIOType.type.header),
    ModuleObjectMember(names::FileIO, &kFileIOType.type.header),
    ModuleObjectMember(names::IOBase, &kIOBaseType.header),
    ModuleObjectMember(names::StringIO, &kStringIOType.type.header),
    ModuleObjectMember(names::TextIOWrapper, &kTextIOWrapperType.type.header),
    ModuleObjectMember(names::UnsupportedOperation, &kUnsupportedOperationType.header),
    ModuleObjectMember(names::open, &kOpen.header),
};
constexpr uint16_t kIoMemberCount = sizeof(kIoMembers) / sizeof(kIoMembers[0]);
static_assert(ModuleMembersSorted(kIoMembers, kIoMemberCount), "sorted by name id");

}  // namespace

extern const BuiltinModuleDef kIoModule = {names::io, kIoMembers, kIoMemberCount, nullptr};

}  // namespace mica
