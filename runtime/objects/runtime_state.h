// The single interpreter state: the heap, the pending exception, the emergency exceptions and the root markers.
//
// There is exactly one runtime per process (a board runs one interpreter), reached through mica::State(). Its
// storage is a zero-initialised global with no constructor, so it costs nothing before InitRuntime() and needs no
// static constructor on a board. Everything in it that points into the heap is reported to the collector by the
// root marker InitRuntime registers; other parts of the runtime (the VM glue, modules) add their own markers with
// AddRootMarker().
//
// The emergency exceptions (MemoryError and RuntimeError for recursion) live inside the state itself, not in the
// heap, so raising them needs no allocation even when the heap is full or locked.
#ifndef MICA_RUNTIME_OBJECTS_RUNTIME_STATE_H_
#define MICA_RUNTIME_OBJECTS_RUNTIME_STATE_H_

#include <stddef.h>
#include <stdint.h>

#include "gc/heap.h"
#include "runtime/object.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/tuple.h"
#include "runtime/value.h"

namespace mica {

using RootMarkerFn = void (*)(gc::Heap& heap, void* context);

// How many AddRootMarker() registrations the state can hold.
constexpr size_t kMaxRootMarkers = 8;

// Depth of the repr()/==/< recursion guard for self-referencing containers (see object_ops.h).
constexpr size_t kReprGuardDepth = 32;

struct RootMarkerEntry {
  RootMarkerFn marker = nullptr;
  void* context = nullptr;
};

struct RuntimeState {
  gc::Heap* heap = nullptr;
  gc::Heap heap_storage;  // heap points here after InitRuntime

  // The exception being raised, or the null Value when none is. Set by Raise() (errors.h).
  Value pending_exception;

  // Preallocated instances, raised without allocating (their args are the empty tuple, or a constant message).
  ExceptionObject memory_error = {};
  ExceptionObject recursion_error = {};
  // The emergency exception buffer (micropython.alloc_emergency_exception_buf): when the heap cannot give an
  // exception object (locked in an interrupt handler, or full), `raise ValueError(x)` builds it here instead, so
  // the program sees the exception it raised rather than MemoryError. One at a time, as in MicroPython.
  static constexpr size_t kEmergencyArgs = 4;
  ExceptionObject emergency_exception = {};
  struct {
    TupleObject tuple;
    Value items[kEmergencyArgs];
  } emergency_args = {};

  // C stack limit: CheckCStack() raises RuntimeError when the stack pointer is below it (0: no check).
  uintptr_t c_stack_limit = 0;

  // Interned run-time names (name_pool.h): ids kBuiltinCount + i. `names` is a heap array of str Values,
  // `name_index` an open-addressing table of name indices + 1 (0 = empty).
  Value* names = nullptr;
  uint32_t name_count = 0;
  uint32_t name_capacity = 0;
  uint32_t* name_index = nullptr;
  uint32_t name_index_size = 0;  // a power of two, or 0

  // Containers whose repr / comparison is in progress (for "[...]" on self-reference).
  Value repr_guard[kReprGuardDepth] = {};
  uint32_t repr_guard_depth = 0;

  RootMarkerEntry root_markers[kMaxRootMarkers] = {};
  uint32_t root_marker_count = 0;

  bool initialized = false;
};

// The interpreter state. Valid (zeroed) before InitRuntime; usable after it.
RuntimeState& State();

// Takes [heap_memory, heap_memory + heap_bytes) for the GC heap and sets up the state: the heap, the emergency
// exceptions, the root marker. May be called again to start over (all objects from before are gone); root markers
// registered with AddRootMarker are dropped then. False if the memory is too small.
bool InitRuntime(void* heap_memory, size_t heap_bytes);

// The heap (State().heap); valid after InitRuntime.
inline gc::Heap& Heap() { return *State().heap; }

// Registers another root marker, called at every collection after the state's own roots. False when the fixed
// table (kMaxRootMarkers) is full. RemoveRootMarker drops a registration (same function and context).
bool AddRootMarker(RootMarkerFn marker, void* context);
void RemoveRootMarker(RootMarkerFn marker, void* context);

// Marks a single Value if it is a heap pointer (helper for root markers).
void MarkValue(gc::Heap& heap, Value value);
// Marks the fields of an exception object that lives outside the heap (the emergency ones) or any exception.
void MarkExceptionFields(gc::Heap& heap, const ExceptionObject* exception);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_RUNTIME_STATE_H_
