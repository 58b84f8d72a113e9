#include "runtime/objects/object_type.h"

#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

Value ObjectMakeNew(const Type* type, const Value*, uint32_t n_pos, uint32_t n_kw) {
  MICA_TRY(CheckArgCount("object", n_pos, n_kw, 0, 0));
  Object* object = NewObject(type, sizeof(Object));
  if (object == nullptr) return Value::Exception();
  return Value::FromObject(object);
}

}  // namespace

constexpr Type kObjectType = {{&kTypeType}, names::object, kTypeSubclassable, nullptr, ObjectMakeNew, nullptr,
                              nullptr,      nullptr,       nullptr,           nullptr, nullptr,       nullptr,
                              nullptr,      MemberTable{nullptr, 0}};

}  // namespace mica
