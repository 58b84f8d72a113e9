#include "runtime/objects/text_ops.h"

#include <string>

#include "gtest/gtest.h"

namespace mica {
namespace text {
namespace {

const uint8_t* U(const std::string& s) { return reinterpret_cast<const uint8_t*>(s.data()); }

std::string Mapped(const std::string& in, CaseMap map, bool unicode = false) {
  std::string out(in.size(), '\0');
  MapCase(U(in), in.size(), reinterpret_cast<uint8_t*>(&out[0]), map, unicode);
  return out;
}

TEST(TextOpsTest, CaseMapping) {
  EXPECT_EQ(Mapped("Hello World1", CaseMap::kUpper), "HELLO WORLD1");
  EXPECT_EQ(Mapped("Hello World1", CaseMap::kLower), "hello world1");
  EXPECT_EQ(Mapped("Hello World1", CaseMap::kSwap), "hELLO wORLD1");
  EXPECT_EQ(Mapped("hELLO wORLD", CaseMap::kCapitalize), "Hello world");
  EXPECT_EQ(Mapped("they're bill's a1b", CaseMap::kTitle), "They'Re Bill'S A1B");
  // Bytes >= 0x80 are never changed; with `unicode` they count as cased for title().
  EXPECT_EQ(Mapped("stra\xc3\x9f" "e", CaseMap::kTitle), "Stra\xc3\x9f" "E");
  EXPECT_EQ(Mapped("stra\xc3\x9f" "e", CaseMap::kTitle, true), "Stra\xc3\x9f" "e");
  EXPECT_TRUE(IsTitle(U("Ab Cd"), 5));
  EXPECT_FALSE(IsTitle(U("AB"), 2));
  EXPECT_FALSE(IsTitle(U("1"), 1));
  EXPECT_TRUE(IsAllCase(U("AB1"), 3, true));
  EXPECT_FALSE(IsAllCase(U("1"), 1, true));
  EXPECT_FALSE(IsAllCase(U("aB"), 2, false));
}

TEST(TextOpsTest, LineBreaksAndSpaces) {
  const std::string s = "a\r\nb\x0b\xc2\x85\xe2\x80\xa8";
  EXPECT_EQ(LineBreakAt(U(s), s.size(), 1, false), 2u);
  EXPECT_EQ(LineBreakAt(U(s), s.size(), 4, false), 0u);
  EXPECT_EQ(LineBreakAt(U(s), s.size(), 4, true), 1u);
  EXPECT_EQ(LineBreakAt(U(s), s.size(), 5, true), 2u);
  EXPECT_EQ(LineBreakAt(U(s), s.size(), 7, true), 3u);
  EXPECT_EQ(LineBreakAt(U(s), s.size(), 5, false), 0u);
  const std::string spaces = "\x1c\xe3\x80\x80x";  // \x1c, U+3000
  EXPECT_EQ(SpaceAt(U(spaces), spaces.size(), 0, false), 0u);
  EXPECT_EQ(SpaceAt(U(spaces), spaces.size(), 0, true), 1u);
  EXPECT_EQ(SpaceAt(U(spaces), spaces.size(), 1, true), 3u);
  EXPECT_EQ(SpaceBefore(U(spaces), 4, true), 3u);
  EXPECT_EQ(SpaceBefore(U(spaces), 5, true), 0u);
  EXPECT_TRUE(IsUnicodeSpace(0xA0));
  EXPECT_FALSE(IsUnicodeSpace(0x200B));
  EXPECT_FALSE(IsPrintable(0x2028));
  EXPECT_TRUE(IsPrintable(0xE9));
}

TEST(TextOpsTest, PaddingTabsAndZeros) {
  EXPECT_EQ(CenterLeft(4, 6), 2u);
  EXPECT_EQ(CenterLeft(5, 7), 3u);  // odd pad and odd width: the extra one goes left
  EXPECT_EQ(CenterLeft(3, 4), 1u);
  const std::string tabs = "a\tb\n\t\xc3\xa9\tx";
  std::string out(ExpandTabs(U(tabs), tabs.size(), 4, true, nullptr), '?');
  ExpandTabs(U(tabs), tabs.size(), 4, true, reinterpret_cast<uint8_t*>(&out[0]));
  EXPECT_EQ(out, "a   b\n    \xc3\xa9   x");
  EXPECT_EQ(ExpandTabs(U(tabs), tabs.size(), 0, false, nullptr), tabs.size() - 3);
  std::string zeros(6, '?');
  ZeroFill(U("-42"), 3, 3, reinterpret_cast<uint8_t*>(&zeros[0]));
  EXPECT_EQ(zeros, "-00042");
}

TEST(TextOpsTest, HexWithSeparators) {
  const uint8_t data[] = {0x01, 0xab, 0xff, 0x10, 0x00};
  auto hex = [&](intptr_t group) {
    std::string out(HexLength(5, group), '?');
    WriteHex(data, 5, ':', group, reinterpret_cast<uint8_t*>(&out[0]));
    return out;
  };
  EXPECT_EQ(hex(0), "01abff1000");
  EXPECT_EQ(hex(1), "01:ab:ff:10:00");
  EXPECT_EQ(hex(2), "01:abff:1000");
  EXPECT_EQ(hex(-2), "01ab:ff10:00");
  EXPECT_EQ(hex(9), "01abff1000");
  EXPECT_EQ(HexLength(0, 2), 0u);
  EXPECT_EQ(HexDigitValue('F'), 15);
  EXPECT_EQ(HexDigitValue('g'), -1);
}

TEST(TextOpsTest, Utf8Validation) {
  EXPECT_EQ(Utf8ValidLength(U("\xc3\xa9"), 2), 2u);
  EXPECT_EQ(Utf8ValidLength(U("\xe2\x82"), 2), 0u);
  EXPECT_EQ(Utf8InvalidLength(U("\xe2\x82"), 2), 2u);         // truncated: one replacement for both
  EXPECT_EQ(Utf8InvalidLength(U("\xe2\x28\xa1"), 3), 1u);     // bad second byte
  EXPECT_EQ(Utf8InvalidLength(U("\xed\xa0\x80"), 3), 1u);     // surrogate: E D followed by A0 is invalid
  EXPECT_EQ(Utf8InvalidLength(U("\xf0\x9f\x98"), 3), 3u);
  EXPECT_EQ(Utf8InvalidLength(U("\xc0\xaf"), 2), 1u);         // overlong lead byte
  EXPECT_EQ(Utf8ValidLength(U("\xf4\x90\x80\x80"), 4), 0u);   // above U+10FFFF
}

TEST(TextOpsTest, FindBytes) {
  EXPECT_EQ(FindBytes("abcabc", 6, "bc", 2, 0, false), 1u);
  EXPECT_EQ(FindBytes("abcabc", 6, "bc", 2, 0, true), 4u);
  EXPECT_EQ(FindBytes("abcabc", 6, "bc", 2, 5, false), kNoPosition);
  EXPECT_EQ(FindBytes("abc", 3, "", 0, 3, false), 3u);
  EXPECT_EQ(FindBytes("abc", 3, "", 0, 0, true), 3u);
}

}  // namespace
}  // namespace text
}  // namespace mica
