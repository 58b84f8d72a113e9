// The built-in `collections` module: deque, namedtuple and OrderedDict (made at import: it is a heap class).
// defaultdict is not provided yet.
#include "runtime/modules/collections/collections_types.h"
#include "runtime/modules/modules.h"
#include "runtime/exec/module.h"
#include "runtime/names.h"
#include "runtime/objects/dict.h"

namespace mica {
namespace {

constexpr ModuleMember kCollectionsMembers[] = {
    ModuleObjectMember(names::deque, &kDequeType.header),
    ModuleObjectMember(names::namedtuple, &kNamedTuple.header),
};
constexpr size_t kCollectionsMemberCount = sizeof(kCollectionsMembers) / sizeof(kCollectionsMembers[0]);
static_assert(ModuleMembersSorted(kCollectionsMembers, kCollectionsMemberCount), "sorted");

Value CollectionsInit(Value module) {
  const Value ordered_dict = MakeOrderedDictClass();
  MICA_TRY(ordered_dict);
  return DictStoreName(AsModule(module)->dict, names::OrderedDict, ordered_dict).IsException() ? Value::Exception()
                                                                                               : Value::None();
}

}  // namespace

extern const BuiltinModuleDef kCollectionsModule = {names::collections, kCollectionsMembers,
                                                    static_cast<uint16_t>(kCollectionsMemberCount), CollectionsInit};

}  // namespace mica
