// Standard test vectors (FIPS 180-2 examples, RFC 1321 appendix A.5).
#include "runtime/modules/hashlib/block_hash.h"

#include <string.h>

#include <string>

#include "gtest/gtest.h"

namespace mica {
namespace hashlib {
namespace {

std::string Hex(const BlockHashAlgorithm& algorithm, const std::string& data, size_t chunk = 0) {
  BlockHashState state;
  Init(algorithm, &state);
  if (chunk == 0) chunk = data.size() + 1;
  for (size_t i = 0; i < data.size(); i += chunk) {
    const size_t n = data.size() - i < chunk ? data.size() - i : chunk;
    Update(algorithm, &state, reinterpret_cast<const uint8_t*>(data.data()) + i, n);
  }
  uint8_t digest[kMaxDigestSize];
  Final(algorithm, state, digest);
  std::string out;
  for (uint32_t i = 0; i < algorithm.digest_size; ++i) {
    out += "0123456789abcdef"[digest[i] >> 4];
    out += "0123456789abcdef"[digest[i] & 15];
  }
  return out;
}

const std::string kMillionA(1000000, 'a');
const char kTwoBlocks[] = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";

TEST(Sha256, StandardVectors) {
  EXPECT_EQ(Hex(kSha256, ""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Hex(kSha256, "abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Hex(kSha256, kTwoBlocks), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(Hex(kSha256, kMillionA, 997), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha1, StandardVectors) {
  EXPECT_EQ(Hex(kSha1, ""), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  EXPECT_EQ(Hex(kSha1, "abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
  EXPECT_EQ(Hex(kSha1, kTwoBlocks), "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  EXPECT_EQ(Hex(kSha1, kMillionA, 64), "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

TEST(Md5, StandardVectors) {
  EXPECT_EQ(Hex(kMd5, ""), "d41d8cd98f00b204e9800998ecf8427e");
  EXPECT_EQ(Hex(kMd5, "abc"), "900150983cd24fb0d6963f7d28e17f72");
  EXPECT_EQ(Hex(kMd5, "message digest"), "f96b697d7cb7938d525a2f31aaf161d0");
  EXPECT_EQ(Hex(kMd5, kMillionA, 1000), "7707d6ae4e027c70eea2a935c2296f21");
}

TEST(BlockHash, FinalLeavesTheStateUsable) {
  BlockHashState state;
  Init(kSha256, &state);
  Update(kSha256, &state, reinterpret_cast<const uint8_t*>("ab"), 2);
  uint8_t digest[kMaxDigestSize];
  Final(kSha256, state, digest);
  Update(kSha256, &state, reinterpret_cast<const uint8_t*>("c"), 1);
  Final(kSha256, state, digest);
  EXPECT_EQ(digest[0], 0xba);
  EXPECT_EQ(digest[31], 0xad);
}

}  // namespace
}  // namespace hashlib
}  // namespace mica
