// The built-in `collections` module: deque and namedtuple. OrderedDict and defaultdict are not provided yet.
#include "runtime/modules/collections/collections_types.h"
#include "runtime/modules/modules.h"
#include "runtime/names.h"

namespace mica {
namespace {

constexpr ModuleMember kCollectionsMembers[] = {
    ModuleObjectMember(names::deque, &kDequeType.header),
    ModuleObjectMember(names::namedtuple, &kNamedTuple.header),
};
constexpr size_t kCollectionsMemberCount = sizeof(kCollectionsMembers) / sizeof(kCollectionsMembers[0]);
static_assert(ModuleMembersSorted(kCollectionsMembers, kCollectionsMemberCount), "sorted");

}  // namespace

extern const BuiltinModuleDef kCollectionsModule = {names::collections, kCollectionsMembers,
                                                    static_cast<uint16_t>(kCollectionsMemberCount), nullptr};

}  // namespace mica
