// The built-in `json` module: dumps/dump (separators=, indent=, sort_keys=), loads/load, JSONDecodeError.
// dump and load work with any object that has write(str) / read(): the module needs no stream type of its own.
#include <stdint.h>

#include "runtime/modules/json_codec.h"
#include "runtime/modules/modules.h"
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace mica {
namespace {

// The keyword arguments of dumps/dump into a JsonFormat. Unknown keywords are a TypeError, as in CPython.
Value ParseFormat(const Value* args, uint32_t n_pos, uint32_t n_kw, JsonFormat* format) {
  *format = DefaultJsonFormat();
  for (uint32_t i = 0; i < n_kw; ++i) {
    const uint32_t name = args[n_pos + 2 * i].AsNameId();
    if (name != names::separators && name != names::indent && name != names::sort_keys) {
      return RaiseFormat(&kTypeErrorType, "dumps() got an unexpected keyword argument '%q'", name);
    }
  }
  const Value indent = FindKeyword(args, n_pos, n_kw, names::indent);
  if (!indent.IsNull() && !indent.IsNone()) {
    if (indent.IsSmallInt()) {
      format->indent = Value::SmallInt(indent.AsSmallInt() < 0 ? 0 : indent.AsSmallInt());
    } else if (IsStr(indent)) {
      format->indent = indent;
    } else {
      return RaiseTypeError("indent must be an int or a str");
    }
    format->item_separator = ",";
    format->item_separator_length = 1;
  }
  const Value separators = FindKeyword(args, n_pos, n_kw, names::separators);
  if (!separators.IsNull() && !separators.IsNone()) {
    const Value* items;
    size_t count;
    if (!SequenceItems(separators, &items, &count) || count != 2 ||
        !StrData(items[0], &format->item_separator, &format->item_separator_length) ||
        !StrData(items[1], &format->key_separator, &format->key_separator_length)) {
      return RaiseValueError("separators must be a pair of strings");
    }
  }
  const Value sort_keys = FindKeyword(args, n_pos, n_kw, names::sort_keys);
  if (!sort_keys.IsNull()) {
    const Value truth = Truth(sort_keys);
    MICA_TRY(truth);
    format->sort_keys = truth.IsTrue();
  }
  return Value::None();
}

Value JsonDumps(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  JsonFormat format;
  MICA_TRY(ParseFormat(args, n_pos, n_kw, &format));
  return JsonEncode(args[0], format);
}

Value JsonDump(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  JsonFormat format;
  MICA_TRY(ParseFormat(args, n_pos, n_kw, &format));
  const Value text = JsonEncode(args[0], format);
  MICA_TRY(text);
  MICA_TRY(CallMethod(args[1], names::write, &text, 1));
  return Value::None();
}

Value JsonLoads(const Value* args, uint32_t, uint32_t) {
  const char* text;
  size_t length;
  if (StrData(args[0], &text, &length)) return JsonDecode(text, length);
  const uint8_t* data;
  if (GetBuffer(args[0], &data, &length)) {
    size_t chars;
    // A bytes-like str holds any bytes; a unicode one needs valid UTF-8.
    if (kUnicodeStrings && !CountUtf8(reinterpret_cast<const char*>(data), length, &chars)) {
      return RaiseNew(&kUnicodeDecodeErrorType, "'utf-8' codec can't decode bytes");
    }
    return JsonDecode(reinterpret_cast<const char*>(data), length);
  }
  return RaiseFormat(&kTypeErrorType, "the JSON object must be str, bytes or bytearray, not %T", args[0]);
}

Value JsonLoad(const Value* args, uint32_t, uint32_t) {
  const Value text = CallMethod(args[0], names::read, nullptr, 0);
  MICA_TRY(text);
  return JsonLoads(&text, 1, 0);
}

constexpr BuiltinFunction kDump = MakeBuiltin(names::dump, 2, 2, JsonDump, kBuiltinTakesKeywords);
constexpr BuiltinFunction kDumps = MakeBuiltin(names::dumps, 1, 1, JsonDumps, kBuiltinTakesKeywords);
constexpr BuiltinFunction kLoad = MakeBuiltin(names::load, 1, 1, JsonLoad);
constexpr BuiltinFunction kLoads = MakeBuiltin(names::loads, 1, 1, JsonLoads);

constexpr ModuleMember kJsonMembers[] = {
    ModuleObjectMember(names::JSONDecodeError, &kJsonDecodeErrorType.header),
    ModuleObjectMember(names::dump, &kDump.header),
    ModuleObjectMember(names::dumps, &kDumps.header),
    ModuleObjectMember(names::load, &kLoad.header),
    ModuleObjectMember(names::loads, &kLoads.header),
};
static_assert(ModuleMembersSorted(kJsonMembers, sizeof(kJsonMembers) / sizeof(kJsonMembers[0])), "sorted by name id");

}  // namespace

extern const BuiltinModuleDef kJsonModule = {
    names::json, kJsonMembers, sizeof(kJsonMembers) / sizeof(kJsonMembers[0]), nullptr,
};

}  // namespace mica
