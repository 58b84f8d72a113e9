// The bytecode format: version, opcodes, operand formats, and decoding of one instruction.
//
// An instruction is one opcode byte followed by the operands its OperandFormat names (operand_encoding.h says
// how each is stored). The full specification, with every opcode's semantics and the compile patterns, is
// docs/bytecode.md; the list of opcodes is opcodes.def. The interpreter decodes operands inline; everything
// here is for tools (disassembler, assembler, emitter, .mpy loader, traceback) and is bounds-checked.
#ifndef MICA_RUNTIME_VM_BYTECODE_H_
#define MICA_RUNTIME_VM_BYTECODE_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/vm/raw_code.h"

namespace mica {
namespace vm {

// Bumped by any change that makes old bytecode mean something else (see the history in docs/bytecode.md).
// A loader accepts [kBytecodeVersionMin, kBytecodeVersion].
constexpr uint32_t kBytecodeVersion = 1;
constexpr uint32_t kBytecodeVersionMin = 1;

// Mnemonics keep their documented upper-case spelling, so one grep finds the docs, the code and the listings.
enum class Opcode : uint8_t {
#define MICA_OPCODE(name, format, effect, jump_effect, doc) name,
#include "runtime/vm/opcodes.def"
#undef MICA_OPCODE
};

constexpr uint32_t kNumOpcodes = 0
#define MICA_OPCODE(name, format, effect, jump_effect, doc) +1
#include "runtime/vm/opcodes.def"
#undef MICA_OPCODE
    ;
static_assert(kNumOpcodes <= 256, "an opcode is one byte");

// What follows the opcode byte. a, b, c name the decoded operands in order (they appear in opcodes.def).
enum class OperandFormat : uint8_t {
  kNone,        // nothing
  kUint,        // a: varint (a count, a depth or flags)
  kSmallInt,    // a: zigzag varint, the value of a small int
  kConst,       // a: varint index into the constant table
  kName,        // a: varint index into the constant table, whose entry is an interned name
  kNameCached,  // a: as kName; b: varint run-time cache slot
  kLocal,       // a: varint frame slot
  kLocalName,   // a: varint frame slot; b: as kName
  kJump,        // a: 2-byte signed offset from the end of the instruction
  kJumpFar,     // a: 4-byte signed offset from the end of the instruction
  kUintPair,    // a, b: varints
  kFunction,    // a: varint child index; b: varint flags
  kClosure,     // a: varint child index; b: varint flags; c: varint number of cells
  kCallKw,      // a: varint positional count; b: varint keyword count; then b varint name indices (as kName)
};

// MAKE_FUNCTION / MAKE_CLOSURE flags (operand b).
enum MakeFunctionFlags : uint32_t {
  kMakeFunctionDefaults = 1 << 0,    // a tuple of positional defaults is on the stack
  kMakeFunctionKwDefaults = 1 << 1,  // a dict of keyword-only defaults is on the stack
};

// FORMAT_VALUE flags (operand a).
enum FormatValueFlags : uint32_t {
  kFormatConversionMask = 3,  // 0: none, 1: !s, 2: !r, 3: !a
  kFormatHasSpec = 1 << 2,    // a format spec string is on top of the value
};

// CALL_FUNCTION_EX flags (operand a).
enum CallExFlags : uint32_t {
  kCallExHasKwargs = 1 << 0,
};

const char* OpcodeName(Opcode op);
OperandFormat OpcodeFormat(Opcode op);
bool IsValidOpcode(uint8_t byte);
bool IsJumpFormat(OperandFormat format);

// Instructions after which execution never falls through to the next one.
bool EndsBlock(Opcode op);

// One decoded instruction.
struct Instruction {
  Opcode opcode;
  OperandFormat format;
  uint32_t offset;       // of the opcode byte
  uint32_t length;       // in bytes, operands included
  uint32_t a, b, c;      // the operands the format names (0 when absent); a jump's offset is in `jump`
  int64_t small_int;     // kSmallInt: the value
  int32_t jump;          // jump formats: target = offset + length + jump
  const uint8_t* names;  // kCallKw: the first of the b keyword-name varints
  uint32_t JumpTarget() const { return static_cast<uint32_t>(static_cast<int64_t>(offset) + length + jump); }
};

// Decodes the instruction at `offset` of bytecode[0, size). False if the opcode is invalid or an operand runs
// past the end (then *out is unspecified).
bool DecodeInstruction(const uint8_t* bytecode, uint32_t size, uint32_t offset, Instruction* out);

// The offset of the instruction that contains byte `offset`, found by decoding from the start (the traceback
// path: the interpreter only knows a position inside the faulting instruction). Returns `offset` itself if the
// bytecode cannot be decoded up to there.
uint32_t InstructionStartContaining(const RawCode& code, uint32_t offset);

// The net operand-stack change of an instruction, falling through (jumped = false) or jumping (jumped = true).
int32_t StackEffect(const Instruction& instruction, bool jumped);

}  // namespace vm
}  // namespace mica

#endif  // MICA_RUNTIME_VM_BYTECODE_H_
