#include "runtime/modules/machine/class_constants.h"

#include "runtime/modules/machine/machine_types.h"
#include "runtime/names.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace machine {
namespace {

struct ClassTable {
  const Type* type;
  const ClassConstant* constants;
  const uint8_t* count;
};

const ClassTable kClassTables[] = {
    {&kPinType, kPinConstants, &kPinConstantCount},
    {&kTimerType, kTimerConstants, &kTimerConstantCount},
};

Value ClassConstantAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  if (op == AttrOp::kLoad) {
    const Type* type = AsType(self);
    for (const ClassTable& table : kClassTables) {
      if (table.type != type) continue;
      for (uint8_t i = 0; i < *table.count; ++i) {
        if (table.constants[i].name == name) {
          *value = Value::SmallInt(table.constants[i].value);
          return Value::None();
        }
      }
    }
  }
  return TypeAttr(self, name, op, value);
}

}  // namespace

constexpr Type kClassWithConstantsType = {
    {&kTypeType}, names::type, 0,       &kTypeType, nullptr, TypePrint, TypeCall, nullptr, nullptr,
    ClassConstantAttr, nullptr, nullptr, nullptr, MemberTable{nullptr, 0}};

}  // namespace machine
}  // namespace mica
