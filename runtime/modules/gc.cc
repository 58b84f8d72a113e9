// The `gc` module: the collector's switches and figures, over gc::Heap.
#include <stdint.h>

#include "gc/heap.h"
#include "runtime/modules/modules.h"
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/runtime_state.h"

namespace mica {
namespace {

// gc.collect(): a full collection now. Returns None (CPython returns a count; MicroPython None).
Value GcCollect(const Value*, uint32_t, uint32_t) {
  Heap().Collect();
  return Value::None();
}

Value GcEnable(const Value*, uint32_t, uint32_t) {
  Heap().SetAutoCollect(true);
  return Value::None();
}

Value GcDisable(const Value*, uint32_t, uint32_t) {
  Heap().SetAutoCollect(false);
  return Value::None();
}

Value GcIsEnabled(const Value*, uint32_t, uint32_t) { return Value::Bool(Heap().AutoCollect()); }

Value GcMemFree(const Value*, uint32_t, uint32_t) { return NewInt(static_cast<int64_t>(Heap().Stats().free_bytes)); }

Value GcMemAlloc(const Value*, uint32_t, uint32_t) {
  return NewInt(static_cast<int64_t>(Heap().Stats().used_bytes));
}

// gc.threshold(): the current threshold (-1 when off); gc.threshold(n): collect after n more bytes are allocated
// (n = -1 turns it off), as in MicroPython.
size_t g_threshold = 0;

Value GcThreshold(const Value* args, uint32_t n_pos, uint32_t) {
  if (n_pos == 0) return g_threshold == 0 ? Value::SmallInt(-1) : NewInt(static_cast<int64_t>(g_threshold));
  intptr_t bytes;
  MICA_TRY(ToIndex(args[0], &bytes));
  g_threshold = bytes < 0 ? 0 : static_cast<size_t>(bytes);
  Heap().SetCollectThreshold(g_threshold);
  return Value::None();
}

constexpr BuiltinFunction kCollect = MakeBuiltin(names::collect, 0, 1, GcCollect);
constexpr BuiltinFunction kDisable = MakeBuiltin(names::disable, 0, 0, GcDisable);
constexpr BuiltinFunction kEnable = MakeBuiltin(names::enable, 0, 0, GcEnable);
constexpr BuiltinFunction kIsEnabled = MakeBuiltin(names::isenabled, 0, 0, GcIsEnabled);
constexpr BuiltinFunction kMemAlloc = MakeBuiltin(names::mem_alloc, 0, 0, GcMemAlloc);
constexpr BuiltinFunction kMemFree = MakeBuiltin(names::mem_free, 0, 0, GcMemFree);
constexpr BuiltinFunction kThreshold = MakeBuiltin(names::threshold, 0, 1, GcThreshold);

constexpr ModuleMember kGcMembers[] = {
    ModuleObjectMember(names::collect, &kCollect.header),
    ModuleObjectMember(names::disable, &kDisable.header),
    ModuleObjectMember(names::enable, &kEnable.header),
    ModuleObjectMember(names::isenabled, &kIsEnabled.header),
    ModuleObjectMember(names::mem_alloc, &kMemAlloc.header),
    ModuleObjectMember(names::mem_free, &kMemFree.header),
    ModuleObjectMember(names::threshold, &kThreshold.header),
};
static_assert(ModuleMembersSorted(kGcMembers, sizeof(kGcMembers) / sizeof(kGcMembers[0])), "sorted by name id");

// A fresh runtime (a soft reset) starts with the threshold off, as the heap does.
Value GcInit(Value) {
  g_threshold = 0;
  return Value::None();
}

}  // namespace

extern const BuiltinModuleDef kGcModule = {
    names::gc, kGcMembers, sizeof(kGcMembers) / sizeof(kGcMembers[0]), GcInit,
};

}  // namespace mica
