#include "natives/native_runtime.h"

#include <string.h>

#include "runtime/exec/exec.h"
#include "runtime/exec/exec_state.h"
#include "runtime/exec/function.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/exec/user_class.h"
#include "runtime/objects/list.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/slice.h"
#include "runtime/objects/tuple.h"

namespace mica {
namespace natives {
namespace {

Value V(Word w) { return Value::FromBits(w); }
Word W(Value v) { return v.bits(); }

Word BinaryOpEntry(Word op, Word lhs, Word rhs) {
  return W(BinaryOperation(static_cast<BinaryOp>(op), V(lhs), V(rhs)));
}

Word CompareEntry(Word op, Word lhs, Word rhs) { return W(Compare(static_cast<BinaryOp>(op), V(lhs), V(rhs))); }

Word UnaryOpEntry(Word op, Word operand) { return W(UnaryOperation(static_cast<UnaryOp>(op), V(operand))); }

Word TruthEntry(Word v) { return W(Truth(V(v))); }

Word NotEntry(Word v) {
  const Value truth = Truth(V(v));
  if (truth.IsException()) return W(truth);
  return W(Value::Bool(!truth.IsTrue()));
}

Word ContainsEntry(Word container, Word item) { return W(Contains(V(container), V(item))); }

// LOAD_GLOBAL's lookup: the module's globals, then the builtins, else NameError.
Word LoadGlobalEntry(Word globals, Word name) {
  const uint32_t id = static_cast<uint32_t>(name);
  Value value = DictLookupName(V(globals), id);
  if (value.IsNull()) value = DictLookupName(Exec().builtins, id);
  if (value.IsNull()) return W(RaiseFormat(&kNameErrorType, "name '%q' is not defined", id));
  return W(value);
}

Word StoreGlobalEntry(Word globals, Word name, Word value) {
  return W(DictStoreName(V(globals), static_cast<uint32_t>(name), V(value)));
}

// Attributes as LOAD_ATTR/STORE_ATTR do them (user classes, descriptors, the MRO: runtime/exec/user_class.h).
Word LoadAttrEntry(Word object, Word name) { return W(GetAttribute(V(object), static_cast<uint32_t>(name))); }

Word StoreAttrEntry(Word object, Word name, Word value) {
  return W(SetAttribute(V(object), static_cast<uint32_t>(name), V(value)));
}

// list[i] for a small int in range, as BINARY_SUBSCR's fast path; otherwise the generic subscript.
ListObject* ListWithIndex(Value object, Value index, intptr_t* i) {
  if (!index.IsSmallInt() || !object.IsObject() || object.AsObject()->type != &kListType) return nullptr;
  ListObject* list = reinterpret_cast<ListObject*>(object.AsObject());
  *i = index.AsSmallInt();
  if (*i < 0) *i += static_cast<intptr_t>(list->length);
  return *i >= 0 && static_cast<uintptr_t>(*i) < list->length ? list : nullptr;
}

Word LoadSubscriptEntry(Word object, Word index) {
  intptr_t i;
  if (ListObject* list = ListWithIndex(V(object), V(index), &i)) return W(list->items[i]);
  return W(LoadSubscript(V(object), V(index)));
}

Word StoreSubscriptEntry(Word object, Word index, Word value) {
  intptr_t i;
  if (ListObject* list = ListWithIndex(V(object), V(index), &i)) {
    list->items[i] = V(value);
    return W(Value::None());
  }
  return W(StoreSubscript(V(object), V(index), V(value)));
}

Word CallEntry(Word callable, const Value* args, Word n_pos, Word n_kw) {
  return W(CallValue(V(callable), args, static_cast<uint32_t>(n_pos), static_cast<uint32_t>(n_kw)));
}

// LOAD_METHOD + CALL_METHOD: no bound method is made; self goes into args[-1] (the frame slot that held the
// object, which the generated code no longer needs).
Word CallMethodEntry(Word object, Word name, Value* args, Word counts) {
  const uint32_t n_pos = static_cast<uint32_t>(counts & 0xFFFF);
  const uint32_t n_kw = static_cast<uint32_t>(counts >> 16);
  Value method[2];
  const Value found = LoadMethodPair(V(object), static_cast<uint32_t>(name), method);
  if (found.IsException()) return W(found);
  if (method[1].IsNull()) return W(CallValue(method[0], args, n_pos, n_kw));
  args[-1] = method[1];
  return W(CallValue(method[0], args - 1, n_pos + 1, n_kw));
}

Word GetIterEntry(Word iterable) { return W(GetIter(V(iterable))); }

Word IterNextEntry(Word iterator) { return W(IterNext(V(iterator))); }

Word IsBuiltinRangeEntry(Word callable) { return V(callable).Is(Vm()->builtin_range) ? 1 : 0; }

Word BuildListEntry(const Value* items, Word n) { return W(NewListFrom(items, n)); }

Word BuildTupleEntry(const Value* items, Word n) { return W(NewTuple(items, n)); }

Word BuildDictEntry(const Value* pairs, Word n) {
  const Value dict = NewDict(n);
  if (dict.IsException()) return W(dict);
  for (Word i = 0; i < n; ++i) {
    const Value stored = DictStore(dict, pairs[2 * i], pairs[2 * i + 1]);
    if (stored.IsException()) return W(stored);
  }
  return W(dict);
}

Word BuildSliceEntry(Word lower, Word upper, Word step) { return W(NewSlice(V(lower), V(upper), V(step))); }

// RAISE_VARARGS with one operand: an instance is raised, a class called with no arguments (Raise does both).
Word RaiseEntry(Word exception) { return W(Raise(V(exception))); }

Word UnboundLocalEntry(Word name) {
  return W(RaiseFormat(&kUnboundLocalErrorType, "cannot access local variable '%q' where it is not associated with a value",
                       static_cast<uint32_t>(name)));
}

// The VM's safe point (vm_glue.cc HookInterrupt): scheduled callbacks first, then a pending Ctrl-C.
Word PollEntry() {
  ExecState& exec = Exec();
  exec.vm.interrupt_requested = 0;
  const Value scheduled = RunScheduled();
  if (scheduled.IsException()) return W(scheduled);
  if (exec.keyboard_interrupt != 0) {
    exec.keyboard_interrupt = 0;
    return W(RaiseNew(&kKeyboardInterruptType, nullptr));
  }
  return W(Value::None());
}

Word UnpackEntry(Word iterable, Word n, Value* out) {
  const Value iterator = GetIter(V(iterable));
  if (iterator.IsException()) {
    if (!PendingIs(&kTypeErrorType)) return W(iterator);
    ClearPendingException();  // the VM's message (UNPACK_SEQUENCE)
    return W(RaiseFormat(&kTypeErrorType, "cannot unpack non-iterable %T object", V(iterable)));
  }
  for (Word i = 0; i < n; ++i) {
    const Value item = IterNext(iterator);
    if (item.IsException()) return W(item);
    if (item.IsNull()) {
      return W(RaiseFormat(&kValueErrorType, "not enough values to unpack (expected %u, got %u)",
                           static_cast<unsigned>(n), static_cast<unsigned>(i)));
    }
    out[i] = item;
  }
  const Value extra = IterNext(iterator);
  if (extra.IsException()) return W(extra);
  if (!extra.IsNull()) {
    return W(RaiseFormat(&kValueErrorType, "too many values to unpack (expected %u)", static_cast<unsigned>(n)));
  }
  return W(Value::None());
}

}  // namespace

constexpr NativeRuntime kNativeRuntime = {
    BinaryOpEntry,     CompareEntry,        UnaryOpEntry,       TruthEntry,        NotEntry,
    ContainsEntry,     LoadGlobalEntry,     StoreGlobalEntry,   LoadAttrEntry,     StoreAttrEntry,
    LoadSubscriptEntry, StoreSubscriptEntry, CallEntry,          CallMethodEntry,   GetIterEntry,
    IterNextEntry,     IsBuiltinRangeEntry, BuildListEntry,     BuildTupleEntry,   BuildDictEntry,
    BuildSliceEntry,   RaiseEntry,          UnboundLocalEntry,  PollEntry,         UnpackEntry,
};

Value ExecuteNative(const vm::RawCode* code, Value function, const Value* args, size_t) {
  MICA_TRY(CheckCStack());
  Word entry_word;
  memcpy(&entry_word, code->bytecode, sizeof(entry_word));
  const NativeEntry entry = reinterpret_cast<NativeEntry>(entry_word);
  const Value result =
      V(entry(&kNativeRuntime, W(AsFunction(function)->globals), args, &Vm()->interrupt_requested));
  if (result.IsException()) {
    ExceptionAddTraceback(PendingException(), code->name, code->source_file, code->first_line);
  }
  return result;
}

}  // namespace natives
}  // namespace mica
