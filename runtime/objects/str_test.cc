#include <string>

#include "gtest/gtest.h"
#include "runtime/names.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/slice.h"
#include "runtime/objects/str.h"
#include "runtime/objects/string_builder.h"
#include "runtime/objects/test_support.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

class StrTest : public testing::RuntimeTest {
 protected:
  Value Slice(Value start, Value stop, Value step) { return Keep(NewSlice(start, stop, step)); }
};

TEST_F(StrTest, NamesAndObjectsAreTheSameStrings) {
  const Value name = N("append");
  const Value object = S("append");
  EXPECT_TRUE(name.IsName());
  EXPECT_TRUE(object.IsObject());
  EXPECT_TRUE(StrEquals(name, object));
  EXPECT_EQ(ReprOf(Equals(name, object)), "True");
  EXPECT_EQ(ReprOf(Hash(name)), ReprOf(Hash(object)));
  const Value runtime_name = N("some_identifier");
  EXPECT_TRUE(runtime_name.IsName());
  EXPECT_GE(runtime_name.AsNameId(), static_cast<uint32_t>(names::kBuiltinCount));
  EXPECT_TRUE(N("some_identifier").Is(runtime_name));
  EXPECT_EQ(ReprOf(Hash(runtime_name)), ReprOf(Hash(S("some_identifier"))));
  EXPECT_EQ(ReprOf(runtime_name), "'some_identifier'");
  EXPECT_EQ(ReprOf(Len(runtime_name)), "15");
  EXPECT_TRUE(StrToName(S("append")).Is(name));
  EXPECT_TRUE(TypeOf(name) == &kStrType);
}

TEST_F(StrTest, IndexingAndSlicingCountCodePoints) {
  const Value s = S("h\xc3\xa9llo w\xc3\xb6rld");
  EXPECT_EQ(ReprOf(Len(s)), "11");
  EXPECT_EQ(ReprOf(LoadSubscript(s, I(1))), "'\xc3\xa9'");
  EXPECT_EQ(ReprOf(LoadSubscript(s, I(-1))), "'d'");
  EXPECT_EQ(ReprOf(LoadSubscript(s, Slice(I(1), I(8), I(2)))), "'\xc3\xa9l \xc3\xb6'");
  EXPECT_EQ(ReprOf(LoadSubscript(s, Slice(Value::None(), Value::None(), I(-1)))), "'dlr\xc3\xb6w oll\xc3\xa9h'");
  EXPECT_EQ(ReprOf(LoadSubscript(S("abcdef"), Slice(I(1), I(-1), Value::None()))), "'bcde'");
  EXPECT_EQ(ErrorOf(LoadSubscript(S("abc"), I(5))), "IndexError: string index out of range");
  EXPECT_EQ(ErrorOf(StoreSubscript(S("abc"), I(0), I(1))),
            "TypeError: 'str' object does not support item assignment");
}

TEST_F(StrTest, Operators) {
  EXPECT_EQ(ReprOp(BinaryOp::kAdd, S("ab"), N("cd")), "'abcd'");
  EXPECT_EQ(ReprOp(BinaryOp::kMultiply, S("ab"), I(3)), "'ababab'");
  EXPECT_EQ(ReprOp(BinaryOp::kMultiply, I(2), S("xy")), "'xyxy'");
  EXPECT_EQ(ReprOp(BinaryOp::kMultiply, S("ab"), I(-1)), "''");
  EXPECT_EQ(ReprOf(Contains(S("hello"), S("ell"))), "True");
  EXPECT_EQ(ReprOf(Contains(S("hello"), S(""))), "True");
  EXPECT_EQ(ErrorOf(Contains(S("abc"), I(1))), "TypeError: 'in <string>' requires string as left operand, not int");
  EXPECT_EQ(ReprOp(BinaryOp::kLess, S("abc"), S("abd")), "True");
  EXPECT_EQ(ReprOp(BinaryOp::kLess, S("abc"), S("ab")), "False");
  EXPECT_EQ(ReprOp(BinaryOp::kGreater, S("\xc3\xa9"), S("z")), "True");
  EXPECT_EQ(ReprOp(BinaryOp::kEqual, S("a"), I(1)), "False");
  EXPECT_EQ(ReprOf(Truth(S(""))), "False");
  EXPECT_EQ(ReprOf(Truth(N(""))), "False");
}

TEST_F(StrTest, Repr) {
  EXPECT_EQ(ReprOf(S("it's")), "\"it's\"");
  EXPECT_EQ(ReprOf(S("a\"b")), "'a\"b'");
  EXPECT_EQ(ReprOf(S("a'b\"c")), "'a\\'b\"c'");
  EXPECT_EQ(ReprOf(S("tab\there\x01\x7f\xc3\xa9\xc2\x85")), "'tab\\there\\x01\\x7f\xc3\xa9\\x85'");
  EXPECT_EQ(ReprOf(S("\\")), "'\\\\'");
  EXPECT_EQ(StrOf(S("plain")), "plain");
}

TEST_F(StrTest, SplitAndJoin) {
  EXPECT_EQ(ReprOf(Call(S("a,b,,c"), "split", {S(",")})), "['a', 'b', '', 'c']");
  EXPECT_EQ(ReprOf(Call(S("  a  b c "), "split")), "['a', 'b', 'c']");
  EXPECT_EQ(ReprOf(Call(S("a,b,c"), "rsplit", {S(","), I(1)})), "['a,b', 'c']");
  EXPECT_EQ(ReprOf(Call(S("  a b  c  "), "rsplit", {Value::None(), I(1)})), "['  a b', 'c']");
  EXPECT_EQ(ReprOf(Call(S("a b c"), "split", {}, {{"maxsplit", I(1)}})), "['a', 'b c']");
  EXPECT_EQ(ErrorOf(Call(S(""), "split", {S("")})), "ValueError: empty separator");
  EXPECT_EQ(ReprOf(Call(S("-"), "join", {L({S("a"), N("b"), S("c")})})), "'a-b-c'");
  EXPECT_EQ(ReprOf(Call(S(", "), "join", {T({})})), "''");
  EXPECT_EQ(ErrorOf(Call(S("a"), "join", {L({I(1)})})), "TypeError: sequence item 0: expected str instance, int found");
  EXPECT_EQ(ReprOf(Call(S("ab\ncd\r\nef"), "splitlines")), "['ab', 'cd', 'ef']");
  EXPECT_EQ(ReprOf(Call(S("ab\ncd\r\n"), "splitlines", {Value::True()})), "['ab\\n', 'cd\\r\\n']");
  EXPECT_EQ(ReprOf(Call(S("a=b=c"), "partition", {S("=")})), "('a', '=', 'b=c')");
  EXPECT_EQ(ReprOf(Call(S("a=b=c"), "rpartition", {S("=")})), "('a=b', '=', 'c')");
  EXPECT_EQ(ReprOf(Call(S("abc"), "partition", {S("x")})), "('abc', '', '')");
  EXPECT_EQ(ReprOf(Call(S("abc"), "rpartition", {S("x")})), "('', '', 'abc')");
}

TEST_F(StrTest, SearchAndReplace) {
  EXPECT_EQ(ReprOf(Call(S("hello"), "find", {S("l")})), "2");
  EXPECT_EQ(ReprOf(Call(S("hello"), "rfind", {S("l")})), "3");
  EXPECT_EQ(ReprOf(Call(S("h\xc3\xa9llo"), "find", {S("l")})), "2");
  EXPECT_EQ(ReprOf(Call(S("hello"), "count", {S("l")})), "2");
  EXPECT_EQ(ReprOf(Call(S("hello"), "count", {S("")})), "6");
  EXPECT_EQ(ReprOf(Call(S("hello"), "find", {S("l"), I(-2)})), "3");
  EXPECT_EQ(ReprOf(Call(S("hello"), "find", {S("z")})), "-1");
  EXPECT_EQ(ErrorOf(Call(S("abc"), "index", {S("x")})), "ValueError: substring not found");
  EXPECT_EQ(ReprOf(Call(S("hello"), "startswith", {S("he")})), "True");
  EXPECT_EQ(ReprOf(Call(S("hello"), "endswith", {T({S("x"), S("lo")})})), "True");
  EXPECT_EQ(ReprOf(Call(S("hello"), "startswith", {S("l"), I(2)})), "True");
  EXPECT_EQ(ReprOf(Call(S("xxhixx"), "strip", {S("x")})), "'hi'");
  EXPECT_EQ(ReprOf(Call(S("  hi\n"), "rstrip")), "'  hi'");
  EXPECT_EQ(ReprOf(Call(S("  hi  "), "lstrip")), "'hi  '");
  EXPECT_EQ(ReprOf(Call(S("ab"), "replace", {S(""), S("-")})), "'-a-b-'");
  EXPECT_EQ(ReprOf(Call(S("aaa"), "replace", {S("a"), S("b"), I(2)})), "'bba'");
  EXPECT_EQ(ReprOf(Call(S("a.b.c"), "replace", {S("."), S("::")})), "'a::b::c'");
  EXPECT_EQ(ReprOf(Call(S("prefix_name"), "removeprefix", {S("prefix_")})), "'name'");
  EXPECT_EQ(ReprOf(Call(S("name.py"), "removesuffix", {S(".py")})), "'name'");
}

TEST_F(StrTest, CaseAndPadding) {
  EXPECT_EQ(ReprOf(Call(S("abc"), "upper")), "'ABC'");
  EXPECT_EQ(ReprOf(Call(S("ABC"), "lower")), "'abc'");
  EXPECT_EQ(ReprOf(Call(S("Hello World"), "swapcase")), "'hELLO wORLD'");
  EXPECT_EQ(ReprOf(Call(S("hello world"), "title")), "'Hello World'");
  EXPECT_EQ(ReprOf(Call(S("hELLO"), "capitalize")), "'Hello'");
  EXPECT_EQ(ReprOf(Call(S("abc"), "center", {I(8), S("*")})), "'**abc***'");
  EXPECT_EQ(ReprOf(Call(S("abc"), "center", {I(6)})), "' abc  '");
  EXPECT_EQ(ReprOf(Call(S("ab"), "center", {I(5)})), "'  ab '");
  EXPECT_EQ(ReprOf(Call(S("42"), "zfill", {I(5)})), "'00042'");
  EXPECT_EQ(ReprOf(Call(S("-42"), "zfill", {I(5)})), "'-0042'");
  EXPECT_EQ(ReprOf(Call(S("a"), "rjust", {I(3)})), "'  a'");
  EXPECT_EQ(ReprOf(Call(S("a"), "ljust", {I(3), S(".")})), "'a..'");
  EXPECT_EQ(ReprOf(Call(S("123"), "isdigit")), "True");
  EXPECT_EQ(ReprOf(Call(S(""), "isdigit")), "False");
  EXPECT_EQ(ReprOf(Call(S("ab1"), "isalpha")), "False");
  EXPECT_EQ(ReprOf(Call(S(" \t\n"), "isspace")), "True");
  EXPECT_EQ(ReprOf(Call(S("AB1"), "isupper")), "True");
  EXPECT_EQ(ReprOf(Call(S("ab1"), "islower")), "True");
  EXPECT_EQ(ReprOf(Call(S("ab1"), "isalnum")), "True");
}

TEST_F(StrTest, Expandtabs) {
  EXPECT_EQ(ReprOf(Call(S("a\tb"), "expandtabs", {I(4)})), "'a   b'");
  EXPECT_EQ(ReprOf(Call(S("01\t012\t0123\t01234"), "expandtabs")), "'01      012     0123    01234'");
  EXPECT_EQ(ReprOf(Call(S("ab\n\tc\r\td"), "expandtabs", {}, {{"tabsize", I(2)}})), "'ab\\n  c\\r  d'");
  EXPECT_EQ(ReprOf(Call(S("\xc3\xa9\tx"), "expandtabs", {I(3)})), "'\xc3\xa9  x'");
  EXPECT_EQ(ReprOf(Call(S("a\tb"), "expandtabs", {I(0)})), "'ab'");
  EXPECT_EQ(ReprOf(Call(S("abc"), "expandtabs")), "'abc'");
}

TEST_F(StrTest, UnboundMethodsCheckSelf) {
  const Value join = LoadAttr(TypeValue(&kStrType), names::join);
  const Value args[] = {I(5), L({})};
  EXPECT_EQ(ErrorOf(CallValue(join, args, 2, 0)),
            "TypeError: descriptor 'join' requires a 'str' object but received a 'int'");
  const Value good[] = {S("+"), L({S("a"), S("b")})};
  EXPECT_EQ(ReprOf(CallValue(join, good, 2, 0)), "'a+b'");
  EXPECT_EQ(ErrorOf(Call(S("a"), "upper", {I(1)})), "TypeError: upper() takes exactly 0 arguments (1 given)");
}

TEST_F(StrTest, Iteration) {
  const Value it = Keep(GetIter(S("a\xc3\xa9")));
  EXPECT_EQ(ReprOf(IterNext(it)), "'a'");
  EXPECT_EQ(ReprOf(IterNext(it)), "'\xc3\xa9'");
  EXPECT_TRUE(IterNext(it).IsNull());
}

TEST_F(StrTest, StringBuilderGrows) {
  StringBuilder builder;
  for (int i = 0; i < 1000; ++i) builder.Append("0123456789");
  const Value s = builder.Finish();
  EXPECT_EQ(ReprOf(Len(s)), "10000");
  EXPECT_EQ(ReprOf(Hash(s)), ReprOf(Hash(S(std::string(StrOf(s))))));
}

TEST_F(StrTest, StrConstructor) {
  const Value str_type = TypeValue(&kStrType);
  const Value args[] = {L({I(1), S("a")})};
  EXPECT_EQ(ReprOf(CallValue(str_type, args, 1, 0)), "\"[1, 'a']\"");
  EXPECT_EQ(ReprOf(CallValue(str_type, nullptr, 0, 0)), "''");
}

}  // namespace
}  // namespace mica
