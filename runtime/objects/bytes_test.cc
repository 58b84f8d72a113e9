#include <string>

#include "gtest/gtest.h"
#include "runtime/objects/bytearray.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/slice.h"
#include "runtime/objects/str.h"
#include "runtime/objects/test_support.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

using BytesTest = testing::RuntimeTest;

TEST_F(BytesTest, ReprAndBasics) {
  const Value b = Keep(NewBytes("\x00" "ab'", 4));
  EXPECT_EQ(ReprOf(b), "b\"\\x00ab'\"");
  EXPECT_EQ(ReprOf(Keep(NewBytes("a'b", 3))), "b\"a'b\"");
  EXPECT_EQ(ReprOf(Keep(NewBytes("'\"", 2))), "b'\\'\"'");
  EXPECT_EQ(ReprOf(Keep(NewBytes("\t\n\r\\\x7f\x80", 6))), "b'\\t\\n\\r\\\\\\x7f\\x80'");
  EXPECT_EQ(ReprOf(Len(b)), "4");
  EXPECT_EQ(ReprOf(LoadSubscript(b, I(1))), "97");
  EXPECT_EQ(ReprOf(LoadSubscript(b, Keep(NewSlice(Value::None(), Value::None(), I(-1))))), "b\"'ba\\x00\"");
  EXPECT_EQ(ErrorOf(LoadSubscript(b, I(9))), "IndexError: index out of range");
  EXPECT_EQ(ErrorOf(StoreSubscript(b, I(0), I(1))), "TypeError: 'bytes' object does not support item assignment");
  EXPECT_TRUE(NewBytes("", 0).Is(Value::FromObject(&kEmptyBytes.header)));
  EXPECT_EQ(ReprOf(Hash(Keep(NewBytes("ab", 2)))), ReprOf(Hash(S("ab"))));
}

TEST_F(BytesTest, Operators) {
  const Value ab = Keep(NewBytes("ab", 2));
  const Value cd = Keep(NewBytes("cd", 2));
  EXPECT_EQ(ReprOp(BinaryOp::kAdd, ab, cd), "b'abcd'");
  EXPECT_EQ(ReprOp(BinaryOp::kMultiply, ab, I(2)), "b'abab'");
  EXPECT_EQ(ReprOp(BinaryOp::kMultiply, I(2), ab), "b'abab'");
  EXPECT_EQ(ReprOp(BinaryOp::kLess, ab, cd), "True");
  EXPECT_EQ(ReprOp(BinaryOp::kEqual, ab, S("ab")), "False");
  EXPECT_EQ(ReprOf(Contains(ab, I(98))), "True");
  EXPECT_EQ(ReprOf(Contains(ab, Keep(NewBytes("b", 1)))), "True");
  EXPECT_EQ(ErrorOf(Contains(ab, I(256))), "ValueError: byte must be in range(0, 256)");
  EXPECT_EQ(ErrorOf(Op(BinaryOp::kAdd, ab, S("x"))), "TypeError: can't concat str to bytes");
}

TEST_F(BytesTest, Methods) {
  const Value hello = Keep(NewBytes("hello world", 11));
  EXPECT_EQ(ReprOf(Call(hello, "split")), "[b'hello', b'world']");
  EXPECT_EQ(ReprOf(Call(hello, "rsplit", {Keep(NewBytes("o", 1)), I(1)})), "[b'hello w', b'rld']");
  EXPECT_EQ(ReprOf(Call(hello, "find", {I(111)})), "4");
  EXPECT_EQ(ReprOf(Call(hello, "rfind", {Keep(NewBytes("o", 1))})), "7");
  EXPECT_EQ(ReprOf(Call(hello, "count", {Keep(NewBytes("l", 1))})), "3");
  EXPECT_EQ(ReprOf(Call(hello, "upper")), "b'HELLO WORLD'");
  EXPECT_EQ(ReprOf(Call(hello, "replace", {Keep(NewBytes("l", 1)), Keep(NewBytes("L", 1))})), "b'heLLo worLd'");
  EXPECT_EQ(ReprOf(Call(hello, "decode")), "'hello world'");
  EXPECT_EQ(ReprOf(Call(Keep(NewBytes("\x01\xfe", 2)), "hex")), "'01fe'");
  EXPECT_EQ(ReprOf(Call(TypeValue(&kBytesType), "fromhex", {S("01 fe")})), "b'\\x01\\xfe'");
  EXPECT_EQ(ErrorOf(Call(Keep(NewBytes("\xff", 1)), "decode")),
            "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
  EXPECT_EQ(ReprOf(Call(Keep(NewBytes("-", 1)), "join", {L({Keep(NewBytes("a", 1)), Keep(NewBytes("b", 1))})})),
            "b'a-b'");
}

TEST_F(BytesTest, Constructors) {
  const Value type = TypeValue(&kBytesType);
  const Value three[] = {I(3)};
  EXPECT_EQ(ReprOf(CallValue(type, three, 1, 0)), "b'\\x00\\x00\\x00'");
  const Value list[] = {L({I(65), I(66)})};
  EXPECT_EQ(ReprOf(CallValue(type, list, 1, 0)), "b'AB'");
  const Value text[] = {S("\xc3\xa9"), S("utf-8")};
  EXPECT_EQ(ReprOf(CallValue(type, text, 2, 0)), "b'\\xc3\\xa9'");
  const Value bad[] = {S("x")};
  EXPECT_EQ(ErrorOf(CallValue(type, bad, 1, 0)), "TypeError: string argument without an encoding");
  const Value encode_args[] = {S("\xc3\xa9"), S("latin-1")};
  EXPECT_EQ(ReprOf(StrEncodeMethod(encode_args, 2, 0)), "b'\\xe9'");
}

TEST_F(BytesTest, IntToFromBytes) {
  const Value to_args[] = {I(1024), I(2), S("big")};
  EXPECT_EQ(ReprOf(IntToBytesMethod(to_args, 3, 0)), "b'\\x04\\x00'");
  const Value little[] = {I(-2), I(2), S("little"), N("signed"), Value::True()};
  EXPECT_EQ(ReprOf(IntToBytesMethod(little, 3, 1)), "b'\\xfe\\xff'");
  const Value too_big[] = {I(256), I(1), S("big")};
  EXPECT_EQ(ErrorOf(IntToBytesMethod(too_big, 3, 0)), "OverflowError: int too big to convert");
  const Value from_args[] = {Value::None(), Keep(NewBytes("\xfe\xff", 2)), S("little"), N("signed"), Value::True()};
  EXPECT_EQ(ReprOf(IntFromBytesMethod(from_args, 3, 1)), "-2");
  const Value from_big[] = {Value::None(), Keep(NewBytes("\x01\x00\x00\x00\x00\x00\x00\x00\x00", 9)), S("big")};
  EXPECT_EQ(ReprOf(IntFromBytesMethod(from_big, 3, 0)), "18446744073709551616");
}

TEST_F(BytesTest, ByteArray) {
  const Value a = Keep(NewByteArray("abc", 3));
  EXPECT_EQ(ReprOf(a), "bytearray(b'abc')");
  EXPECT_EQ(ReprOf(StoreSubscript(a, I(0), I(65))), "None");
  EXPECT_EQ(ReprOf(Call(a, "append", {I(100)})), "None");
  EXPECT_EQ(ReprOf(a), "bytearray(b'Abcd')");
  EXPECT_EQ(ReprOf(DeleteSubscript(a, Keep(NewSlice(I(1), I(3), Value::None())))), "None");
  EXPECT_EQ(ReprOf(a), "bytearray(b'Ad')");
  EXPECT_EQ(ReprOf(StoreSubscript(a, Keep(NewSlice(I(1), I(1), Value::None())), a)), "None");
  EXPECT_EQ(ReprOf(a), "bytearray(b'AAdd')");
  EXPECT_EQ(ReprOp(BinaryOp::kEqual, a, Keep(NewBytes("AAdd", 4))), "True");
  EXPECT_EQ(ReprOf(Call(a, "pop")), "100");
  EXPECT_EQ(ErrorOf(Hash(a)), "TypeError: unhashable type: 'bytearray'");
  EXPECT_EQ(ErrorOf(StoreSubscript(a, I(0), I(256))), "ValueError: byte must be in range(0, 256)");
}

}  // namespace
}  // namespace mica
