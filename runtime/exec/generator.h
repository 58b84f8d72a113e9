// Generators and coroutines: a function whose code has kCodeGenerator (or kCodeCoroutine) returns one of these
// instead of running. It owns a heap copy of its frame (slots, then the operand stack) between resumptions; the
// VM runs it on the value stack while it is resumed (vm::Resume copies it there and back).
//
// next()/send()/throw()/close() follow CPython: a finished generator raises StopIteration, a return value
// becomes StopIteration.value, StopIteration escaping the body becomes RuntimeError, close() throws
// GeneratorExit and complains if the generator yields again. `yield from` and `await` delegate send/throw/close
// to the inner iterator (YIELD_FROM). A finished coroutine raises RuntimeError when resumed again. Async
// generators offer __anext__/asend/athrow/aclose, each returning a one-step awaitable.
#ifndef MICA_RUNTIME_EXEC_GENERATOR_H_
#define MICA_RUNTIME_EXEC_GENERATOR_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/raw_code.h"

namespace mica {

enum class GeneratorState : uint8_t { kCreated, kSuspended, kRunning, kFinished };

struct GeneratorObject {
  Object header;             // &kGeneratorType or &kCoroutineType
  Value function;            // the FunctionObject it runs
  Value saved_exception;     // the exception being handled inside it while it is suspended
  vm::SuspendedFrame frame;  // heap values: NumSlots(code) slots, then the saved operand stack; where it goes on
  GeneratorState state;
  bool in_yield_from;        // suspended in YIELD_FROM: the delegate is the top saved stack value
};

extern const Type kGeneratorType;
extern const Type kCoroutineType;
extern const Type kAsyncGeneratorType;
extern const Type kAsyncGeneratorStepType;  // what __anext__ returns: an awaitable for one step

bool IsGenerator(Value v);  // a generator, a coroutine or an async generator
inline GeneratorObject* AsGenerator(Value v) { return reinterpret_cast<GeneratorObject*>(v.AsObject()); }

const vm::RawCode* GeneratorCode(const GeneratorObject* generator);

// A new generator for `function` whose parameter slots are params[0, NumParameterSlots(code)).
Value NewGenerator(Value function, const Value* params, size_t n_params);

enum class GenResult : uint8_t { kYielded, kReturned, kRaised };

// Resumes with send(value) (value None for next()), or throws `exception` (non-null) into it. *out is the
// yielded or returned value; kRaised leaves the exception pending.
GenResult GeneratorResume(Value generator, Value value, Value exception, Value* out);

// close(): None or an exception.
Value GeneratorClose(Value generator);

}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_GENERATOR_H_
