#include "runtime/bigint/radix.h"

namespace mica {
namespace bigint {
namespace {

// ceil(log2(b) * 65536) for b = 0..36 (0 for the meaningless 0 and 1): the smallest k with 2**k >= b**65536,
// computed exactly with Python integers.
constexpr uint32_t kLog2Times65536[kMaxBase + 1] = {
    0,      0,      65536,  103873, 131072, 152170, 169409, 183983, 196608, 207745, 217706, 226718, 234945,
    242513, 249519, 256042, 262144, 267876, 273281, 278393, 283242, 287855, 292254, 296457, 300481, 304340,
    308049, 311617, 315055, 318373, 321578, 324679, 327680, 330590, 333412, 336153, 338817,
};

}  // namespace

uint32_t Log2Times65536RoundedUp(unsigned base) {
  return kLog2Times65536[base];
}

unsigned BitsPerChar(unsigned base) {
  if ((base & (base - 1)) != 0) return 0;
  return kLog2Times65536[base] / 65536;
}

RadixChunk ChunkFor(unsigned base) {
  RadixChunk chunk{static_cast<Digit>(base), 1};
  while (chunk.power <= kDigitMax / base) {
    chunk.power *= base;
    ++chunk.chars;
  }
  return chunk;
}

unsigned CharValue(char c) {
  if (c >= '0' && c <= '9') return static_cast<unsigned>(c - '0');
  if (c >= 'a' && c <= 'z') return static_cast<unsigned>(c - 'a') + 10;
  if (c >= 'A' && c <= 'Z') return static_cast<unsigned>(c - 'A') + 10;
  return kMaxBase;
}

}  // namespace bigint
}  // namespace mica
