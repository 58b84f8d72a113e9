#include "runtime/mpy/code_check.h"

#include <stdint.h>
#include <string.h>

#include "gc/heap.h"
#include "runtime/objects/allocator.h"
#include "runtime/value.h"
#include "runtime/vm/bytecode.h"
#include "runtime/vm/exception_table.h"
#include "runtime/vm/line_table.h"
#include "runtime/vm/operand_encoding.h"

namespace mica {
namespace mpy {
namespace {

constexpr int32_t kUnvisited = -1;

// Scratch per bytecode byte: whether an instruction starts there, the stack depth on entry (kUnvisited until
// a path reaches it), and the work list of offsets still to follow (each offset is pushed at most once).
struct Scratch {
  uint8_t* is_start;
  int32_t* depth;
  uint32_t* work;
  uint32_t work_count;
};

bool IsStart(const Scratch& s, const vm::RawCode& code, uint32_t offset) {
  return offset < code.bytecode_size && s.is_start[offset] != 0;
}

bool IsName(const vm::RawCode& code, uint32_t index) {
  return index < code.num_constants && code.constants[index].IsName();
}

// A *_DEREF or LOAD_CLOSURE slot: a cell or free slot, or a parameter slot the function turns into a cell.
bool IsCellSlot(const vm::RawCode& code, const Scratch& s, uint32_t slot) {
  if (slot >= vm::NumSlots(code)) return false;
  if (slot >= code.num_locals) return true;
  for (uint32_t offset = 0; offset < code.bytecode_size; ++offset) {
    if (!s.is_start[offset] || code.bytecode[offset] != static_cast<uint8_t>(vm::Opcode::MAKE_CELL)) continue;
    vm::Instruction insn;
    if (vm::DecodeInstruction(code.bytecode, code.bytecode_size, offset, &insn) && insn.a == slot) return true;
  }
  return false;
}

// Operands whose value the VM takes as a small enumeration (it trusts the compiler to stay in range).
const char* CheckOperandRanges(const vm::Instruction& insn) {
  switch (insn.opcode) {
    case vm::Opcode::RAISE_VARARGS:
      return insn.a <= 2 ? nullptr : "RAISE_VARARGS operand out of range";
    case vm::Opcode::BUILD_SLICE:
      return insn.a == 2 || insn.a == 3 ? nullptr : "BUILD_SLICE operand out of range";
    case vm::Opcode::GET_RANGE_ITER:
      return insn.a >= 1 && insn.a <= 3 ? nullptr : "GET_RANGE_ITER operand out of range";
    case vm::Opcode::CALL_FUNCTION_EX:
      return insn.a <= 1 ? nullptr : "CALL_FUNCTION_EX operand out of range";
    case vm::Opcode::FORMAT_VALUE:
      return insn.a <= 7 ? nullptr : "FORMAT_VALUE operand out of range";
    case vm::Opcode::MAKE_FUNCTION:
    case vm::Opcode::MAKE_CLOSURE:
      return insn.b <= 3 ? nullptr : "function flags operand out of range";
    default:
      return nullptr;
  }
}

const char* CheckOperands(const vm::RawCode& code, const Scratch& s, const vm::Instruction& insn) {
  const uint32_t slots = vm::NumSlots(code);
  switch (insn.format) {
    case vm::OperandFormat::kSmallInt:
      if (!Value::FitsSmallInt(insn.small_int)) return "small int operand too wide for this target";
      break;
    case vm::OperandFormat::kConst:
      if (insn.a >= code.num_constants) return "constant index out of range";
      break;
    case vm::OperandFormat::kName:
      if (!IsName(code, insn.a)) return "name operand is not a name constant";
      break;
    case vm::OperandFormat::kNameCached:
      if (!IsName(code, insn.a)) return "name operand is not a name constant";
      if (insn.b >= code.num_cache_slots) return "cache slot out of range";
      break;
    case vm::OperandFormat::kLocal:
      if (insn.a >= slots) return "slot out of range";
      switch (insn.opcode) {
        case vm::Opcode::LOAD_DEREF:
        case vm::Opcode::STORE_DEREF:
        case vm::Opcode::DELETE_DEREF:
        case vm::Opcode::LOAD_CLOSURE:
          if (!IsCellSlot(code, s, insn.a)) return "cell operation on a slot that is not a cell";
          break;
        default:
          break;
      }
      break;
    case vm::OperandFormat::kLocalName:
      if (insn.a >= slots || !IsCellSlot(code, s, insn.a)) return "slot out of range";
      if (!IsName(code, insn.b)) return "name operand is not a name constant";
      break;
    case vm::OperandFormat::kFunction:
    case vm::OperandFormat::kClosure: {
      if (insn.a >= code.num_children) return "child index out of range";
      const vm::RawCode* child = code.children[insn.a];
      if (insn.format == vm::OperandFormat::kClosure && insn.c != child->num_free) {
        return "closure cell count differs from the child's free variables";
      }
      if (insn.format == vm::OperandFormat::kFunction && child->num_free != 0) {
        return "MAKE_FUNCTION of a child with free variables";
      }
      break;
    }
    case vm::OperandFormat::kCallKw: {
      const uint8_t* p = insn.names;
      const uint8_t* end = code.bytecode + insn.offset + insn.length;
      for (uint32_t i = 0; i < insn.b; ++i) {
        uint32_t index = 0;
        if (!vm::ReadVarUintChecked(p, end, &index) || !IsName(code, index)) return "bad keyword name operand";
      }
      break;
    }
    case vm::OperandFormat::kJump:
    case vm::OperandFormat::kJumpFar: {
      const int64_t target = static_cast<int64_t>(insn.offset) + insn.length + insn.jump;
      if (target < 0 || target >= code.bytecode_size || !s.is_start[target]) return "jump target is not an instruction";
      break;
    }
    default:
      break;
  }
  const char* range_problem = CheckOperandRanges(insn);
  if (range_problem != nullptr) return range_problem;
  if (insn.opcode == vm::Opcode::COPY_FREE_VARS && insn.a != code.num_free) {
    return "COPY_FREE_VARS count differs from the free variables";
  }
  return nullptr;
}

// How many operand-stack entries the instruction reads beyond what its net effect pops, from the stack pictures
// in opcodes.def: DUP_TOP, ROT_*, LOAD_ATTR, the binary operators, a call or LIST_APPEND's container reach below
// what they leave, and the VM does not check.
int64_t ListedStackInputs(const vm::Instruction& insn) {
  using vm::Opcode;
  const int64_t a = insn.a;
  const int64_t b = insn.b;
  switch (insn.opcode) {
    case Opcode::DUP_TOP:
    case Opcode::LOAD_ATTR:
    case Opcode::LOAD_METHOD:
    case Opcode::UNARY_POSITIVE:
    case Opcode::UNARY_NEGATIVE:
    case Opcode::UNARY_INVERT:
    case Opcode::UNARY_NOT:
    case Opcode::GET_ITER:
    case Opcode::FOR_ITER:
    case Opcode::GET_YIELD_FROM_ITER:
    case Opcode::LIST_TO_TUPLE:
    case Opcode::UNPACK_SEQUENCE:
    case Opcode::UNPACK_EX:
    case Opcode::YIELD_VALUE:
    case Opcode::GET_AWAITABLE:
    case Opcode::GET_AITER:
    case Opcode::GET_ANEXT:
    case Opcode::PUSH_EXC_INFO:
    case Opcode::BEFORE_WITH:
    case Opcode::BEFORE_ASYNC_WITH:
    case Opcode::IMPORT_FROM:
      return 1;
    case Opcode::DUP_TOP_TWO:
    case Opcode::ROT_TWO:
    case Opcode::BINARY_SUBSCR:
    case Opcode::YIELD_FROM:
    case Opcode::CHECK_EXC_MATCH:
    case Opcode::IMPORT_NAME:
      return 2;
    case Opcode::ROT_THREE:
    case Opcode::FOR_RANGE:
      return 3;
    case Opcode::ROT_FOUR:
    case Opcode::WITH_EXCEPT_START:
      return 4;
    case Opcode::GET_RANGE_ITER:
      return a + 1;
    case Opcode::BUILD_TUPLE:
    case Opcode::BUILD_LIST:
    case Opcode::BUILD_SET:
    case Opcode::BUILD_SLICE:
    case Opcode::BUILD_STRING:
      return a;
    case Opcode::BUILD_MAP:
      return 2 * a;
    case Opcode::LIST_APPEND:
    case Opcode::SET_ADD:
    case Opcode::LIST_EXTEND:
    case Opcode::SET_UPDATE:
    case Opcode::DICT_UPDATE:
    case Opcode::DICT_MERGE:
      return a + 1;
    case Opcode::MAP_ADD:
      return a + 2;
    case Opcode::CALL_FUNCTION:
      return a + 1;
    case Opcode::CALL_FUNCTION_KW:
      return a + b + 1;
    case Opcode::CALL_FUNCTION_EX:
      return 2 + (a & 1);
    case Opcode::CALL_METHOD:
      return a + 2;
    case Opcode::CALL_METHOD_KW:
      return a + b + 2;
    case Opcode::FORMAT_VALUE:
      return 1 + ((a >> 2) & 1);
    default:
      break;
  }
  if (insn.opcode >= Opcode::BINARY_ADD && insn.opcode <= Opcode::COMPARE_NOT_IN) return 2;
  return 0;
}

// How many operand-stack entries the instruction reads: the listed ones, and at least what it pops on either
// path (a block-ending instruction such as RETURN_VALUE or RAISE_VARARGS has no successor whose depth would
// show a pop below the stack).
int64_t StackInputs(const vm::Instruction& insn) {
  int64_t inputs = ListedStackInputs(insn);
  const int64_t pops = -int64_t{vm::StackEffect(insn, false)};
  if (pops > inputs) inputs = pops;
  if (vm::IsJumpFormat(insn.format)) {
    const int64_t jump_pops = -int64_t{vm::StackEffect(insn, true)};
    if (jump_pops > inputs) inputs = jump_pops;
  }
  return inputs;
}

// Records that a path reaches `offset` with `depth` values on the operand stack.
const char* Reach(const vm::RawCode& code, Scratch& s, uint32_t offset, int64_t depth) {
  if (depth < 0) return "operand stack depth goes negative";
  if (depth > code.max_stack) return "operand stack deeper than max_stack";
  if (!IsStart(s, code, offset)) return "control reaches a byte that is not an instruction";
  if (s.depth[offset] == kUnvisited) {
    s.depth[offset] = static_cast<int32_t>(depth);
    s.work[s.work_count++] = offset;
    return nullptr;
  }
  return s.depth[offset] == depth ? nullptr : "paths meet with different stack depths";
}

// Every instruction decodes, ends inside the code, and has sound operands.
const char* CheckInstructions(const vm::RawCode& code, Scratch& s) {
  vm::Instruction insn;
  for (uint32_t offset = 0; offset < code.bytecode_size; offset += insn.length) {
    if (!vm::DecodeInstruction(code.bytecode, code.bytecode_size, offset, &insn) || insn.length == 0) {
      return "undecodable instruction";
    }
    s.is_start[offset] = 1;
  }
  for (uint32_t offset = 0; offset < code.bytecode_size; offset += insn.length) {
    vm::DecodeInstruction(code.bytecode, code.bytecode_size, offset, &insn);
    const char* problem = CheckOperands(code, s, insn);
    if (problem != nullptr) return problem;
  }
  return nullptr;
}

const char* CheckTables(const vm::RawCode& code, const Scratch& s) {
  vm::ExceptionTableReader reader(code);
  vm::ExceptionHandler handler;
  size_t table_bytes = 0;
  while (reader.Next(&handler)) {
    if (handler.start >= handler.end || handler.end > code.bytecode_size || !IsStart(s, code, handler.start) ||
        (handler.end != code.bytecode_size && !IsStart(s, code, handler.end)) || !IsStart(s, code, handler.target)) {
      return "bad exception table entry";
    }
    table_bytes += vm::VarUintSize(handler.start) + vm::VarUintSize(handler.end - handler.start) +
                   vm::VarUintSize(handler.target) + vm::VarUintSize(handler.depth);
  }
  if (table_bytes != code.exception_table_size) return "malformed exception table";
  // The line table only needs to be readable: the reader stops at the end or at a reserved entry, and reads
  // varints with bounds. Walking it here proves it terminates within its bytes.
  vm::LineTableReader lines(code);
  lines.LineAt(code.bytecode_size);
  return nullptr;
}

const char* FollowPaths(const vm::RawCode& code, Scratch& s) {
  const char* problem = Reach(code, s, 0, 0);
  while (problem == nullptr && s.work_count > 0) {
    const uint32_t offset = s.work[--s.work_count];
    const int32_t depth = s.depth[offset];
    vm::Instruction insn;
    vm::DecodeInstruction(code.bytecode, code.bytecode_size, offset, &insn);
    if (StackInputs(insn) > depth) return "instruction reads below the operand stack";
    vm::ExceptionTableReader reader(code);
    vm::ExceptionHandler handler;
    while (reader.Next(&handler)) {
      if (offset < handler.start || offset >= handler.end) continue;
      if (static_cast<int64_t>(handler.depth) > depth) return "handler depth above the protected stack";
      problem = Reach(code, s, handler.target, int64_t{handler.depth} + 1);
      break;  // the first matching entry is the handler
    }
    if (problem != nullptr) break;
    if (vm::IsJumpFormat(insn.format)) {
      problem = Reach(code, s, insn.JumpTarget(), int64_t{depth} + vm::StackEffect(insn, true));
      if (problem != nullptr) break;
    }
    if (!vm::EndsBlock(insn.opcode)) {
      const uint32_t next = offset + insn.length;
      if (next >= code.bytecode_size) return "code falls off its end";
      problem = Reach(code, s, next, int64_t{depth} + vm::StackEffect(insn, false));
    }
  }
  return problem;
}

const char* CheckShape(const vm::RawCode& code) {
  if (code.bytecode_size == 0) return "empty bytecode";
  if (code.num_positional_only > code.num_positional) return "more positional-only than positional parameters";
  if (vm::NumParameterSlots(code) > code.num_locals) return "parameters do not fit the local slots";
  return nullptr;
}

}  // namespace

const char* CheckLoadedCode(const vm::RawCode& code, bool* out_of_memory) {
  *out_of_memory = false;
  const char* problem = CheckShape(code);
  if (problem != nullptr) return problem;
  const size_t n = code.bytecode_size;
  const size_t bytes = n * (sizeof(int32_t) + sizeof(uint32_t)) + n;
  uint8_t* block = static_cast<uint8_t*>(AllocateRaw(bytes, gc::kNoScan));
  if (block == nullptr) {
    *out_of_memory = true;
    return "out of memory";
  }
  Scratch s;
  s.depth = reinterpret_cast<int32_t*>(block);
  s.work = reinterpret_cast<uint32_t*>(block + n * sizeof(int32_t));
  s.is_start = block + n * (sizeof(int32_t) + sizeof(uint32_t));
  s.work_count = 0;
  for (size_t i = 0; i < n; ++i) s.depth[i] = kUnvisited;
  memset(s.is_start, 0, n);
  problem = CheckInstructions(code, s);
  if (problem == nullptr) problem = CheckTables(code, s);
  if (problem == nullptr) problem = FollowPaths(code, s);
  FreeRaw(block);
  return problem;
}

}  // namespace mpy
}  // namespace mica
