#include <string>

#include "gtest/gtest.h"
#include "runtime/objects/bytearray.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/complex.h"
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

TEST_F(FormatTest, SpecCheckOrderAndMessages) {
  // ',' and '_' are checked against the type before the type is checked against the value.
  EXPECT_EQ(Fmt(I(1), ",s"), "<EXC ValueError: Cannot specify ',' with 's'.>");
  EXPECT_EQ(Fmt(S("a"), ","), "<EXC ValueError: Cannot specify ',' with 's'.>");
  EXPECT_EQ(Fmt(I(1), "_c"), "<EXC ValueError: Cannot specify '_' with 'c'.>");
  EXPECT_EQ(Fmt(I(1), ",_"), "<EXC ValueError: Cannot specify both ',' and '_'.>");
  EXPECT_EQ(Fmt(I(1), "\x01"), "<EXC ValueError: Unknown format code '\\x1' for object of type 'int'>");
  EXPECT_EQ(Fmt(F(1.0), "\xc3\xa9"), "<EXC ValueError: Unknown format code '\\xe9' for object of type 'float'>");
  EXPECT_EQ(Fmt(Value::True(), "s"), "<EXC ValueError: Unknown format code 's' for object of type 'bool'>");
  EXPECT_EQ(Fmt(I(1), "5q3"), "<EXC ValueError: Invalid format specifier '5q3' for object of type 'int'>");
  EXPECT_EQ(Fmt(I(65), "+c"), "<EXC ValueError: Sign not allowed with integer format specifier 'c'>");
  EXPECT_EQ(Fmt(I(1), "z"), "<EXC ValueError: Negative zero coercion (z) not allowed in integer format specifier>");
  EXPECT_EQ(Fmt(S("a"), " "), "<EXC ValueError: Space not allowed in string format specifier>");
  EXPECT_EQ(Fmt(S("a"), "#"), "<EXC ValueError: Alternate form (#) not allowed in string format specifier>");
  EXPECT_EQ(Fmt(Big("36893488147419103232"), "c"), "<EXC OverflowError: Python int too large to convert to C long>");
}

TEST_F(FormatTest, ZeroFillAndGrouping) {
  // With fill '0' and '=' alignment the padding zeros are grouped too, never starting with a separator.
  EXPECT_EQ(Fmt(I(1234), "08,"), "0,001,234");
  EXPECT_EQ(Fmt(I(1234), "07,"), "001,234");
  EXPECT_EQ(Fmt(I(123), "04,"), "0,123");
  EXPECT_EQ(Fmt(I(-1), "#012_x"), "-0x0000_0001");
  EXPECT_EQ(Fmt(F(0.0), "012,"), "00,000,000.0");
  EXPECT_EQ(Fmt(F(1.0 / 0.0), "010,"), "0000000inf");
  // '0' fills with zeros under an explicit alignment too, and keeps an explicit fill.
  EXPECT_EQ(Fmt(I(5), "<05"), "50000");
  EXPECT_EQ(Fmt(I(5), "*<05"), "5****");
  EXPECT_EQ(Fmt(S("ab"), "05"), "ab000");
  EXPECT_EQ(Fmt(I(65), "05c"), "0000A");
}

TEST_F(FormatTest, FloatAndComplexForms) {
  EXPECT_EQ(Fmt(F(1e300), "#"), "1.e+300");
  EXPECT_EQ(Fmt(F(123.0), ".3"), "1.23e+02");
  EXPECT_EQ(Fmt(F(-0.0001), "z.2f"), "0.00");
  EXPECT_EQ(Fmt(F(-0.0001), "z.1e"), "-1.0e-04");
  EXPECT_EQ(Fmt(Keep(NewComplex(1, 2)), ""), "(1+2j)");
  EXPECT_EQ(Fmt(Keep(NewComplex(1, 2)), "#"), "(1.+2.j)");
  EXPECT_EQ(Fmt(Keep(NewComplex(0, 3)), ">5"), "   3j");
  EXPECT_EQ(Fmt(Keep(NewComplex(1.5, -0.5)), "+.1f"), "+1.5-0.5j");
  EXPECT_EQ(Fmt(Keep(NewComplex(2.5, 0)), ".0"), "(2+0j)");
  EXPECT_EQ(Fmt(Keep(NewComplex(1e3, 1)), ",.1f"), "1,000.0+1.0j");
  EXPECT_EQ(Fmt(Keep(NewComplex(1, 1)), "0"), "<EXC ValueError: Zero padding is not allowed in complex format specifier>");
  EXPECT_EQ(Fmt(Keep(NewComplex(1, 1)), "%"), "<EXC ValueError: Unknown format code '%' for object of type 'complex'>");
}

TEST_F(FormatTest, PercentCornerCases) {
  // Only "%%" is a literal percent; after flags or a width it is an unsupported conversion.
  EXPECT_EQ(Percent("%5%", T({I(1)})), "<EXC ValueError: unsupported format character '%' (0x25) at index 2>");
  EXPECT_EQ(Percent("ab%\xc3\xa9", I(1)), "<EXC ValueError: unsupported format character '?' (0xe9) at index 3>");
  // A non-tuple argument is used once; after a mapping key, nothing is left for a plain conversion.
  const Value mapping = Keep(NewDict());
  DictStore(mapping, S("x"), I(1));
  EXPECT_EQ(Percent("%(x)d %s", mapping), "<EXC TypeError: not enough arguments for format string>");
  EXPECT_EQ(Percent("x", L({I(1)})), "'x'");
  EXPECT_EQ(Percent("%a", S("\xc3\xa9\xe2\x82\xac")), "\"'\\\\xe9\\\\u20ac'\"");
}

TEST_F(FormatTest, BytesPercent) {
  const Value templ = Keep(NewBytes("%d-%s|%5b|%c%c|%r", 17));
  const Value args = T({I(3), Keep(NewBytes("x", 1)), Keep(NewBytes("ab", 2)), I(65), Keep(NewBytes("B", 1)), S("\xc3\xa9")});
  EXPECT_EQ(ReprOp(BinaryOp::kModulo, templ, args), "b\"3-x|   ab|AB|'\\\\xe9'\"");
  const Value array = Keep(NewByteArray("%x", 2));
  EXPECT_EQ(ReprOp(BinaryOp::kModulo, array, I(255)), "bytearray(b'ff')");
  EXPECT_EQ(ErrorOf(Op(BinaryOp::kModulo, Keep(NewBytes("%s", 2)), S("t"))),
            "TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'");
  EXPECT_EQ(ErrorOf(Op(BinaryOp::kModulo, Keep(NewBytes("%c", 2)), I(256))), "OverflowError: %c arg not in range(256)");
  EXPECT_EQ(ErrorOf(Op(BinaryOp::kModulo, Keep(NewBytes("%f", 2)), S("x"))), "TypeError: float argument required, not str");
  EXPECT_EQ(ErrorOf(Op(BinaryOp::kModulo, Keep(NewBytes("x", 1)), I(5))),
            "TypeError: not all arguments converted during bytes formatting");
}

}  // namespace
}  // namespace mica
