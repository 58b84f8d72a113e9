#include "runtime/vm/bytecode.h"

#include "runtime/vm/operand_encoding.h"

namespace mica {
namespace vm {
namespace {

// Constant tables in flash, indexed by opcode byte.
constexpr const char* kOpcodeNames[] = {
#define MICA_OPCODE(name, format, effect, jump_effect, doc) #name,
#include "runtime/vm/opcodes.def"
#undef MICA_OPCODE
};

constexpr OperandFormat kOpcodeFormats[] = {
#define MICA_OPCODE(name, format, effect, jump_effect, doc) OperandFormat::format,
#include "runtime/vm/opcodes.def"
#undef MICA_OPCODE
};

bool ReadUint(const uint8_t*& p, const uint8_t* end, uint32_t* out) {
  return ReadVarUintChecked(p, end, out);
}

}  // namespace

const char* OpcodeName(Opcode op) {
  const uint32_t index = static_cast<uint32_t>(op);
  return index < kNumOpcodes ? kOpcodeNames[index] : "?";
}

OperandFormat OpcodeFormat(Opcode op) {
  const uint32_t index = static_cast<uint32_t>(op);
  return index < kNumOpcodes ? kOpcodeFormats[index] : OperandFormat::kNone;
}

bool IsValidOpcode(uint8_t byte) {
  return byte < kNumOpcodes;
}

bool IsJumpFormat(OperandFormat format) {
  return format == OperandFormat::kJump || format == OperandFormat::kJumpFar;
}

bool EndsBlock(Opcode op) {
  switch (op) {
    case Opcode::JUMP:
    case Opcode::JUMP_FAR:
    case Opcode::RETURN_VALUE:
    case Opcode::RAISE_VARARGS:
    case Opcode::RERAISE:
      return true;
    default:
      return false;
  }
}

bool DecodeInstruction(const uint8_t* bytecode, uint32_t size, uint32_t offset, Instruction* out) {
  if (offset >= size || !IsValidOpcode(bytecode[offset])) return false;
  const uint8_t* p = bytecode + offset + 1;
  const uint8_t* const end = bytecode + size;
  Instruction insn = {};
  insn.opcode = static_cast<Opcode>(bytecode[offset]);
  insn.format = kOpcodeFormats[bytecode[offset]];
  insn.offset = offset;
  bool ok = true;
  switch (insn.format) {
    case OperandFormat::kNone:
      break;
    case OperandFormat::kUint:
    case OperandFormat::kConst:
    case OperandFormat::kName:
    case OperandFormat::kLocal:
      ok = ReadUint(p, end, &insn.a);
      break;
    case OperandFormat::kSmallInt: {
      uint64_t zigzag = 0;
      ok = ReadVarUint64Checked(p, end, &zigzag);
      insn.small_int = static_cast<int64_t>(zigzag >> 1) ^ -static_cast<int64_t>(zigzag & 1);
      break;
    }
    case OperandFormat::kNameCached:
    case OperandFormat::kLocalName:
    case OperandFormat::kUintPair:
    case OperandFormat::kFunction:
      ok = ReadUint(p, end, &insn.a) && ReadUint(p, end, &insn.b);
      break;
    case OperandFormat::kClosure:
      ok = ReadUint(p, end, &insn.a) && ReadUint(p, end, &insn.b) && ReadUint(p, end, &insn.c);
      break;
    case OperandFormat::kJump:
      ok = end - p >= static_cast<ptrdiff_t>(kJumpBytes);
      if (ok) insn.jump = ReadJump16(p);
      break;
    case OperandFormat::kJumpFar:
      ok = end - p >= static_cast<ptrdiff_t>(kFarJumpBytes);
      if (ok) insn.jump = ReadJump32(p);
      break;
    case OperandFormat::kCallKw: {
      ok = ReadUint(p, end, &insn.a) && ReadUint(p, end, &insn.b);
      insn.names = p;
      uint32_t ignored = 0;
      for (uint32_t i = 0; ok && i < insn.b; ++i) ok = ReadUint(p, end, &ignored);
      break;
    }
  }
  if (!ok) return false;
  insn.length = static_cast<uint32_t>(p - (bytecode + offset));
  *out = insn;
  return true;
}

uint32_t InstructionStartContaining(const RawCode& code, uint32_t offset) {
  uint32_t start = 0;
  Instruction insn;
  while (start < code.bytecode_size && DecodeInstruction(code.bytecode, code.bytecode_size, start, &insn)) {
    if (offset < start + insn.length) return start;
    start += insn.length;
  }
  return offset;
}

int32_t StackEffect(const Instruction& instruction, bool jumped) {
  // The operand names the expressions in opcodes.def use.
  const int32_t a = static_cast<int32_t>(instruction.a);
  const int32_t b = static_cast<int32_t>(instruction.b);
  const int32_t c = static_cast<int32_t>(instruction.c);
  switch (instruction.opcode) {
#define MICA_OPCODE(name, format, effect, jump_effect, doc) \
  case Opcode::name:                                        \
    return jumped ? (jump_effect) : (effect);
#include "runtime/vm/opcodes.def"
#undef MICA_OPCODE
  }
  (void)a;
  (void)b;
  (void)c;
  return 0;
}

}  // namespace vm
}  // namespace mica
