#include "natives/thumb/encoder.h"

namespace mica {
namespace thumb {
namespace {

// The 16-bit immediate of MOVW/MOVT split as imm4:i:imm3:imm8.
Encoding MovImm16(uint32_t first, uint32_t rd, uint32_t imm16) {
  const uint32_t imm4 = imm16 >> 12, i = (imm16 >> 11) & 1, imm3 = (imm16 >> 8) & 7, imm8 = imm16 & 0xFF;
  return Wide(first | i << 10 | imm4, imm3 << 12 | rd << 8 | imm8);
}

Encoding Divide(uint32_t first, uint32_t rd, uint32_t rn, uint32_t rm) {
  return Wide(first | rn, 0xF0F0 | rd << 8 | rm);
}

// The wide branch's 25-bit offset as S, J1, J2 (J = NOT(I) XOR S), imm10, imm11 (B T4 and BL T1).
Encoding LongBranch(uint32_t second, int32_t offset) {
  const uint32_t bits = static_cast<uint32_t>(offset);
  const uint32_t s = (bits >> 24) & 1, i1 = (bits >> 23) & 1, i2 = (bits >> 22) & 1;
  const uint32_t j1 = (~i1 ^ s) & 1, j2 = (~i2 ^ s) & 1;
  return Wide(0xF000 | s << 10 | ((bits >> 12) & 0x3FF), second | j1 << 13 | j2 << 11 | ((bits >> 1) & 0x7FF));
}

struct MemForm {
  uint16_t narrow;  // T1 base
  uint16_t wide;    // T3 first halfword, without rn
  uint8_t shift;    // log2 of the access width
};

constexpr MemForm kMemForms[] = {
    {0x6000, 0xF8C0, 2},  // STR
    {0x7000, 0xF880, 0},  // STRB
    {0x8000, 0xF8A0, 1},  // STRH
    {0x6800, 0xF8D0, 2},  // LDR
    {0x7800, 0xF890, 0},  // LDRB
    {0x8800, 0xF8B0, 1},  // LDRH
};

}  // namespace

Encoding Movw(uint32_t rd, uint32_t imm16) { return MovImm16(0xF240, rd, imm16); }
Encoding Movt(uint32_t rd, uint32_t imm16) { return MovImm16(0xF2C0, rd, imm16); }

Encoding CmpReg(uint32_t rn, uint32_t rm) {
  if (IsLow(rn) && IsLow(rm)) return Narrow(0x4280 | rm << 3 | rn);
  return Narrow(0x4500 | (rn & 8) << 4 | rm << 3 | (rn & 7));
}

Encoding ShiftImm(Shift shift, uint32_t rd, uint32_t rm, uint32_t imm) {
  return Narrow(static_cast<uint32_t>(shift) << 11 | (imm & 31) << 6 | rm << 3 | rd);
}

Encoding Sdiv(uint32_t rd, uint32_t rn, uint32_t rm) { return Divide(0xFB90, rd, rn, rm); }
Encoding Udiv(uint32_t rd, uint32_t rn, uint32_t rm) { return Divide(0xFBB0, rd, rn, rm); }

bool FitsNarrowMem(MemOp op, uint32_t rt, uint32_t rn, uint32_t offset) {
  const bool word = op == MemOp::kLdr || op == MemOp::kStr;
  if (rn == kSp) return word && IsLow(rt) && offset % 4 == 0 && offset <= 1020;
  const uint32_t shift = kMemForms[static_cast<int>(op)].shift;
  return IsLow(rt) && IsLow(rn) && offset % (1u << shift) == 0 && (offset >> shift) < 32;
}

Encoding Mem(MemOp op, uint32_t rt, uint32_t rn, uint32_t offset) {
  const MemForm& form = kMemForms[static_cast<int>(op)];
  if (!FitsNarrowMem(op, rt, rn, offset)) return Wide(form.wide | rn, rt << 12 | offset);
  if (rn == kSp) return Narrow((op == MemOp::kLdr ? 0x9800 : 0x9000) | rt << 8 | offset >> 2);
  return Narrow(form.narrow | (offset >> form.shift) << 6 | rn << 3 | rt);
}

Encoding BNarrow(int32_t offset) { return Narrow(0xE000 | ((static_cast<uint32_t>(offset) >> 1) & 0x7FF)); }
Encoding BWide(int32_t offset) { return LongBranch(0x9000, offset); }
Encoding Bl(int32_t offset) { return LongBranch(0xD000, offset); }

Encoding BCondNarrow(Cond cond, int32_t offset) {
  return Narrow(0xD000 | static_cast<uint32_t>(cond) << 8 | ((static_cast<uint32_t>(offset) >> 1) & 0xFF));
}

// S:J2:J1:imm6:imm11:0, 21 bits (the J bits are not inverted here, unlike B T4).
Encoding BCondWide(Cond cond, int32_t offset) {
  const uint32_t bits = static_cast<uint32_t>(offset);
  const uint32_t s = (bits >> 20) & 1, j2 = (bits >> 19) & 1, j1 = (bits >> 18) & 1;
  return Wide(0xF000 | s << 10 | static_cast<uint32_t>(cond) << 6 | ((bits >> 12) & 0x3F),
              0x8000 | j1 << 13 | j2 << 11 | ((bits >> 1) & 0x7FF));
}

}  // namespace thumb
}  // namespace mica
