// Conversions: 64-bit integers, doubles, text in any base, bytes, and the hash. Expected values from CPython.
#include <math.h>
#include <stdint.h>

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/bigint/big_for_tests.h"
#include "runtime/bigint/bigint.h"

namespace mica {
namespace bigint {
namespace {

Big Hex(const char* text) {
  return Big::Parse(text, 16);
}

// ---- 64-bit integers ----

TEST(BigintInt64, RoundTripsAndDetectsOverflow) {
  for (int64_t v : {int64_t{0}, int64_t{1}, int64_t{-1}, INT64_MAX, INT64_MIN, int64_t{4294967296}}) {
    int64_t back = 12345;
    EXPECT_EQ(ToInt64(Big(v).view(), &back), Status::kOk);
    EXPECT_EQ(back, v);
  }
  int64_t unused = 0;
  EXPECT_EQ(ToInt64((Big(1) << 63).view(), &unused), Status::kOverflow);
  EXPECT_EQ(ToInt64((-(Big(1) << 63) - Big(1)).view(), &unused), Status::kOverflow);
  EXPECT_EQ(ToInt64((Big(1) << 64).view(), &unused), Status::kOverflow);
  uint64_t u = 0;
  EXPECT_EQ(ToUint64(((Big(1) << 64) - Big(1)).view(), &u), Status::kOk);
  EXPECT_EQ(u, UINT64_MAX);
  EXPECT_EQ(ToUint64((Big(1) << 64).view(), &u), Status::kOverflow);
  EXPECT_EQ(ToUint64(Big(-1).view(), &u), Status::kOverflow);
  Digit d[kInt64Digits];
  EXPECT_EQ(Big::FromResult(d, BigResult{FromUint64(UINT64_MAX, d), false}).Hex(), "0xffffffffffffffff");
}

// ---- doubles ----

double ToFloatOrNan(const Big& a, Status* status) {
  double out = NAN;
  *status = ToFloat(a.view(), &out);
  return out;
}

Big FromFloatOk(double x) {
  std::vector<Digit> out(FromFloatDigits(x) + 1);
  BigResult r{0, false};
  EXPECT_EQ(FromFloat(x, out.data(), &r), Status::kOk);
  EXPECT_LE(r.length, FromFloatDigits(x));
  return Big::FromResult(out.data(), r);
}

TEST(BigintFloat, ExactValues) {
  Status s;
  EXPECT_EQ(ToFloatOrNan(Big(0), &s), 0.0);
  EXPECT_EQ(ToFloatOrNan(Big(-3), &s), -3.0);
  EXPECT_EQ(ToFloatOrNan(Big(1) << 1023, &s), ldexp(1.0, 1023));
  EXPECT_EQ(s, Status::kOk);
  EXPECT_EQ(ToFloatOrNan((Big(1) << 53) - Big(1), &s), 9007199254740991.0);
}

TEST(BigintFloat, RoundsHalfToEven) {
  Status s;
  // 2**53 + 1 is a tie between 2**53 and 2**53 + 2: even wins, downwards.
  EXPECT_EQ(ToFloatOrNan((Big(1) << 53) + Big(1), &s), 9007199254740992.0);
  // 2**53 + 3 is a tie between 2**53 + 2 and 2**53 + 4: even wins, upwards.
  EXPECT_EQ(ToFloatOrNan((Big(1) << 53) + Big(3), &s), 9007199254740996.0);
  // Just above a tie rounds up: the sticky bits far below decide.
  EXPECT_EQ(ToFloatOrNan((Big(1) << 200) + (Big(1) << 147) + Big(1), &s), ldexp(1.0, 200) + ldexp(1.0, 148));
  EXPECT_EQ(ToFloatOrNan((Big(1) << 200) + (Big(1) << 147), &s), ldexp(1.0, 200));
  EXPECT_EQ(ToFloatOrNan(-((Big(1) << 1023) * Big(3) / Big(2)), &s), -1.348269851146737e+308);
}

TEST(BigintFloat, OverflowAfterRounding) {
  Status s;
  const Big two_1024 = Big(1) << 1024;
  EXPECT_EQ(ToFloatOrNan(two_1024 - (Big(1) << 970) - Big(1), &s), 1.7976931348623157e308);
  EXPECT_EQ(s, Status::kOk);
  ToFloatOrNan(two_1024 - (Big(1) << 970), &s);  // the tie rounds to even: 2**1024
  EXPECT_EQ(s, Status::kOverflow);
  ToFloatOrNan(-two_1024, &s);
  EXPECT_EQ(s, Status::kOverflow);
  ToFloatOrNan(Big(1) << 5000, &s);
  EXPECT_EQ(s, Status::kOverflow);
}

TEST(BigintFloat, FromFloatTruncates) {
  EXPECT_EQ(FromFloatOk(0.0), Big(0));
  EXPECT_EQ(FromFloatOk(-0.0), Big(0));
  EXPECT_FALSE(FromFloatOk(-0.5).negative());
  EXPECT_EQ(FromFloatOk(0.99), Big(0));
  EXPECT_EQ(FromFloatOk(-2.5), Big(-2));
  EXPECT_EQ(FromFloatOk(4294967296.75), Big(4294967296));
  EXPECT_EQ(FromFloatOk(1e300).Hex(), Hex("17e43c8800759c").Hex() + std::string(236, '0'));
  EXPECT_EQ(FromFloatOk(-ldexp(1.0, 1023)), -(Big(1) << 1023));
  EXPECT_EQ(FromFloatDigits(1.7976931348623157e308), kMaxFloatDigits);
  Digit out[kMaxFloatDigits];
  BigResult r{0, false};
  EXPECT_EQ(FromFloat(INFINITY, out, &r), Status::kOverflow);
  EXPECT_EQ(FromFloat(-INFINITY, out, &r), Status::kOverflow);
  EXPECT_EQ(FromFloat(NAN, out, &r), Status::kInvalid);
}

// ---- text ----

TEST(BigintText, Decimal) {
  EXPECT_EQ(Big(0).ToString(), "0");
  EXPECT_EQ(Big(-7).ToString(), "-7");
  EXPECT_EQ(Big(1000000000).ToString(), "1000000000");
  EXPECT_EQ(Big(999999999).ToString(), "999999999");
  EXPECT_EQ((Big(1) << 64).ToString(), "18446744073709551616");
  EXPECT_EQ(Big::Parse("1000000000000000000000000000000000001").ToString(), "1000000000000000000000000000000000001");
  EXPECT_EQ(Big(10).ToString(10, true), "10");  // no prefix exists for base 10
}

TEST(BigintText, PowerOfTwoBasesAndPrefixes) {
  const Big a = Hex("123456789abcdef0fedcba987654321");
  EXPECT_EQ(a.ToString(16, true), "0x123456789abcdef0fedcba987654321");
  EXPECT_EQ(a.ToString(16, false, true), "123456789ABCDEF0FEDCBA987654321");
  EXPECT_EQ((-a).ToString(16, true), "-0x123456789abcdef0fedcba987654321");
  EXPECT_EQ(Big(-5).ToString(2, true), "-0b101");
  EXPECT_EQ(((Big(1) << 100) - Big(1)).ToString(8, true), "0o1" + std::string(33, '7'));
  EXPECT_EQ((Big(1) << 100).ToString(32), "1" + std::string(20, '0'));
  EXPECT_EQ(Big(0).ToString(2, true), "0b0");
  EXPECT_EQ(Big(35).ToString(4), "203");
}

TEST(BigintText, OtherBases) {
  EXPECT_EQ(Big(35).ToString(36), "z");
  EXPECT_EQ(Big(-36).ToString(36), "-10");
  EXPECT_EQ(Big(35).ToString(36, false, true), "Z");
  EXPECT_EQ((Big(1) << 64).ToString(3), "11112220022122120101211020120210210211221");
  EXPECT_EQ(Big::Parse("zzzzzzzzzzzzzzzzzzzzzzzzzzzz", 36).ToString(36), "zzzzzzzzzzzzzzzzzzzzzzzzzzzz");
  EXPECT_EQ(Big::Parse("-12345654321012345654321", 7).ToString(7), "-12345654321012345654321");
}

TEST(BigintText, RejectsBadBaseAndSmallBuffer) {
  char text[8];
  Digit scratch[4];
  const Big a = Big(123456789);
  IntFormat format;
  format.base = 37;
  EXPECT_EQ(ToText(a.view(), format, text, sizeof text, scratch), 0u);
  format.base = 1;
  EXPECT_EQ(ToText(a.view(), format, text, sizeof text, scratch), 0u);
  format.base = 10;
  EXPECT_EQ(ToText(a.view(), format, text, 8, scratch), 0u);
  const Big b = Big(-12345678);
  EXPECT_EQ(ToText(b.view(), format, text, 8, scratch), 0u);
  EXPECT_EQ(ToText(Big(1234567).view(), format, text, 8, scratch), 7u);
  EXPECT_EQ(std::string(text, 7), "1234567");
  format.base = 16;
  format.prefix = true;
  EXPECT_EQ(ToText(Big(0xFFFFF).view(), format, text, 7, scratch), 7u);
  EXPECT_EQ(std::string(text, 7), "0xfffff");
  EXPECT_EQ(ToText(Big(0xFFFFFF).view(), format, text, 7, scratch), 0u);
  EXPECT_EQ(TextChars(1, 37), 0u);
}

TEST(BigintText, TextCharsIsAnUpperBound) {
  for (unsigned base = 2; base <= 36; ++base) {
    for (size_t digits : {1, 2, 3, 10, 33}) {
      const Big all_ones = (Big(1) << (kDigitBits * digits)) - Big(1);
      EXPECT_LE(all_ones.ToString(base, true).size() + 1, TextChars(digits, base)) << base;
    }
  }
}

Status ParseStatus(const std::string& text, unsigned base) {
  std::vector<Digit> out(FromTextDigits(text.size(), base) + 1);
  BigResult r{0, false};
  return FromText(text.data(), text.size(), base, out.data(), &r);
}

TEST(BigintText, ParsesPythonLiterals) {
  EXPECT_EQ(Big::Parse("  -42\n"), Big(-42));
  EXPECT_EQ(Big::Parse("+1_000_000"), Big(1000000));
  EXPECT_EQ(Big::Parse("0x_1f", 16), Big(31));
  EXPECT_EQ(Big::Parse("0X1F", 0), Big(31));
  EXPECT_EQ(Big::Parse("0b1", 16), Big(0xB1));  // no prefix in base 16: b and 1 are hex digits
  EXPECT_EQ(Big::Parse("0o_7", 0), Big(7));
  EXPECT_EQ(Big::Parse("0_0", 0), Big(0));
  EXPECT_EQ(Big::Parse("00", 0), Big(0));
  EXPECT_EQ(Big::Parse("010", 10), Big(10));
  EXPECT_EQ(Big::Parse("-0", 0), Big(0));
  EXPECT_FALSE(Big::Parse("-0", 0).negative());
  EXPECT_EQ(Big::Parse("Zz", 36), Big(36 * 35 + 35));
  EXPECT_EQ(Big::Parse("\t\v\f\r 7 \t"), Big(7));
  EXPECT_EQ(Big::Parse("-0b" + std::string(100, '1'), 0), -((Big(1) << 100) - Big(1)));
}

TEST(BigintText, RejectsWhatPythonRejects) {
  for (const char* bad :
       {"", " ", "+", "-", "_1", "1_", "1__2", "- 1", "+_1", "0x", "0x_", "0x__1", "1 2", "--1", "0_x1", "12a", "1.0",
        "\x1c"
        "1"}) {
    EXPECT_EQ(ParseStatus(bad, 10), Status::kInvalid) << "'" << bad << "'";
    EXPECT_EQ(ParseStatus(bad, 0), Status::kInvalid) << "'" << bad << "'";
  }
  EXPECT_EQ(ParseStatus("010", 0), Status::kInvalid);
  EXPECT_EQ(ParseStatus("0_1", 0), Status::kInvalid);
  EXPECT_EQ(ParseStatus("0b2", 0), Status::kInvalid);
  EXPECT_EQ(ParseStatus("0x1f", 10), Status::kInvalid);
  EXPECT_EQ(ParseStatus("z", 35), Status::kInvalid);
  EXPECT_EQ(ParseStatus("1", 1), Status::kInvalid);
  EXPECT_EQ(ParseStatus("1", 37), Status::kInvalid);
}

TEST(BigintText, FromTextDigitsIsAnUpperBound) {
  for (unsigned base = 2; base <= 36; ++base) {
    const std::string text(500, base <= 10 ? static_cast<char>('0' + base - 1) : static_cast<char>('a' + base - 11));
    const Big value = Big::Parse(text, base);  // the buffer is exactly FromTextDigits, guarded
    EXPECT_EQ(value.ToString(base), text);
  }
}

// ---- bytes ----

std::string ToHexBytes(const Big& a, size_t count, ByteOrder order, bool is_signed, Status* status) {
  std::vector<uint8_t> out(count + 1, 0xEE);
  *status = ToBytes(a.view(), out.data(), count, order, is_signed);
  EXPECT_EQ(out[count], 0xEE) << "wrote past count";
  static const char kHex[] = "0123456789abcdef";
  std::string text;
  for (size_t i = 0; i < count; ++i) {
    text += kHex[out[i] >> 4];
    text += kHex[out[i] & 15];
  }
  return text;
}

Big FromHexBytes(const std::string& hex, ByteOrder order, bool is_signed) {
  std::vector<uint8_t> bytes;
  for (size_t i = 0; i + 1 < hex.size(); i += 2)
    bytes.push_back(static_cast<uint8_t>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  GuardedDigits out(FromBytesDigits(bytes.size()));
  return Big::FromResult(out.get(), FromBytes(bytes.data(), bytes.size(), order, is_signed, out.get()));
}

TEST(BigintBytes, ToBytes) {
  Status s;
  EXPECT_EQ(ToHexBytes(Big(1024), 4, ByteOrder::kBig, false, &s), "00000400");
  EXPECT_EQ(ToHexBytes(Big(1024), 4, ByteOrder::kLittle, false, &s), "00040000");
  EXPECT_EQ(ToHexBytes((Big(1) << 64) - Big(1), 9, ByteOrder::kBig, true, &s), "00ffffffffffffffff");
  EXPECT_EQ(ToHexBytes(-(Big(1) << 70), 10, ByteOrder::kLittle, true, &s), "0000000000000000c0ff");
  EXPECT_EQ(ToHexBytes(Big(-1), 5, ByteOrder::kBig, true, &s), "ffffffffff");
  EXPECT_EQ(ToHexBytes(Big(-128), 1, ByteOrder::kBig, true, &s), "80");
  EXPECT_EQ(s, Status::kOk);
  ToHexBytes(Big(128), 1, ByteOrder::kBig, true, &s);
  EXPECT_EQ(s, Status::kOverflow);
  ToHexBytes(Big(-129), 1, ByteOrder::kBig, true, &s);
  EXPECT_EQ(s, Status::kOverflow);
  ToHexBytes(Big(-1), 4, ByteOrder::kBig, false, &s);
  EXPECT_EQ(s, Status::kOverflow);
  ToHexBytes(Big(256), 1, ByteOrder::kBig, false, &s);
  EXPECT_EQ(s, Status::kOverflow);
  EXPECT_EQ(ToHexBytes(Big(0), 0, ByteOrder::kBig, true, &s), "");
  EXPECT_EQ(s, Status::kOk);
  ToHexBytes(Big(-1), 0, ByteOrder::kBig, true, &s);
  EXPECT_EQ(s, Status::kOverflow);
}

TEST(BigintBytes, FromBytes) {
  EXPECT_EQ(FromHexBytes("ff7f", ByteOrder::kLittle, true), Big(32767));
  EXPECT_EQ(FromHexBytes("ff7f", ByteOrder::kBig, true), Big(-129));
  EXPECT_EQ(FromHexBytes("ff7f", ByteOrder::kBig, false), Big(0xFF7F));
  EXPECT_EQ(FromHexBytes("80", ByteOrder::kBig, true), Big(-128));
  EXPECT_EQ(FromHexBytes("", ByteOrder::kBig, true), Big(0));
  EXPECT_EQ(FromHexBytes("0000000000000000c0ff", ByteOrder::kLittle, true), -(Big(1) << 70));
  EXPECT_EQ(FromHexBytes("8000000000000000", ByteOrder::kBig, true), -(Big(1) << 63));
  EXPECT_EQ(FromHexBytes("ffffffffffffffffffff", ByteOrder::kBig, true), Big(-1));
}

// ---- hash ----

TEST(BigintHash, MatchesCPython) {
  EXPECT_EQ(HashWithBits(Big(0).view(), 61), 0);
  EXPECT_EQ(HashWithBits(Big(-1).view(), 61), -2);
  EXPECT_EQ(HashWithBits(Big(-2).view(), 61), -2);
  EXPECT_EQ(HashWithBits((Big(1) << 61).view(), 61), 1);
  EXPECT_EQ(HashWithBits((-(Big(1) << 61)).view(), 61), -2);
  EXPECT_EQ(HashWithBits((Big(1) << 100).view(), 61), 549755813888);
  EXPECT_EQ(HashWithBits((-(Big(1) << 100)).view(), 61), -549755813888);
  EXPECT_EQ(HashWithBits(Big::Parse("1" + std::string(30, '0')).view(), 61), 465258685558744706);
  EXPECT_EQ(HashWithBits((Big(1) << 31).view(), 31), 1);
  EXPECT_EQ(HashWithBits((Big(1) << 100).view(), 31), 128);
  EXPECT_EQ(HashWithBits(Big::Parse("1" + std::string(30, '0')).view(), 31), 1234980730);
  EXPECT_EQ(HashWithBits(Big(INT64_C(-2147483648)).view(), 31), -2);
  EXPECT_EQ(static_cast<int64_t>(Hash((Big(1) << kHashBits).view())), 1);
}

TEST(BigintHash, SmallValuesHashToThemselves) {
  // Equal to the hash of the same small int and of the float with the same value.
  for (int64_t v : {int64_t{5}, int64_t{-5}, int64_t{1} << 40, int64_t{1234567}}) {
    EXPECT_EQ(HashWithBits(Big(v).view(), 61), v);
  }
}

}  // namespace
}  // namespace bigint
}  // namespace mica
