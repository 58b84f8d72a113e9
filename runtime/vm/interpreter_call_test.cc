// Calls between bytecode functions: frames carved from the value stack, recursion, and the limits.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/vm/bytecode.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/line_table.h"
#include "runtime/vm/vm_test_support.h"

namespace mica {
namespace vm {
namespace {

// def down(n): return down(n + 1) -- never returns; constant 0 is itself.
const char* kForever = R"(
    .name down
    .params 1
    .locals 1
    .const null
    .line 7
        LOAD_CONST 0
        LOAD_FAST 0
        LOAD_SMALL_INT 1
        BINARY_ADD
        CALL_FUNCTION 1
        RETURN_VALUE
)";

std::unique_ptr<AssembledCode> SelfReferencing(TestVm& vm, const char* source) {
  auto code = vm.Build(source);
  if (code != nullptr) code->SetConstant(0, vm.Function(*code));
  return code;
}

TEST(InterpreterCall, CallsWithZeroOneAndThreeArguments) {
  TestVm vm;
  auto zero = vm.Build("LOAD_SMALL_INT 7\nRETURN_VALUE");
  auto one = vm.Build(".params 1\n.locals 2\nLOAD_FAST 0\nLOAD_FAST 0\nBINARY_MULTIPLY\nRETURN_VALUE");
  // def three(a, b, c): return a * 100 + b * 10 + c, with two extra locals left unbound.
  auto three = vm.Build(R"(
    .params 3
    .locals 5
        LOAD_FAST 0
        LOAD_SMALL_INT 100
        BINARY_MULTIPLY
        LOAD_FAST 1
        LOAD_SMALL_INT 10
        BINARY_MULTIPLY
        BINARY_ADD
        LOAD_FAST 2
        BINARY_ADD
        RETURN_VALUE
  )");
  ASSERT_NE(zero, nullptr);
  ASSERT_NE(one, nullptr);
  ASSERT_NE(three, nullptr);
  // 1000 + zero() + one(5) + three(1, 2, 3), with the callees in the middle of an expression.
  auto main = vm.Build(R"(
    .const null
    .const null
    .const null
        LOAD_SMALL_INT 1000
        LOAD_CONST 0
        CALL_FUNCTION 0
        BINARY_ADD
        LOAD_CONST 1
        LOAD_SMALL_INT 5
        CALL_FUNCTION 1
        BINARY_ADD
        LOAD_CONST 2
        LOAD_SMALL_INT 1
        LOAD_SMALL_INT 2
        LOAD_SMALL_INT 3
        CALL_FUNCTION 3
        BINARY_ADD
        RETURN_VALUE
  )");
  ASSERT_NE(main, nullptr);
  main->SetConstant(0, vm.Function(*zero));
  main->SetConstant(1, vm.Function(*one));
  main->SetConstant(2, vm.Function(*three));
  const Value result = vm.Run(*main);
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 1000 + 7 + 25 + 123);
  EXPECT_TRUE(vm.log.empty());
  EXPECT_EQ(vm.state().frame_top, nullptr);
}

TEST(InterpreterCall, RecursiveFib) {
  TestVm vm;
  auto fib = SelfReferencing(vm, kFibAssembly);
  ASSERT_NE(fib, nullptr);
  EXPECT_EQ(fib->code().max_stack, 4);
  const intptr_t expected[] = {0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55};
  for (intptr_t n = 0; n <= 10; ++n) {
    const Value result = vm.Run(*fib, {Value::SmallInt(n)});
    ASSERT_TRUE(result.IsSmallInt());
    EXPECT_EQ(result.AsSmallInt(), expected[n]);
  }
  EXPECT_EQ(vm.Run(*fib, {Value::SmallInt(20)}).AsSmallInt(), 6765);
}

TEST(InterpreterCall, CalleeLocalsStartUnbound) {
  TestVm vm;
  auto callee = vm.Build(".params 1\n.locals 2\nLOAD_FAST 1\nRETURN_VALUE");
  auto caller = vm.Build(R"(
    .const null
        LOAD_SMALL_INT 11     # junk left on the value stack where the callee's slot 1 will be
        POP_TOP
        LOAD_CONST 0
        LOAD_SMALL_INT 1
        CALL_FUNCTION 1
        RETURN_VALUE
  )");
  ASSERT_NE(callee, nullptr);
  ASSERT_NE(caller, nullptr);
  caller->SetConstant(0, vm.Function(*callee));
  EXPECT_TRUE(vm.Run(*caller).IsException());
  EXPECT_EQ(vm.state().error.kind, VmError::kUnboundLocal);
  EXPECT_EQ(vm.state().error.code, callee->get());
}

TEST(InterpreterCall, OtherCallablesAndMismatchedArgumentsUseTheCallHook) {
  TestVm vm;
  auto two = vm.Build(".params 2\n.locals 2\nLOAD_FAST 0\nRETURN_VALUE");
  auto caller = vm.Build(R"(
    .const null
    .const 'print'
        LOAD_CONST 0
        LOAD_SMALL_INT 1
        CALL_FUNCTION 1       # one argument for two parameters: the runtime applies defaults or raises
        LOAD_CONST 1
        LOAD_SMALL_INT 2
        LOAD_SMALL_INT 3
        CALL_FUNCTION 2       # not a bytecode function
        BINARY_ADD
        RETURN_VALUE
  )");
  ASSERT_NE(two, nullptr);
  ASSERT_NE(caller, nullptr);
  caller->SetConstant(0, vm.Function(*two));
  vm.call = [](Value, const Value*, size_t argc) { return Value::SmallInt(static_cast<intptr_t>(argc) * 10); };
  const Value result = vm.Run(*caller);
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 30);
  const std::vector<std::string> expected = {"call <object> 1", "call print 2 3"};
  EXPECT_EQ(vm.log, expected);
}

TEST(InterpreterCall, FunctionsNeedingTheFullCallProtocolUseTheCallHook) {
  TestVm vm;
  auto generator = vm.Build(".params 0\n.flags generator\nLOAD_NONE\nRETURN_VALUE");
  auto kwonly = vm.Build(".params 0\n.kwonly 1\n.locals 1\nLOAD_NONE\nRETURN_VALUE");
  auto caller = vm.Build(R"(
    .const null
    .const null
        LOAD_CONST 0
        CALL_FUNCTION 0
        POP_TOP
        LOAD_CONST 1
        CALL_FUNCTION 0
        RETURN_VALUE
  )");
  ASSERT_NE(caller, nullptr);
  caller->SetConstant(0, vm.Function(*generator));
  caller->SetConstant(1, vm.Function(*kwonly));
  vm.call = [](Value, const Value*, size_t) { return Value::None(); };
  EXPECT_TRUE(vm.Run(*caller).IsNone());
  EXPECT_EQ(vm.log.size(), 2u);
}

TEST(InterpreterCall, RecursionLimitIsACleanError) {
  TestVm vm(/*stack_values=*/100000, /*frame_count=*/50);
  auto down = SelfReferencing(vm, kForever);
  ASSERT_NE(down, nullptr);
  EXPECT_TRUE(vm.Run(*down, {Value::SmallInt(0)}).IsException());
  EXPECT_EQ(vm.state().error.kind, VmError::kRecursionLimit);
  EXPECT_EQ(vm.state().frame_top, nullptr);
  // Every one of the 50 frames got its traceback entry, at its CALL_FUNCTION on line 7.
  ASSERT_EQ(vm.traceback.size(), 50u);
  for (const auto& entry : vm.traceback) {
    EXPECT_EQ(entry.first, down->get());
    EXPECT_EQ(InstructionStartContaining(*entry.first, entry.second), 7u);
    EXPECT_EQ(LineForOffset(*entry.first, entry.second), 7u);
  }
  // The state is usable again.
  auto fine = vm.Build("LOAD_SMALL_INT 1\nRETURN_VALUE");
  EXPECT_EQ(vm.Run(*fine).AsSmallInt(), 1);
}

TEST(InterpreterCall, ValueStackExhaustionIsACleanError) {
  // Plenty of frame records, but only ~200 values: each `down` frame needs 1 slot + 3 operand values.
  TestVm vm(/*stack_values=*/200, /*frame_count=*/100000);
  auto down = SelfReferencing(vm, kForever);
  ASSERT_NE(down, nullptr);
  EXPECT_TRUE(vm.Run(*down, {Value::SmallInt(0)}).IsException());
  EXPECT_EQ(vm.state().error.kind, VmError::kStackOverflow);
  EXPECT_EQ(vm.state().frame_top, nullptr);
  EXPECT_GT(vm.traceback.size(), 40u);
  EXPECT_LT(vm.traceback.size(), 201u);
}

TEST(InterpreterCall, ExecuteChecksItsOwnLimits) {
  TestVm vm(/*stack_values=*/8, /*frame_count=*/4);
  auto big = vm.Build(".locals 20\nLOAD_NONE\nRETURN_VALUE");
  EXPECT_TRUE(vm.Run(*big).IsException());
  EXPECT_EQ(vm.state().error.kind, VmError::kStackOverflow);
  EXPECT_EQ(vm.state().error.code, big->get());
  auto one = vm.Build(".params 1\n.locals 1\nLOAD_FAST 0\nRETURN_VALUE");
  EXPECT_TRUE(vm.Run(*one, {}).IsException());
  EXPECT_EQ(vm.state().error.kind, VmError::kBadCall);
  EXPECT_EQ(vm.state().error.detail, 0u);
  EXPECT_EQ(vm.Run(*one, {Value::SmallInt(4)}).AsSmallInt(), 4);
}

TEST(InterpreterCall, CStackLimitStopsReentry) {
  TestVm vm;
  auto one = vm.Build("LOAD_NONE\nRETURN_VALUE");
  int marker = 0;
  vm.state().c_stack_limit = reinterpret_cast<uintptr_t>(&marker) + 1024 * 1024;  // far above us
  EXPECT_TRUE(vm.Run(*one).IsException());
  EXPECT_EQ(vm.state().error.kind, VmError::kRecursionLimit);
  vm.state().c_stack_limit = 0;
  EXPECT_TRUE(vm.Run(*one).IsNone());
}

TEST(InterpreterCall, HooksMayReenterExecute) {
  // 100 + native(5), where the runtime's `native` runs bytecode `square` itself through Execute.
  TestVm vm;
  auto square = vm.Build(".params 1\n.locals 1\nLOAD_FAST 0\nLOAD_FAST 0\nBINARY_MULTIPLY\nRETURN_VALUE");
  auto caller = vm.Build(R"(
    .const 'native'
    .locals 1
        LOAD_SMALL_INT 77
        STORE_FAST 0
        LOAD_SMALL_INT 100
        LOAD_CONST 0
        LOAD_SMALL_INT 5
        CALL_FUNCTION 1
        BINARY_ADD
        LOAD_FAST 0
        BINARY_ADD
        RETURN_VALUE
  )");
  ASSERT_NE(square, nullptr);
  ASSERT_NE(caller, nullptr);
  Frame* seen_top = nullptr;
  vm.call = [&](Value, const Value* args, size_t argc) {
    seen_top = vm.state().frame_top;
    return Execute(&vm.state(), square->get(), Value::None(), args, argc);
  };
  const Value result = vm.Run(*caller);
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 100 + 25 + 77);
  ASSERT_NE(seen_top, nullptr);
  EXPECT_EQ(seen_top->code, caller->get());
  EXPECT_EQ(vm.state().frame_top, nullptr);
}

TEST(InterpreterCall, ErrorsInACalleeReportTheCalleeAndUnwindEveryFrame) {
  TestVm vm;
  // inner() fails on line 20; middle() calls it on line 11; outer calls middle on line 2.
  auto inner = vm.Build(".name inner\n.line 20\nLOAD_NONE\nLOAD_SMALL_INT 1\nBINARY_ADD\nRETURN_VALUE");
  auto middle =
      vm.Build(".name middle\n.const null\n.line 10\nNOP\n.line 11\nLOAD_CONST 0\nCALL_FUNCTION 0\nRETURN_VALUE");
  auto outer = vm.Build(".name outer\n.const null\n.line 2\nLOAD_CONST 0\nCALL_FUNCTION 0\nRETURN_VALUE");
  ASSERT_NE(inner, nullptr);
  ASSERT_NE(middle, nullptr);
  ASSERT_NE(outer, nullptr);
  middle->SetConstant(0, vm.Function(*inner));
  outer->SetConstant(0, vm.Function(*middle));
  EXPECT_TRUE(vm.Run(*outer).IsException());
  EXPECT_EQ(vm.state().error.code, inner->get());
  EXPECT_EQ(InstructionStartContaining(inner->code(), vm.state().error.offset), 3u);
  ASSERT_EQ(vm.traceback.size(), 3u);
  EXPECT_EQ(vm.traceback[0].first, inner->get());
  EXPECT_EQ(LineForOffset(*vm.traceback[0].first, vm.traceback[0].second), 20u);
  EXPECT_EQ(vm.traceback[1].first, middle->get());
  EXPECT_EQ(LineForOffset(*vm.traceback[1].first, vm.traceback[1].second), 11u);
  EXPECT_EQ(vm.traceback[2].first, outer->get());
  EXPECT_EQ(LineForOffset(*vm.traceback[2].first, vm.traceback[2].second), 2u);
  EXPECT_EQ(vm.state().frame_top, nullptr);
}

}  // namespace
}  // namespace vm
}  // namespace mica
