// Number and string literals: scanning rules, decoding, and the UTF-8 helpers under them.
#include <stdint.h>
#include <string.h>

#include <string>

#include "compiler/number_literal.h"
#include "compiler/string_literal.h"
#include "compiler/utf8.h"
#include "gtest/gtest.h"

namespace mica {
namespace {

// "int 3", "float 4", "imaginary 2", or "error <offset> <message>".
std::string Scan(const std::string& text) {
  const NumberScan scan = ScanNumber(text.data(), text.data() + text.size());
  if (scan.error != nullptr) return "error " + std::to_string(scan.error_offset) + " " + scan.error;
  const char* kinds[] = {"int", "float", "imaginary"};
  return std::string(kinds[static_cast<int>(scan.kind)]) + " " + std::to_string(scan.length);
}

TEST(NumberLiteral, ValidForms) {
  EXPECT_EQ(Scan("0"), "int 1");
  EXPECT_EQ(Scan("00"), "int 2");
  EXPECT_EQ(Scan("0_0"), "int 3");
  EXPECT_EQ(Scan("123"), "int 3");
  EXPECT_EQ(Scan("1_000_000"), "int 9");
  EXPECT_EQ(Scan("0xDEAD_beef"), "int 11");
  EXPECT_EQ(Scan("0X_1f"), "int 5");
  EXPECT_EQ(Scan("0o17"), "int 4");
  EXPECT_EQ(Scan("0O_7_7"), "int 6");
  EXPECT_EQ(Scan("0b1010"), "int 6");
  EXPECT_EQ(Scan("0B_1"), "int 4");
  EXPECT_EQ(Scan("1.5"), "float 3");
  EXPECT_EQ(Scan("1."), "float 2");
  EXPECT_EQ(Scan(".5"), "float 2");
  EXPECT_EQ(Scan("1e10"), "float 4");
  EXPECT_EQ(Scan("1E-10"), "float 5");
  EXPECT_EQ(Scan("1.e+5"), "float 5");
  EXPECT_EQ(Scan("1_0.0_1e1_0"), "float 11");
  EXPECT_EQ(Scan("09.5"), "float 4");  // leading zeros are fine in floats
  EXPECT_EQ(Scan("00e0"), "float 4");
  EXPECT_EQ(Scan("1j"), "imaginary 2");
  EXPECT_EQ(Scan("1.5J"), "imaginary 4");
  EXPECT_EQ(Scan("09j"), "imaginary 3");
  EXPECT_EQ(Scan("1e5j"), "imaginary 4");
  EXPECT_EQ(Scan("12 "), "int 2");
  EXPECT_EQ(Scan("1+2"), "int 1");
  EXPECT_EQ(Scan("1..real"), "float 2");
}

TEST(NumberLiteral, KeywordsMayTouchANumber) {  // as CPython allows: "1if x else y"
  EXPECT_EQ(Scan("1if x"), "int 1");
  EXPECT_EQ(Scan("1else"), "int 1");
  EXPECT_EQ(Scan("0x1for"), "int 4");  // hex digits take the 'f': 0x1f, then "or"
  EXPECT_EQ(Scan("1or 2"), "int 1");
  EXPECT_EQ(Scan("1.5and 2"), "float 3");
  EXPECT_EQ(Scan("1not in x"), "int 1");
}

TEST(NumberLiteral, Errors) {
  const std::string leading =
      "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
  EXPECT_EQ(Scan("01"), "error 0 " + leading);
  EXPECT_EQ(Scan("0_7"), "error 0 " + leading);
  EXPECT_EQ(Scan("1_"), "error 1 invalid decimal literal");
  EXPECT_EQ(Scan("1__0"), "error 1 invalid decimal literal");
  EXPECT_EQ(Scan("1_000_"), "error 5 invalid decimal literal");
  EXPECT_EQ(Scan("1_.5"), "error 1 invalid decimal literal");
  EXPECT_EQ(Scan("1._5"), "error 2 invalid decimal literal");
  EXPECT_EQ(Scan("1e"), "error 1 invalid decimal literal");
  EXPECT_EQ(Scan("1e+"), "error 2 invalid decimal literal");
  EXPECT_EQ(Scan("1e_5"), "error 1 invalid decimal literal");
  EXPECT_EQ(Scan("1abc"), "error 1 invalid decimal literal");
  EXPECT_EQ(Scan("1.5j2"), "error 4 invalid imaginary literal");
  EXPECT_EQ(Scan("0x"), "error 2 invalid hexadecimal literal");
  EXPECT_EQ(Scan("0xg"), "error 2 invalid hexadecimal literal");
  EXPECT_EQ(Scan("0x_"), "error 3 invalid hexadecimal literal");
  EXPECT_EQ(Scan("0x1__2"), "error 3 invalid hexadecimal literal");
  EXPECT_EQ(Scan("0x1j"), "error 3 invalid hexadecimal literal");
  EXPECT_EQ(Scan("0o8"), "error 2 invalid digit in octal literal");
  EXPECT_EQ(Scan("0o18"), "error 3 invalid digit in octal literal");
  EXPECT_EQ(Scan("0o1_8"), "error 4 invalid digit in octal literal");
  EXPECT_EQ(Scan("0o"), "error 2 invalid octal literal");
  EXPECT_EQ(Scan("0b2"), "error 2 invalid digit in binary literal");
  EXPECT_EQ(Scan("0b12"), "error 3 invalid digit in binary literal");
  EXPECT_EQ(Scan("0b1e"), "error 3 invalid binary literal");
  EXPECT_EQ(Scan("1\xc3\xa9"), "error 1 invalid decimal literal");  // "1é": a name character
}

TEST(NumberLiteral, Decoding) {
  uint64_t value = 0;
  auto decode = [&](const char* text) { return DecodeIntLiteral(text, static_cast<uint32_t>(strlen(text)), &value); };
  ASSERT_TRUE(decode("1_000"));
  EXPECT_EQ(value, 1000u);
  ASSERT_TRUE(decode("0xFF_ff"));
  EXPECT_EQ(value, 0xFFFFu);
  ASSERT_TRUE(decode("0o777"));
  EXPECT_EQ(value, 0777u);
  ASSERT_TRUE(decode("0b1010"));
  EXPECT_EQ(value, 10u);
  ASSERT_TRUE(decode("18446744073709551615"));
  EXPECT_EQ(value, UINT64_MAX);
  EXPECT_FALSE(decode("18446744073709551616"));
  EXPECT_FALSE(decode("0x1_0000_0000_0000_0000"));
  EXPECT_EQ(IntLiteralBase("0B1", 3), 2u);
  EXPECT_EQ(IntLiteralBase("0", 1), 10u);

  char out[32];
  uint32_t n = CopyLiteralDigits("0x_de_ad", 8, out, sizeof out);
  EXPECT_EQ(std::string(out, n), "dead");
  n = CopyLiteralDigits("1_0.5e1_0j", 10, out, sizeof out);
  EXPECT_EQ(std::string(out, n), "10.5e10");
  EXPECT_EQ(CopyLiteralDigits("123456", 6, out, 2), 6u);  // reports the full length
  EXPECT_EQ(std::string(out, 2), "12");
}

// The decoded value, or "error <offset> <message>".
std::string Body(const std::string& body, uint8_t flags = 0) {
  const StringDecode size = DecodeStringBody(body.data(), static_cast<uint32_t>(body.size()), flags, nullptr, 0);
  if (size.error != nullptr) return "error " + std::to_string(size.error_offset) + " " + size.error;
  std::string value(size.length, '\0');
  DecodeStringBody(body.data(), static_cast<uint32_t>(body.size()), flags, &value[0], size.length);
  return value;
}

TEST(StringLiteral, SimpleEscapes) {
  EXPECT_EQ(Body("plain"), "plain");
  EXPECT_EQ(Body(R"(a\nb\tc\\d\'e\"f)"), "a\nb\tc\\d'e\"f");
  EXPECT_EQ(Body(R"(\a\b\f\v\r)"), "\a\b\f\v\r");
  EXPECT_EQ(Body(R"(\0)"), std::string(1, '\0'));
  EXPECT_EQ(Body("line\\\ncontinued"), "linecontinued");
  EXPECT_EQ(Body("crlf\\\r\ncontinued"), "crlfcontinued");
  EXPECT_EQ(Body(R"(\d\w)"), R"(\d\w)");  // unknown escapes keep their backslash
  EXPECT_EQ(Body(R"(\u00e9)", kDecodeBytes), R"(\u00e9)");  // \u is not an escape in bytes
}

TEST(StringLiteral, NumericEscapes) {
  EXPECT_EQ(Body(R"(\101\7\07)"), "A\a\a");
  EXPECT_EQ(Body(R"(\1012)"), "A2");  // at most three octal digits
  EXPECT_EQ(Body(R"(\377)"), "\xc3\xbf");  // U+00FF in UTF-8
  EXPECT_EQ(Body(R"(\377)", kDecodeBytes), "\xff");
  EXPECT_EQ(Body(R"(\777)"), "\xc7\xbf");  // U+01FF
  EXPECT_EQ(Body(R"(\777)", kDecodeBytes), "\xff");  // CPython keeps the low byte
  EXPECT_EQ(Body(R"(\x41\x7e)"), "A~");
  EXPECT_EQ(Body(R"(\xe9)"), "\xc3\xa9");
  EXPECT_EQ(Body(R"(\xe9)", kDecodeBytes), "\xe9");
  EXPECT_EQ(Body(R"(\u20ac)"), "\xe2\x82\xac");
  EXPECT_EQ(Body(R"(\U0001F600)"), "\xf0\x9f\x98\x80");
  EXPECT_EQ(Body(R"(\ud800)"), "\xed\xa0\x80");  // a lone surrogate, as CPython allows
}

TEST(StringLiteral, EscapeErrors) {
  EXPECT_EQ(Body(R"(ab\x4)"), "error 2 (unicode error) truncated \\xXX escape");
  EXPECT_EQ(Body(R"(\xZZ)", kDecodeBytes), "error 0 (value error) invalid \\x escape");
  EXPECT_EQ(Body(R"(\u12)"), "error 0 (unicode error) truncated \\uXXXX escape");
  EXPECT_EQ(Body(R"(\U1234567)"), "error 0 (unicode error) truncated \\UXXXXXXXX escape");
  EXPECT_EQ(Body(R"(\U00110000)"), "error 0 (unicode error) illegal Unicode character");
  EXPECT_EQ(Body(R"(\N{DASH})"), "error 0 (unicode error) \\N{...} escapes are not supported");
  EXPECT_EQ(Body("caf\xc3\xa9", kDecodeBytes), "error 3 bytes can only contain ASCII literal characters");
  EXPECT_EQ(Body("bad \xff"), "error 4 (unicode error) invalid UTF-8");
  EXPECT_EQ(Body("\xc0\x80"), "error 0 (unicode error) invalid UTF-8");  // overlong NUL
}

TEST(StringLiteral, RawNewlinesAndBraces) {
  EXPECT_EQ(Body(R"(a\nb\x)", kDecodeRaw), R"(a\nb\x)");
  EXPECT_EQ(Body("a\\\nb", kDecodeRaw), "a\\\nb");  // raw keeps backslash-newline
  EXPECT_EQ(Body("a\r\nb\rc", kDecodeRaw), "a\nb\nc");  // newlines are normalised even in raw strings
  EXPECT_EQ(Body("caf\xc3\xa9 \xe2\x82\xac"), "caf\xc3\xa9 \xe2\x82\xac");
  EXPECT_EQ(Body("{{x}}", kDecodeFString), "{x}");
  EXPECT_EQ(Body("{{x}}"), "{{x}}");
}

std::string Literal(const std::string& text) {
  const StringDecode size = DecodeStringLiteral(text.data(), static_cast<uint32_t>(text.size()), nullptr, 0);
  if (size.error != nullptr) return "error " + std::to_string(size.error_offset) + " " + size.error;
  std::string value(size.length, '\0');
  DecodeStringLiteral(text.data(), static_cast<uint32_t>(text.size()), &value[0], size.length);
  return value;
}

TEST(StringLiteral, AdjacentLiteralsConcatenate) {
  EXPECT_EQ(Literal(R"('a')"), "a");
  EXPECT_EQ(Literal(R"('a' "b")"), "ab");
  EXPECT_EQ(Literal("'a'  # comment\n  \"b\" \\\n r'\\n' U'c' '''d'e''' \"\"\"\"\"\""), "ab\\ncd'e");
  EXPECT_EQ(Literal(R"(b'\x00' rb'\x' Br"\\")"), std::string("\0\\x\\\\", 5));
  EXPECT_EQ(Literal(R"('' '')"), "");
  EXPECT_EQ(Literal(R"('it''s')"), "its");
}

TEST(Utf8, DecodeAndEncode) {
  auto decode = [](const char* text, uint32_t* cp) {
    const uint8_t* p = reinterpret_cast<const uint8_t*>(text);
    return DecodeUtf8(p, p + strlen(text), cp);
  };
  uint32_t cp = 0;
  EXPECT_EQ(decode("A", &cp), 1u);
  EXPECT_EQ(cp, 0x41u);
  EXPECT_EQ(decode("\xc3\xa9", &cp), 2u);
  EXPECT_EQ(cp, 0xE9u);
  EXPECT_EQ(decode("\xe2\x82\xac", &cp), 3u);
  EXPECT_EQ(cp, 0x20ACu);
  EXPECT_EQ(decode("\xf4\x8f\xbf\xbf", &cp), 4u);
  EXPECT_EQ(cp, 0x10FFFFu);
  EXPECT_EQ(decode("\xf4\x90\x80\x80", &cp), 0u);  // above U+10FFFF
  EXPECT_EQ(decode("\xed\xa0\x80", &cp), 0u);      // surrogate
  EXPECT_EQ(decode("\xe0\x80\xaf", &cp), 0u);      // overlong
  EXPECT_EQ(decode("\x80", &cp), 0u);              // stray continuation
  EXPECT_EQ(decode("\xc3", &cp), 0u);              // truncated
  EXPECT_EQ(decode("\xc3(", &cp), 0u);
  uint8_t out[4];
  EXPECT_EQ(EncodeUtf8(0x24, out), 1u);
  EXPECT_EQ(EncodeUtf8(0x7FF, out), 2u);
  EXPECT_EQ(EncodeUtf8(0xFFFF, out), 3u);
  EXPECT_EQ(EncodeUtf8(0x1F600, out), 4u);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(out), 4), "\xf0\x9f\x98\x80");
}

}  // namespace
}  // namespace mica
