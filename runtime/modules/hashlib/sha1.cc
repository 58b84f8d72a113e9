// SHA-1 (FIPS 180-4). Broken for signatures; kept because hashlib users (and MicroPython) expect it.
#include "runtime/modules/hashlib/block_hash.h"

namespace mica {
namespace hashlib {
namespace {

constexpr uint32_t kInitial[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};

void Compress(uint32_t h[8], const uint8_t block[kBlockSize]) {
  uint32_t w[80];
  for (int i = 0; i < 16; ++i) w[i] = LoadBig32(block + 4 * i);
  for (int i = 16; i < 80; ++i) w[i] = RotateLeft(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
  for (int i = 0; i < 80; ++i) {
    uint32_t f, k;
    if (i < 20) {
      f = (b & c) | (~b & d);
      k = 0x5a827999;
    } else if (i < 40) {
      f = b ^ c ^ d;
      k = 0x6ed9eba1;
    } else if (i < 60) {
      f = (b & c) | (b & d) | (c & d);
      k = 0x8f1bbcdc;
    } else {
      f = b ^ c ^ d;
      k = 0xca62c1d6;
    }
    const uint32_t t = RotateLeft(a, 5) + f + e + k + w[i];
    e = d;
    d = c;
    c = RotateLeft(b, 30);
    b = a;
    a = t;
  }
  h[0] += a;
  h[1] += b;
  h[2] += c;
  h[3] += d;
  h[4] += e;
}

}  // namespace

extern const BlockHashAlgorithm kSha1 = {"sha1", 20, 5, true, kInitial, Compress};

}  // namespace hashlib
}  // namespace mica
