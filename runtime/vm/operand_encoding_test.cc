#include "runtime/vm/operand_encoding.h"

#include <stdint.h>

#include <vector>

#include "gtest/gtest.h"
#include "runtime/value.h"

namespace mica {
namespace vm {
namespace {

std::vector<uint8_t> Encode(uint64_t value) {
  std::vector<uint8_t> bytes(kMaxVarUint64Bytes);
  bytes.resize(WriteVarUint(value, bytes.data()));
  return bytes;
}

TEST(OperandEncoding, SmallOperandsTakeOneByte) {
  for (uint32_t v = 0; v < 128; ++v) {
    const std::vector<uint8_t> bytes = Encode(v);
    ASSERT_EQ(bytes.size(), 1u) << v;
    EXPECT_EQ(bytes[0], v);
  }
  EXPECT_EQ(VarUintSize(127), 1u);
  EXPECT_EQ(VarUintSize(128), 2u);
  EXPECT_EQ(VarUintSize(16383), 2u);
  EXPECT_EQ(VarUintSize(16384), 3u);
  EXPECT_EQ(VarUintSize(0xffffffffu), 5u);
}

TEST(OperandEncoding, VarUintIsLeastSignificantGroupFirst) {
  EXPECT_EQ(Encode(300), (std::vector<uint8_t>{0xac, 0x02}));
}

TEST(OperandEncoding, VarUintRoundTrips) {
  for (uint32_t v : {0u, 1u, 127u, 128u, 255u, 16383u, 16384u, 65535u, 0x12345678u, 0xffffffffu}) {
    const std::vector<uint8_t> bytes = Encode(v);
    const uint8_t* p = bytes.data();
    EXPECT_EQ(ReadVarUint(p), v);
    EXPECT_EQ(p, bytes.data() + bytes.size());
    p = bytes.data();
    uint32_t checked = 0;
    EXPECT_TRUE(ReadVarUintChecked(p, bytes.data() + bytes.size(), &checked));
    EXPECT_EQ(checked, v);
  }
}

TEST(OperandEncoding, PaddedVarUintDecodesToTheSameValue) {
  // An emitter may reserve a fixed width and patch the value in later.
  const uint8_t padded[] = {0x85, 0x80, 0x00};
  const uint8_t* p = padded;
  EXPECT_EQ(ReadVarUint(p), 5u);
  EXPECT_EQ(p, padded + 3);
}

TEST(OperandEncoding, ZigZagMapsSmallMagnitudesToSmallCodes) {
  EXPECT_EQ(EncodeZigZag(0), 0u);
  EXPECT_EQ(EncodeZigZag(-1), 1u);
  EXPECT_EQ(EncodeZigZag(1), 2u);
  EXPECT_EQ(EncodeZigZag(-64), 127u);
  EXPECT_EQ(EncodeZigZag(63), 126u);
  EXPECT_EQ(EncodeZigZag(64), 128u);
  for (intptr_t v : {intptr_t{0}, intptr_t{1}, intptr_t{-1}, intptr_t{-64}, intptr_t{63}, intptr_t{1000000},
                     Value::kSmallIntMax, Value::kSmallIntMin}) {
    const std::vector<uint8_t> bytes = Encode(EncodeZigZag(v));
    const uint8_t* p = bytes.data();
    EXPECT_EQ(DecodeZigZag(ReadVarWord(p)), v);
    EXPECT_EQ(p, bytes.data() + bytes.size());
  }
}

TEST(OperandEncoding, JumpsAreFixedWidthLittleEndianAndSigned) {
  for (int32_t offset : {0, 1, -1, 127, -128, 300, -300, kJumpMax, kJumpMin}) {
    uint8_t bytes[2];
    WriteJump16(offset, bytes);
    const uint8_t* p = bytes;
    EXPECT_EQ(ReadJump16(p), offset);
    EXPECT_EQ(p, bytes + 2);
  }
  uint8_t little[2];
  WriteJump16(0x1234, little);
  EXPECT_EQ(little[0], 0x34);
  EXPECT_EQ(little[1], 0x12);
  for (int32_t offset : {0, -1, 40000, -40000, INT32_MAX, INT32_MIN}) {
    uint8_t bytes[4];
    WriteJump32(offset, bytes);
    const uint8_t* p = bytes;
    EXPECT_EQ(ReadJump32(p), offset);
  }
}

TEST(OperandEncoding, CheckedReadsRejectTruncatedAndOversizedOperands) {
  const uint8_t truncated[] = {0x80, 0x80};
  const uint8_t* p = truncated;
  uint32_t value = 0;
  EXPECT_FALSE(ReadVarUintChecked(p, truncated + sizeof truncated, &value));
  const uint8_t too_big[] = {0xff, 0xff, 0xff, 0xff, 0x7f};  // 35 bits
  p = too_big;
  EXPECT_FALSE(ReadVarUintChecked(p, too_big + sizeof too_big, &value));
  const uint8_t endless[] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01};
  p = endless;
  uint64_t wide = 0;
  EXPECT_FALSE(ReadVarUint64Checked(p, endless + sizeof endless, &wide));
}

}  // namespace
}  // namespace vm
}  // namespace mica
