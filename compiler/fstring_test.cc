// f-strings: literal text and {fields} with conversions, format specs (nested fields), self-documenting `=`,
// escapes of braces, mixing with plain literals, and their errors.
#include <string>

#include "compiler/test_util.h"
#include "gtest/gtest.h"

namespace mica {
namespace {

using testing_util::DumpEval;

TEST(FString, TextAndFields) {
  EXPECT_EQ(DumpEval("f'hello'"), "(f t\"hello\")");
  EXPECT_EQ(DumpEval("f''"), "(f)");
  EXPECT_EQ(DumpEval("f'{x}'"), "(f (fv x))");
  EXPECT_EQ(DumpEval("f'a{x}b{y}c'"), "(f t\"a\" (fv x) t\"b\" (fv y) t\"c\")");
  EXPECT_EQ(DumpEval("f'{x + 1}'"), "(f (fv (+ x 1)))");
  EXPECT_EQ(DumpEval("f'{ x }'"), "(f (fv x))");
  EXPECT_EQ(DumpEval("f'{a, b}'"), "(f (fv (tuple a b)))");
  EXPECT_EQ(DumpEval("f'{d[\"k\"]}'"), "(f (fv ([] d \"k\")))");
  EXPECT_EQ(DumpEval("f'{ {1: 2}[1] }'"), "(f (fv ([] (dict (1 2)) 1)))");
  EXPECT_EQ(DumpEval("f'{(lambda: 1)()}'"), "(f (fv (call (lambda (args) 1))))");
  EXPECT_EQ(DumpEval("f'{a if b else c}'"), "(f (fv (if b a c)))");
  EXPECT_EQ(DumpEval("f'{a != b}{a == b}{a <= b}{a >= b}'"),
            "(f (fv (cmp a != b)) (fv (cmp a == b)) (fv (cmp a <= b)) (fv (cmp a >= b)))");
  EXPECT_EQ(DumpEval("f'{(x := 1)}'"), "(f (fv (:= x:store 1)))");
  EXPECT_EQ(DumpEval("f'{yield}'"), "(f (fv (yield)))");
}

TEST(FString, ConversionsAndSpecs) {
  EXPECT_EQ(DumpEval("f'{x!r}{x!s}{x!a}'"), "(f (fv x !r) (fv x !s) (fv x !a))");
  EXPECT_EQ(DumpEval("f'{x:>10}'"), "(f (fv x (f t\">10\")))");
  EXPECT_EQ(DumpEval("f'{x!r:^{w}.{p}f}'"), "(f (fv x !r (f t\"^\" (fv w) t\".\" (fv p) t\"f\")))");
  EXPECT_EQ(DumpEval("f'{x:{w}}'"), "(f (fv x (f (fv w))))");
  EXPECT_EQ(DumpEval("f'{x:}'"), "(f (fv x (f)))");
  EXPECT_EQ(DumpEval("f'{x:=10}'"), "(f (fv x (f t\"=10\")))");  // ':' starts the spec, as in CPython
  EXPECT_EQ(DumpEval("f'{x:%H:%M}'"), "(f (fv x (f t\"%H:%M\")))");
  EXPECT_EQ(DumpEval("f'{x:{{}}}'"), "(f (fv x (f (fv (dict)))))");  // in a spec, '{' always opens a field
}

TEST(FString, SelfDocumenting) {
  EXPECT_EQ(DumpEval("f'{x=}'"), "(f t\"x=\" (fv x !r))");
  EXPECT_EQ(DumpEval("f'{x = }'"), "(f t\"x = \" (fv x !r))");
  EXPECT_EQ(DumpEval("f'{x=!s}'"), "(f t\"x=\" (fv x !s))");
  EXPECT_EQ(DumpEval("f'{x=:>5}'"), "(f t\"x=\" (fv x (f t\">5\")))");  // a spec means format(), not repr()
  EXPECT_EQ(DumpEval("f'{a.b[0]=}'"), "(f t\"a.b[0]=\" (fv ([] (. a b) 0) !r))");
  EXPECT_EQ(DumpEval("f'{a==b=}'"), "(f t\"a==b=\" (fv (cmp a == b) !r))");
}

TEST(FString, EscapesAndRaw) {
  EXPECT_EQ(DumpEval("f'{{x}}'"), "(f t\"{x}\")");
  EXPECT_EQ(DumpEval("f'{{{x}}}'"), "(f t\"{\" (fv x) t\"}\")");
  EXPECT_EQ(DumpEval("f'a\\nb{x}\\t'"), "(f t\"a\\nb\" (fv x) t\"\\t\")");
  EXPECT_EQ(DumpEval("rf'\\n{x}'"), "(f t\"\\\\n\" (fv x))");
  EXPECT_EQ(DumpEval("fR'\\{x}'"), "(f t\"\\\\\" (fv x))");
  EXPECT_EQ(DumpEval("f'\\{x}'"), "(f t\"\\\\\" (fv x))");  // a backslash does not escape a brace
  EXPECT_EQ(DumpEval("f'''{\nx\n}'''"), "(f (fv x))");
  EXPECT_EQ(DumpEval("f'\\u20ac{x}'"), "(f t\"\xe2\x82\xac\" (fv x))");
}

TEST(FString, ConcatenationWithPlainLiterals) {
  EXPECT_EQ(DumpEval("'a' f'{x}' 'b' 'c'"), "(f \"a\" (fv x) \"bc\")");
  EXPECT_EQ(DumpEval("f'{x}' f'{y}'"), "(f (fv x) (fv y))");
  EXPECT_EQ(DumpEval("'a' 'b' f'c'"), "(f \"ab\" t\"c\")");
  EXPECT_EQ(DumpEval("f'{x}' b'y'"), "SyntaxError 1:8 cannot mix bytes and nonbytes literals");
}

TEST(FString, NestedFStrings) {
  EXPECT_EQ(DumpEval("f'{f\"{x}\"}'"), "(f (fv (f (fv x))))");
  EXPECT_EQ(DumpEval("f'''{f\"{f'{x}'}\"}'''"), "(f (fv (f (fv (f (fv x))))))");
}

TEST(FString, Positions) {
  EXPECT_EQ(DumpEval("f'{x +}'"), "SyntaxError 1:7 invalid syntax");
  EXPECT_EQ(DumpEval("f'''\n  {x y}'''"), "SyntaxError 2:6 f-string: invalid syntax");
  EXPECT_EQ(DumpEval("x + f'''ab{1 +\n 2 *}'''"), "SyntaxError 2:5 invalid syntax");
}

TEST(FString, Errors) {
  EXPECT_EQ(DumpEval("f'{}'"), "SyntaxError 1:4 f-string: empty expression not allowed");
  EXPECT_EQ(DumpEval("f'{ }'"), "SyntaxError 1:5 f-string: empty expression not allowed");
  EXPECT_EQ(DumpEval("f'}'"), "SyntaxError 1:3 f-string: single '}' is not allowed");
  EXPECT_EQ(DumpEval("f'{x'"), "SyntaxError 1:5 f-string: expecting '}'");
  EXPECT_EQ(DumpEval("f'{x!}'"), "SyntaxError 1:6 f-string: invalid conversion character: expected 's', 'r', or 'a'");
  EXPECT_EQ(DumpEval("f'{x!z}'"), "SyntaxError 1:6 f-string: invalid conversion character: expected 's', 'r', or 'a'");
  EXPECT_EQ(DumpEval("f'{x:{y:{z}}}'"), "SyntaxError 1:10 f-string: expressions nested too deeply");
  EXPECT_EQ(DumpEval("f'{a\\n}'"), "SyntaxError 1:5 f-string expression part cannot include a backslash");
  EXPECT_EQ(DumpEval("f'{a#}'"), "SyntaxError 1:5 f-string expression part cannot include '#'");
  EXPECT_EQ(DumpEval("f'{a)}'"), "SyntaxError 1:5 f-string: unmatched ')'");
  EXPECT_EQ(DumpEval("f'{\"a}'"), "SyntaxError 1:4 f-string: unterminated string");
  EXPECT_EQ(DumpEval("f'{x!r=}'"), "SyntaxError 1:7 f-string: expecting '}'");
  EXPECT_EQ(DumpEval("f'\\N{DASH}'"), "SyntaxError 1:3 (unicode error) \\N{...} escapes are not supported");
  EXPECT_EQ(DumpEval("f'\\x4{x}'"), "SyntaxError 1:3 (unicode error) truncated \\xXX escape");
  EXPECT_EQ(DumpEval("f'{lambda x: 1}'"), "SyntaxError 1:12 expected ':'");  // needs parentheses
  EXPECT_EQ(DumpEval("f'{a b}'"), "SyntaxError 1:6 f-string: invalid syntax");
  EXPECT_EQ(DumpEval("f'{*a}'"), "SyntaxError 1:4 f-string: cannot use starred expression here");
  EXPECT_EQ(DumpEval("f'{*a,}'"), "(f (fv (tuple (* a))))");
}

}  // namespace
}  // namespace mica
