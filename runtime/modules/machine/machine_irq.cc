#include "runtime/modules/machine/machine_irq.h"

#include "runtime/exec/exec.h"
#include "runtime/modules/machine/machine_port.h"
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/runtime_state.h"

namespace mica {
namespace machine {
namespace {

struct Handler {
  volatile int16_t source;  // pin or timer id; -1: free
  volatile uint8_t pending;
  bool one_shot;
  Value object;    // passed to the callback (the Pin or the Timer)
  Value callback;
};

struct IrqTables {
  Handler pins[kMaxPinHandlers];
  Handler timers[kMaxTimerHandlers];
};

IrqTables g_tables;

void MarkHandlers(gc::Heap& heap, void*) {
  for (Handler& h : g_tables.pins) {
    MarkValue(heap, h.object);
    MarkValue(heap, h.callback);
  }
  for (Handler& h : g_tables.timers) {
    MarkValue(heap, h.object);
    MarkValue(heap, h.callback);
  }
}

void Clear(Handler& h) {
  h.source = -1;
  h.pending = 0;
  h.one_shot = false;
  h.object = Value();
  h.callback = Value();
}

template <size_t N>
Handler* Find(Handler (&table)[N], int source) {
  for (Handler& h : table) {
    if (h.source == source) return &h;
  }
  return nullptr;
}

template <size_t N>
bool Set(Handler (&table)[N], int source, Value object, Value callback, bool one_shot) {
  const uint32_t state = machine_port::DisableIrq();
  Handler* h = Find(table, source);
  const bool remove = callback.IsNull() || callback.IsNone();
  if (h == nullptr && !remove) h = Find(table, -1);
  bool ok = true;
  if (h == nullptr) {
    ok = remove;
  } else if (remove) {
    Clear(*h);
  } else {
    h->pending = 0;
    h->one_shot = one_shot;
    h->object = object;
    h->callback = callback;
    h->source = static_cast<int16_t>(source);
  }
  machine_port::EnableIrq(state);
  return ok;
}

Value Dispatcher(const Value*, uint32_t, uint32_t) { return DispatchPending(); }

constexpr BuiltinFunction kDispatcher = MakeBuiltin(names::irq, 1, 1, Dispatcher);

void Signal(Handler* h) {
  if (h == nullptr || h->callback.IsNull()) return;
  h->pending = 1;
  // A full queue is fine: the pending byte is served by whichever dispatch runs next.
  ScheduleCall(Value::FromObject(&kDispatcher.header), Value::None());
}

template <size_t N>
Value Run(Handler (&table)[N]) {
  for (Handler& h : table) {
    if (h.pending == 0) continue;
    h.pending = 0;  // cleared first: an event during the callback runs it again
    const Value callback = h.callback;
    const Value object = h.object;
    if (callback.IsNull()) continue;
    MICA_TRY(CallValue(callback, &object, 1, 0));
  }
  return Value::None();
}

}  // namespace

bool InitIrqTables() {
  const uint32_t state = machine_port::DisableIrq();
  for (Handler& h : g_tables.pins) {
    if (h.source >= 0 && !h.callback.IsNull()) machine_port::PinIrqDisable(h.source);
    Clear(h);
  }
  for (Handler& h : g_tables.timers) {
    if (h.source >= 0 && !h.callback.IsNull()) machine_port::TimerStop(h.source);
    Clear(h);
  }
  machine_port::EnableIrq(state);
  RemoveRootMarker(MarkHandlers, nullptr);
  return AddRootMarker(MarkHandlers, nullptr);
}

bool SetPinHandler(int pin, Value pin_object, Value handler) {
  return Set(g_tables.pins, pin, pin_object, handler, false);
}

bool SetTimerHandler(int timer, Value timer_object, Value callback, bool one_shot) {
  return Set(g_tables.timers, timer, timer_object, callback, one_shot);
}

void StopTimerHandler(int timer) { Set(g_tables.timers, timer, Value(), Value(), false); }

Value DispatchPending() {
  MICA_TRY(Run(g_tables.pins));
  return Run(g_tables.timers);
}

void OnPinInterrupt(int pin) { Signal(Find(g_tables.pins, pin)); }

void OnTimerInterrupt(int timer) {
  Handler* h = Find(g_tables.timers, timer);
  if (h != nullptr && h->one_shot) machine_port::TimerStop(timer);
  Signal(h);
}

}  // namespace machine
}  // namespace mica
