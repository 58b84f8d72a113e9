// Compiled code run by the real interpreter (runtime/vm), for the part of Python that needs no object model yet:
// small-int arithmetic, comparisons, bools, loops (the range loop too), break/continue/else, try/except/finally
// with raised small ints, calls between compiled functions. Functions reach each other through parameters (the
// object model's globals and MAKE_FUNCTION are not there yet): the test's `call` hook runs a compiled function
// with a re-entrant Execute, and `range` is a parameter bound to VmState::builtin_range.
#include <stdint.h>

#include <map>
#include <string>
#include <vector>

#include "compiler/emitter/test_sink.h"
#include "gtest/gtest.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/line_table.h"
#include "runtime/vm/vm_test_support.h"

namespace mica {
namespace testing_emitter {
namespace {

using vm::RawCode;

class Program {
 public:
  explicit Program(const std::string& source) {
    module_ = compiler_.Compile(source);
    if (module_ == nullptr) {
      ADD_FAILURE() << DescribeError(compiler_.error());
      return;
    }
    for (uint32_t i = 0; i < module_->num_children; ++i) {
      const RawCode* code = module_->children[i];
      functions_[compiler_.sink().names().Text(code->name)] = code;
    }
    vm_.state().builtin_range = kRange;
    vm_.call = [this](Value callable, const Value* args, size_t argc) {
      if (!callable.IsObject()) return vm::RaiseException(&vm_.state(), Value::SmallInt(kNotCallable));
      const RawCode* code = reinterpret_cast<const RawCode*>(callable.AsObject());
      return vm::Execute(&vm_.state(), code, callable, args, argc);
    };
  }

  // The function `name` as a callable value.
  Value Function(const std::string& name) {
    auto found = functions_.find(name);
    if (found == functions_.end()) {
      ADD_FAILURE() << "no function " << name;
      return Value::None();
    }
    return Value::FromObject(reinterpret_cast<const Object*>(found->second));
  }

  const RawCode* Code(const std::string& name) { return functions_.at(name); }

  // Calls `name` with `args`; "exception N" if it raised the small int N, else the result's description.
  std::string Call(const std::string& name, const std::vector<Value>& args) {
    const Value function = Function(name);
    if (!function.IsObject()) return "no function";
    const RawCode* code = reinterpret_cast<const RawCode*>(function.AsObject());
    const Value result = vm::Execute(&vm_.state(), code, function, args.data(), args.size());
    if (result.IsException()) {
      const vm::PendingError& error = vm_.state().error;
      if (error.kind == vm::VmError::kRaised) return "exception " + vm_.Describe(error.exception);
      return std::string("vm error ") + std::to_string(static_cast<int>(error.kind));
    }
    return vm_.Describe(result);
  }

  vm::TestVm& vm() { return vm_; }

  static constexpr intptr_t kNotCallable = 404;
  static constexpr Value kRange = Value::SmallInt(-7777);  // any value: GET_RANGE_ITER compares identity

 private:
  TestCompiler compiler_;
  const RawCode* module_ = nullptr;
  std::map<std::string, const RawCode*> functions_;
  vm::TestVm vm_;
};

Value Int(intptr_t value) {
  return Value::SmallInt(value);
}

TEST(VmExecution, RecursiveFibonacci) {
  Program program("def fib(n, fib):\n    if n < 2:\n        return n\n    return fib(n - 1, fib) + fib(n - 2, fib)\n");
  EXPECT_EQ(program.Call("fib", {Int(20), program.Function("fib")}), "6765");
}

TEST(VmExecution, RangeLoopsWithStartStopStep) {
  Program program(
      "def f(n, range):\n    t = 0\n    for i in range(n):\n        t += i\n    for i in range(10, 0, -3):\n"
      "        t = t * 2 + i\n    return t\n");
  // sum(range(5)) = 10; then 10*2+10=30, 30*2+7=67, 67*2+4=138, 138*2+1=277
  EXPECT_EQ(program.Call("f", {Int(5), Program::kRange}), "277");
}

TEST(VmExecution, BreakContinueAndElseClauses) {
  Program program(
      "def f(n, range):\n    found = -1\n    for i in range(n):\n        if i % 2 == 0:\n            continue\n"
      "        if i * i > 40:\n            found = i\n            break\n    else:\n        found = 100\n"
      "    k = 0\n    while k < 3:\n        k += 1\n    else:\n        found += 1000\n    return found\n");
  EXPECT_EQ(program.Call("f", {Int(20), Program::kRange}), "1007");  // 7 is the first odd i with i*i > 40
  EXPECT_EQ(program.Call("f", {Int(5), Program::kRange}), "1100");   // no break: the for's else runs
}

TEST(VmExecution, WhileWithAssignmentExpressionAndChainedComparisons) {
  Program program(
      "def f(n):\n    count = 0\n    while (n := n - 1) > 0:\n        if 2 < n <= 6 and not n == 4:\n"
      "            count += 10\n        elif n == 1 or n == 8:\n            count += 1\n    return count\n");
  // n runs 8..1: 8 (+1), 6, 5, 3 (+10 each; 4 excluded), 1 (+1)
  EXPECT_EQ(program.Call("f", {Int(9)}), "32");
}

TEST(VmExecution, ConditionalExpressionsAndFolding) {
  Program program(
      "def f(a, b):\n    x = a if a > b else b\n    return x * (2 ** 10 + 7 // 2) - (1 << 4) % 5 + -(-3)\n");
  EXPECT_EQ(program.Call("f", {Int(3), Int(9)}), std::to_string(9 * 1027 - 1 + 3));
}

TEST(VmExecution, ExceptCatchesARaisedValue) {
  Program program(
      "def f(x):\n    try:\n        if x:\n            raise x\n        r = 1\n    except:\n        r = -1\n"
      "    else:\n        r += 10\n    return r\n");
  EXPECT_EQ(program.Call("f", {Int(0)}), "11");
  EXPECT_EQ(program.Call("f", {Int(5)}), "-1");
}

TEST(VmExecution, FinallyRunsOnEveryWayOut) {
  Program program(
      "def f(n, range):\n    log = 0\n    for i in range(n):\n        try:\n            if i == 1:\n"
      "                continue\n            if i == 3:\n                break\n            log += 1\n"
      "        finally:\n            log += 100\n    try:\n        return log\n    finally:\n        log = -1\n");
  // i=0: +1 +100; i=1: +100; i=2: +1 +100; i=3: +100 then break. The finally after `return log` changes a
  // local, not the value already on the stack.
  EXPECT_EQ(program.Call("f", {Int(10), Program::kRange}), "402");
}

TEST(VmExecution, ReturnInFinallyOverridesAndSwallows) {
  Program program(
      "def f(x):\n    try:\n        raise x\n    finally:\n        return 2\n"
      "def g():\n    try:\n        return 1\n    finally:\n        return 3\n");
  EXPECT_EQ(program.Call("f", {Int(9)}), "2");
  EXPECT_EQ(program.Call("g", {}), "3");
}

TEST(VmExecution, ExceptionsPropagateThroughFinallyAndReraise) {
  Program program(
      "def f(x):\n    t = 0\n    try:\n        try:\n            raise x\n        finally:\n            t = 5\n"
      "    except:\n        return t\n    return 0\n"
      "def g(x):\n    try:\n        try:\n            raise x\n        except:\n            raise\n    except:\n"
      "        return 99\n"
      "def h(x):\n    try:\n        raise x\n    finally:\n        x = 0\n");
  EXPECT_EQ(program.Call("f", {Int(7)}), "5");
  EXPECT_EQ(program.Call("g", {Int(7)}), "99");
  EXPECT_EQ(program.Call("h", {Int(42)}), "exception 42");
  EXPECT_TRUE(program.vm().state().handled_exception.IsNone() || program.vm().state().handled_exception.IsNull());
}

TEST(VmExecution, NestedLoopsWithTryInside) {
  Program program(
      "def f(n, range):\n    total = 0\n    for i in range(n):\n        for j in range(i):\n            try:\n"
      "                if (i + j) % 3 == 0:\n                    raise i\n                total += j\n"
      "            except:\n                total += 1000\n                continue\n    return total\n");
  int expected = 0;
  for (int i = 0; i < 7; ++i) {
    for (int j = 0; j < i; ++j) expected += (i + j) % 3 == 0 ? 1000 : j;
  }
  EXPECT_EQ(program.Call("f", {Int(7), Program::kRange}), std::to_string(expected));
}

TEST(VmExecution, CallsBetweenCompiledFunctions) {
  Program program(
      "def twice(g, x):\n    return g(g(x))\n"
      "def inc(x):\n    return x + 1\n"
      "def ackermann(m, n, a):\n    if m == 0:\n        return n + 1\n    if n == 0:\n"
      "        return a(m - 1, 1, a)\n    return a(m - 1, a(m, n - 1, a), a)\n");
  EXPECT_EQ(program.Call("twice", {program.Function("inc"), Int(40)}), "42");
  EXPECT_EQ(program.Call("ackermann", {Int(2), Int(3), program.Function("ackermann")}), "9");
}

TEST(VmExecution, TracebackLinesComeFromTheLineTable) {
  Program program("def f(x):\n    y = x + 1\n\n    raise y\n");
  EXPECT_EQ(program.Call("f", {Int(1)}), "exception 2");
  ASSERT_FALSE(program.vm().traceback.empty());
  const auto& frame = program.vm().traceback.front();
  EXPECT_EQ(frame.first, program.Code("f"));
  EXPECT_EQ(vm::LineForOffset(*frame.first, frame.second), 4u);
}

TEST(VmExecution, RecursionThroughTheCallHook) {
  // Each level is a re-entrant Execute with its own frame record.
  Program program("def total(n, total):\n    return 0 if n == 0 else n + total(n - 1, total)\n");
  EXPECT_EQ(program.Call("total", {Int(200), program.Function("total")}), "20100");
}

}  // namespace
}  // namespace testing_emitter
}  // namespace mica
