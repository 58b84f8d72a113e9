#include "runtime/vm/bytecode.h"

#include <string.h>

#include <set>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/vm/operand_encoding.h"

namespace mica {
namespace vm {
namespace {

TEST(Bytecode, OpcodesAreOneByteWithUniqueNames) {
  EXPECT_LE(kNumOpcodes, 256u);
  std::set<std::string> names;
  for (uint32_t i = 0; i < kNumOpcodes; ++i) {
    const char* name = OpcodeName(static_cast<Opcode>(i));
    EXPECT_TRUE(names.insert(name).second) << name;
    EXPECT_TRUE(IsValidOpcode(static_cast<uint8_t>(i)));
  }
  EXPECT_FALSE(IsValidOpcode(static_cast<uint8_t>(kNumOpcodes)));
  EXPECT_FALSE(IsValidOpcode(0xff));
  EXPECT_STREQ(OpcodeName(static_cast<Opcode>(0xff)), "?");
}

TEST(Bytecode, NumberingFollowsTheDefinitionFile) {
  // Numbering is part of the .mpy format: these must not move within a version.
  EXPECT_EQ(static_cast<int>(Opcode::NOP), 0);
  EXPECT_STREQ(OpcodeName(Opcode::LOAD_FAST), "LOAD_FAST");
  EXPECT_EQ(OpcodeFormat(Opcode::LOAD_FAST), OperandFormat::kLocal);
  EXPECT_EQ(OpcodeFormat(Opcode::FOR_RANGE), OperandFormat::kJump);
  EXPECT_EQ(OpcodeFormat(Opcode::JUMP_FAR), OperandFormat::kJumpFar);
  EXPECT_EQ(OpcodeFormat(Opcode::CALL_FUNCTION_KW), OperandFormat::kCallKw);
  EXPECT_EQ(kBytecodeVersion, 1u);
}

Instruction Decode(const std::vector<uint8_t>& bytes, uint32_t offset = 0) {
  Instruction insn;
  EXPECT_TRUE(DecodeInstruction(bytes.data(), static_cast<uint32_t>(bytes.size()), offset, &insn));
  return insn;
}

uint8_t Op(Opcode op) {
  return static_cast<uint8_t>(op);
}

TEST(Bytecode, DecodesEveryOperandFormat) {
  Instruction insn = Decode({Op(Opcode::POP_TOP)});
  EXPECT_EQ(insn.length, 1u);

  insn = Decode({Op(Opcode::LOAD_FAST), 0x81, 0x01});  // slot 129
  EXPECT_EQ(insn.a, 129u);
  EXPECT_EQ(insn.length, 3u);

  insn = Decode({Op(Opcode::LOAD_SMALL_INT), 0x03});  // zigzag 3 = -2
  EXPECT_EQ(insn.small_int, -2);

  insn = Decode({Op(Opcode::LOAD_ATTR), 4, 7});
  EXPECT_EQ(insn.a, 4u);
  EXPECT_EQ(insn.b, 7u);

  insn = Decode({Op(Opcode::JUMP), 0xfe, 0xff});  // -2: to its own start + 1
  EXPECT_EQ(insn.jump, -2);
  EXPECT_EQ(insn.JumpTarget(), 1u);

  insn = Decode({Op(Opcode::NOP), Op(Opcode::JUMP_FAR), 0x10, 0x27, 0, 0}, 1);
  EXPECT_EQ(insn.jump, 10000);
  EXPECT_EQ(insn.JumpTarget(), 1u + 5u + 10000u);

  insn = Decode({Op(Opcode::MAKE_CLOSURE), 2, 3, 4});
  EXPECT_EQ(insn.a, 2u);
  EXPECT_EQ(insn.b, 3u);
  EXPECT_EQ(insn.c, 4u);

  const std::vector<uint8_t> call_kw = {Op(Opcode::CALL_FUNCTION_KW), 1, 2, 5, 6};
  insn = Decode(call_kw);  // `names` points into these bytes
  EXPECT_EQ(insn.a, 1u);
  EXPECT_EQ(insn.b, 2u);
  EXPECT_EQ(insn.length, 5u);
  EXPECT_EQ(insn.names[0], 5);
  EXPECT_EQ(insn.names[1], 6);
}

TEST(Bytecode, DecodeRejectsInvalidOpcodesAndTruncatedOperands) {
  Instruction insn;
  const uint8_t invalid[] = {0xff};
  EXPECT_FALSE(DecodeInstruction(invalid, 1, 0, &insn));
  const uint8_t truncated_jump[] = {Op(Opcode::JUMP), 0x00};
  EXPECT_FALSE(DecodeInstruction(truncated_jump, 2, 0, &insn));
  const uint8_t truncated_kw[] = {Op(Opcode::CALL_FUNCTION_KW), 1, 3, 5};
  EXPECT_FALSE(DecodeInstruction(truncated_kw, 4, 0, &insn));
  EXPECT_FALSE(DecodeInstruction(truncated_kw, 4, 4, &insn));  // past the end
}

TEST(Bytecode, StackEffectsComeFromTheDefinitionFile) {
  Instruction insn = {};
  insn.opcode = Opcode::BUILD_TUPLE;
  insn.a = 3;
  EXPECT_EQ(StackEffect(insn, false), -2);
  insn.opcode = Opcode::BUILD_MAP;
  EXPECT_EQ(StackEffect(insn, false), -5);
  insn.opcode = Opcode::CALL_FUNCTION_KW;
  insn.a = 1;
  insn.b = 2;
  EXPECT_EQ(StackEffect(insn, false), -3);
  insn.opcode = Opcode::CALL_METHOD;
  insn.a = 2;
  EXPECT_EQ(StackEffect(insn, false), -3);
  insn.opcode = Opcode::MAKE_CLOSURE;
  insn.b = kMakeFunctionDefaults | kMakeFunctionKwDefaults;
  insn.c = 2;
  EXPECT_EQ(StackEffect(insn, false), -3);
  insn.opcode = Opcode::UNPACK_EX;
  insn.a = 1;
  insn.b = 2;
  EXPECT_EQ(StackEffect(insn, false), 3);
  insn.opcode = Opcode::FORMAT_VALUE;
  insn.a = kFormatHasSpec | 2;
  EXPECT_EQ(StackEffect(insn, false), -1);
  insn.opcode = Opcode::GET_RANGE_ITER;
  insn.a = 1;
  EXPECT_EQ(StackEffect(insn, false), 1);
  insn.a = 3;
  EXPECT_EQ(StackEffect(insn, false), -1);
  insn.opcode = Opcode::FOR_RANGE;
  EXPECT_EQ(StackEffect(insn, false), 1);
  EXPECT_EQ(StackEffect(insn, true), -3);
  insn.opcode = Opcode::FOR_ITER;
  EXPECT_EQ(StackEffect(insn, true), -1);
  insn.opcode = Opcode::JUMP_IF_TRUE_OR_POP;
  EXPECT_EQ(StackEffect(insn, false), -1);
  EXPECT_EQ(StackEffect(insn, true), 0);
}

TEST(Bytecode, BlockEnds) {
  EXPECT_TRUE(EndsBlock(Opcode::RETURN_VALUE));
  EXPECT_TRUE(EndsBlock(Opcode::JUMP));
  EXPECT_TRUE(EndsBlock(Opcode::RERAISE));
  EXPECT_FALSE(EndsBlock(Opcode::POP_JUMP_IF_TRUE));
  EXPECT_FALSE(EndsBlock(Opcode::YIELD_VALUE));
}

TEST(Bytecode, InstructionStartContainingFindsTheEnclosingInstruction) {
  const uint8_t bytes[] = {Op(Opcode::LOAD_FAST),   0x81, 0x01,  // 0..2
                           Op(Opcode::JUMP),        0,    0,     // 3..5
                           Op(Opcode::RETURN_VALUE)};            // 6
  RawCode code = {};
  code.bytecode = bytes;
  code.bytecode_size = sizeof bytes;
  EXPECT_EQ(InstructionStartContaining(code, 0), 0u);
  EXPECT_EQ(InstructionStartContaining(code, 2), 0u);
  EXPECT_EQ(InstructionStartContaining(code, 3), 3u);
  EXPECT_EQ(InstructionStartContaining(code, 5), 3u);
  EXPECT_EQ(InstructionStartContaining(code, 6), 6u);
}

}  // namespace
}  // namespace vm
}  // namespace mica
