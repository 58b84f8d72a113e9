#include "runtime/vm/interpreter.h"

#include "runtime/vm/bytecode.h"
#include "runtime/vm/exception_table.h"
#include "runtime/vm/operand_encoding.h"
#include "runtime/vm/small_int_ops.h"

namespace mica {
namespace vm {
namespace {

#define MICA_LIKELY(x) __builtin_expect(!!(x), 1)
#define MICA_UNLIKELY(x) __builtin_expect(!!(x), 0)

// The truth of the values the loop knows itself: 1 or 0, or -1 when the runtime has to decide.
inline int FastTruth(Value v) {
  if (v.IsTrue()) return 1;
  if (v.IsFalse() || v.IsNone()) return 0;
  if (v.IsSmallInt()) return v.AsSmallInt() != 0 ? 1 : 0;
  return -1;
}

inline bool BothSmallInts(Value a, Value b) {
  return a.IsSmallInt() & b.IsSmallInt();
}

// The bitwise operators cannot leave the small-int range; they share the shape of the checked ones.
inline bool SmallIntAnd(intptr_t a, intptr_t b, intptr_t* out) {
  *out = a & b;
  return true;
}
inline bool SmallIntOr(intptr_t a, intptr_t b, intptr_t* out) {
  *out = a | b;
  return true;
}
inline bool SmallIntXor(intptr_t a, intptr_t b, intptr_t* out) {
  *out = a ^ b;
  return true;
}

inline Frame* FrameBelow(const VmState* state, Frame* frame) {
  return frame == state->frames_base ? nullptr : frame - 1;
}

// Runs from `entry` (already set up and on top) until it returns, an error leaves it or, when `suspended_at` is
// not null (a Resume), it yields: then *suspended_at is just past the opcode byte of the suspending
// instruction, entry->ip/sp say where it goes on, and the yielded value is returned. With `throw_in` the pending
// error is raised at entry->ip - 1 before anything runs.
//
// The one long function in the VM, on purpose: the registers of the interpreter (ip, sp, locals, constants)
// stay in machine registers across instructions, and every handler ends in its own indirect jump to the next
// one, which predicts better than a shared switch. Handlers that need the object model jump to `runtime_opcode`.
Value Run(VmState* const state, Frame* const entry, const uint8_t** const suspended_at, const bool throw_in) {
  // Label addresses of the handlers, indexed by opcode byte; bytes that are no opcode trap. Constant data.
#define MICA_PAD1 &&invalid_opcode,
#define MICA_PAD4 MICA_PAD1 MICA_PAD1 MICA_PAD1 MICA_PAD1
#define MICA_PAD16 MICA_PAD4 MICA_PAD4 MICA_PAD4 MICA_PAD4
#define MICA_PAD64 MICA_PAD16 MICA_PAD16 MICA_PAD16 MICA_PAD16
  static const void* const kDispatch[] = {
#define MICA_OPCODE(name, format, effect, jump_effect, doc) &&op_##name,
#include "runtime/vm/opcodes.def"
#undef MICA_OPCODE
      // 256 - kNumOpcodes entries (the static_assert below says when an opcode was added).
      MICA_PAD64 MICA_PAD16 MICA_PAD16 MICA_PAD16 MICA_PAD4 MICA_PAD4 MICA_PAD4 MICA_PAD1};
#undef MICA_PAD1
#undef MICA_PAD4
#undef MICA_PAD16
#undef MICA_PAD64
  static_assert(sizeof(kDispatch) / sizeof(kDispatch[0]) == 256,
                "the dispatch table needs exactly 256 entries: adjust the padding after adding an opcode");

  // Only what every instruction needs stays in a local (and so, with luck, in a register); the rest is reached
  // through `state` and `frame` on the paths that need it.
  Frame* frame = entry;
  const uint8_t* ip = frame->ip;
  Value* sp = frame->sp;
  Value* locals = frame->locals;
  const Value* constants = frame->code->constants;
  // Set by RERAISE and a bare `raise`: the frame they run in already has its traceback entry.
  bool skip_traceback = false;
  // A backward jump that was held up by an interrupt check.
  int32_t pending_jump = 0;

#define DISPATCH() goto* kDispatch[*ip++]
  // Hooks may collect garbage, build a traceback or re-enter Execute: they see the frame as it is.
#define SAVE_STATE() (frame->ip = ip, frame->sp = sp)
#define LOAD_FRAME() (ip = frame->ip, sp = frame->sp, locals = frame->locals, constants = frame->code->constants)
#define CHECK(value)                                      \
  do {                                                    \
    if (MICA_UNLIKELY((value).IsException())) goto error; \
  } while (0)
  // Backward jumps are where a loop can be interrupted (Ctrl-C, scheduled callbacks).
#define JUMP_BY(offset)                                                      \
  do {                                                                       \
    const int32_t jump_offset = (offset);                                    \
    if (MICA_UNLIKELY(jump_offset < 0 && state->interrupt_requested != 0)) { \
      pending_jump = jump_offset;                                            \
      goto interrupt;                                                        \
    }                                                                        \
    ip += jump_offset;                                                       \
  } while (0)
  // `truth` = bool(value) as 0/1, with the runtime's help for objects.
#define TRUTH(value, truth)                                         \
  do {                                                              \
    truth = FastTruth(value);                                       \
    if (MICA_UNLIKELY(truth < 0)) {                                 \
      SAVE_STATE();                                                 \
      const Value truth_result = state->hooks->truth(state, value); \
      CHECK(truth_result);                                          \
      truth = truth_result.IsTrue() ? 1 : 0;                        \
    }                                                               \
  } while (0)

  if (MICA_UNLIKELY(throw_in)) goto error;
  DISPATCH();

  // --- Operand-stack manipulation -------------------------------------------------------------------------
op_NOP:
  DISPATCH();

op_POP_TOP:
  --sp;
  DISPATCH();

op_DUP_TOP:
  sp[0] = sp[-1];
  ++sp;
  DISPATCH();

op_DUP_TOP_TWO:
  sp[0] = sp[-2];
  sp[1] = sp[-1];
  sp += 2;
  DISPATCH();

op_ROT_TWO: {
  const Value top = sp[-1];
  sp[-1] = sp[-2];
  sp[-2] = top;
  DISPATCH();
}

op_ROT_THREE: {
  const Value top = sp[-1];
  sp[-1] = sp[-2];
  sp[-2] = sp[-3];
  sp[-3] = top;
  DISPATCH();
}

op_ROT_FOUR: {
  const Value top = sp[-1];
  sp[-1] = sp[-2];
  sp[-2] = sp[-3];
  sp[-3] = sp[-4];
  sp[-4] = top;
  DISPATCH();
}

  // --- Constants ------------------------------------------------------------------------------------------
op_LOAD_CONST:
  *sp++ = constants[ReadVarUint(ip)];
  DISPATCH();

op_LOAD_SMALL_INT:
  *sp++ = Value::SmallInt(DecodeZigZag(ReadVarWord(ip)));
  DISPATCH();

op_LOAD_NONE:
  *sp++ = Value::None();
  DISPATCH();

op_LOAD_TRUE:
  *sp++ = Value::True();
  DISPATCH();

op_LOAD_FALSE:
  *sp++ = Value::False();
  DISPATCH();

  // --- Fast locals ----------------------------------------------------------------------------------------
op_LOAD_FAST: {
  const uint32_t slot = ReadVarUint(ip);
  const Value value = locals[slot];
  if (MICA_UNLIKELY(value.IsUnbound())) {
    RaiseVmError(state, VmError::kUnboundLocal, slot);
    goto error;
  }
  *sp++ = value;
  DISPATCH();
}

op_STORE_FAST:
  locals[ReadVarUint(ip)] = *--sp;
  DISPATCH();

op_DELETE_FAST: {
  const uint32_t slot = ReadVarUint(ip);
  if (MICA_UNLIKELY(locals[slot].IsUnbound())) {
    RaiseVmError(state, VmError::kUnboundLocal, slot);
    goto error;
  }
  locals[slot] = Value::Unbound();
  DISPATCH();
}

  // --- Unary operators ------------------------------------------------------------------------------------
op_UNARY_POSITIVE:
  if (MICA_LIKELY(sp[-1].IsSmallInt())) DISPATCH();
  goto unary_slow_path;

op_UNARY_NEGATIVE: {
  intptr_t result;
  if (MICA_LIKELY(sp[-1].IsSmallInt()) && SmallIntNegate(sp[-1].AsSmallInt(), &result)) {
    sp[-1] = Value::SmallInt(result);
    DISPATCH();
  }
  goto unary_slow_path;
}

op_UNARY_INVERT:
  if (MICA_LIKELY(sp[-1].IsSmallInt())) {
    sp[-1] = Value::SmallInt(~sp[-1].AsSmallInt());
    DISPATCH();
  }
  goto unary_slow_path;

op_UNARY_NOT: {
  int truth;
  TRUTH(sp[-1], truth);
  sp[-1] = Value::Bool(truth == 0);
  DISPATCH();
}

unary_slow_path: {
  // Unary handlers have no operands, so the opcode is the byte just read.
  SAVE_STATE();
  const Value result = state->hooks->unary_op(state, static_cast<Opcode>(ip[-1]), sp[-1]);
  CHECK(result);
  sp[-1] = result;
  DISPATCH();
}

// --- Binary and in-place operators ----------------------------------------------------------------------
// On small ints `x op= y` is `x op y`; the two opcodes differ only in the slow path, which gets the opcode.
// clang-format off (it takes labels inside macros for bit-fields)
#define SMALL_INT_BINARY(NAME, OPERATION)                                                                 \
  op_BINARY_##NAME:                                                                                       \
  op_INPLACE_##NAME: {                                                                                    \
    const Value rhs = sp[-1];                                                                             \
    const Value lhs = sp[-2];                                                                             \
    intptr_t result;                                                                                      \
    if (MICA_LIKELY(BothSmallInts(lhs, rhs)) && OPERATION(lhs.AsSmallInt(), rhs.AsSmallInt(), &result)) { \
      sp[-2] = Value::SmallInt(result);                                                                   \
      --sp;                                                                                               \
      DISPATCH();                                                                                         \
    }                                                                                                     \
    goto binary_slow_path;                                                                                \
  }
// clang-format on

  SMALL_INT_BINARY(ADD, SmallIntAdd)
  SMALL_INT_BINARY(SUBTRACT, SmallIntSubtract)
  SMALL_INT_BINARY(MULTIPLY, SmallIntMultiply)
  SMALL_INT_BINARY(FLOOR_DIVIDE, SmallIntFloorDivide)
  SMALL_INT_BINARY(MODULO, SmallIntModulo)
  SMALL_INT_BINARY(POWER, SmallIntPower)
  SMALL_INT_BINARY(LSHIFT, SmallIntLeftShift)
  SMALL_INT_BINARY(RSHIFT, SmallIntRightShift)
  SMALL_INT_BINARY(AND, SmallIntAnd)
  SMALL_INT_BINARY(OR, SmallIntOr)
  SMALL_INT_BINARY(XOR, SmallIntXor)
#undef SMALL_INT_BINARY

  // True division always makes a float and `@` has no int meaning: the runtime's business.
op_BINARY_TRUE_DIVIDE:
op_INPLACE_TRUE_DIVIDE:
op_BINARY_MATRIX_MULTIPLY:
op_INPLACE_MATRIX_MULTIPLY:
  goto binary_slow_path;

  // --- Comparisons ----------------------------------------------------------------------------------------
// clang-format off
#define SMALL_INT_COMPARE(NAME, OPERATOR)                               \
  op_COMPARE_##NAME: {                                                  \
    const Value rhs = sp[-1];                                           \
    const Value lhs = sp[-2];                                           \
    if (MICA_LIKELY(BothSmallInts(lhs, rhs))) {                         \
      sp[-2] = Value::Bool(lhs.AsSmallInt() OPERATOR rhs.AsSmallInt()); \
      --sp;                                                             \
      DISPATCH();                                                       \
    }                                                                   \
    goto binary_slow_path;                                              \
  }
// clang-format on

  SMALL_INT_COMPARE(LT, <)
  SMALL_INT_COMPARE(LE, <=)
  SMALL_INT_COMPARE(EQ, ==)
  SMALL_INT_COMPARE(NE, !=)
  SMALL_INT_COMPARE(GT, >)
  SMALL_INT_COMPARE(GE, >=)
#undef SMALL_INT_COMPARE

  // Identity is word equality for every value (value.h).
op_COMPARE_IS:
  sp[-2] = Value::Bool(sp[-2].Is(sp[-1]));
  --sp;
  DISPATCH();

op_COMPARE_IS_NOT:
  sp[-2] = Value::Bool(!sp[-2].Is(sp[-1]));
  --sp;
  DISPATCH();

op_COMPARE_IN:
op_COMPARE_NOT_IN:
  goto binary_slow_path;

binary_slow_path: {
  // Binary operators and comparisons have no operands, so the opcode is the byte just read.
  SAVE_STATE();
  const Value result = state->hooks->binary_op(state, static_cast<Opcode>(ip[-1]), sp[-2], sp[-1]);
  CHECK(result);
  sp[-2] = result;
  --sp;
  DISPATCH();
}

  // --- Jumps ----------------------------------------------------------------------------------------------
op_JUMP:
  JUMP_BY(ReadJump16(ip));
  DISPATCH();

op_JUMP_FAR:
  JUMP_BY(ReadJump32(ip));
  DISPATCH();

  // Conditional jumps decode their offset only when they take it.
op_POP_JUMP_IF_FALSE: {
  int truth;
  TRUTH(sp[-1], truth);
  --sp;
  if (truth == 0) {
    JUMP_BY(ReadJump16(ip));
  } else {
    ip += kJumpBytes;
  }
  DISPATCH();
}

op_POP_JUMP_IF_TRUE: {
  int truth;
  TRUTH(sp[-1], truth);
  --sp;
  if (truth != 0) {
    JUMP_BY(ReadJump16(ip));
  } else {
    ip += kJumpBytes;
  }
  DISPATCH();
}

op_JUMP_IF_FALSE_OR_POP: {
  int truth;
  TRUTH(sp[-1], truth);
  if (truth == 0) {
    JUMP_BY(ReadJump16(ip));
  } else {
    --sp;
    ip += kJumpBytes;
  }
  DISPATCH();
}

op_JUMP_IF_TRUE_OR_POP: {
  int truth;
  TRUTH(sp[-1], truth);
  if (truth != 0) {
    JUMP_BY(ReadJump16(ip));
  } else {
    --sp;
    ip += kJumpBytes;
  }
  DISPATCH();
}

interrupt: {
  // ip is still at the end of the jump instruction, so an exception raised here is attributed to it.
  state->interrupt_requested = 0;
  SAVE_STATE();
  const Value result = state->hooks->interrupt(state);
  CHECK(result);
  ip += pending_jump;
  DISPATCH();
}

  // --- Iteration ------------------------------------------------------------------------------------------
op_GET_ITER: {
  SAVE_STATE();
  const Value iterator = state->hooks->get_iter(state, sp[-1]);
  CHECK(iterator);
  sp[-1] = iterator;
  DISPATCH();
}

op_FOR_ITER: {
  SAVE_STATE();
  const Value next = state->hooks->iter_next(state, sp[-1]);
  CHECK(next);
  if (next.IsNull()) {
    --sp;
    const int32_t offset = ReadJump16(ip);
    ip += offset;
  } else {
    *sp++ = next;
    ip += kJumpBytes;
  }
  DISPATCH();
}

op_GET_RANGE_ITER: {
  // ( f x1..xn -- cur stop step ). When f is the built-in range and the arguments are small ints, the three
  // slots hold the loop state itself and FOR_RANGE steps it in place: nothing is allocated, ever. Otherwise
  // they hold (iter(f(x1..xn)), null, null) and FOR_RANGE behaves as FOR_ITER.
  const uint32_t argc = ReadVarUint(ip);
  Value* const base = sp - argc - 1;
  if (base[0].Is(state->builtin_range) && argc >= 1 && argc <= 3) {
    const Value start = argc == 1 ? Value::SmallInt(0) : base[1];
    const Value stop = argc == 1 ? base[1] : base[2];
    const Value step = argc == 3 ? base[3] : Value::SmallInt(1);
    if (start.IsSmallInt() && stop.IsSmallInt() && step.IsSmallInt() && step.AsSmallInt() != 0) {
      base[0] = start;
      base[1] = stop;
      base[2] = step;
      sp = base + 3;
      DISPATCH();
    }
  }
  SAVE_STATE();
  const Value range = state->hooks->call(state, base[0], base + 1, argc);
  CHECK(range);
  base[0] = range;
  sp = base + 1;
  SAVE_STATE();
  const Value iterator = state->hooks->get_iter(state, range);
  CHECK(iterator);
  base[0] = iterator;
  base[1] = Value();
  base[2] = Value();
  sp = base + 3;
  DISPATCH();
}

op_FOR_RANGE: {
  if (MICA_LIKELY(sp[-2].IsSmallInt())) {
    const intptr_t current = sp[-3].AsSmallInt();
    const intptr_t stop = sp[-2].AsSmallInt();
    const intptr_t step = sp[-1].AsSmallInt();
    if (step > 0 ? current < stop : current > stop) {
      // Both terms are small ints, so the sum fits an intptr_t; past the small range it is past `stop` too,
      // and `stop` itself ends the loop just as well.
      intptr_t next = current + step;
      if (MICA_UNLIKELY(!InSmallIntRange(next))) next = stop;
      sp[-3] = Value::SmallInt(next);
      *sp++ = Value::SmallInt(current);
      ip += kJumpBytes;
      DISPATCH();
    }
    sp -= 3;
    const int32_t offset = ReadJump16(ip);
    ip += offset;
    DISPATCH();
  }
  SAVE_STATE();
  const Value next = state->hooks->iter_next(state, sp[-3]);
  CHECK(next);
  if (next.IsNull()) {
    sp -= 3;
    const int32_t offset = ReadJump16(ip);
    ip += offset;
  } else {
    *sp++ = next;
    ip += kJumpBytes;
  }
  DISPATCH();
}

  // --- Calls and returns ----------------------------------------------------------------------------------
op_CALL_FUNCTION: {
  const uint32_t argc = ReadVarUint(ip);
  Value* const args = sp - argc;
  const Value callable = args[-1];
  const RawCode* const callee = state->hooks->bytecode_function(state, callable);
  if (callee != nullptr && argc == callee->num_positional && callee->num_kwonly == 0 &&
      (callee->flags & kCodeNeedsFullCall) == 0) {
    // The arguments become the callee's first slots where they are; its frame continues from there.
    if (MICA_UNLIKELY(frame + 1 >= state->frames_end)) {
      RaiseVmError(state, VmError::kRecursionLimit);
      goto error;
    }
    if (MICA_UNLIKELY(state->stack_end - args < static_cast<ptrdiff_t>(FrameValues(*callee)))) {
      RaiseVmError(state, VmError::kStackOverflow);
      goto error;
    }
    for (Value *slot = args + argc, *end = args + NumSlots(*callee); slot < end; ++slot) *slot = Value::Unbound();
    frame->ip = ip;
    frame->sp = args - 1;  // where the result will go
    ++frame;
    frame->code = callee;
    frame->locals = args;
    frame->function = callable;
    state->frame_top = frame;
    ip = callee->bytecode;
    locals = args;
    sp = args + NumSlots(*callee);
    constants = callee->constants;
    DISPATCH();
  }
  SAVE_STATE();
  const Value result = state->hooks->call(state, callable, args, argc);
  CHECK(result);
  sp = args - 1;
  *sp++ = result;
  DISPATCH();
}

op_RETURN_VALUE: {
  const Value result = sp[-1];
  if (frame == entry) {
    state->frame_top = FrameBelow(state, frame);
    return result;
  }
  --frame;
  state->frame_top = frame;
  LOAD_FRAME();
  *sp++ = result;
  DISPATCH();
}

  // --- Exceptions -----------------------------------------------------------------------------------------
op_RAISE_VARARGS: {
  const uint32_t argc = ReadVarUint(ip);
  if (argc == 0) {
    const Value active = state->handled_exception;
    if (active.IsNone() || active.IsNull()) {
      RaiseVmError(state, VmError::kNoActiveException);
    } else {
      RaiseException(state, active);
      skip_traceback = true;
    }
    goto error;
  }
  SAVE_STATE();
  state->hooks->raise(state, sp[-static_cast<ptrdiff_t>(argc)], argc >= 2 ? sp[-1] : Value());
  if (state->error.kind == VmError::kNone) RaiseVmError(state, VmError::kUnsupported);
  goto error;
}

op_RERAISE:
  RaiseException(state, sp[-1]);
  --sp;
  skip_traceback = true;
  goto error;

op_PUSH_EXC_INFO: {
  const Value exception = sp[-1];
  sp[-1] = state->handled_exception;
  *sp++ = exception;
  state->handled_exception = exception;
  DISPATCH();
}

op_POP_EXCEPT:
  state->handled_exception = *--sp;
  DISPATCH();

  // --- Generators -----------------------------------------------------------------------------------------
op_YIELD_VALUE: {
  // Only the frame a Resume entered can suspend (its caller keeps the frame); the value goes out, and a value
  // sent in is pushed in its place when the frame goes on after this instruction.
  if (MICA_UNLIKELY(suspended_at == nullptr || frame != entry)) {
    RaiseVmError(state, VmError::kYieldOutsideGenerator);
    goto error;
  }
  *suspended_at = ip;
  const Value yielded = *--sp;
  SAVE_STATE();
  state->frame_top = FrameBelow(state, frame);
  return yielded;
}

  // --- The object model's opcodes -------------------------------------------------------------------------
#define MICA_NOT_YET(name) \
  op_##name:               \
  goto runtime_opcode;
  MICA_NOT_YET(MAKE_CELL)
  MICA_NOT_YET(COPY_FREE_VARS)
  MICA_NOT_YET(LOAD_DEREF)
  MICA_NOT_YET(STORE_DEREF)
  MICA_NOT_YET(DELETE_DEREF)
  MICA_NOT_YET(LOAD_CLOSURE)
  MICA_NOT_YET(LOAD_CLASSDEREF)
  MICA_NOT_YET(LOAD_NAME)
  MICA_NOT_YET(STORE_NAME)
  MICA_NOT_YET(DELETE_NAME)
  MICA_NOT_YET(LOAD_GLOBAL)
  MICA_NOT_YET(STORE_GLOBAL)
  MICA_NOT_YET(DELETE_GLOBAL)
  MICA_NOT_YET(LOAD_ATTR)
  MICA_NOT_YET(STORE_ATTR)
  MICA_NOT_YET(DELETE_ATTR)
  MICA_NOT_YET(LOAD_METHOD)
  MICA_NOT_YET(BINARY_SUBSCR)
  MICA_NOT_YET(STORE_SUBSCR)
  MICA_NOT_YET(DELETE_SUBSCR)
  MICA_NOT_YET(GET_YIELD_FROM_ITER)
  MICA_NOT_YET(BUILD_TUPLE)
  MICA_NOT_YET(BUILD_LIST)
  MICA_NOT_YET(BUILD_SET)
  MICA_NOT_YET(BUILD_MAP)
  MICA_NOT_YET(BUILD_SLICE)
  MICA_NOT_YET(BUILD_STRING)
  MICA_NOT_YET(LIST_APPEND)
  MICA_NOT_YET(SET_ADD)
  MICA_NOT_YET(MAP_ADD)
  MICA_NOT_YET(LIST_EXTEND)
  MICA_NOT_YET(SET_UPDATE)
  MICA_NOT_YET(DICT_UPDATE)
  MICA_NOT_YET(DICT_MERGE)
  MICA_NOT_YET(LIST_TO_TUPLE)
  MICA_NOT_YET(UNPACK_SEQUENCE)
  MICA_NOT_YET(UNPACK_EX)
  MICA_NOT_YET(CALL_FUNCTION_KW)
  MICA_NOT_YET(CALL_FUNCTION_EX)
  MICA_NOT_YET(CALL_METHOD)
  MICA_NOT_YET(CALL_METHOD_KW)
  MICA_NOT_YET(MAKE_FUNCTION)
  MICA_NOT_YET(MAKE_CLOSURE)
  MICA_NOT_YET(LOAD_BUILD_CLASS)
  MICA_NOT_YET(YIELD_FROM)
  MICA_NOT_YET(GET_AWAITABLE)
  MICA_NOT_YET(GET_AITER)
  MICA_NOT_YET(GET_ANEXT)
  MICA_NOT_YET(END_ASYNC_FOR)
  MICA_NOT_YET(CHECK_EXC_MATCH)
  MICA_NOT_YET(LOAD_ASSERTION_ERROR)
  MICA_NOT_YET(BEFORE_WITH)
  MICA_NOT_YET(BEFORE_ASYNC_WITH)
  MICA_NOT_YET(WITH_EXCEPT_START)
  MICA_NOT_YET(IMPORT_NAME)
  MICA_NOT_YET(IMPORT_FROM)
  MICA_NOT_YET(IMPORT_STAR)
  MICA_NOT_YET(FORMAT_VALUE)
  MICA_NOT_YET(PRINT_EXPR)
#undef MICA_NOT_YET

runtime_opcode: {
  // The operands are not decoded, so the opcode is the byte just read. The hook runs the instruction on the
  // saved frame and says where it goes on (VmHooks::opcode).
  SAVE_STATE();
  const Value outcome = state->hooks->opcode(state, frame, static_cast<Opcode>(ip[-1]));
  if (MICA_LIKELY(outcome.IsNull())) {
    ip = frame->ip;
    sp = frame->sp;
    DISPATCH();
  }
  if (outcome.IsException()) {
    if (state->error.kind == VmError::kNone) RaiseVmError(state, VmError::kUnimplementedOpcode, ip[-1]);
    goto error;
  }
  // A suspension (YIELD_FROM, await): the hook left frame->ip/sp as the frame resumes.
  if (MICA_UNLIKELY(suspended_at == nullptr || frame != entry)) {
    RaiseVmError(state, VmError::kYieldOutsideGenerator);
    goto error;
  }
  *suspended_at = ip;
  state->frame_top = FrameBelow(state, frame);
  return outcome;
}

invalid_opcode:
  RaiseVmError(state, VmError::kInvalidOpcode, ip[-1]);
  goto error;

  // --- Unwinding ------------------------------------------------------------------------------------------
error:
  // An error is pending and ip is past (at least) the opcode byte of the instruction that raised it in
  // `frame`; in the frames below, their saved ip is past the call that is unwinding. So ip - 1 always lies
  // inside the instruction to blame, which is all the line and exception tables need.
  for (;;) {
    const RawCode* const code = frame->code;
    const uint32_t fault = static_cast<uint32_t>(ip - 1 - code->bytecode);
    if (state->error.code == nullptr) {
      state->error.code = code;
      state->error.offset = fault;
    }
    SAVE_STATE();
    if (!skip_traceback) state->hooks->traceback(state, code, fault);
    skip_traceback = false;
    ExceptionHandler handler;
    if (code->exception_table_size != 0 && FindExceptionHandler(*code, fault, &handler)) {
      const Value exception = state->hooks->exception_value(state);
      if (!exception.IsException()) {
        ClearPendingError(state);
        sp = StackBase(*frame) + handler.depth;
        *sp++ = exception;
        ip = code->bytecode + handler.target;
        DISPATCH();
      }
      // Nothing can represent this error as an object yet: it passes every handler.
    }
    if (frame == entry) {
      state->frame_top = FrameBelow(state, frame);
      return Value::Exception();
    }
    --frame;
    state->frame_top = frame;
    LOAD_FRAME();
  }

#undef DISPATCH
#undef SAVE_STATE
#undef LOAD_FRAME
#undef CHECK
#undef JUMP_BY
#undef TRUTH
}

}  // namespace

void InitVmState(VmState* state, const VmHooks* hooks, Value* stack, size_t stack_values, Frame* frames,
                 size_t frame_count) {
  *state = VmState();
  state->hooks = hooks != nullptr ? hooks : &kDefaultVmHooks;
  state->stack_base = stack;
  state->stack_end = stack + stack_values;
  state->frames_base = frames;
  state->frames_end = frames + frame_count;
}

namespace {

// Claims the frame record and the values for a frame of `code` above the running ones, or records why not.
Frame* PushFrame(VmState* state, const RawCode* code, size_t argc, size_t expected_argc) {
  Frame* const below = state->frame_top;
  Frame* const frame = below != nullptr ? below + 1 : state->frames_base;
  Value* const locals = below != nullptr ? FrameEnd(*below) : state->stack_base;
  VmError failure = VmError::kNone;
  if (argc != expected_argc) {
    failure = VmError::kBadCall;
  } else if (state->c_stack_limit != 0 &&
             reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) < state->c_stack_limit) {
    failure = VmError::kRecursionLimit;
  } else if (frame == nullptr || frame >= state->frames_end) {
    failure = VmError::kRecursionLimit;
  } else if (state->stack_end - locals < static_cast<ptrdiff_t>(FrameValues(*code))) {
    failure = VmError::kStackOverflow;
  }
  if (failure != VmError::kNone) {
    RaiseVmError(state, failure, failure == VmError::kBadCall ? static_cast<uint32_t>(argc) : 0);
    state->error.code = code;
    state->error.offset = 0;
    return nullptr;
  }
  frame->code = code;
  frame->locals = locals;
  return frame;
}

}  // namespace

Value Execute(VmState* state, const RawCode* code, Value function, const Value* args, size_t argc) {
  Frame* const frame = PushFrame(state, code, argc, NumParameterSlots(*code));
  if (frame == nullptr) return Value::Exception();
  Value* const locals = frame->locals;
  const uint32_t slots = NumSlots(*code);
  for (uint32_t i = 0; i < slots; ++i) locals[i] = i < argc ? args[i] : Value::Unbound();
  frame->ip = code->bytecode;
  frame->sp = locals + slots;
  frame->function = function;
  state->frame_top = frame;
  return Run(state, frame, nullptr, false);
}

Value Resume(VmState* state, const RawCode* code, Value function, SuspendedFrame* saved, ResumeMode mode, Value value,
             RunStatus* status) {
  *status = RunStatus::kRaised;
  Frame* const frame = PushFrame(state, code, 0, 0);
  if (frame == nullptr) return Value::Exception();
  Value* const locals = frame->locals;
  const uint32_t slots = NumSlots(*code);
  Value* sp = locals + slots;
  if (mode == ResumeMode::kStart) {
    const uint32_t params = NumParameterSlots(*code);
    for (uint32_t i = 0; i < slots; ++i) locals[i] = i < params ? saved->values[i] : Value::Unbound();
    frame->ip = code->bytecode;
  } else {
    for (uint32_t i = 0, n = slots + saved->depth; i < n; ++i) locals[i] = saved->values[i];
    sp += saved->depth;
    if (mode == ResumeMode::kSend) {
      *sp++ = value;
      frame->ip = code->bytecode + saved->resume_offset;
    } else {
      // ip - 1 must lie in the suspending instruction: its handlers and its line apply.
      frame->ip = code->bytecode + saved->suspend_offset + 1;
      RaiseException(state, value);
    }
  }
  frame->sp = sp;
  frame->function = function;
  state->frame_top = frame;
  const uint8_t* suspended_at = nullptr;
  const Value result = Run(state, frame, &suspended_at, mode == ResumeMode::kThrow);
  if (suspended_at == nullptr) {
    *status = result.IsException() ? RunStatus::kRaised : RunStatus::kReturned;
    return result;
  }
  const uint32_t depth = static_cast<uint32_t>(frame->sp - StackBase(*frame));
  for (uint32_t i = 0, n = slots + depth; i < n; ++i) saved->values[i] = locals[i];
  saved->depth = depth;
  saved->resume_offset = static_cast<uint32_t>(frame->ip - code->bytecode);
  saved->suspend_offset = static_cast<uint32_t>(suspended_at - 1 - code->bytecode);
  *status = RunStatus::kYielded;
  return result;
}

}  // namespace vm
}  // namespace mica
