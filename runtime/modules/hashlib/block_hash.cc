#include "runtime/modules/hashlib/block_hash.h"

#include <string.h>

namespace mica {
namespace hashlib {

void Init(const BlockHashAlgorithm& algorithm, BlockHashState* state) {
  memset(state, 0, sizeof(*state));
  for (uint32_t i = 0; i < algorithm.words; ++i) state->h[i] = algorithm.initial[i];
}

void Update(const BlockHashAlgorithm& algorithm, BlockHashState* state, const uint8_t* data, size_t length) {
  size_t used = static_cast<size_t>(state->total % kBlockSize);
  state->total += length;
  if (used != 0) {
    const size_t take = kBlockSize - used < length ? kBlockSize - used : length;
    memcpy(state->buffer + used, data, take);
    data += take;
    length -= take;
    if (used + take < kBlockSize) return;
    algorithm.compress(state->h, state->buffer);
  }
  for (; length >= kBlockSize; data += kBlockSize, length -= kBlockSize) algorithm.compress(state->h, data);
  memcpy(state->buffer, data, length);
}

void Final(const BlockHashAlgorithm& algorithm, const BlockHashState& state, uint8_t* digest) {
  BlockHashState last = state;
  // Padding: 0x80, zeros up to 56 mod 64, then the length in bits as 8 bytes.
  uint8_t tail[kBlockSize + 8] = {0x80};
  const size_t used = static_cast<size_t>(state.total % kBlockSize);
  const size_t pad = used < 56 ? 56 - used : 120 - used;
  const uint64_t bits = state.total * 8;
  for (int i = 0; i < 8; ++i) {
    const uint8_t byte = static_cast<uint8_t>(bits >> (8 * i));
    tail[pad + (algorithm.big_endian ? 7 - i : i)] = byte;
  }
  Update(algorithm, &last, tail, pad + 8);
  for (uint32_t i = 0; i < algorithm.digest_size / 4; ++i) {
    for (int b = 0; b < 4; ++b) {
      const int shift = algorithm.big_endian ? 24 - 8 * b : 8 * b;
      digest[4 * i + b] = static_cast<uint8_t>(last.h[i] >> shift);
    }
  }
}

}  // namespace hashlib
}  // namespace mica
