// How operands are stored in the bytecode byte stream (docs/bytecode.md, "Operand encoding").
//
// Bytecode is read one byte at a time, so it may sit at any address in flash or RAM (no alignment) and means
// the same on every target (no endianness). Three encodings:
//
//   varint   unsigned, 7 bits per byte, least significant group first; the top bit of a byte says "another
//            byte follows". 0..127 take one byte, 128..16383 two. Used for indices, counts and flags.
//   zigzag   a signed value mapped to unsigned (0, -1, 1, -2, .. -> 0, 1, 2, 3, ..) then stored as a varint,
//            so -64..63 take one byte. Used by LOAD_SMALL_INT and the line table.
//   jump     a fixed-width signed little-endian offset: 2 bytes (JUMP and friends) or 4 bytes (JUMP_FAR). Fixed
//            width so that the emitter can write a placeholder and patch it in place once the target is known.
//
// The Read* functions used by the interpreter trust the bytecode (it comes from the compiler or a verified .mpy);
// the *Checked variants bound every read for tools that must survive malformed input.
#ifndef MICA_RUNTIME_VM_OPERAND_ENCODING_H_
#define MICA_RUNTIME_VM_OPERAND_ENCODING_H_

#include <stddef.h>
#include <stdint.h>

namespace mica {
namespace vm {

// Longest varint of a 32-bit operand, and of a 64-bit one (a zigzag small int on a 64-bit target).
constexpr size_t kMaxVarUint32Bytes = 5;
constexpr size_t kMaxVarUint64Bytes = 10;
constexpr size_t kJumpBytes = 2;
constexpr size_t kFarJumpBytes = 4;
constexpr int32_t kJumpMin = -32768;
constexpr int32_t kJumpMax = 32767;

// The continuation of ReadVarUint once the first byte had its top bit set. Bits beyond 32 are dropped, never
// shifted out of range.
inline uint32_t ReadVarUintTail(const uint8_t*& p, uint32_t first) {
  uint32_t value = first & 0x7f;
  uint32_t shift = 7;
  for (;;) {
    const uint32_t byte = *p++;
    if (shift < 32) value |= (byte & 0x7f) << shift;
    shift += 7;
    if (byte < 0x80) return value;
  }
}

// An unsigned varint operand; advances p past it. The one-byte case is inlined into the dispatch loop.
inline uint32_t ReadVarUint(const uint8_t*& p) {
  const uint32_t first = *p++;
  if (first < 0x80) return first;
  return ReadVarUintTail(p, first);
}

// A varint as wide as a machine word (a small int operand can have 62 significant bits on 64-bit targets).
inline uintptr_t ReadVarWordTail(const uint8_t*& p, uintptr_t first) {
  uintptr_t value = first & 0x7f;
  uint32_t shift = 7;
  for (;;) {
    const uintptr_t byte = *p++;
    if (shift < sizeof(uintptr_t) * 8) value |= (byte & 0x7f) << shift;
    shift += 7;
    if (byte < 0x80) return value;
  }
}

inline uintptr_t ReadVarWord(const uint8_t*& p) {
  const uintptr_t first = *p++;
  if (first < 0x80) return first;
  return ReadVarWordTail(p, first);
}

constexpr intptr_t DecodeZigZag(uintptr_t u) {
  return static_cast<intptr_t>(u >> 1) ^ -static_cast<intptr_t>(u & 1);
}

constexpr uint64_t EncodeZigZag(int64_t v) {
  return (static_cast<uint64_t>(v) << 1) ^ (v < 0 ? ~uint64_t{0} : uint64_t{0});
}

// Narrowing to int16_t/int32_t wraps modulo 2^n: guaranteed by GCC (the only compiler Mica supports) and by C++20.
// It compiles to a single sign-extending load where the target has one.
inline int32_t ReadJump16(const uint8_t*& p) {
  const uint16_t raw = static_cast<uint16_t>(p[0] | (p[1] << 8));
  p += 2;
  return static_cast<int16_t>(raw);
}

inline int32_t ReadJump32(const uint8_t*& p) {
  const uint32_t raw = p[0] | (static_cast<uint32_t>(p[1]) << 8) | (static_cast<uint32_t>(p[2]) << 16) |
                       (static_cast<uint32_t>(p[3]) << 24);
  p += 4;
  return static_cast<int32_t>(raw);
}

// Bounded decoding for tools: false if the operand runs past `end` or is longer than its type allows.
inline bool ReadVarUint64Checked(const uint8_t*& p, const uint8_t* end, uint64_t* out) {
  uint64_t value = 0;
  for (uint32_t i = 0; i < kMaxVarUint64Bytes; ++i) {
    if (p >= end) return false;
    const uint64_t byte = *p++;
    value |= (byte & 0x7f) << (7 * i);
    if (byte < 0x80) {
      *out = value;
      return true;
    }
  }
  return false;
}

inline bool ReadVarUintChecked(const uint8_t*& p, const uint8_t* end, uint32_t* out) {
  uint64_t value = 0;
  if (!ReadVarUint64Checked(p, end, &value) || value > 0xffffffffu) return false;
  *out = static_cast<uint32_t>(value);
  return true;
}

// Encoders for the emitter, the assembler and the .mpy writer. `out` needs room for the returned size; the
// *Size functions say how much that is.
inline size_t VarUintSize(uint64_t value) {
  size_t size = 1;
  while (value >= 0x80) {
    value >>= 7;
    ++size;
  }
  return size;
}

inline size_t WriteVarUint(uint64_t value, uint8_t* out) {
  size_t n = 0;
  while (value >= 0x80) {
    out[n++] = static_cast<uint8_t>(value | 0x80);
    value >>= 7;
  }
  out[n++] = static_cast<uint8_t>(value);
  return n;
}

inline void WriteJump16(int32_t offset, uint8_t* out) {
  const uint32_t raw = static_cast<uint32_t>(offset);
  out[0] = static_cast<uint8_t>(raw);
  out[1] = static_cast<uint8_t>(raw >> 8);
}

inline void WriteJump32(int32_t offset, uint8_t* out) {
  const uint32_t raw = static_cast<uint32_t>(offset);
  for (int i = 0; i < 4; ++i) out[i] = static_cast<uint8_t>(raw >> (8 * i));
}

}  // namespace vm
}  // namespace mica

#endif  // MICA_RUNTIME_VM_OPERAND_ENCODING_H_
