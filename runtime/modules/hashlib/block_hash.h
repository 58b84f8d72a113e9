// What SHA-256, SHA-1 and MD5 share: 64-byte blocks, a byte counter and the buffering of partial blocks. Each
// algorithm supplies its compression function and how the length is stored in the final block.
#ifndef MICA_RUNTIME_MODULES_HASHLIB_BLOCK_HASH_H_
#define MICA_RUNTIME_MODULES_HASHLIB_BLOCK_HASH_H_

#include <stddef.h>
#include <stdint.h>

namespace mica {
namespace hashlib {

constexpr size_t kBlockSize = 64;
constexpr size_t kMaxDigestSize = 32;

// The running state of any of the three hashes (a plain struct: copied by memcpy for hash.copy()).
struct BlockHashState {
  uint32_t h[8];
  uint64_t total;  // bytes hashed so far
  uint8_t buffer[kBlockSize];
};

using CompressFn = void (*)(uint32_t h[8], const uint8_t block[kBlockSize]);

struct BlockHashAlgorithm {
  const char* name;
  uint32_t digest_size;
  uint32_t words;          // state words used
  bool big_endian;         // byte order of the length field and of the digest words
  const uint32_t* initial;  // `words` initial values
  CompressFn compress;
};

void Init(const BlockHashAlgorithm& algorithm, BlockHashState* state);
void Update(const BlockHashAlgorithm& algorithm, BlockHashState* state, const uint8_t* data, size_t length);
// Writes digest_size bytes; `state` is left as it was (digest() can be called repeatedly).
void Final(const BlockHashAlgorithm& algorithm, const BlockHashState& state, uint8_t* digest);

inline uint32_t RotateLeft(uint32_t x, unsigned n) { return (x << n) | (x >> (32 - n)); }
inline uint32_t RotateRight(uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }
inline uint32_t LoadBig32(const uint8_t* p) {
  return static_cast<uint32_t>(p[0]) << 24 | static_cast<uint32_t>(p[1]) << 16 | static_cast<uint32_t>(p[2]) << 8 | p[3];
}
inline uint32_t LoadLittle32(const uint8_t* p) {
  return static_cast<uint32_t>(p[3]) << 24 | static_cast<uint32_t>(p[2]) << 16 | static_cast<uint32_t>(p[1]) << 8 | p[0];
}

extern const BlockHashAlgorithm kSha256;
extern const BlockHashAlgorithm kSha1;
extern const BlockHashAlgorithm kMd5;

}  // namespace hashlib
}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_HASHLIB_BLOCK_HASH_H_
