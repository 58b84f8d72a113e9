// TestVm: an interpreter with stacks, assembled programs and recording hooks, for the VM's tests.
//
// Every hook logs what it was asked ("binary_op BINARY_ADD 5 1") and then does something a test can predict:
// by default the arithmetic, truth, call and iteration hooks raise kSlowPathException; tests replace them with
// std::function overrides. Bytecode functions are callables that point at their RawCode; `MakeList` makes a
// fake iterable whose iterator the iteration hooks understand. VM error codes become catchable exceptions
// SmallInt(kVmErrorExceptionBase + code) when a handler asks for an object.
#ifndef MICA_RUNTIME_VM_VM_TEST_SUPPORT_H_
#define MICA_RUNTIME_VM_VM_TEST_SUPPORT_H_

#include <stddef.h>
#include <stdint.h>

#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "runtime/value.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/test_assembler.h"

namespace mica {
namespace vm {

constexpr intptr_t kSlowPathException = 999;
constexpr intptr_t kVmErrorExceptionBase = 1000;

class TestVm {
 public:
  explicit TestVm(size_t stack_values = 4096, size_t frame_count = 256);

  VmState& state() { return state_; }
  NameTable& names() { return names_; }

  // Assembles `source` or records a test failure and returns null.
  std::unique_ptr<AssembledCode> Build(const std::string& source, const std::vector<const RawCode*>& children = {});

  // A callable for `code` that CALL_FUNCTION enters directly.
  Value Function(const AssembledCode& code);
  // A fake iterable over `items`.
  Value MakeList(std::vector<Value> items);
  // Interned name as a value.
  Value Name(const std::string& text) { return Value::Name(names_.Intern(text)); }

  Value Run(const AssembledCode& code, const std::vector<Value>& args = {});

  // What happened, in order.
  std::vector<std::string> log;
  std::vector<std::pair<const RawCode*, uint32_t>> traceback;

  // Overrides; unset ones keep the default behaviour described above.
  std::function<Value(Opcode, Value, Value)> binary_op;
  std::function<Value(Opcode, Value)> unary_op;
  std::function<Value(Value)> truth;
  std::function<Value(Value, const Value*, size_t)> call;
  std::function<Value()> interrupt;
  // VmHooks::opcode: runs an opcode the loop leaves to the runtime (kOpcodeContinue, a value to yield, or an
  // error); unset, every such opcode fails with kUnimplementedOpcode.
  std::function<Value(Frame*, Opcode)> opcode;

  std::string Describe(Value value);

 private:
  struct ListIterator {
    const std::vector<Value>* items;
    size_t next;
  };

  static TestVm* From(VmState* state) { return static_cast<TestVm*>(state->runtime); }
  static Value BinaryOp(VmState* state, Opcode op, Value lhs, Value rhs);
  static Value UnaryOp(VmState* state, Opcode op, Value operand);
  static Value Truth(VmState* state, Value value);
  static const RawCode* BytecodeFunction(VmState* state, Value callable);
  static Value Call(VmState* state, Value callable, const Value* args, size_t argc);
  static Value GetIter(VmState* state, Value iterable);
  static Value IterNext(VmState* state, Value iterator);
  static Value Raise(VmState* state, Value exception, Value cause);
  static Value ExceptionValue(VmState* state);
  static void Traceback(VmState* state, const RawCode* code, uint32_t offset);
  static Value Interrupt(VmState* state);
  static Value RuntimeOpcode(VmState* state, Frame* frame, Opcode op);

  std::vector<Value> stack_;
  std::vector<Frame> frames_;
  VmHooks hooks_;
  VmState state_;
  NameTable names_;
  std::vector<const RawCode*> functions_;  // few: a scan is cheaper than a set for the benchmarks
  std::deque<std::vector<Value>> lists_;
  std::deque<ListIterator> iterators_;
};

// def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2), as assembly; the test sets constant 0 to fib itself.
// Per call: 4 instructions on the n < 2 path, 16 on the other (each of those makes two calls).
extern const char* const kFibAssembly;

}  // namespace vm
}  // namespace mica

#endif  // MICA_RUNTIME_VM_VM_TEST_SUPPORT_H_
