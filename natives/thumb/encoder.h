// The Thumb-2 encoder: one instruction (already validated operands) -> one or two halfwords, as the ARMv7-M
// Architecture Reference Manual (DDI 0403) gives them. Each function names the manual's encoding (T1, T2...).
// Narrow (16-bit) forms take low registers r0-r7 unless said otherwise; callers check ranges (the Fits*
// helpers) and pick the form. Nothing here allocates; encoder_gnu_as_test checks every form against GNU as.
#ifndef MICA_NATIVES_THUMB_ENCODER_H_
#define MICA_NATIVES_THUMB_ENCODER_H_

#include <stdint.h>

namespace mica {
namespace thumb {

struct Encoding {
  uint16_t half[2];
  uint8_t count;  // 1: narrow, 2: wide (half[0] first in memory)
};

constexpr Encoding Narrow(uint32_t h) { return Encoding{{static_cast<uint16_t>(h), 0}, 1}; }
constexpr Encoding Wide(uint32_t h1, uint32_t h2) {
  return Encoding{{static_cast<uint16_t>(h1), static_cast<uint16_t>(h2)}, 2};
}

enum Reg : uint8_t { kSp = 13, kLr = 14, kPc = 15 };

// Condition codes (A7.3).
enum class Cond : uint8_t { kEq, kNe, kCs, kCc, kMi, kPl, kVs, kVc, kHi, kLs, kGe, kLt, kGt, kLe };

// Data-processing (register) opcodes of the narrow ALU form (A5.2.2): `OPS rdn, rm`.
enum class AluOp : uint8_t {
  kAnd, kEor, kLsl, kLsr, kAsr, kAdc, kSbc, kRor, kTst, kRsb, kCmp, kCmn, kOrr, kMul, kBic, kMvn,
};

// Shift-by-immediate kinds (LSL/LSR/ASR T1).
enum class Shift : uint8_t { kLsl, kLsr, kAsr };

// Load/store widths for the immediate-offset forms.
enum class MemOp : uint8_t { kStr, kStrb, kStrh, kLdr, kLdrb, kLdrh };

constexpr bool IsLow(uint32_t r) { return r < 8; }

// MOVS rd, #imm8 (T1).
constexpr Encoding MovsImm(uint32_t rd, uint32_t imm8) { return Narrow(0x2000 | rd << 8 | imm8); }
// MOV rd, rm (T1, any registers, flags unchanged).
constexpr Encoding MovReg(uint32_t rd, uint32_t rm) { return Narrow(0x4600 | (rd & 8) << 4 | rm << 3 | (rd & 7)); }
// MOVW rd, #imm16 (T3) and MOVT rd, #imm16 (T1).
Encoding Movw(uint32_t rd, uint32_t imm16);
Encoding Movt(uint32_t rd, uint32_t imm16);

// ADDS/SUBS rd, rn, #imm3 (T1); ADDS/SUBS rd, rn, rm (T1); ADDS/SUBS rdn, #imm8 (T2).
constexpr Encoding AddsImm3(uint32_t rd, uint32_t rn, uint32_t imm3) { return Narrow(0x1C00 | imm3 << 6 | rn << 3 | rd); }
constexpr Encoding SubsImm3(uint32_t rd, uint32_t rn, uint32_t imm3) { return Narrow(0x1E00 | imm3 << 6 | rn << 3 | rd); }
constexpr Encoding AddsReg(uint32_t rd, uint32_t rn, uint32_t rm) { return Narrow(0x1800 | rm << 6 | rn << 3 | rd); }
constexpr Encoding SubsReg(uint32_t rd, uint32_t rn, uint32_t rm) { return Narrow(0x1A00 | rm << 6 | rn << 3 | rd); }
constexpr Encoding AddsImm8(uint32_t rdn, uint32_t imm8) { return Narrow(0x3000 | rdn << 8 | imm8); }
constexpr Encoding SubsImm8(uint32_t rdn, uint32_t imm8) { return Narrow(0x3800 | rdn << 8 | imm8); }
// ADD rdn, rm (T2, any registers, flags unchanged).
constexpr Encoding AddReg(uint32_t rdn, uint32_t rm) { return Narrow(0x4400 | (rdn & 8) << 4 | rm << 3 | (rdn & 7)); }

// CMP rn, #imm8 (T1); CMP rn, rm (T1 low, T2 any).
constexpr Encoding CmpImm(uint32_t rn, uint32_t imm8) { return Narrow(0x2800 | rn << 8 | imm8); }
Encoding CmpReg(uint32_t rn, uint32_t rm);

// The narrow ALU form: OPS rdn, rm (MULS rdn, rm, rdn; RSBS rdn, rm, #0 for kRsb, i.e. NEGS).
constexpr Encoding Alu(AluOp op, uint32_t rdn, uint32_t rm) {
  return Narrow(0x4000 | static_cast<uint32_t>(op) << 6 | rm << 3 | rdn);
}

// LSLS/LSRS/ASRS rd, rm, #imm (T1): imm 0..31 for LSL, 1..32 for LSR and ASR.
Encoding ShiftImm(Shift shift, uint32_t rd, uint32_t rm, uint32_t imm);

// SDIV/UDIV rd, rn, rm (T1).
Encoding Sdiv(uint32_t rd, uint32_t rn, uint32_t rm);
Encoding Udiv(uint32_t rd, uint32_t rn, uint32_t rm);

// Loads and stores with an immediate offset: the narrow form when rt and rn are low and the offset is a
// multiple of the width below 32 widths (or rn is sp, LDR/STR only, offset up to 1020), else the wide
// form (T3: any rt except sp/pc, rn not pc, offset 0..4095). FitsNarrowMem says which applies.
bool FitsNarrowMem(MemOp op, uint32_t rt, uint32_t rn, uint32_t offset);
constexpr bool FitsWideMem(uint32_t offset) { return offset <= 4095; }
Encoding Mem(MemOp op, uint32_t rt, uint32_t rn, uint32_t offset);

// Branches. `offset` is target - (address of the branch + 4), in bytes, even.
constexpr bool FitsNarrowB(int32_t offset) { return offset >= -2048 && offset <= 2046; }
constexpr bool FitsWideB(int32_t offset) { return offset >= -16777216 && offset <= 16777214; }
constexpr bool FitsNarrowBCond(int32_t offset) { return offset >= -256 && offset <= 254; }
constexpr bool FitsWideBCond(int32_t offset) { return offset >= -1048576 && offset <= 1048574; }
Encoding BNarrow(int32_t offset);              // B T2
Encoding BWide(int32_t offset);                // B T4
Encoding Bl(int32_t offset);                   // BL T1
Encoding BCondNarrow(Cond cond, int32_t offset);  // B<c> T1
Encoding BCondWide(Cond cond, int32_t offset);    // B<c> T3
constexpr Encoding Bx(uint32_t rm) { return Narrow(0x4700 | rm << 3); }
constexpr Encoding Blx(uint32_t rm) { return Narrow(0x4780 | rm << 3); }

// PUSH {low registers, lr} (T1) and POP {low registers, pc} (T1): `low_list` is a bit per register r0-r7.
constexpr Encoding Push(uint32_t low_list, bool lr) { return Narrow(0xB400 | (lr ? 0x100 : 0) | low_list); }
constexpr Encoding Pop(uint32_t low_list, bool pc) { return Narrow(0xBC00 | (pc ? 0x100 : 0) | low_list); }

constexpr Encoding Nop() { return Narrow(0xBF00); }
// SMULL rdlo, rdhi, rn, rm (T1): the 64-bit signed product (r0-r12).
constexpr Encoding Smull(uint32_t rdlo, uint32_t rdhi, uint32_t rn, uint32_t rm) {
  return Wide(0xFB80 | rn, rdlo << 12 | rdhi << 8 | rm);
}
// ADD SP, SP, #imm7*4 (T2) and SUB SP, SP, #imm7*4 (T1): imm 0..508, a multiple of 4.
constexpr Encoding AddSpImm(uint32_t imm) { return Narrow(0xB000 | imm >> 2); }
constexpr Encoding SubSpImm(uint32_t imm) { return Narrow(0xB080 | imm >> 2); }
// ADD rd, SP, #imm8*4 (T1): rd low, imm 0..1020, a multiple of 4.
constexpr Encoding AddRdSpImm(uint32_t rd, uint32_t imm) { return Narrow(0xA800 | rd << 8 | imm >> 2); }


}  // namespace thumb
}  // namespace mica

#endif  // MICA_NATIVES_THUMB_ENCODER_H_
