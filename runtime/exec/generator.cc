#include "runtime/exec/generator.h"

#include <string.h>

#include "runtime/exec/address_text.h"
#include "runtime/exec/exec_state.h"
#include "runtime/exec/function.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/iterators.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/type_type.h"
#include "runtime/vm/bytecode.h"

namespace mica {
namespace {

// How a suspended generator is re-entered.
enum class ResumeKind : uint8_t {
  kSend,        // push `value` and continue after the suspension point
  kReplaceTop,  // a `yield from` delegate finished with `value`: replace it and continue after YIELD_FROM
  kThrow,       // raise the exception `value` at the suspension point
};

// Swaps the VM's "exception being handled" with the generator's own while it runs.
class RunningScope {
 public:
  explicit RunningScope(GeneratorObject* generator)
      : generator_(generator), previous_(Exec().running_generator), handled_(Vm()->handled_exception) {
    Exec().running_generator = generator;
    Vm()->handled_exception = generator->saved_exception.IsNull() ? Value::None() : generator->saved_exception;
    generator->state = GeneratorState::kRunning;
  }
  ~RunningScope() {
    generator_->saved_exception = Vm()->handled_exception;
    Vm()->handled_exception = handled_;
    Exec().running_generator = previous_;
  }

 private:
  GeneratorObject* generator_;
  GeneratorObject* previous_;
  Value handled_;
};

const char* KindName(const GeneratorObject* generator) {
  const Type* type = generator->header.type;
  return type == &kCoroutineType ? "coroutine" : type == &kGeneratorType ? "generator" : "async generator";
}

// The outcome of running the frame once (vm::Execute's result, or a yield).
GenResult Finish(GeneratorObject* generator, Value result, bool yielded, Value* out) {
  if (yielded) {
    generator->state = GeneratorState::kSuspended;
    *out = result;
    return GenResult::kYielded;
  }
  generator->state = GeneratorState::kFinished;
  generator->in_yield_from = false;
  if (result.IsException()) {
    const Value exception = TakeVmError();
    if (IsInstance(exception, &kStopIterationType)) {
      RaiseNew(&kRuntimeErrorType, "generator raised StopIteration");
      const Value replacement = PendingException();
      if (IsException(replacement)) {
        AsException(replacement)->cause = exception;
        AsException(replacement)->context = exception;
      }
      return GenResult::kRaised;
    }
    Raise(exception);
    return GenResult::kRaised;
  }
  *out = result;
  return GenResult::kReturned;
}

GenResult RunFrame(GeneratorObject* generator, ResumeKind kind, Value value, Value* out, bool first = false) {
  const vm::RawCode* code = GeneratorCode(generator);
  vm::SuspendedFrame* const frame = &generator->frame;
  vm::ResumeMode mode = vm::ResumeMode::kSend;
  if (first) {
    mode = vm::ResumeMode::kStart;  // offset 0 with the parameters bound
  } else if (kind == ResumeKind::kThrow) {
    mode = vm::ResumeMode::kThrow;
  } else if (kind == ResumeKind::kReplaceTop) {
    // Pop the delegate and go on after its YIELD_FROM (no operands) with `value` pushed in its place.
    frame->depth -= 1;
    frame->resume_offset = frame->suspend_offset + 1;
  }
  Value result;
  vm::RunStatus status;
  {
    RunningScope scope(generator);
    result = vm::Resume(Vm(), code, generator->function, frame, mode, value, &status);
  }
  const bool yielded = status == vm::RunStatus::kYielded;
  if (yielded) {
    generator->in_yield_from = code->bytecode[frame->suspend_offset] == static_cast<uint8_t>(vm::Opcode::YIELD_FROM);
  }
  return Finish(generator, result, yielded, out);
}

// throw()/close() into a generator suspended in `yield from`: the delegate gets it first.
GenResult ThrowIntoDelegate(GeneratorObject* generator, Value exception, Value* out) {
  const uint32_t n_slots = vm::NumSlots(*GeneratorCode(generator));
  const Value inner = generator->frame.values[n_slots + generator->frame.depth - 1];
  generator->state = GeneratorState::kRunning;
  GenResult inner_result;
  Value inner_value;
  if (IsInstance(exception, &kGeneratorExitType)) {
    Value closed = Value::None();
    if (IsGenerator(inner)) {
      closed = GeneratorClose(inner);
    } else {
      const Value close = LookupAttr(inner, names::close);
      if (!close.IsException() && !close.IsNull()) closed = CallValue(close, nullptr, 0, 0);
      if (close.IsException()) closed = close;
    }
    generator->state = GeneratorState::kSuspended;
    if (closed.IsException()) {
      const Value error = PendingException();
      ClearPendingException();
      return RunFrame(generator, ResumeKind::kThrow, error, out);
    }
    return RunFrame(generator, ResumeKind::kThrow, exception, out);
  }
  if (IsGenerator(inner)) {
    inner_result = GeneratorResume(inner, Value(), exception, &inner_value);
  } else {
    const Value thrower = LookupAttr(inner, names::throw_);
    if (thrower.IsNull() || thrower.IsException()) {
      if (thrower.IsException()) ClearPendingException();
      generator->state = GeneratorState::kSuspended;
      return RunFrame(generator, ResumeKind::kThrow, exception, out);
    }
    inner_value = CallValue(thrower, &exception, 1, 0);
    inner_result = GenResult::kYielded;
    if (inner_value.IsException()) {
      inner_result = GenResult::kRaised;
      if (PendingIs(&kStopIterationType)) {
        inner_value = AsException(PendingException())->value;
        ClearPendingException();
        inner_result = GenResult::kReturned;
      }
    }
  }
  generator->state = GeneratorState::kSuspended;
  switch (inner_result) {
    case GenResult::kYielded:
      *out = inner_value;
      return GenResult::kYielded;
    case GenResult::kReturned:
      generator->in_yield_from = false;
      return RunFrame(generator, ResumeKind::kReplaceTop, inner_value, out);
    case GenResult::kRaised:
    default: {
      generator->in_yield_from = false;
      const Value error = PendingException();
      ClearPendingException();
      return RunFrame(generator, ResumeKind::kThrow, error, out);
    }
  }
}

Value GeneratorPrint(const Printer& printer, Value self, PrintKind) {
  const Type* type = self.AsObject()->type;
  printer.Write(type == &kCoroutineType   ? "<coroutine object "
                : type == &kGeneratorType ? "<generator object "
                                          : "<async_generator object ");
  const char* text;
  size_t length;
  if (NameText(GeneratorCode(AsGenerator(self))->name, &text, &length)) printer.Write(text, length);
  printer.Write(" at ");
  PrintAddress(printer, self.AsObject());
  printer.Write(">");
  return Value::None();
}

Value GeneratorIterNext(Value self) {
  Value out;
  switch (GeneratorResume(self, Value::None(), Value(), &out)) {
    case GenResult::kYielded:
      return out;
    case GenResult::kReturned:
      return Value();
    default:
      return Value::Exception();
  }
}

Value CheckGenerator(const Value* args, const char* method) {
  if (!IsGenerator(args[0])) {
    return RaiseFormat(&kTypeErrorType, "descriptor '%s' requires a 'generator' object but received a '%T'", method,
                       args[0]);
  }
  return Value::None();
}

Value SendResult(GenResult result, Value out) {
  switch (result) {
    case GenResult::kYielded:
      return out;
    case GenResult::kReturned:
      return RaiseStopIteration(out.IsNone() ? Value() : out);
    default:
      return Value::Exception();
  }
}

Value GeneratorSendMethod(const Value* args, uint32_t, uint32_t) {
  MICA_TRY(CheckGenerator(args, "send"));
  Value out;
  return SendResult(GeneratorResume(args[0], args[1], Value(), &out), out);
}

Value GeneratorNextMethod(const Value* args, uint32_t, uint32_t) {
  MICA_TRY(CheckGenerator(args, "__next__"));
  Value out;
  return SendResult(GeneratorResume(args[0], Value::None(), Value(), &out), out);
}

// throw(type), throw(type, value), throw(instance) (args[0] is self): the exception to throw in.
Value ThrowArgument(const Value* args, uint32_t n_pos) {
  Value exception = args[1];
  if (IsType(exception) && (AsType(exception)->flags & kTypeIsException) != 0) {
    const bool has_value = n_pos >= 3 && !args[2].IsNone();
    if (has_value && IsException(args[2])) return args[2];
    exception = CallValue(exception, has_value ? &args[2] : nullptr, has_value ? 1 : 0, 0);
    MICA_TRY(exception);
    if (!IsException(exception)) {
      return RaiseFormat(&kTypeErrorType, "calling %R should have returned an instance of BaseException, not %T",
                         args[1], exception);
    }
    return exception;
  }
  if (!IsException(exception)) {
    return RaiseFormat(&kTypeErrorType, "exceptions must be classes or instances deriving from BaseException, not %T",
                       exception);
  }
  if (n_pos >= 3 && !args[2].IsNone()) return RaiseTypeError("instance exception may not have a separate value");
  return exception;
}

Value GeneratorThrowMethod(const Value* args, uint32_t n_pos, uint32_t) {
  MICA_TRY(CheckGenerator(args, "throw"));
  const Value exception = ThrowArgument(args, n_pos);
  MICA_TRY(exception);
  Value out;
  return SendResult(GeneratorResume(args[0], Value(), exception, &out), out);
}

Value GeneratorCloseMethod(const Value* args, uint32_t, uint32_t) {
  MICA_TRY(CheckGenerator(args, "close"));
  return GeneratorClose(args[0]);
}

constexpr BuiltinFunction kGeneratorNext = MakeBuiltin(names::__next__, 1, 1, GeneratorNextMethod);
constexpr BuiltinFunction kGeneratorClose = MakeBuiltin(names::close, 1, 1, GeneratorCloseMethod);
constexpr BuiltinFunction kGeneratorSend = MakeBuiltin(names::send, 2, 2, GeneratorSendMethod);
constexpr BuiltinFunction kGeneratorThrow = MakeBuiltin(names::throw_, 2, 4, GeneratorThrowMethod);

// gi_running / cr_running / ag_running, __name__, __qualname__ (the code's name: functions here have no separate
// qualified name).
Value GeneratorAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  if (op != AttrOp::kLoad) return Value();
  const GeneratorObject* generator = AsGenerator(self);
  const Type* type = generator->header.type;
  const uint32_t running = type == &kGeneratorType   ? names::gi_running
                           : type == &kCoroutineType ? names::cr_running
                                                     : names::ag_running;
  if (name == running) {
    *value = Value::Bool(generator->state == GeneratorState::kRunning);
    return Value::None();
  }
  if (name == names::__name__ || name == names::__qualname__) {
    *value = Value::Name(GeneratorCode(generator)->name);
    return Value::None();
  }
  return Value();
}

// Sorted by name id.
constexpr Member kGeneratorMembers[] = {
    {names::__next__, &kGeneratorNext.header},
    {names::close, &kGeneratorClose.header},
    {names::send, &kGeneratorSend.header},
    {names::throw_, &kGeneratorThrow.header},
};

// ---- Async generators ------------------------------------------------------------------------------------
// An async generator's body yields values with YIELD_VALUE and waits with YIELD_FROM (await). __anext__
// returns a step object to await: resuming the generator, a YIELD_FROM suspension is passed through to whoever
// drives the await, a YIELD_VALUE finishes the step (StopIteration(value)), and the end of the body ends the
// iteration (StopAsyncIteration).

enum class StepKind : uint8_t {
  kSend,   // __anext__() / asend(value): `first` is sent when the step is first resumed
  kThrow,  // athrow(...): `first` is thrown in
  kClose,  // aclose(): GeneratorExit is thrown in and the generator must finish
};

struct StepObject {
  Object header;
  Value generator;
  Value first;
  StepKind kind;
  bool started;
};

Value StepResult(StepObject* step, GenResult result, Value out) {
  GeneratorObject* generator = AsGenerator(step->generator);
  const bool closing = step->kind == StepKind::kClose;
  switch (result) {
    case GenResult::kYielded:
      if (generator->in_yield_from) return out;
      if (closing) return RaiseNew(&kRuntimeErrorType, "async generator ignored GeneratorExit");
      return RaiseStopIteration(out);
    case GenResult::kReturned:
      if (closing) return RaiseStopIteration(Value());
      return RaiseNew(&kStopAsyncIterationType, nullptr);
    default:
      if (closing && (PendingIs(&kGeneratorExitType) || PendingIs(&kStopAsyncIterationType))) {
        ClearPendingException();
        return RaiseStopIteration(Value());
      }
      return Value::Exception();
  }
}

// Resumes the async generator for one step: send `value`, or throw `exception` (non-null). The first resumption
// does what the step was made for instead.
Value StepResume(StepObject* step, Value value, Value exception) {
  if (!step->started) {
    step->started = true;
    if (exception.IsNull()) {
      if (step->kind == StepKind::kSend) {
        value = step->first;
      } else {
        exception = step->first;
      }
    }
  }
  Value out;
  return StepResult(step, GeneratorResume(step->generator, value, exception, &out), out);
}

StepObject* AsStep(Value v) {
  return reinterpret_cast<StepObject*>(v.AsObject());
}

Value StepIterNext(Value self) {
  return StepResume(AsStep(self), Value::None(), Value());
}

Value StepSendMethod(const Value* args, uint32_t, uint32_t) {
  return StepResume(AsStep(args[0]), args[1], Value());
}

Value StepThrowMethod(const Value* args, uint32_t n_pos, uint32_t) {
  const Value exception = ThrowArgument(args, n_pos);
  MICA_TRY(exception);
  return StepResume(AsStep(args[0]), Value(), exception);
}

Value StepSelf(const Value* args, uint32_t, uint32_t) {
  return args[0];
}

Value NewStep(Value generator, StepKind kind, Value first) {
  if (!IsGenerator(generator) || generator.AsObject()->type != &kAsyncGeneratorType) {
    return RaiseTypeError("descriptor requires an 'async_generator' object");
  }
  Object* object = NewObject(&kAsyncGeneratorStepType, sizeof(StepObject));
  if (object == nullptr) return Value::Exception();
  StepObject* step = AsStep(Value::FromObject(object));
  step->generator = generator;
  step->first = first;
  step->kind = kind;
  step->started = false;
  return Value::FromObject(object);
}

Value AsyncGeneratorANext(const Value* args, uint32_t, uint32_t) {
  return NewStep(args[0], StepKind::kSend, Value::None());
}

Value AsyncGeneratorASend(const Value* args, uint32_t, uint32_t) {
  return NewStep(args[0], StepKind::kSend, args[1]);
}

Value AsyncGeneratorAThrow(const Value* args, uint32_t n_pos, uint32_t) {
  const Value exception = ThrowArgument(args, n_pos);
  MICA_TRY(exception);
  return NewStep(args[0], StepKind::kThrow, exception);
}

Value AsyncGeneratorAClose(const Value* args, uint32_t, uint32_t) {
  const Value exit = NewException(&kGeneratorExitType, nullptr, 0);
  MICA_TRY(exit);
  return NewStep(args[0], StepKind::kClose, exit);
}

constexpr BuiltinFunction kAsyncAIter = MakeBuiltin(names::__aiter__, 1, 1, StepSelf);
constexpr BuiltinFunction kAsyncANext = MakeBuiltin(names::__anext__, 1, 1, AsyncGeneratorANext);
constexpr BuiltinFunction kAsyncAClose = MakeBuiltin(names::aclose, 1, 1, AsyncGeneratorAClose);
constexpr BuiltinFunction kAsyncASend = MakeBuiltin(names::asend, 2, 2, AsyncGeneratorASend);
constexpr BuiltinFunction kAsyncAThrow = MakeBuiltin(names::athrow, 2, 3, AsyncGeneratorAThrow);
// Sorted by name id.
constexpr Member kAsyncGeneratorMembers[] = {
    {names::__aiter__, &kAsyncAIter.header}, {names::__anext__, &kAsyncANext.header},
    {names::aclose, &kAsyncAClose.header},   {names::asend, &kAsyncASend.header},
    {names::athrow, &kAsyncAThrow.header},
};

constexpr BuiltinFunction kStepAwait = MakeBuiltin(names::__await__, 1, 1, StepSelf);
constexpr BuiltinFunction kStepSend = MakeBuiltin(names::send, 2, 2, StepSendMethod);
constexpr BuiltinFunction kStepThrow = MakeBuiltin(names::throw_, 2, 3, StepThrowMethod);
constexpr Member kStepMembers[] = {
    {names::__await__, &kStepAwait.header},
    {names::send, &kStepSend.header},
    {names::throw_, &kStepThrow.header},
};

}  // namespace

const Type kAsyncGeneratorType = {
    {&kTypeType},
    names::async_generator,
    0,
    nullptr,
    nullptr,
    GeneratorPrint,
    nullptr,
    nullptr,
    nullptr,
    GeneratorAttr,
    nullptr,
    nullptr,
    nullptr,
    {kAsyncGeneratorMembers, sizeof(kAsyncGeneratorMembers) / sizeof(kAsyncGeneratorMembers[0])},
};

const Type kAsyncGeneratorStepType = {
    {&kTypeType},
    names::async_generator_asend,
    0,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    IteratorSelf,
    StepIterNext,
    {kStepMembers, sizeof(kStepMembers) / sizeof(kStepMembers[0])},
};

const Type kGeneratorType = {
    {&kTypeType},
    names::generator,
    0,
    nullptr,
    nullptr,            // make_new
    GeneratorPrint,     // print
    nullptr,            // call
    nullptr,            // unary_op
    nullptr,            // binary_op
    GeneratorAttr,      // attr
    nullptr,            // subscript
    IteratorSelf,       // get_iter
    GeneratorIterNext,  // iter_next
    {kGeneratorMembers, sizeof(kGeneratorMembers) / sizeof(kGeneratorMembers[0])},
};

const Type kCoroutineType = {
    {&kTypeType},
    names::coroutine,
    0,
    nullptr,
    nullptr,
    GeneratorPrint,
    nullptr,
    nullptr,
    nullptr,
    GeneratorAttr,
    nullptr,
    nullptr,
    nullptr,
    {kGeneratorMembers, sizeof(kGeneratorMembers) / sizeof(kGeneratorMembers[0])},
};

bool IsGenerator(Value v) {
  if (!v.IsObject()) return false;
  const Type* type = v.AsObject()->type;
  return type == &kGeneratorType || type == &kCoroutineType || type == &kAsyncGeneratorType;
}

const vm::RawCode* GeneratorCode(const GeneratorObject* generator) {
  return AsFunction(generator->function)->code;
}

Value NewGenerator(Value function, const Value* params, size_t n_params) {
  const vm::RawCode* code = AsFunction(function)->code;
  const size_t n_values = vm::FrameValues(*code) + 1;
  Value* values = static_cast<Value*>(AllocateRaw(n_values * sizeof(Value), 0));
  if (values == nullptr) return Value::Exception();
  const Type* type = &kGeneratorType;
  if ((code->flags & vm::kCodeCoroutine) != 0) type = &kCoroutineType;
  if ((code->flags & vm::kCodeAsyncGenerator) != 0) type = &kAsyncGeneratorType;
  Object* object = NewObject(type, sizeof(GeneratorObject));
  if (object == nullptr) return Value::Exception();
  GeneratorObject* generator = reinterpret_cast<GeneratorObject*>(object);
  generator->function = function;
  generator->frame.values = values;
  generator->frame.depth = 0;
  generator->frame.resume_offset = 0;
  generator->frame.suspend_offset = 0;
  for (size_t i = 0; i < n_params; ++i) values[i] = params[i];
  generator->saved_exception = Value::None();
  generator->state = GeneratorState::kCreated;
  return Value::FromObject(object);
}

GenResult GeneratorResume(Value value_of_generator, Value value, Value exception, Value* out) {
  GeneratorObject* generator = AsGenerator(value_of_generator);
  switch (generator->state) {
    case GeneratorState::kRunning:
      RaiseValueError("generator already executing");
      return GenResult::kRaised;
    case GeneratorState::kFinished:
      // An awaited coroutine is spent: resuming it again is a bug in the caller, not the end of an iteration.
      if (generator->header.type == &kCoroutineType) {
        RaiseNew(&kRuntimeErrorType, "cannot reuse already awaited coroutine");
        return GenResult::kRaised;
      }
      if (!exception.IsNull()) {
        Raise(exception);
        return GenResult::kRaised;
      }
      *out = Value::None();
      return GenResult::kReturned;
    case GeneratorState::kCreated:
      if (!exception.IsNull()) {
        generator->state = GeneratorState::kFinished;
        Raise(exception);
        return GenResult::kRaised;
      }
      if (!value.IsNone()) {
        RaiseFormat(&kTypeErrorType, "can't send non-None value to a just-started %s", KindName(generator));
        return GenResult::kRaised;
      }
      return RunFrame(generator, ResumeKind::kSend, value, out, true);
    case GeneratorState::kSuspended:
      if (!exception.IsNull()) {
        if (generator->in_yield_from) return ThrowIntoDelegate(generator, exception, out);
        return RunFrame(generator, ResumeKind::kThrow, exception, out);
      }
      return RunFrame(generator, ResumeKind::kSend, value, out);
  }
  return GenResult::kRaised;
}

Value GeneratorClose(Value value_of_generator) {
  GeneratorObject* generator = AsGenerator(value_of_generator);
  if (generator->state == GeneratorState::kCreated || generator->state == GeneratorState::kFinished) {
    generator->state = GeneratorState::kFinished;
    return Value::None();
  }
  const Value exit = NewException(&kGeneratorExitType, nullptr, 0);
  MICA_TRY(exit);
  Value out;
  switch (GeneratorResume(value_of_generator, Value(), exit, &out)) {
    case GenResult::kYielded:
      return RaiseNew(&kRuntimeErrorType, "generator ignored GeneratorExit");
    case GenResult::kReturned:
      return Value::None();
    default:
      if (PendingIs(&kGeneratorExitType) || PendingIs(&kStopIterationType)) {
        ClearPendingException();
        return Value::None();
      }
      return Value::Exception();
  }
}

}  // namespace mica
