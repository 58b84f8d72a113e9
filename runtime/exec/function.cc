#include "runtime/exec/function.h"

#include "runtime/exec/address_text.h"
#include "runtime/exec/arg_binding.h"
#include "runtime/exec/exec_state.h"
#include "runtime/exec/generator.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

// Parameter slots bound on the C stack; more go to a heap block.
constexpr uint32_t kInlineSlots = 16;

Value FunctionPrint(const Printer& printer, Value self, PrintKind) {
  printer.Write("<function ");
  const char* text;
  size_t length;
  if (NameText(AsFunction(self)->code->name, &text, &length)) printer.Write(text, length);
  printer.Write(" at ");
  PrintAddress(printer, self.AsObject());
  printer.Write(">");
  return Value::None();
}

Value FunctionCallSlot(Value self, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  return CallFunction(self, args, n_pos, n_kw);
}

Value FunctionAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  FunctionObject* function = AsFunction(self);
  if (op == AttrOp::kLoad) {
    switch (name) {
      case names::__name__:
      case names::__qualname__:
        *value = Value::Name(function->code->name);
        return Value::None();
      case names::__module__:
        *value = function->module_name.IsNull() ? Value::None() : function->module_name;
        return Value::None();
      case names::__doc__:
        *value = Value::None();
        return Value::None();
      case names::__dict__:
        if (function->dict.IsNull()) {
          const Value dict = NewDict();
          MICA_TRY(dict);
          function->dict = dict;
        }
        *value = function->dict;
        return Value::None();
      case names::__class__:
        *value = TypeValue(&kFunctionType);
        return Value::None();
      default:
        break;
    }
    if (!function->dict.IsNull()) {
      const Value found = DictLookupName(function->dict, name);
      if (!found.IsNull()) *value = found;
    }
    return Value::None();
  }
  if (op == AttrOp::kStore) {
    if (function->dict.IsNull()) {
      const Value dict = NewDict();
      MICA_TRY(dict);
      function->dict = dict;
    }
    return DictStoreName(function->dict, name, *value);
  }
  if (function->dict.IsNull()) return Value();
  const Value removed = DictRemove(function->dict, Value::Name(name));
  MICA_TRY(removed);
  return removed.IsNull() ? Value() : Value::None();
}

Value CellPrint(const Printer& printer, Value self, PrintKind) {
  printer.Write("<cell at ");
  PrintAddress(printer, self.AsObject());
  printer.Write(">");
  return Value::None();
}

}  // namespace

const Type kFunctionType = {
    {&kTypeType}, names::function, 0, nullptr,
    nullptr,            // make_new
    FunctionPrint,      // print
    FunctionCallSlot,   // call
    nullptr,            // unary_op
    nullptr,            // binary_op
    FunctionAttr,       // attr
    nullptr,            // subscript
    nullptr,            // get_iter
    nullptr,            // iter_next
    {nullptr, 0},
};

const Type kCellType = {
    {&kTypeType}, names::cell, 0, nullptr, nullptr, CellPrint, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
    {nullptr, 0},
};

bool IsFunction(Value v) {
  return v.IsObject() && v.AsObject()->type == &kFunctionType;
}

bool IsCell(Value v) {
  return v.IsObject() && v.AsObject()->type == &kCellType;
}

Value NewFunction(const vm::RawCode* code, Value globals, Value defaults, Value kwdefaults, Value closure) {
  GlobalCacheEntry* cache = nullptr;
  if (code->num_cache_slots > 0) {
    cache = static_cast<GlobalCacheEntry*>(AllocateRaw(code->num_cache_slots * sizeof(GlobalCacheEntry), 0));
    if (cache == nullptr) return Value::Exception();
  }
  Object* object = NewObject(&kFunctionType, sizeof(FunctionObject));
  if (object == nullptr) return Value::Exception();
  FunctionObject* function = reinterpret_cast<FunctionObject*>(object);
  function->code = code;
  function->globals = globals;
  function->defaults = defaults.IsNone() ? Value() : defaults;
  function->kwdefaults = kwdefaults.IsNone() ? Value() : kwdefaults;
  function->closure = closure;
  function->cache = cache;
  if (!globals.IsNull()) function->module_name = DictLookupName(globals, names::__name__);
  return Value::FromObject(object);
}

Value NewCell(Value contents) {
  Object* object = NewObject(&kCellType, sizeof(CellObject));
  if (object == nullptr) return Value::Exception();
  reinterpret_cast<CellObject*>(object)->contents = contents;
  return Value::FromObject(object);
}

Value CallFunction(Value callable, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const FunctionObject* function = AsFunction(callable);
  const vm::RawCode* code = function->code;
  const uint32_t n_params = vm::NumParameterSlots(*code);
  const bool is_generator =
      (code->flags & (vm::kCodeGenerator | vm::kCodeCoroutine | vm::kCodeAsyncGenerator)) != 0;
  if (n_kw == 0 && n_pos == code->num_positional && n_params == n_pos && !is_generator) {
    return ExecuteCode(code, callable, args, n_pos);
  }
  Value inline_slots[kInlineSlots];
  Value* slots = inline_slots;
  if (n_params > kInlineSlots) {
    slots = static_cast<Value*>(AllocateRaw(n_params * sizeof(Value), 0));
    if (slots == nullptr) return Value::Exception();
  }
  Value result = BindArguments(*code, function->defaults, function->kwdefaults, args, n_pos, n_kw, slots);
  if (!result.IsException()) {
    result = is_generator ? NewGenerator(callable, slots, n_params) : ExecuteCode(code, callable, slots, n_params);
  }
  if (slots != inline_slots) FreeRaw(slots);
  return result;
}

}  // namespace mica
