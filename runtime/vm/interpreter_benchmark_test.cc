// Micro-benchmarks of the dispatch loop, with hand-assembled bytecode for
//
//   def loop(n):                              def fib(n):
//       total = 0                                 if n < 2:
//       for i in range(n):                            return n
//           total = total + i * 3 % 7             return fib(n - 1) + fib(n - 2)
//       return total
//
// It prints wall time per bytecode instruction, per loop iteration and per call. Machine instructions, which
// repeat exactly, come from callgrind on the built binary, one benchmark at a time:
//
//   valgrind --tool=callgrind --callgrind-out-file=/tmp/loop.out
//       bazel-bin/runtime/vm/vm_benchmark_test --gtest_filter='InterpreterBenchmark.RangeLoop*'  (one line)
//   callgrind_annotate /tmp/loop.out | head -20
//
// and subtracting the empty run (InterpreterBenchmark.Baseline) from the total.
#include <stdio.h>
#include <stdlib.h>

#include <chrono>
#include <string>

#include "gtest/gtest.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/test_assembler.h"
#include "runtime/vm/vm_test_support.h"

namespace mica {
namespace vm {
namespace {

// 11 instructions per iteration: FOR_RANGE, STORE_FAST, 8 for the body, JUMP.
const char* kLoop = R"(
    .name loop
    .params 2            # range, n   (range arrives as a parameter: there is no LOAD_GLOBAL yet)
    .locals 4            # + total, i
        LOAD_SMALL_INT 0
        STORE_FAST 2
        LOAD_FAST 0
        LOAD_FAST 1
        GET_RANGE_ITER 1
    loop:
        FOR_RANGE done
        STORE_FAST 3
        LOAD_FAST 2
        LOAD_FAST 3
        LOAD_SMALL_INT 3
        BINARY_MULTIPLY
        LOAD_SMALL_INT 7
        BINARY_MODULO
        BINARY_ADD
        STORE_FAST 2
        JUMP loop
    done:
        LOAD_FAST 2
        RETURN_VALUE
)";

double Seconds(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

intptr_t Iterations() {
  const char* override_n = getenv("MICA_LOOP_N");
  return override_n != nullptr ? atol(override_n) : 1000000;
}

TEST(InterpreterBenchmark, Baseline) {
  TestVm vm;
  auto code = vm.Build("LOAD_NONE\nRETURN_VALUE");
  ASSERT_NE(code, nullptr);
  EXPECT_TRUE(vm.Run(*code).IsNone());
}

TEST(InterpreterBenchmark, RangeLoop) {
  TestVm vm;
  vm.state().builtin_range = vm.Name("range");
  auto code = vm.Build(kLoop);
  ASSERT_NE(code, nullptr);
  const intptr_t n = Iterations();
  intptr_t expected = 0;
  for (intptr_t i = 0; i < n; ++i) expected += i * 3 % 7;
  const auto start = std::chrono::steady_clock::now();
  const Value result = vm.Run(*code, {vm.Name("range"), Value::SmallInt(n)});
  const double seconds = Seconds(start);
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), expected);
  EXPECT_TRUE(vm.log.empty());
  printf("loop(%ld): %.1f ms, %.2f ns per iteration, %.2f ns per bytecode instruction (11 per iteration)\n",
         static_cast<long>(n), seconds * 1e3, seconds * 1e9 / n, seconds * 1e9 / (11.0 * n));
}

TEST(InterpreterBenchmark, RecursiveFib) {
  TestVm vm;
  auto code = vm.Build(kFibAssembly);
  ASSERT_NE(code, nullptr);
  code->SetConstant(0, vm.Function(*code));
  const intptr_t n = 25;
  const long calls = 242785;  // fib(25) makes 2 * fib(26) - 1 calls
  const auto start = std::chrono::steady_clock::now();
  const Value result = vm.Run(*code, {Value::SmallInt(n)});
  const double seconds = Seconds(start);
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 75025);
  EXPECT_TRUE(vm.log.empty());
  printf("fib(25): %.1f ms, %ld calls, %.2f ns per call\n", seconds * 1e3, calls, seconds * 1e9 / calls);
}

}  // namespace
}  // namespace vm
}  // namespace mica
