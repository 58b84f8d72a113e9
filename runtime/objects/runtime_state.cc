#include "runtime/objects/runtime_state.h"

#include <string.h>

#include "runtime/objects/exception.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace mica {
namespace {

// Constant-initialised (every member has a constexpr default), so no static constructor runs.
RuntimeState g_state;

void MarkRoots(gc::Heap& heap, void* context) {
  RuntimeState& state = *static_cast<RuntimeState*>(context);
  MarkValue(heap, state.pending_exception);
  MarkExceptionFields(heap, &state.memory_error);
  MarkExceptionFields(heap, &state.recursion_error);
  MarkExceptionFields(heap, &state.emergency_exception);
  for (size_t i = 0; i < state.emergency_args.tuple.length; ++i) MarkValue(heap, state.emergency_args.items[i]);
  heap.MarkRoot(state.names);
  heap.MarkRoot(state.name_index);
  for (uint32_t i = 0; i < state.repr_guard_depth; ++i) MarkValue(heap, state.repr_guard[i]);
  // A marker may remove itself while running: iterate over a snapshot of the count.
  const uint32_t count = state.root_marker_count;
  for (uint32_t i = 0; i < count && i < state.root_marker_count; ++i) {
    const RootMarkerEntry entry = state.root_markers[i];
    entry.marker(heap, entry.context);
  }
}

constexpr char kRecursionMessage[] = "maximum recursion depth exceeded";

}  // namespace

RuntimeState& State() { return g_state; }

bool InitRuntime(void* heap_memory, size_t heap_bytes) {
  RuntimeState& state = g_state;
  state.initialized = false;
  state.heap = &state.heap_storage;
  state.pending_exception = Value();
  state.c_stack_limit = 0;
  state.names = nullptr;
  state.name_count = 0;
  state.name_capacity = 0;
  state.name_index = nullptr;
  state.name_index_size = 0;
  state.repr_guard_depth = 0;
  state.root_marker_count = 0;
  ResetException(&state.memory_error, &kMemoryErrorType);
  ResetException(&state.recursion_error, &kRuntimeErrorType);
  ResetException(&state.emergency_exception, &kRuntimeErrorType);
  state.emergency_args.tuple.header.type = &kTupleType;
  state.emergency_args.tuple.length = 0;
  if (!state.heap_storage.Init(heap_memory, heap_bytes)) return false;
  state.heap_storage.SetRootMarker(&MarkRoots, &state);
  state.initialized = true;

  // RuntimeError's message is made now, while the heap is empty; the state keeps it.
  const Value message = NewStr(kRecursionMessage, sizeof(kRecursionMessage) - 1);
  if (message.IsException()) return false;
  const Value args = NewTuple(&message, 1);
  if (args.IsException()) return false;
  state.recursion_error.args = args;
  return true;
}

bool AddRootMarker(RootMarkerFn marker, void* context) {
  RuntimeState& state = g_state;
  if (state.root_marker_count == kMaxRootMarkers) return false;
  state.root_markers[state.root_marker_count++] = RootMarkerEntry{marker, context};
  return true;
}

void RemoveRootMarker(RootMarkerFn marker, void* context) {
  RuntimeState& state = g_state;
  for (uint32_t i = 0; i < state.root_marker_count; ++i) {
    if (state.root_markers[i].marker == marker && state.root_markers[i].context == context) {
      for (uint32_t j = i + 1; j < state.root_marker_count; ++j) state.root_markers[j - 1] = state.root_markers[j];
      --state.root_marker_count;
      return;
    }
  }
}

void MarkValue(gc::Heap& heap, Value value) {
  if (value.IsObject()) heap.MarkRoot(value.AsObject());
}

void MarkExceptionFields(gc::Heap& heap, const ExceptionObject* exception) {
  MarkValue(heap, exception->args);
  heap.MarkRoot(exception->traceback);
  MarkValue(heap, exception->cause);
  MarkValue(heap, exception->context);
  MarkValue(heap, exception->value);
}

}  // namespace mica
