// The runtime's opcode hook (continue, fail, suspend) and Resume: generators' frames suspended by YIELD_VALUE
// or by a hook, resumed with a value sent in or an exception thrown in.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/vm/bytecode.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/operand_encoding.h"
#include "runtime/vm/vm_test_support.h"

namespace mica {
namespace vm {
namespace {

// BUILD_TUPLE n as "the sum of the n values", run by the hook on the frame record.
Value SumHook(Frame* frame, Opcode op) {
  EXPECT_EQ(op, Opcode::BUILD_TUPLE);
  const uint32_t count = ReadVarUint(frame->ip);
  intptr_t sum = 0;
  for (uint32_t i = 0; i < count; ++i) sum += (*--frame->sp).AsSmallInt();
  *frame->sp++ = Value::SmallInt(sum);
  return kOpcodeContinue;
}

TEST(InterpreterResume, HookContinuesAtTheNextInstruction) {
  TestVm vm;
  vm.opcode = SumHook;
  auto code = vm.Build(R"(
        LOAD_SMALL_INT 1
        LOAD_SMALL_INT 2
        LOAD_SMALL_INT 3
        BUILD_TUPLE 3
        LOAD_SMALL_INT 10
        BINARY_ADD
        BUILD_TUPLE 0        # at stack depth 1: pushes 0
        BINARY_ADD
        RETURN_VALUE
  )");
  ASSERT_NE(code, nullptr);
  const Value result = vm.Run(*code);
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 16);
  EXPECT_EQ(vm.log, (std::vector<std::string>{"opcode BUILD_TUPLE", "opcode BUILD_TUPLE"}));
  EXPECT_EQ(vm.state().frame_top, nullptr);
}

TEST(InterpreterResume, HookContinuesInACalledFrameAndMayJump) {
  TestVm vm;
  // BUILD_TUPLE 0 in the callee: push the frame's slot 0 and skip the next 3 bytes (a jump chosen by the hook).
  vm.opcode = [](Frame* frame, Opcode) {
    EXPECT_EQ(ReadVarUint(frame->ip), 0u);
    frame->ip += 3;
    *frame->sp++ = frame->locals[0];
    return kOpcodeContinue;
  };
  auto callee = vm.Build(R"(
        .params 1
        .locals 1
        BUILD_TUPLE 0
        LOAD_SMALL_INT 1     # skipped (2 bytes)
        BINARY_ADD           # skipped (1 byte)
        LOAD_SMALL_INT 5
        BINARY_MULTIPLY
        RETURN_VALUE
  )");
  ASSERT_NE(callee, nullptr);
  auto caller = vm.Build(R"(
        .params 1
        .locals 1
        LOAD_FAST 0
        LOAD_SMALL_INT 7
        CALL_FUNCTION 1
        RETURN_VALUE
  )");
  ASSERT_NE(caller, nullptr);
  const Value result = vm.Run(*caller, {vm.Function(*callee)});
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 35);
}

TEST(InterpreterResume, HookErrorIsCaughtAtItsInstruction) {
  TestVm vm;
  vm.opcode = [&vm](Frame*, Opcode) { return RaiseException(&vm.state(), Value::SmallInt(42)); };
  auto code = vm.Build(R"(
        LOAD_NONE
    try_start:
        BUILD_TUPLE 0
        RETURN_VALUE
    try_end:
    handler:
        RETURN_VALUE
        .handler try_start try_end handler 0
  )");
  ASSERT_NE(code, nullptr);
  const Value result = vm.Run(*code);
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 42);
  ASSERT_EQ(vm.traceback.size(), 1u);
  EXPECT_EQ(vm.traceback[0].second, 1u);
}

const char* kCounter = R"(
    .flags generator
    .params 1
    .locals 2
        LOAD_SMALL_INT 5     # stays on the operand stack across both yields
        LOAD_FAST 0
        YIELD_VALUE
        STORE_FAST 1
        LOAD_FAST 1
        LOAD_SMALL_INT 1
        BINARY_ADD
        YIELD_VALUE
        BINARY_ADD           # 5 + the second value sent
        RETURN_VALUE
)";

TEST(InterpreterResume, YieldSuspendsAndResumeSendsIn) {
  TestVm vm;
  auto code = vm.Build(kCounter);
  ASSERT_NE(code, nullptr);
  std::vector<Value> values(FrameValues(*code->get()), Value::None());
  values[0] = Value::SmallInt(10);
  SuspendedFrame saved{values.data(), 0, 0, 0};
  RunStatus status;
  Value result = Resume(&vm.state(), code->get(), Value::None(), &saved, ResumeMode::kStart, Value(), &status);
  EXPECT_EQ(status, RunStatus::kYielded);
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 10);
  EXPECT_EQ(saved.depth, 1u);
  EXPECT_EQ(saved.suspend_offset, 4u);  // LOAD_SMALL_INT 5 (2 bytes), LOAD_FAST 0 (2 bytes)
  EXPECT_EQ(saved.resume_offset, 5u);
  EXPECT_EQ(vm.state().frame_top, nullptr);

  result = Resume(&vm.state(), code->get(), Value::None(), &saved, ResumeMode::kSend, Value::SmallInt(20), &status);
  EXPECT_EQ(status, RunStatus::kYielded);
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 21);
  EXPECT_EQ(saved.depth, 1u);
  EXPECT_TRUE(values[1].Is(Value::SmallInt(20)));  // the slot went back to the heap frame

  result = Resume(&vm.state(), code->get(), Value::None(), &saved, ResumeMode::kSend, Value::SmallInt(100), &status);
  EXPECT_EQ(status, RunStatus::kReturned);
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 105);
  EXPECT_EQ(vm.state().frame_top, nullptr);
  EXPECT_TRUE(vm.log.empty());
}

const char* kGuarded = R"(
    .flags generator
        LOAD_SMALL_INT 3
    try_start:
        LOAD_NONE
        YIELD_VALUE
        POP_TOP
    try_end:
        RETURN_VALUE
    handler:
        RETURN_VALUE         # the exception, at depth 0
        .handler try_start try_end handler 0
)";

TEST(InterpreterResume, ThrowInIsRaisedAtTheYieldAndCaught) {
  TestVm vm;
  auto code = vm.Build(kGuarded);
  ASSERT_NE(code, nullptr);
  std::vector<Value> values(FrameValues(*code->get()));
  SuspendedFrame saved{values.data(), 0, 0, 0};
  RunStatus status;
  Value result = Resume(&vm.state(), code->get(), Value::None(), &saved, ResumeMode::kStart, Value(), &status);
  EXPECT_EQ(status, RunStatus::kYielded);
  EXPECT_TRUE(result.IsNone());
  EXPECT_EQ(saved.suspend_offset, 3u);
  result = Resume(&vm.state(), code->get(), Value::None(), &saved, ResumeMode::kThrow, Value::SmallInt(42), &status);
  EXPECT_EQ(status, RunStatus::kReturned);
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 42);
  ASSERT_EQ(vm.traceback.size(), 1u);
  EXPECT_EQ(vm.traceback[0].second, 3u);
  EXPECT_EQ(vm.state().error.kind, VmError::kNone);
}

TEST(InterpreterResume, ThrowInWithoutHandlerLeavesTheFrame) {
  TestVm vm;
  auto code = vm.Build(kCounter);
  ASSERT_NE(code, nullptr);
  std::vector<Value> values(FrameValues(*code->get()));
  values[0] = Value::SmallInt(1);
  SuspendedFrame saved{values.data(), 0, 0, 0};
  RunStatus status;
  Resume(&vm.state(), code->get(), Value::None(), &saved, ResumeMode::kStart, Value(), &status);
  ASSERT_EQ(status, RunStatus::kYielded);
  const Value result =
      Resume(&vm.state(), code->get(), Value::None(), &saved, ResumeMode::kThrow, Value::SmallInt(43), &status);
  EXPECT_EQ(status, RunStatus::kRaised);
  EXPECT_TRUE(result.IsException());
  EXPECT_EQ(vm.state().error.kind, VmError::kRaised);
  EXPECT_TRUE(vm.state().error.exception.Is(Value::SmallInt(43)));
  EXPECT_EQ(vm.state().error.offset, 4u);
  EXPECT_EQ(vm.state().frame_top, nullptr);
}

TEST(InterpreterResume, HookMaySuspendTheFrameAndBeRunAgain) {
  TestVm vm;
  // YIELD_FROM ( it sent -- result ): None sent suspends (yielding it * 100, resuming at the YIELD_FROM itself);
  // anything else finishes with it + sent.
  vm.opcode = [](Frame* frame, Opcode op) {
    EXPECT_EQ(op, Opcode::YIELD_FROM);
    const Value sent = frame->sp[-1];
    const Value it = frame->sp[-2];
    if (sent.IsNone()) {
      frame->ip -= 1;
      frame->sp -= 1;
      return Value::SmallInt(it.AsSmallInt() * 100);
    }
    frame->sp -= 1;
    frame->sp[-1] = Value::SmallInt(it.AsSmallInt() + sent.AsSmallInt());
    return kOpcodeContinue;
  };
  auto code = vm.Build(R"(
    .flags generator
        LOAD_SMALL_INT 7
        LOAD_NONE
        YIELD_FROM
        RETURN_VALUE
  )");
  ASSERT_NE(code, nullptr);
  std::vector<Value> values(FrameValues(*code->get()));
  SuspendedFrame saved{values.data(), 0, 0, 0};
  RunStatus status;
  Value result = Resume(&vm.state(), code->get(), Value::None(), &saved, ResumeMode::kStart, Value(), &status);
  EXPECT_EQ(status, RunStatus::kYielded);
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 700);
  EXPECT_EQ(saved.suspend_offset, 3u);
  EXPECT_EQ(saved.resume_offset, 3u);
  EXPECT_EQ(saved.depth, 1u);
  result = Resume(&vm.state(), code->get(), Value::None(), &saved, ResumeMode::kSend, Value::None(), &status);
  EXPECT_EQ(status, RunStatus::kYielded);
  result = Resume(&vm.state(), code->get(), Value::None(), &saved, ResumeMode::kSend, Value::SmallInt(1), &status);
  EXPECT_EQ(status, RunStatus::kReturned);
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 8);
}

TEST(InterpreterResume, YieldOutsideResumeIsAnError) {
  TestVm vm;
  auto code = vm.Build("LOAD_NONE\nYIELD_VALUE\nRETURN_VALUE");
  ASSERT_NE(code, nullptr);
  EXPECT_TRUE(vm.Run(*code).IsException());
  EXPECT_EQ(vm.state().error.kind, VmError::kYieldOutsideGenerator);
  EXPECT_EQ(vm.state().error.offset, 1u);
  EXPECT_EQ(vm.state().frame_top, nullptr);
}

}  // namespace
}  // namespace vm
}  // namespace mica
