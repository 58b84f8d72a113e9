// The opcodes the VM core leaves to the runtime (VmHooks::opcode, runtime/vm/vm_hooks.h). Each reads its
// operands at frame->ip, works on the operand stack below frame->sp, and leaves both after the instruction.
//
// GC: on entry frame->sp covers the inputs, so they stay rooted while an operation allocates; values popped and
// still needed are kept in C locals (the conservative stack scan keeps them); outputs are written last, or
// frame->sp is advanced over them before the next allocation.
#include <string.h>

#include "runtime/exec/exec_state.h"
#include "runtime/exec/function.h"
#include "runtime/exec/generator.h"
#include "runtime/exec/module.h"
#include "runtime/exec/port.h"
#include "runtime/exec/set.h"
#include "runtime/exec/user_class.h"
#include "runtime/exec/opcodes.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/ascii_repr.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/format.h"
#include "runtime/objects/list.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/slice.h"
#include "runtime/objects/str.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_type.h"
#include "runtime/vm/operand_encoding.h"

namespace mica {
namespace {

using vm::Frame;
using vm::Opcode;
using vm::RawCode;
using vm::ReadVarUint;

// Arguments flattened for a call with keywords; more than this go to a heap block.
constexpr uint32_t kInlineCallArgs = 24;

class ArgBuffer {
 public:
  ArgBuffer() = default;
  ArgBuffer(const ArgBuffer&) = delete;
  ArgBuffer& operator=(const ArgBuffer&) = delete;
  ~ArgBuffer() {
    if (heap_ != nullptr) FreeRaw(heap_);
  }
  // Room for n values; null with MemoryError pending.
  Value* Reserve(size_t n) {
    if (n <= kInlineCallArgs) return inline_;
    heap_ = static_cast<Value*>(AllocateRaw(n * sizeof(Value), 0));
    return heap_;
  }

 private:
  Value inline_[kInlineCallArgs];
  Value* heap_ = nullptr;
};

uint32_t NameAt(const RawCode* code, uint32_t index) {
  return code->constants[index].AsNameId();
}

Value NameError(uint32_t name) {
  return RaiseFormat(&kNameErrorType, "name '%q' is not defined", name);
}

Value Builtins() {
  return Exec().builtins;
}

// DELETE_NAME and DELETE_GLOBAL: remove `name` from `dict`, NameError if it is not there.
Value DeleteName(Value dict, uint32_t name) {
  const Value removed = DictRemove(dict, Value::Name(name));
  if (removed.IsException()) return removed;
  return removed.IsNull() ? NameError(name) : Value::None();
}

// LOAD_NAME: the frame's namespace, then globals, then builtins.
Value LoadName(const Frame* frame, uint32_t name) {
  const Value ns = FrameNamespace(frame);
  if (!ns.IsNull()) {
    if (IsDict(ns)) {
      const Value found = DictLookupName(ns, name);
      if (!found.IsNull()) return found;
    } else {
      const Value found = LoadSubscript(ns, Value::Name(name));
      if (!found.IsException()) return found;
      if (!PendingIs(&kKeyErrorType)) return found;
      ClearPendingException();
    }
  }
  const Value globals = FrameGlobals(frame);
  if (!globals.IsNull() && !globals.Is(ns)) {
    const Value found = DictLookupName(globals, name);
    if (!found.IsNull()) return found;
  }
  const Value found = DictLookupName(Builtins(), name);
  if (!found.IsNull()) return found;
  return NameError(name);
}

Value LoadGlobal(const Frame* frame, uint32_t name, uint32_t cache_slot) {
  const Value globals = FrameGlobals(frame);
  if (globals.IsNull()) return LoadName(frame, name);
  FunctionObject* function = AsFunction(frame->function);
  DictObject* globals_dict = AsDict(globals);
  DictObject* builtins_dict = AsDict(Builtins());
  GlobalCacheEntry* entry = nullptr;
  if (function->cache != nullptr && cache_slot < function->code->num_cache_slots) {
    entry = &function->cache[cache_slot];
    if (!entry->value.IsNull() && entry->globals_version == globals_dict->version &&
        entry->builtins_version == builtins_dict->version) {
      return entry->value;
    }
  }
  Value found = DictLookupName(globals, name);
  if (found.IsNull()) found = DictLookupName(Builtins(), name);
  if (found.IsNull()) return NameError(name);
  if (entry != nullptr) {
    entry->globals_version = globals_dict->version;
    entry->builtins_version = builtins_dict->version;
    entry->value = found;
  }
  return found;
}

Value CellContents(const Frame* frame, const RawCode* code, uint32_t slot) {
  const Value cell = frame->locals[slot];
  const Value contents = IsCell(cell) ? AsCell(cell)->contents : Value::Unbound();
  if (!contents.IsUnbound()) return contents;
  const uint32_t name = code->slot_names != nullptr ? code->slot_names[slot] : 0;
  if (slot >= uint32_t{code->num_locals} + code->num_cells) {
    return RaiseFormat(&kNameErrorType,
                       "cannot access free variable '%q' where it is not associated with a value in enclosing scope",
                       name);
  }
  const Value type = TypeValue(&kUnboundLocalErrorType);
  Value message;
  {
    StringBuilder text;
    text.Append("cannot access local variable '");
    text.AppendStr(Value::Name(name));
    text.Append("' where it is not associated with a value");
    message = text.Finish();
  }
  MICA_TRY(message);
  if (type.IsNull()) return RaiseFormat(&kNameErrorType, "%S", message);
  const Value exception = CallValue(type, &message, 1, 0);
  MICA_TRY(exception);
  return Raise(exception);
}

// The keyword names of a kCallKw instruction, read from `ip`, become the names of the pairs in `out`.
void ReadKeywordNames(const uint8_t*& ip, const RawCode* code, uint32_t n_kw, const Value* values, Value* out) {
  for (uint32_t k = 0; k < n_kw; ++k) {
    out[2 * k] = Value::Name(NameAt(code, ReadVarUint(ip)));
    out[2 * k + 1] = values[k];
  }
}

// The positional and keyword arguments of CALL_FUNCTION_EX flattened into the object.h convention.
Value CallEx(Value callable, Value args, Value kwargs) {
  const Value* positional = nullptr;
  size_t n_pos = 0;
  if (IsTuple(args)) {
    positional = TupleItems(args);
    n_pos = TupleLength(args);
  } else if (IsList(args)) {
    positional = AsList(args)->items;
    n_pos = AsList(args)->length;
  } else {
    const Value tuple = TupleFromIterable(args);
    MICA_TRY(tuple);
    return CallEx(callable, tuple, kwargs);
  }
  size_t n_kw = 0;
  if (!kwargs.IsNull()) {
    if (!IsDict(kwargs)) return RaiseFormat(&kTypeErrorType, "argument after ** must be a mapping, not %T", kwargs);
    n_kw = DictLength(kwargs);
  }
  if (n_kw == 0) return CallValue(callable, positional, static_cast<uint32_t>(n_pos), 0);
  ArgBuffer buffer;
  Value* flat = buffer.Reserve(n_pos + 2 * n_kw);
  if (flat == nullptr) return Value::Exception();
  for (size_t i = 0; i < n_pos; ++i) flat[i] = positional[i];
  size_t position = 0;
  Value key;
  Value value;
  size_t k = 0;
  while (DictNext(kwargs, &position, &key, &value) && k < n_kw) {
    if (!IsStr(key)) return RaiseTypeError("keywords must be strings");
    const Value name = StrToName(key);
    MICA_TRY(name);
    flat[n_pos + 2 * k] = name;
    flat[n_pos + 2 * k + 1] = value;
    ++k;
  }
  return CallValue(callable, flat, static_cast<uint32_t>(n_pos), static_cast<uint32_t>(k));
}

// The items of `sequence` for unpacking: tuples and lists as they are (*list_out null for a tuple, the list
// itself for a list), anything else iterated into a new list.
Value UnpackItems(Value sequence, Value* list_out) {
  if (IsList(sequence)) {
    *list_out = sequence;
    return Value::None();
  }
  if (!IsTuple(sequence)) {
    const Value iterator = GetIter(sequence);
    if (iterator.IsException()) {
      if (PendingIs(&kTypeErrorType)) {
        ClearPendingException();
        return RaiseFormat(&kTypeErrorType, "cannot unpack non-iterable %T object", sequence);
      }
      return iterator;
    }
    const Value list = ListFromIterable(iterator);
    MICA_TRY(list);
    *list_out = list;
    return Value::None();
  }
  *list_out = Value();
  return Value::None();
}

void ItemsOf(Value sequence, const Value** items, size_t* length) {
  if (IsTuple(sequence)) {
    *items = TupleItems(sequence);
    *length = TupleLength(sequence);
  } else {
    *items = AsList(sequence)->items;
    *length = AsList(sequence)->length;
  }
}

// DICT_UPDATE / DICT_MERGE: copies the mapping into the dict; `merge` rejects repeated keys.
Value UpdateDict(Value dict, Value mapping, bool merge, Value callable) {
  if (IsDict(mapping)) {
    if (!merge) return DictUpdateFromDict(dict, mapping);
    size_t position = 0;
    Value key;
    Value value;
    while (DictNext(mapping, &position, &key, &value)) {
      if (!IsStr(key)) return RaiseTypeError("keywords must be strings");
      const Value existing = DictLookup(dict, key);
      MICA_TRY(existing);
      if (!existing.IsNull()) {
        if (IsFunction(callable)) {
          return RaiseFormat(&kTypeErrorType, "%q() got multiple values for keyword argument '%S'",
                             AsFunction(callable)->code->name, key);
        }
        return RaiseFormat(&kTypeErrorType, "got multiple values for keyword argument '%S'", key);
      }
      MICA_TRY(DictStore(dict, key, value));
    }
    return Value::None();
  }
  // Any mapping: keys() and [].
  const Value keys_method = LookupAttribute(mapping, names::keys);
  MICA_TRY(keys_method);
  if (keys_method.IsNull()) return RaiseFormat(&kTypeErrorType, "'%T' object is not a mapping", mapping);
  const Value keys = CallValue(keys_method, nullptr, 0, 0);
  MICA_TRY(keys);
  const Value iterator = GetIter(keys);
  MICA_TRY(iterator);
  for (;;) {
    const Value key = IterNext(iterator);
    MICA_TRY(key);
    if (key.IsNull()) break;
    const Value value = LoadSubscript(mapping, key);
    MICA_TRY(value);
    if (merge && !DictLookup(dict, key).IsNull()) {
      return RaiseFormat(&kTypeErrorType, "got multiple values for keyword argument '%S'", key);
    }
    MICA_TRY(DictStore(dict, key, value));
  }
  return Value::None();
}

Value ExceptionMatches(Value exception, Value type) {
  if (IsTuple(type)) {
    const Value* items = TupleItems(type);
    for (size_t i = 0; i < TupleLength(type); ++i) {
      const Value match = ExceptionMatches(exception, items[i]);
      if (!match.IsFalse()) return match;
    }
    return Value::False();
  }
  if (!IsType(type) || (AsType(type)->flags & kTypeIsException) == 0) {
    return RaiseTypeError("catching classes that do not inherit from BaseException is not allowed");
  }
  return Value::Bool(IsSubclass(TypeOf(exception), AsType(type)));
}

// A special method of the type of `object` (not of the instance), unbound; null when absent.
Value TypeSpecial(Value object, uint32_t name) {
  return ClassLookup(TypeOf(object), name);
}

Value FormatField(Value value, uint32_t flags, Value spec) {
  Value converted = value;
  switch (flags & vm::kFormatConversionMask) {
    case 1:
      converted = Str(value);
      break;
    case 2:
      converted = Repr(value);
      break;
    case 3:
      converted = Ascii(value);
      break;
    default:
      break;
  }
  MICA_TRY(converted);
  if (spec.IsNull() || (IsStr(spec) && StrCharCount(spec) == 0)) {
    if (IsStr(converted)) return converted;
    if (IsUserInstance(converted)) {
      const Value format = TypeSpecial(converted, names::__format__);
      if (!format.IsNull()) {
        const Value args[2] = {converted, Value::Name(names::kEmpty)};
        return CallValue(format, args, 2, 0);
      }
    }
    return Str(converted);
  }
  if (IsUserInstance(converted)) {
    const Value format = TypeSpecial(converted, names::__format__);
    if (!format.IsNull()) {
      const Value args[2] = {converted, spec};
      return CallValue(format, args, 2, 0);
    }
  }
  return FormatToStr(converted, spec);
}

// await x: the iterator to delegate to.
Value Awaitable(Value value) {
  if (value.IsObject() && value.AsObject()->type == &kCoroutineType) return value;
  const Value await = TypeSpecial(value, names::__await__);
  if (await.IsNull()) return RaiseFormat(&kTypeErrorType, "object %T can't be used in 'await' expression", value);
  const Value iterator = CallValue(await, &value, 1, 0);
  MICA_TRY(iterator);
  if (TypeOf(iterator)->iter_next == nullptr) {
    if (iterator.IsObject() && iterator.AsObject()->type == &kCoroutineType) {
      return RaiseTypeError("__await__() returned a coroutine");
    }
    return RaiseFormat(&kTypeErrorType, "__await__() returned non-iterator of type '%T'", iterator);
  }
  return iterator;
}

// YIELD_FROM's step: sends `sent` into `inner`. kYielded / kReturned with *out, or kRaised.
GenResult SendInto(Value inner, Value sent, Value* out) {
  if (IsGenerator(inner)) return GeneratorResume(inner, sent, Value(), out);
  Value result;
  if (sent.IsNone() && IsUserInstance(inner)) {
    // Call __next__ itself: the iter_next slot drops the StopIteration, and with it the value `yield from` returns.
    const Value next = GetAttribute(inner, names::__next__);
    result = next.IsException() ? next : CallValue(next, nullptr, 0, 0);
  } else if (sent.IsNone()) {
    result = IterNext(inner);
    if (result.IsNull()) {
      *out = Value::None();
      return GenResult::kReturned;
    }
  } else {
    const Value send = GetAttribute(inner, names::send);
    result = send.IsException() ? send : CallValue(send, &sent, 1, 0);
  }
  if (result.IsException()) {
    if (PendingIs(&kStopIterationType)) {
      *out = AsException(PendingException())->value;
      if (out->IsNull()) *out = Value::None();
      ClearPendingException();
      return GenResult::kReturned;
    }
    return GenResult::kRaised;
  }
  *out = result;
  return GenResult::kYielded;
}

Value BuildString(const Value* parts, uint32_t count) {
  if (count == 1 && IsStr(parts[0])) return parts[0];
  StringBuilder builder;
  for (uint32_t i = 0; i < count; ++i) builder.AppendStr(parts[i]);
  return builder.Finish();
}

// Keeps `frame->sp` over values pushed so far while more allocation follows.
inline void Publish(Frame* frame, Value* sp) {
  frame->sp = sp;
}

}  // namespace

Value RunOpcode(vm::VmState* state, Frame* frame, Opcode op) {
  const uint8_t* ip = frame->ip;
  Value* sp = frame->sp;
  Value* const locals = frame->locals;
  const RawCode* const code = frame->code;
  const Value* const constants = code->constants;
#define FAIL_IF_EXCEPTION(value) \
  do {                           \
    if ((value).IsException()) return PendingToVm(state); \
  } while (0)

  switch (op) {
    // ---- Cells ------------------------------------------------------------------------------------------
    case Opcode::MAKE_CELL: {
      const uint32_t slot = ReadVarUint(ip);
      const Value cell = NewCell(locals[slot]);
      FAIL_IF_EXCEPTION(cell);
      locals[slot] = cell;
      break;
    }
    case Opcode::COPY_FREE_VARS: {
      const uint32_t count = ReadVarUint(ip);
      const Value closure = IsFunction(frame->function) ? AsFunction(frame->function)->closure : Value();
      Value* free_slots = locals + code->num_locals + code->num_cells;
      for (uint32_t i = 0; i < count; ++i) {
        free_slots[i] = !closure.IsNull() && i < TupleLength(closure) ? TupleItems(closure)[i] : Value::Unbound();
      }
      break;
    }
    case Opcode::LOAD_DEREF: {
      const uint32_t slot = ReadVarUint(ip);
      const Value value = CellContents(frame, code, slot);
      FAIL_IF_EXCEPTION(value);
      *sp++ = value;
      break;
    }
    case Opcode::STORE_DEREF: {
      const uint32_t slot = ReadVarUint(ip);
      AsCell(locals[slot])->contents = *--sp;
      break;
    }
    case Opcode::DELETE_DEREF: {
      const uint32_t slot = ReadVarUint(ip);
      FAIL_IF_EXCEPTION(CellContents(frame, code, slot));
      AsCell(locals[slot])->contents = Value::Unbound();
      break;
    }
    case Opcode::LOAD_CLOSURE:
      *sp++ = locals[ReadVarUint(ip)];
      break;
    case Opcode::LOAD_CLASSDEREF: {
      const uint32_t slot = ReadVarUint(ip);
      const uint32_t name = NameAt(code, ReadVarUint(ip));
      const Value ns = FrameNamespace(frame);
      Value value = ns.IsNull() ? Value() : DictLookupName(ns, name);
      if (value.IsNull()) value = CellContents(frame, code, slot);
      FAIL_IF_EXCEPTION(value);
      *sp++ = value;
      break;
    }

    // ---- Names ------------------------------------------------------------------------------------------
    case Opcode::LOAD_NAME: {
      const Value value = LoadName(frame, NameAt(code, ReadVarUint(ip)));
      FAIL_IF_EXCEPTION(value);
      *sp++ = value;
      break;
    }
    case Opcode::STORE_NAME: {
      const uint32_t name = NameAt(code, ReadVarUint(ip));
      const Value ns = FrameNamespace(frame);
      const Value value = sp[-1];
      FAIL_IF_EXCEPTION(IsDict(ns) ? DictStoreName(ns, name, value) : StoreSubscript(ns, Value::Name(name), value));
      --sp;
      break;
    }
    case Opcode::DELETE_NAME: {
      const uint32_t name = NameAt(code, ReadVarUint(ip));
      FAIL_IF_EXCEPTION(DeleteName(FrameNamespace(frame), name));
      break;
    }
    case Opcode::LOAD_GLOBAL: {
      const uint32_t name = NameAt(code, ReadVarUint(ip));
      const uint32_t cache_slot = ReadVarUint(ip);
      const Value value = LoadGlobal(frame, name, cache_slot);
      FAIL_IF_EXCEPTION(value);
      *sp++ = value;
      break;
    }
    case Opcode::STORE_GLOBAL: {
      const uint32_t name = NameAt(code, ReadVarUint(ip));
      FAIL_IF_EXCEPTION(DictStoreName(FrameGlobals(frame), name, sp[-1]));
      --sp;
      break;
    }
    case Opcode::DELETE_GLOBAL: {
      const uint32_t name = NameAt(code, ReadVarUint(ip));
      FAIL_IF_EXCEPTION(DeleteName(FrameGlobals(frame), name));
      break;
    }

    // ---- Attributes -------------------------------------------------------------------------------------
    case Opcode::LOAD_ATTR: {
      const uint32_t name = NameAt(code, ReadVarUint(ip));
      ReadVarUint(ip);  // cache slot
      const Value value = GetAttribute(sp[-1], name);
      FAIL_IF_EXCEPTION(value);
      sp[-1] = value;
      break;
    }
    case Opcode::STORE_ATTR: {
      const uint32_t name = NameAt(code, ReadVarUint(ip));
      ReadVarUint(ip);
      FAIL_IF_EXCEPTION(SetAttribute(sp[-1], name, sp[-2]));
      sp -= 2;
      break;
    }
    case Opcode::DELETE_ATTR: {
      const uint32_t name = NameAt(code, ReadVarUint(ip));
      FAIL_IF_EXCEPTION(DeleteAttribute(sp[-1], name));
      --sp;
      break;
    }
    case Opcode::LOAD_METHOD: {
      const uint32_t name = NameAt(code, ReadVarUint(ip));
      ReadVarUint(ip);
      Value pair[2];
      FAIL_IF_EXCEPTION(LoadMethodPair(sp[-1], name, pair));
      sp[-1] = pair[0];
      *sp++ = pair[1];
      break;
    }

    // ---- Subscripts -------------------------------------------------------------------------------------
    case Opcode::BINARY_SUBSCR: {
      // Fast path: list/tuple[small int] in range (negative indices count from the end).
      if (sp[-1].IsSmallInt() && sp[-2].IsObject()) {
        const Type* container_type = sp[-2].AsObject()->type;
        intptr_t i = sp[-1].AsSmallInt();
        if (container_type == &kListType) {
          const ListObject* list = reinterpret_cast<const ListObject*>(sp[-2].AsObject());
          if (i < 0) i += static_cast<intptr_t>(list->length);
          if (i >= 0 && static_cast<uintptr_t>(i) < list->length) {
            sp[-2] = list->items[i];
            --sp;
            break;
          }
        } else if (container_type == &kTupleType) {
          const TupleObject* tuple = reinterpret_cast<const TupleObject*>(sp[-2].AsObject());
          if (i < 0) i += static_cast<intptr_t>(tuple->length);
          if (i >= 0 && static_cast<uintptr_t>(i) < tuple->length) {
            sp[-2] = tuple->Items()[i];
            --sp;
            break;
          }
        }
      }
      const Value value = LoadSubscript(sp[-2], sp[-1]);
      FAIL_IF_EXCEPTION(value);
      sp[-2] = value;
      --sp;
      break;
    }
    case Opcode::STORE_SUBSCR:
      // Fast path: list[small int] = value, in range.
      if (sp[-1].IsSmallInt() && sp[-2].IsObject() && sp[-2].AsObject()->type == &kListType) {
        ListObject* list = reinterpret_cast<ListObject*>(sp[-2].AsObject());
        intptr_t i = sp[-1].AsSmallInt();
        if (i < 0) i += static_cast<intptr_t>(list->length);
        if (i >= 0 && static_cast<uintptr_t>(i) < list->length) {
          list->items[i] = sp[-3];
          sp -= 3;
          break;
        }
      }
      FAIL_IF_EXCEPTION(StoreSubscript(sp[-2], sp[-1], sp[-3]));
      sp -= 3;
      break;
    case Opcode::DELETE_SUBSCR:
      FAIL_IF_EXCEPTION(DeleteSubscript(sp[-2], sp[-1]));
      sp -= 2;
      break;

    // ---- Iteration --------------------------------------------------------------------------------------
    case Opcode::GET_YIELD_FROM_ITER:
      if (!IsGenerator(sp[-1])) {
        const Value iterator = GetIter(sp[-1]);
        FAIL_IF_EXCEPTION(iterator);
        sp[-1] = iterator;
      }
      break;

    // ---- Containers -------------------------------------------------------------------------------------
    case Opcode::BUILD_TUPLE: {
      const uint32_t count = ReadVarUint(ip);
      const Value tuple = NewTuple(sp - count, count);
      FAIL_IF_EXCEPTION(tuple);
      sp -= count;
      *sp++ = tuple;
      break;
    }
    case Opcode::BUILD_LIST: {
      const uint32_t count = ReadVarUint(ip);
      const Value list = NewListFrom(sp - count, count);
      FAIL_IF_EXCEPTION(list);
      sp -= count;
      *sp++ = list;
      break;
    }
    case Opcode::BUILD_MAP: {
      const uint32_t count = ReadVarUint(ip);
      const Value dict = NewDict(count);
      FAIL_IF_EXCEPTION(dict);
      Value* const pairs = sp - 2 * count;
      for (uint32_t i = 0; i < count; ++i) FAIL_IF_EXCEPTION(DictStore(dict, pairs[2 * i], pairs[2 * i + 1]));
      sp = pairs;
      *sp++ = dict;
      break;
    }
    case Opcode::BUILD_SLICE: {
      const uint32_t count = ReadVarUint(ip);
      const Value slice = count == 3 ? NewSlice(sp[-3], sp[-2], sp[-1]) : NewSlice(sp[-2], sp[-1], Value::None());
      FAIL_IF_EXCEPTION(slice);
      sp -= count;
      *sp++ = slice;
      break;
    }
    case Opcode::BUILD_STRING: {
      const uint32_t count = ReadVarUint(ip);
      const Value text = BuildString(sp - count, count);
      FAIL_IF_EXCEPTION(text);
      sp -= count;
      *sp++ = text;
      break;
    }
    case Opcode::LIST_APPEND: {
      const uint32_t depth = ReadVarUint(ip);
      FAIL_IF_EXCEPTION(ListAppend(sp[-1 - static_cast<ptrdiff_t>(depth)], sp[-1]));
      --sp;
      break;
    }
    case Opcode::MAP_ADD: {
      const uint32_t depth = ReadVarUint(ip);
      FAIL_IF_EXCEPTION(DictStore(sp[-2 - static_cast<ptrdiff_t>(depth)], sp[-2], sp[-1]));
      sp -= 2;
      break;
    }
    case Opcode::LIST_EXTEND: {
      const uint32_t depth = ReadVarUint(ip);
      FAIL_IF_EXCEPTION(ListExtend(sp[-1 - static_cast<ptrdiff_t>(depth)], sp[-1]));
      --sp;
      break;
    }
    case Opcode::DICT_UPDATE:
    case Opcode::DICT_MERGE: {
      const uint32_t depth = ReadVarUint(ip);
      Value* const target = sp - 1 - depth;
      // f(**a, **b) builds the dict two entries above the callable: name it in the error message.
      const Value function = target - 2 >= vm::StackBase(*frame) ? target[-2] : Value();
      FAIL_IF_EXCEPTION(UpdateDict(*target, sp[-1], op == Opcode::DICT_MERGE, function));
      --sp;
      break;
    }
    case Opcode::LIST_TO_TUPLE: {
      const ListObject* list = AsList(sp[-1]);
      const Value tuple = NewTuple(list->items, list->length);
      FAIL_IF_EXCEPTION(tuple);
      sp[-1] = tuple;
      break;
    }
    case Opcode::BUILD_SET: {
      const uint32_t count = ReadVarUint(ip);
      const Value set = NewSet();
      FAIL_IF_EXCEPTION(set);
      for (uint32_t i = 0; i < count; ++i) FAIL_IF_EXCEPTION(SetAdd(set, sp[i - static_cast<ptrdiff_t>(count)]));
      sp -= count;
      *sp++ = set;
      break;
    }
    case Opcode::SET_ADD: {
      const uint32_t depth = ReadVarUint(ip);
      FAIL_IF_EXCEPTION(SetAdd(sp[-1 - static_cast<ptrdiff_t>(depth)], sp[-1]));
      --sp;
      break;
    }
    case Opcode::SET_UPDATE: {
      const uint32_t depth = ReadVarUint(ip);
      FAIL_IF_EXCEPTION(SetUpdate(sp[-1 - static_cast<ptrdiff_t>(depth)], sp[-1]));
      --sp;
      break;
    }

    // ---- Unpacking --------------------------------------------------------------------------------------
    case Opcode::UNPACK_SEQUENCE: {
      const uint32_t count = ReadVarUint(ip);
      const Value sequence = sp[-1];
      Value list;
      FAIL_IF_EXCEPTION(UnpackItems(sequence, &list));
      const Value source = list.IsNull() ? sequence : list;
      const Value* items;
      size_t length;
      ItemsOf(source, &items, &length);
      if (length < count) {
        RaiseFormat(&kValueErrorType, "not enough values to unpack (expected %u, got %z)", count, length);
        return PendingToVm(state);
      }
      if (length > count) {
        RaiseFormat(&kValueErrorType, "too many values to unpack (expected %u)", count);
        return PendingToVm(state);
      }
      --sp;
      for (uint32_t i = 0; i < count; ++i) sp[i] = items[count - 1 - i];
      sp += count;
      break;
    }
    case Opcode::UNPACK_EX: {
      const uint32_t before = ReadVarUint(ip);
      const uint32_t after = ReadVarUint(ip);
      const Value sequence = sp[-1];
      Value list;
      FAIL_IF_EXCEPTION(UnpackItems(sequence, &list));
      const Value source = list.IsNull() ? sequence : list;
      const Value* items;
      size_t length;
      ItemsOf(source, &items, &length);
      if (length < before + after) {
        RaiseFormat(&kValueErrorType, "not enough values to unpack (expected at least %u, got %z)", before + after,
                    length);
        return PendingToVm(state);
      }
      const Value middle = NewListFrom(items + before, length - before - after);
      FAIL_IF_EXCEPTION(middle);
      ItemsOf(source, &items, &length);
      --sp;
      for (uint32_t i = 0; i < after; ++i) *sp++ = items[length - 1 - i];
      *sp++ = middle;
      for (uint32_t i = 0; i < before; ++i) *sp++ = items[before - 1 - i];
      break;
    }

    // ---- Calls ------------------------------------------------------------------------------------------
    case Opcode::CALL_FUNCTION_KW:
    case Opcode::CALL_METHOD_KW: {
      const uint32_t n_pos = ReadVarUint(ip);
      const uint32_t n_kw = ReadVarUint(ip);
      Value* const values = sp - n_kw;
      Value* const positional = values - n_pos;
      const bool method = op == Opcode::CALL_METHOD_KW;
      Value* const base = positional - (method ? 2 : 1);
      const bool with_self = method && !base[1].IsNull();
      const uint32_t total_pos = n_pos + (with_self ? 1 : 0);
      ArgBuffer buffer;
      Value* args = buffer.Reserve(total_pos + 2 * n_kw);
      if (args == nullptr) return PendingToVm(state);
      uint32_t n = 0;
      if (with_self) args[n++] = base[1];
      for (uint32_t i = 0; i < n_pos; ++i) args[n++] = positional[i];
      ReadKeywordNames(ip, code, n_kw, values, args + n);
      const Value result = CallValue(base[0], args, total_pos, n_kw);
      FAIL_IF_EXCEPTION(result);
      sp = base;
      *sp++ = result;
      break;
    }
    case Opcode::CALL_METHOD: {
      const uint32_t n_pos = ReadVarUint(ip);
      Value* const base = sp - n_pos - 2;
      const Value result = base[1].IsNull() ? CallValue(base[0], base + 2, n_pos, 0)
                                            : CallValue(base[0], base + 1, n_pos + 1, 0);
      FAIL_IF_EXCEPTION(result);
      sp = base;
      *sp++ = result;
      break;
    }
    case Opcode::CALL_FUNCTION_EX: {
      const uint32_t flags = ReadVarUint(ip);
      const bool has_kwargs = (flags & vm::kCallExHasKwargs) != 0;
      Value* const base = sp - (has_kwargs ? 3 : 2);
      const Value result = CallEx(base[0], base[1], has_kwargs ? base[2] : Value());
      FAIL_IF_EXCEPTION(result);
      sp = base;
      *sp++ = result;
      break;
    }

    // ---- Functions and classes --------------------------------------------------------------------------
    case Opcode::MAKE_FUNCTION:
    case Opcode::MAKE_CLOSURE: {
      const uint32_t child = ReadVarUint(ip);
      const uint32_t flags = ReadVarUint(ip);
      const uint32_t n_cells = op == Opcode::MAKE_CLOSURE ? ReadVarUint(ip) : 0;
      Value closure;
      if (op == Opcode::MAKE_CLOSURE) {
        closure = NewTuple(sp - n_cells, n_cells);
        FAIL_IF_EXCEPTION(closure);
      }
      Value* top = sp - n_cells;
      Value kwdefaults;
      Value defaults;
      if ((flags & vm::kMakeFunctionKwDefaults) != 0) kwdefaults = *--top;
      if ((flags & vm::kMakeFunctionDefaults) != 0) defaults = *--top;
      const Value function =
          NewFunction(code->children[child], FrameGlobals(frame), defaults, kwdefaults, closure);
      FAIL_IF_EXCEPTION(function);
      sp = top;
      *sp++ = function;
      break;
    }
    case Opcode::LOAD_BUILD_CLASS: {
      const Value build_class = DictLookupName(Builtins(), names::__build_class__);
      if (build_class.IsNull()) {
        RaiseNew(&kNameErrorType, "__build_class__ not found");
        return PendingToVm(state);
      }
      *sp++ = build_class;
      break;
    }

    // ---- Generators -------------------------------------------------------------------------------------
    // YIELD_VALUE runs in the VM core.
    case Opcode::YIELD_FROM: {
      Value out;
      switch (SendInto(sp[-2], sp[-1], &out)) {
        case GenResult::kYielded:
          // Suspend with the sent value popped; the next value sent in runs this YIELD_FROM again.
          frame->ip = ip - 1;
          frame->sp = sp - 1;
          return out.IsNull() ? Value::None() : out;
        case GenResult::kReturned:
          sp -= 2;
          *sp++ = out;
          break;
        default:
          return PendingToVm(state);
      }
      break;
    }
    case Opcode::GET_AWAITABLE: {
      const Value iterator = Awaitable(sp[-1]);
      FAIL_IF_EXCEPTION(iterator);
      sp[-1] = iterator;
      break;
    }
    case Opcode::GET_AITER: {
      const Value method = TypeSpecial(sp[-1], names::__aiter__);
      if (method.IsNull()) {
        RaiseFormat(&kTypeErrorType, "'async for' requires an object with __aiter__ method, got %T", sp[-1]);
        return PendingToVm(state);
      }
      const Value iterator = CallValue(method, &sp[-1], 1, 0);
      FAIL_IF_EXCEPTION(iterator);
      sp[-1] = iterator;
      break;
    }
    case Opcode::GET_ANEXT: {
      const Value method = TypeSpecial(sp[-1], names::__anext__);
      if (method.IsNull()) {
        RaiseFormat(&kTypeErrorType, "'async for' requires an iterator with __anext__ method, got %T", sp[-1]);
        return PendingToVm(state);
      }
      const Value next = CallValue(method, &sp[-1], 1, 0);
      FAIL_IF_EXCEPTION(next);
      const Value awaitable = Awaitable(next);
      FAIL_IF_EXCEPTION(awaitable);
      *sp++ = awaitable;
      break;
    }
    case Opcode::END_ASYNC_FOR: {
      const Value exception = sp[-1];
      if (IsInstance(exception, &kStopAsyncIterationType)) {
        sp -= 2;
        break;
      }
      Raise(exception);
      return PendingToVm(state);
    }

    // ---- Exceptions -------------------------------------------------------------------------------------
    case Opcode::CHECK_EXC_MATCH: {
      const Value match = ExceptionMatches(sp[-2], sp[-1]);
      FAIL_IF_EXCEPTION(match);
      sp[-1] = match;
      break;
    }
    case Opcode::LOAD_ASSERTION_ERROR:
      *sp++ = TypeValue(&kAssertionErrorType);
      break;

    // ---- Context managers -------------------------------------------------------------------------------
    case Opcode::BEFORE_WITH:
    case Opcode::BEFORE_ASYNC_WITH: {
      const bool async = op == Opcode::BEFORE_ASYNC_WITH;
      const Value manager = sp[-1];
      const Value enter = TypeSpecial(manager, async ? names::__aenter__ : names::__enter__);
      const Value exit = TypeSpecial(manager, async ? names::__aexit__ : names::__exit__);
      if (enter.IsNull() || exit.IsNull()) {
        RaiseFormat(&kTypeErrorType,
                    async ? "'%T' object does not support the asynchronous context manager protocol"
                          : "'%T' object does not support the context manager protocol",
                    manager);
        return PendingToVm(state);
      }
      Value result = CallValue(enter, &manager, 1, 0);
      FAIL_IF_EXCEPTION(result);
      if (async) {
        result = Awaitable(result);
        FAIL_IF_EXCEPTION(result);
      }
      sp[-1] = exit;
      *sp++ = manager;
      *sp++ = result;
      break;
    }
    case Opcode::WITH_EXCEPT_START: {
      const Value exception = sp[-1];
      const Value args[4] = {sp[-3], TypeValue(TypeOf(exception)), exception, Value::None()};
      const Value result = CallValue(sp[-4], args, 4, 0);
      FAIL_IF_EXCEPTION(result);
      *sp++ = result;
      break;
    }

    // ---- Imports ----------------------------------------------------------------------------------------
    case Opcode::IMPORT_NAME: {
      const Value name = constants[ReadVarUint(ip)];
      const Value module = ImportName(name, FrameGlobals(frame), sp[-1], sp[-2]);
      FAIL_IF_EXCEPTION(module);
      sp -= 2;
      *sp++ = module;
      break;
    }
    case Opcode::IMPORT_FROM: {
      const uint32_t name = NameAt(code, ReadVarUint(ip));
      const Value value = ImportFrom(sp[-1], name);
      FAIL_IF_EXCEPTION(value);
      *sp++ = value;
      break;
    }
    case Opcode::IMPORT_STAR:
      FAIL_IF_EXCEPTION(ImportStar(sp[-1], FrameNamespace(frame)));
      --sp;
      break;

    // ---- Strings and the REPL ---------------------------------------------------------------------------
    case Opcode::FORMAT_VALUE: {
      const uint32_t flags = ReadVarUint(ip);
      const bool has_spec = (flags & vm::kFormatHasSpec) != 0;
      const Value spec = has_spec ? sp[-1] : Value();
      Value* const value_slot = has_spec ? sp - 2 : sp - 1;
      const Value text = FormatField(*value_slot, flags, spec);
      FAIL_IF_EXCEPTION(text);
      *value_slot = text;
      sp = value_slot + 1;
      break;
    }
    case Opcode::PRINT_EXPR: {
      const Value value = sp[-1];
      if (!value.IsNone()) {
        const Value text = Repr(value);
        FAIL_IF_EXCEPTION(text);
        const char* data;
        size_t length;
        StrData(text, &data, &length);
        port::WriteStdout(data, length);
        port::WriteStdout("\n", 1);
        FAIL_IF_EXCEPTION(DictStoreName(Builtins(), names::kUnderscore, value));
      }
      --sp;
      break;
    }

    default:
      RaiseFormat(&kRuntimeErrorType, "opcode %s is not implemented", vm::OpcodeName(op));
      return PendingToVm(state);
  }
#undef FAIL_IF_EXCEPTION
  frame->ip = ip;
  frame->sp = sp;
  return vm::kOpcodeContinue;
}

}  // namespace mica
