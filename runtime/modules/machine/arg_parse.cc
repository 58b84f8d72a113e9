#include "runtime/modules/machine/arg_parse.h"

#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"

namespace mica {
namespace machine {

Value ParseArgs(const ParamSpec& spec, const Value* args, uint32_t n_pos, uint32_t n_kw, Value* out) {
  for (uint8_t i = 0; i < spec.count; ++i) out[i] = Value();
  if (n_pos > spec.max_positional) {
    return RaiseFormat(&kTypeErrorType, "%s() takes at most %d positional arguments (%d given)", spec.function,
                       static_cast<int>(spec.max_positional), static_cast<int>(n_pos));
  }
  for (uint32_t i = 0; i < n_pos; ++i) out[i] = args[i];
  for (uint32_t k = 0; k < n_kw; ++k) {
    const uint32_t name = args[n_pos + 2 * k].AsNameId();
    uint8_t i = 0;
    while (i < spec.count && spec.names[i] != name) ++i;
    if (i == spec.count) {
      return RaiseFormat(&kTypeErrorType, "%s() got an unexpected keyword argument '%q'", spec.function, name);
    }
    if (!out[i].IsNull()) {
      return RaiseFormat(&kTypeErrorType, "%s() got multiple values for argument '%q'", spec.function, name);
    }
    out[i] = args[n_pos + 2 * k + 1];
  }
  return Value::None();
}

Value IntArg(Value v, intptr_t* out) {
  if (!IsInt(v)) return RaiseFormat(&kTypeErrorType, "can't convert %T to int", v);
  return ToIndex(v, out);
}

}  // namespace machine
}  // namespace mica
