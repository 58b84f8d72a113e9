#include <string>

#include "gtest/gtest.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/format.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/test_support.h"

namespace mica {
namespace {

class FormatTest : public testing::RuntimeTest {
 protected:
  std::string Fmt(Value v, const char* spec) { return StrOf(FormatToStr(v, S(spec))); }
  std::string Percent(const char* templ, Value values) { return ReprOf(Keep(StrPercentFormat(S(templ), values))); }
};

TEST_F(FormatTest, StrFormat) {
  EXPECT_EQ(ReprOf(Call(S("{} {}"), "format", {I(1), S("a")})), "'1 a'");
  EXPECT_EQ(ReprOf(Call(S("{1}{0}"), "format", {S("a"), S("b")})), "'ba'");
  EXPECT_EQ(ReprOf(Call(S("{x:>5}|{y!r}"), "format", {}, {{"x", I(1)}, {"y", S("s")}})), "\"    1|'s'\"");
  EXPECT_EQ(ReprOf(Call(S("{0[1]} {1.real}"), "format", {L({I(5), I(6)}), I(7)})), "'6 7'");
  EXPECT_EQ(ReprOf(Call(S("{:{w}.{p}f}"), "format", {F(3.14159)}, {{"w", I(8)}, {"p", I(2)}})), "'    3.14'");
  EXPECT_EQ(ReprOf(Call(S("{{}}"), "format")), "'{}'");
  EXPECT_EQ(ReprOf(Call(S("{0[k]}"), "format", {Keep([&] {
                                                   const Value d = NewDict();
                                                   DictStore(d, S("k"), I(9));
                                                   return d;
                                                 }())})),
            "'9'");
  EXPECT_EQ(ErrorOf(Call(S("{}{1}"), "format", {I(1), I(2)})),
            "ValueError: cannot switch from automatic field numbering to manual field specification");
  EXPECT_EQ(ErrorOf(Call(S("{2}"), "format", {I(1), I(2)})),
            "IndexError: Replacement index 2 out of range for positional args tuple");
  EXPECT_EQ(ErrorOf(Call(S("{x}"), "format", {}, {{"y", I(1)}})), "KeyError: 'x'");
  EXPECT_EQ(ErrorOf(Call(S("{"), "format")), "ValueError: Single '{' encountered in format string");
}

TEST_F(FormatTest, FormatSpecs) {
  EXPECT_EQ(Fmt(I(255), "#x"), "0xff");
  EXPECT_EQ(Fmt(I(255), "08b"), "11111111");
  EXPECT_EQ(Fmt(I(1234567), ","), "1,234,567");
  EXPECT_EQ(Fmt(I(-42), "=+8"), "-     42");
  EXPECT_EQ(Fmt(I(42), "^7"), "  42   ");
  EXPECT_EQ(Fmt(S("ab"), "*>5"), "***ab");
  EXPECT_EQ(Fmt(Value::True(), ""), "True");
  EXPECT_EQ(Fmt(Value::True(), "d"), "1");
  EXPECT_EQ(Fmt(I(65), "c"), "A");
  EXPECT_EQ(Fmt(F(1e6), "_.0f"), "1_000_000");
  EXPECT_EQ(Fmt(I(0xdeadbeef), "_x"), "dead_beef");
  EXPECT_EQ(Fmt(I(10), ".2f"), "10.00");
  EXPECT_EQ(Fmt(I(10), "%"), "1000.000000%");
  EXPECT_EQ(Fmt(I(-0xff), "#X"), "-0XFF");
  EXPECT_EQ(Fmt(S("\xc3\xa9"), "^5"), "  \xc3\xa9  ");
  EXPECT_EQ(Fmt(S("abcdef"), ".3"), "abc");
  EXPECT_EQ(Fmt(Op(BinaryOp::kPower, I(2), I(100)), ","), "1,267,650,600,228,229,401,496,703,205,376");
  EXPECT_EQ(Fmt(L({}), "x"), "<EXC TypeError: unsupported format string passed to list.__format__>");
  EXPECT_EQ(Fmt(I(1), ".2"), "<EXC ValueError: Precision not allowed in integer format specifier>");
  EXPECT_EQ(Fmt(L({I(1)}), ""), "[1]");
}

TEST_F(FormatTest, PercentFormatting) {
  EXPECT_EQ(Percent("%s %r %d %5.2f %-5d| %x %X %o %#x %c %%",
                    T({S("a"), S("b"), F(3.9), F(3.14159), I(42), I(255), I(255), I(8), I(255), I(65)})),
            "\"a 'b' 3  3.14 42   | ff FF 10 0xff A %\"");
  const Value mapping = Keep(NewDict());
  DictStore(mapping, S("a"), I(1));
  DictStore(mapping, S("b"), I(5));
  EXPECT_EQ(Percent("%(a)s-%(b)03d", mapping), "'1-005'");
  EXPECT_EQ(Percent("%.3s", S("abcdef")), "'abc'");
  // A width pads text on the left unless '-' is given; '0' does not apply to text.
  EXPECT_EQ(Percent("%5s|%-5s|%05s|%*r", T({S("ab"), S("ab"), S("ab"), I(5), S("q")})), "\"   ab|ab   |   ab|  'q'\"");
  EXPECT_EQ(Percent("%+d % d", T({I(5), I(5)})), "'+5  5'");
  EXPECT_EQ(Percent("%.3d", I(5)), "'005'");
  EXPECT_EQ(Percent("%e", F(1234.5)), "'1.234500e+03'");
  EXPECT_EQ(Percent("%*d", T({I(5), I(3)})), "'    3'");
  EXPECT_EQ(Percent("%s", L({I(1), I(2)})), "'[1, 2]'");
  EXPECT_EQ(Percent("%05.1f", F(-2.5)), "'-02.5'");
  EXPECT_EQ(Percent("%-6s|", S("ab")), "'ab    |'");
  EXPECT_EQ(Percent("%d", S("x")), "<EXC TypeError: %d format: a real number is required, not str>");
  EXPECT_EQ(Percent("%s %s", T({I(1)})), "<EXC TypeError: not enough arguments for format string>");
  EXPECT_EQ(Percent("%s", T({I(1), I(2)})), "<EXC TypeError: not all arguments converted during string formatting>");
  EXPECT_EQ(Percent("%z", T({I(1)})), "<EXC ValueError: unsupported format character 'z' (0x7a) at index 1>");
  EXPECT_EQ(ReprOp(BinaryOp::kModulo, S("%d%%"), I(50)), "'50%'");
}

}  // namespace
}  // namespace mica
