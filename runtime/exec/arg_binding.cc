#include "runtime/exec/arg_binding.h"

#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/str.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/tuple.h"

namespace mica {
namespace {

uint32_t SlotName(const vm::RawCode& code, uint32_t slot) {
  return code.slot_names != nullptr ? code.slot_names[slot] : 0;
}

// The parameter slot a keyword names: [num_positional_only, num_positional + num_kwonly), or -1.
int32_t FindKeywordSlot(const vm::RawCode& code, uint32_t name) {
  if (code.slot_names == nullptr) return -1;
  const uint32_t end = uint32_t{code.num_positional} + code.num_kwonly;
  for (uint32_t slot = code.num_positional_only; slot < end; ++slot) {
    if (code.slot_names[slot] == name) return static_cast<int32_t>(slot);
  }
  return -1;
}

bool IsPositionalOnlyName(const vm::RawCode& code, uint32_t name) {
  if (code.slot_names == nullptr) return false;
  for (uint32_t slot = 0; slot < code.num_positional_only; ++slot) {
    if (code.slot_names[slot] == name) return true;
  }
  return false;
}

Value TooManyPositional(const vm::RawCode& code, uint32_t n_pos, size_t n_defaults) {
  const uint32_t most = code.num_positional;
  const uint32_t least = most - static_cast<uint32_t>(n_defaults);
  const char* was = n_pos == 1 ? "was" : "were";
  if (least != most) {
    return RaiseFormat(&kTypeErrorType, "%q() takes from %u to %u positional arguments but %u %s given", code.name,
                       least, most, n_pos, was);
  }
  return RaiseFormat(&kTypeErrorType, "%q() takes %u positional argument%s but %u %s given", code.name, most,
                     most == 1 ? "" : "s", n_pos, was);
}

// "f() missing 2 required positional arguments: 'a' and 'b'" for the empty slots in [begin, end).
Value Missing(const vm::RawCode& code, const Value* slots, uint32_t begin, uint32_t end, const char* kind) {
  uint32_t count = 0;
  for (uint32_t slot = begin; slot < end; ++slot) count += slots[slot].IsNull() ? 1 : 0;
  StringBuilder names;
  uint32_t listed = 0;
  for (uint32_t slot = begin; slot < end; ++slot) {
    if (!slots[slot].IsNull()) continue;
    if (listed > 0) {
      if (count == 2) {
        names.Append(" and ");
      } else if (listed + 1 == count) {
        names.Append(", and ");
      } else {
        names.Append(", ");
      }
    }
    names.AppendChar('\'');
    names.AppendStr(Value::Name(SlotName(code, slot)));
    names.AppendChar('\'');
    ++listed;
  }
  const Value text = names.Finish();
  MICA_TRY(text);
  return RaiseFormat(&kTypeErrorType, "%q() missing %u required %s argument%s: %S", code.name, count, kind,
                     count == 1 ? "" : "s", text);
}

}  // namespace

Value BindArguments(const vm::RawCode& code, Value defaults, Value kwdefaults, const Value* args, uint32_t n_pos,
                    uint32_t n_kw, Value* slots) {
  const uint32_t n_params = vm::NumParameterSlots(code);
  const uint32_t n_positional = code.num_positional;
  const uint32_t kw_end = n_positional + code.num_kwonly;
  const bool has_varargs = (code.flags & vm::kCodeVarArgs) != 0;
  const bool has_varkw = (code.flags & vm::kCodeVarKeywords) != 0;
  const uint32_t varargs_slot = kw_end;
  const uint32_t varkw_slot = kw_end + (has_varargs ? 1 : 0);
  for (uint32_t i = 0; i < n_params; ++i) slots[i] = Value();

  const size_t n_defaults = defaults.IsNull() ? 0 : TupleLength(defaults);

  // Positional arguments, the extra ones into *args.
  const uint32_t direct = n_pos < n_positional ? n_pos : n_positional;
  for (uint32_t i = 0; i < direct; ++i) slots[i] = args[i];
  if (n_pos > n_positional) {
    if (!has_varargs) return TooManyPositional(code, n_pos, n_defaults);
    const Value rest = NewTuple(args + n_positional, n_pos - n_positional);
    MICA_TRY(rest);
    slots[varargs_slot] = rest;
  } else if (has_varargs) {
    slots[varargs_slot] = Value::FromObject(&kEmptyTuple.header);
  }
  if (has_varkw) {
    const Value kwargs = NewDict();
    MICA_TRY(kwargs);
    slots[varkw_slot] = kwargs;
  }

  // Keyword arguments.
  const Value* pairs = args + n_pos;
  for (uint32_t k = 0; k < n_kw; ++k) {
    const Value name = pairs[2 * k];
    const Value value = pairs[2 * k + 1];
    const uint32_t name_id = name.IsName() ? name.AsNameId() : 0xFFFFFFFFu;
    const int32_t slot = name.IsName() ? FindKeywordSlot(code, name_id) : -1;
    if (slot >= 0) {
      if (!slots[slot].IsNull()) {
        return RaiseFormat(&kTypeErrorType, "%q() got multiple values for argument '%q'", code.name, name_id);
      }
      slots[slot] = value;
      continue;
    }
    if (has_varkw) {
      if (!DictLookup(slots[varkw_slot], name).IsNull()) {
        return RaiseFormat(&kTypeErrorType, "%q() got multiple values for keyword argument '%S'", code.name, name);
      }
      MICA_TRY(DictStore(slots[varkw_slot], name, value));
      continue;
    }
    if (name.IsName() && IsPositionalOnlyName(code, name_id)) {
      return RaiseFormat(&kTypeErrorType,
                         "%q() got some positional-only arguments passed as keyword arguments: '%q'", code.name,
                         name_id);
    }
    if (!IsStr(name)) return RaiseFormat(&kTypeErrorType, "keywords must be strings");
    return RaiseFormat(&kTypeErrorType, "%q() got an unexpected keyword argument '%S'", code.name, name);
  }

  // Defaults for the positional parameters still empty.
  if (direct < n_positional) {
    const uint32_t first_default = n_positional - static_cast<uint32_t>(n_defaults);
    const Value* default_items = n_defaults > 0 ? TupleItems(defaults) : nullptr;
    for (uint32_t slot = direct; slot < n_positional; ++slot) {
      if (slots[slot].IsNull() && slot >= first_default) slots[slot] = default_items[slot - first_default];
    }
    for (uint32_t slot = direct; slot < n_positional; ++slot) {
      if (slots[slot].IsNull()) return Missing(code, slots, 0, n_positional, "positional");
    }
  }
  // Keyword-only defaults.
  for (uint32_t slot = n_positional; slot < kw_end; ++slot) {
    if (!slots[slot].IsNull()) continue;
    if (!kwdefaults.IsNull()) {
      const Value found = DictLookupName(kwdefaults, SlotName(code, slot));
      if (!found.IsNull()) slots[slot] = found;
    }
  }
  for (uint32_t slot = n_positional; slot < kw_end; ++slot) {
    if (slots[slot].IsNull()) return Missing(code, slots, n_positional, kw_end, "keyword-only");
  }
  return Value::None();
}

}  // namespace mica
