// Clean failures (bad and unimplemented opcodes) and exception handling through the exception table.
#include <stdio.h>

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

// A RawCode around hand-written bytes: one local, 16 values of operand stack, one name constant.
struct HandMadeCode {
  std::vector<uint8_t> bytes;
  Value constants[1] = {Value::Name(1)};
  RawCode code = {};
  explicit HandMadeCode(std::vector<uint8_t> b) : bytes(std::move(b)) {
    code.bytecode = bytes.data();
    code.bytecode_size = static_cast<uint32_t>(bytes.size());
    code.constants = constants;
    code.num_constants = 1;
    code.num_locals = 1;
    code.max_stack = 16;
  }
};

TEST(InterpreterErrors, BytesThatAreNoOpcodeFailCleanly) {
  for (int byte : {static_cast<int>(kNumOpcodes), 0xc8, 0xff}) {
    TestVm vm;
    HandMadeCode made({static_cast<uint8_t>(Opcode::NOP), static_cast<uint8_t>(byte)});
    EXPECT_TRUE(Execute(&vm.state(), &made.code, Value::None(), nullptr, 0).IsException());
    EXPECT_EQ(vm.state().error.kind, VmError::kInvalidOpcode);
    EXPECT_EQ(vm.state().error.detail, static_cast<uint32_t>(byte));
    EXPECT_EQ(vm.state().error.offset, 1u);
    EXPECT_EQ(vm.state().frame_top, nullptr);
  }
}

size_t ZeroOperandBytes(OperandFormat format) {
  switch (format) {
    case OperandFormat::kNone:
      return 0;
    case OperandFormat::kUint:
    case OperandFormat::kSmallInt:
    case OperandFormat::kConst:
    case OperandFormat::kName:
    case OperandFormat::kLocal:
      return 1;
    case OperandFormat::kNameCached:
    case OperandFormat::kLocalName:
    case OperandFormat::kUintPair:
    case OperandFormat::kFunction:
    case OperandFormat::kJump:
    case OperandFormat::kCallKw:
      return 2;
    case OperandFormat::kClosure:
      return 3;
    case OperandFormat::kJumpFar:
      return 4;
  }
  return 0;
}

// Every opcode, run on a stack of eight Nones with all-zero operands, either runs or fails with a recorded
// error: none may crash or overrun (the ASan build checks the latter). Those the loop cannot run yet must go
// through the opcode hook (which fails in TestVm unless a test sets `opcode`).
TEST(InterpreterErrors, EveryOpcodeRunsOrFailsCleanly) {
  int unimplemented = 0;
  for (uint32_t op = 0; op < kNumOpcodes; ++op) {
    TestVm vm;
    std::vector<uint8_t> bytes(8, static_cast<uint8_t>(Opcode::LOAD_NONE));
    bytes.push_back(static_cast<uint8_t>(op));
    bytes.resize(bytes.size() + ZeroOperandBytes(OpcodeFormat(static_cast<Opcode>(op))), 0);
    bytes.push_back(static_cast<uint8_t>(Opcode::LOAD_NONE));
    bytes.push_back(static_cast<uint8_t>(Opcode::RETURN_VALUE));
    HandMadeCode made(bytes);
    const Value result = Execute(&vm.state(), &made.code, Value::None(), nullptr, 0);
    const char* name = OpcodeName(static_cast<Opcode>(op));
    EXPECT_EQ(vm.state().frame_top, nullptr) << name;
    if (result.IsException()) {
      EXPECT_NE(vm.state().error.kind, VmError::kNone) << name;
      EXPECT_EQ(InstructionStartContaining(made.code, vm.state().error.offset), 8u) << name;
    }
    const bool hook_ran = !vm.log.empty() && vm.log.back() == std::string("unimplemented ") + name;
    if (hook_ran) {
      ++unimplemented;
      EXPECT_TRUE(result.IsException()) << name;
      EXPECT_EQ(vm.state().error.kind, VmError::kUnimplementedOpcode) << name;
      EXPECT_EQ(vm.state().error.detail, op) << name;
    }
  }
  // What is left for the object model (see interpreter.cc); the number only shrinks.
  EXPECT_LE(unimplemented, 60);
  printf("opcodes: %u, run by the loop today: %u\n", kNumOpcodes, kNumOpcodes - unimplemented);
}

TEST(InterpreterErrors, DefaultHooksReportUnimplementedOpcodes) {
  std::vector<Value> stack(64);
  std::vector<Frame> frames(4);
  VmState state;
  InitVmState(&state, nullptr, stack.data(), stack.size(), frames.data(), frames.size());
  HandMadeCode made({static_cast<uint8_t>(Opcode::LOAD_GLOBAL), 0, 0, static_cast<uint8_t>(Opcode::RETURN_VALUE)});
  EXPECT_TRUE(Execute(&state, &made.code, Value::None(), nullptr, 0).IsException());
  EXPECT_EQ(state.error.kind, VmError::kUnimplementedOpcode);
  EXPECT_EQ(state.error.detail, static_cast<uint32_t>(Opcode::LOAD_GLOBAL));
  EXPECT_STREQ(VmErrorName(state.error.kind), "unimplemented opcode");
}

TEST(InterpreterErrors, HandlerInTheSameFrameGetsTheExceptionAtItsDepth) {
  TestVm vm;
  auto code = vm.Build(R"(
    .handler start end handler 1
        LOAD_SMALL_INT 100     # on the stack before the try: kept
    start:
        LOAD_SMALL_INT 5
        LOAD_NONE
        BINARY_ADD             # the slow path raises kSlowPathException (999)
        POP_TOP
        RETURN_VALUE
    end:
    handler:                   # 100 exc
        BINARY_ADD
        RETURN_VALUE
  )");
  ASSERT_NE(code, nullptr);
  const Value result = vm.Run(*code);
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 100 + kSlowPathException);
  EXPECT_EQ(vm.state().error.kind, VmError::kNone);
  EXPECT_EQ(vm.traceback.size(), 1u);
}

TEST(InterpreterErrors, InnerHandlerFirstAndReraiseReachesTheOuterOne) {
  TestVm vm;
  auto code = vm.Build(R"(
    .handler inner_start inner_end inner 0
    .handler outer_start outer_end outer 0
    outer_start:
    inner_start:
        LOAD_NONE
        UNARY_NEGATIVE         # raises 999
        RETURN_VALUE
    inner_end:
    inner:                     # exc: add 1 and raise it again
        LOAD_SMALL_INT 1
        BINARY_ADD
        RERAISE
    outer_end:
    outer:                     # exc
        RETURN_VALUE
  )");
  ASSERT_NE(code, nullptr);
  const Value result = vm.Run(*code);
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), kSlowPathException + 1);
  // RERAISE adds no second traceback entry for the frame it runs in.
  EXPECT_EQ(vm.traceback.size(), 1u);
}

TEST(InterpreterErrors, CallerHandlesAnErrorFromItsCallee) {
  TestVm vm;
  auto callee = vm.Build(".name callee\n.line 30\nLOAD_NONE\nUNARY_INVERT\nRETURN_VALUE");
  auto caller = vm.Build(R"(
    .name caller
    .const null
    .handler start end handler 1
    .line 3
        LOAD_SMALL_INT 7
    start:
        LOAD_CONST 0
        CALL_FUNCTION 0
        RETURN_VALUE
    end:
    handler:                  # 7 exc
        POP_TOP
        LOAD_SMALL_INT 1
        BINARY_ADD
        RETURN_VALUE
  )");
  ASSERT_NE(callee, nullptr);
  ASSERT_NE(caller, nullptr);
  caller->SetConstant(0, vm.Function(*callee));
  const Value result = vm.Run(*caller);
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 8);
  ASSERT_EQ(vm.traceback.size(), 2u);
  EXPECT_EQ(LineForOffset(*vm.traceback[0].first, vm.traceback[0].second), 30u);
  EXPECT_EQ(vm.traceback[1].first, caller->get());
  EXPECT_EQ(vm.state().frame_top, nullptr);
}

// try: raise-something  except: raise   -- with the handled-exception bookkeeping of PUSH_EXC_INFO/POP_EXCEPT.
const char* kExceptReraise = R"(
    .handler body body_end handler 0
    .handler except_body except_end cleanup 1
    body:
        LOAD_NONE
        UNARY_NEGATIVE          # raises 999
        RETURN_VALUE
    body_end:
    handler:                    # exc
        PUSH_EXC_INFO           # prev exc
    except_body:
        POP_TOP                 # prev
        RAISE_VARARGS 0         # bare raise: the exception being handled
    except_end:
    cleanup:                    # prev exc
        ROT_TWO
        POP_EXCEPT              # restores prev
        RERAISE
)";

TEST(InterpreterErrors, BareRaiseReraisesTheHandledExceptionAndCleanupRestoresState) {
  TestVm vm;
  auto code = vm.Build(kExceptReraise);
  ASSERT_NE(code, nullptr);
  const Value outer = vm.Name("outer_exception");
  vm.state().handled_exception = outer;
  EXPECT_TRUE(vm.Run(*code).IsException());
  EXPECT_EQ(vm.state().error.kind, VmError::kRaised);
  EXPECT_TRUE(vm.state().error.exception.Is(Value::SmallInt(kSlowPathException)));
  EXPECT_TRUE(vm.state().handled_exception.Is(outer));
  // One traceback entry, where it was first raised: the bare raise and RERAISE add none.
  ASSERT_EQ(vm.traceback.size(), 1u);
  EXPECT_EQ(InstructionStartContaining(code->code(), vm.traceback[0].second), 1u);
}

TEST(InterpreterErrors, PushAndPopExcInfoTrackTheHandledException) {
  TestVm vm;
  auto code = vm.Build(R"(
    .const 'e1'
        LOAD_CONST 0
        PUSH_EXC_INFO          # None e1
        POP_TOP
        RETURN_VALUE           # the previous one
  )");
  ASSERT_NE(code, nullptr);
  EXPECT_TRUE(vm.Run(*code).IsNone());
  EXPECT_TRUE(vm.state().handled_exception.Is(vm.Name("e1")));
}

TEST(InterpreterErrors, BareRaiseWithNothingHandledIsAnError) {
  TestVm vm;
  auto code = vm.Build("RAISE_VARARGS 0");
  ASSERT_NE(code, nullptr);
  EXPECT_TRUE(vm.Run(*code).IsException());
  EXPECT_EQ(vm.state().error.kind, VmError::kNoActiveException);
  EXPECT_EQ(vm.traceback.size(), 1u);
}

TEST(InterpreterErrors, RaiseHandsTheExceptionAndCauseToTheRuntime) {
  TestVm vm;
  auto code = vm.Build(".const 'Boom'\n.const 'Cause'\nLOAD_CONST 0\nLOAD_CONST 1\nRAISE_VARARGS 2");
  ASSERT_NE(code, nullptr);
  EXPECT_TRUE(vm.Run(*code).IsException());
  ASSERT_EQ(vm.log.size(), 1u);
  EXPECT_EQ(vm.log[0], "raise Boom from Cause");
  EXPECT_TRUE(vm.state().error.exception.Is(vm.Name("Boom")));
  vm.log.clear();
  auto plain = vm.Build(".const 'Boom'\nLOAD_CONST 0\nRAISE_VARARGS 1");
  EXPECT_TRUE(vm.Run(*plain).IsException());
  EXPECT_EQ(vm.log[0], "raise Boom from null");
}

const char* kGuardedUnboundLoad = R"(
    .locals 1
    .handler start end handler 0
    start:
        LOAD_FAST 0
        RETURN_VALUE
    end:
    handler:
        RETURN_VALUE
)";

TEST(InterpreterErrors, VmErrorsBecomeCatchableWhenTheRuntimeGivesThemAnObject) {
  TestVm vm;
  auto code = vm.Build(kGuardedUnboundLoad);
  ASSERT_NE(code, nullptr);
  const Value result = vm.Run(*code);
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), kVmErrorExceptionBase + static_cast<intptr_t>(VmError::kUnboundLocal));
}

TEST(InterpreterErrors, WithoutARuntimeVmErrorsPassEveryHandler) {
  TestVm helper;  // only for assembling
  auto code = helper.Build(kGuardedUnboundLoad);
  ASSERT_NE(code, nullptr);
  std::vector<Value> stack(64);
  std::vector<Frame> frames(4);
  VmState state;
  InitVmState(&state, &kDefaultVmHooks, stack.data(), stack.size(), frames.data(), frames.size());
  EXPECT_TRUE(Execute(&state, code->get(), Value::None(), nullptr, 0).IsException());
  EXPECT_EQ(state.error.kind, VmError::kUnboundLocal);
  EXPECT_EQ(state.frame_top, nullptr);
}

}  // namespace
}  // namespace vm
}  // namespace mica
