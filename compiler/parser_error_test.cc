// Error tests: bad inputs and the SyntaxError/IndentationError/TabError each produces (kind, line, column,
// message). Columns follow CPython's SyntaxError.offset where CPython is consistent; see the notes inline.
#include <string>

#include "compiler/test_util.h"
#include "gtest/gtest.h"

namespace mica {
namespace {

using testing_util::Describe;
using testing_util::ErrorOf;

struct BadInput {
  const char* source;
  const char* expected;  // as Describe() prints it
};

constexpr BadInput kBadInputs[] = {
    // Layout.
    {"  x = 1\n", "IndentationError 1:3 unexpected indent"},
    {"class A: pass\n  x\n", "IndentationError 2:3 unexpected indent"},
    {"if x:\npass\n", "IndentationError 2:1 expected an indented block"},
    {"def f():\n", "IndentationError 2:1 expected an indented block"},
    {"if x:\n        a\n    b\n", "IndentationError 3:5 unindent does not match any outer indentation level"},
    {"if x:\n\tif y:\n        pass\n", "TabError 3:9 inconsistent use of tabs and spaces in indentation"},
    {"x = 1 \\ 2\n", "SyntaxError 1:7 unexpected character after line continuation character"},
    // Brackets.
    {"x = (1,\n 2\n", "SyntaxError 1:5 '(' was never closed"},
    {"x = )\n", "SyntaxError 1:5 unmatched ')'"},
    {"x = [1, 2)\n", "SyntaxError 1:10 closing parenthesis ')' does not match opening parenthesis '['"},
    {"x = [1, 2 3]\n", "SyntaxError 1:9 invalid syntax. Perhaps you forgot a comma?"},
    {"f(a b)\n", "SyntaxError 1:3 invalid syntax. Perhaps you forgot a comma?"},
    {"x = (a b)\n", "SyntaxError 1:6 invalid syntax. Perhaps you forgot a comma?"},
    // Literals.
    {"x = 01\n", "SyntaxError 1:5 leading zeros in decimal integer literals are not permitted; "
                 "use an 0o prefix for octal integers"},
    {"x = 1_\n", "SyntaxError 1:6 invalid decimal literal"},
    {"x = 0b12\n", "SyntaxError 1:8 invalid digit in binary literal"},
    {"x = 0x\n", "SyntaxError 1:7 invalid hexadecimal literal"},
    {"x = 1abc\n", "SyntaxError 1:6 invalid decimal literal"},
    {"x = 'abc\n", "SyntaxError 1:5 unterminated string literal"},
    {"x = '''abc\n", "SyntaxError 1:5 unterminated triple-quoted string literal"},
    {"x = 'a\\x4'\n", "SyntaxError 1:7 (unicode error) truncated \\xXX escape"},
    {"x = b'\\xZZ'\n", "SyntaxError 1:7 (value error) invalid \\x escape"},
    {"x = b'\xc3\xa9'\n", "SyntaxError 1:7 bytes can only contain ASCII literal characters"},
    {"x = 'abc' b'd'\n", "SyntaxError 1:11 cannot mix bytes and nonbytes literals"},
    {"x = $\n", "SyntaxError 1:5 invalid syntax"},
    // Statements.
    {"a b\n", "SyntaxError 1:3 invalid syntax"},
    {"x = 1 +\n", "SyntaxError 1:8 invalid syntax"},
    {"if x\n  pass\n", "SyntaxError 1:5 expected ':'"},
    {"for x in y\n  pass\n", "SyntaxError 1:11 expected ':'"},
    {"for x y: pass\n", "SyntaxError 1:7 expected 'in'"},
    {"while x pass\n", "SyntaxError 1:9 expected ':'"},
    {"def f: pass\n", "SyntaxError 1:6 expected '('"},
    {"class A(:\n  pass\n", "SyntaxError 1:9 invalid syntax"},
    {"try:\n  pass\nx = 1\n", "SyntaxError 3:1 expected 'except' or 'finally' block"},
    {"try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n", "SyntaxError 3:1 default 'except:' must be last"},
    {"try:\n  pass\nexcept A, B:\n  pass\n", "SyntaxError 3:8 multiple exception types must be parenthesized"},
    {"import a.b as\n", "SyntaxError 1:14 invalid syntax"},
    {"from x import a,\n", "SyntaxError 1:17 trailing comma not allowed without surrounding parentheses"},
    {"from x import\n", "SyntaxError 1:14 invalid syntax"},
    {"import\n", "SyntaxError 1:7 invalid syntax"},
    {"nonlocal = 1\n", "SyntaxError 1:10 invalid syntax"},
    {"del\n", "SyntaxError 1:4 invalid syntax"},
    {"@x\nx = 1\n", "SyntaxError 2:1 invalid syntax"},
    {"async x = 1\n", "SyntaxError 1:7 invalid syntax"},
    {"if x: for y in z: pass\n", "SyntaxError 1:7 invalid syntax"},
    {"x = 1 if y\n", "SyntaxError 1:5 expected 'else' after 'if' expression"},
    // Assignment targets.
    {"1 = x\n", "SyntaxError 1:1 cannot assign to literal"},
    {"'a' = x\n", "SyntaxError 1:1 cannot assign to literal"},
    {"None = 1\n", "SyntaxError 1:1 cannot assign to None"},
    {"f() = 1\n", "SyntaxError 1:1 cannot assign to function call"},
    {"a + b = c\n", "SyntaxError 1:1 cannot assign to expression"},
    {"a < b = c\n", "SyntaxError 1:1 cannot assign to comparison"},
    {"x, f() = 1, 2\n", "SyntaxError 1:4 cannot assign to function call"},
    {"[x for x in y] = 1\n", "SyntaxError 1:1 cannot assign to list comprehension"},
    {"x = yield = 1\n", "SyntaxError 1:5 cannot assign to yield expression"},
    {"a if b else c = 1\n", "SyntaxError 1:1 cannot assign to conditional expression"},
    {"lambda: 1 = 1\n", "SyntaxError 1:1 cannot assign to lambda"},
    {"{} = 1\n", "SyntaxError 1:1 cannot assign to dict literal"},
    {"f'{x}' = 1\n", "SyntaxError 1:1 cannot assign to f-string expression"},
    {"a, *b, *c = d\n", "SyntaxError 1:8 multiple starred expressions in assignment"},
    {"*a = b\n", "SyntaxError 1:1 starred assignment target must be in a list or tuple"},
    {"del f()\n", "SyntaxError 1:5 cannot delete function call"},
    {"del *a, b\n", "SyntaxError 1:5 cannot delete starred"},
    {"for 1 in x: pass\n", "SyntaxError 1:5 cannot assign to literal"},
    {"with a as 1: pass\n", "SyntaxError 1:11 cannot assign to literal"},
    {"[x for *x in y]\n", "SyntaxError 1:8 starred assignment target must be in a list or tuple"},
    {"(a, b) += 1\n", "SyntaxError 1:1 'tuple' is an illegal expression for augmented assignment"},
    {"[a] += 1\n", "SyntaxError 1:1 'list' is an illegal expression for augmented assignment"},
    {"f() += 1\n", "SyntaxError 1:1 illegal expression for augmented assignment"},
    {"a, b: int\n", "SyntaxError 1:1 only single target (not tuple) can be annotated"},
    {"x.y := 1\n", "SyntaxError 1:5 invalid syntax"},
    {"(x.y := 1)\n", "SyntaxError 1:2 cannot use assignment expressions with attribute"},
    {"(x[0] := 1)\n", "SyntaxError 1:2 cannot use assignment expressions with subscript"},
    // Calls and parameters.
    {"f(a=1, b)\n", "SyntaxError 1:8 positional argument follows keyword argument"},
    {"f(**a, b)\n", "SyntaxError 1:8 positional argument follows keyword argument unpacking"},
    {"f(**a, *b)\n", "SyntaxError 1:8 iterable argument unpacking follows keyword argument unpacking"},
    {"f(a.b=1)\n", "SyntaxError 1:3 expression cannot contain assignment, perhaps you meant \"==\"?"},
    {"f(a, a=1, a=2)\n", "SyntaxError 1:11 keyword argument repeated"},
    {"f(x for x in y, 1)\n", "SyntaxError 1:3 Generator expression must be parenthesized"},
    {"f(1, x for x in y)\n", "SyntaxError 1:6 Generator expression must be parenthesized"},
    {"def f(a=1, b): pass\n", "SyntaxError 1:12 parameter without a default follows parameter with a default"},
    {"def f(*): pass\n", "SyntaxError 1:7 named arguments must follow bare *"},
    {"def f(*, **k): pass\n", "SyntaxError 1:7 named arguments must follow bare *"},
    {"def f(a, a): pass\n", "SyntaxError 1:10 duplicate argument 'a' in function definition"},
    {"def f(a, *, b, **a): pass\n", "SyntaxError 1:18 duplicate argument 'a' in function definition"},
    {"def f(**k, a): pass\n", "SyntaxError 1:12 arguments cannot follow var-keyword argument"},
    {"def f(*a, *b): pass\n", "SyntaxError 1:11 * argument may appear only once"},
    {"def f(/, a): pass\n", "SyntaxError 1:7 at least one argument must precede /"},
    {"def f(a, /, b, /): pass\n", "SyntaxError 1:16 / may appear only once"},
    {"def f(*a, b, /): pass\n", "SyntaxError 1:14 / must be ahead of *"},
    {"lambda x: (yield) = 1\n", "SyntaxError 1:1 cannot assign to lambda"},
    // Expressions.
    {"a == not b\n", "SyntaxError 1:6 invalid syntax"},
    {"x = not\n", "SyntaxError 1:8 invalid syntax"},
    {"x = a not b\n", "SyntaxError 1:11 invalid syntax"},
    {"x = (*a)\n", "SyntaxError 1:6 cannot use starred expression here"},
    {"[*a for a in b]\n", "SyntaxError 1:2 iterable unpacking cannot be used in comprehension"},
    {"x = {**a for b in c}\n", "SyntaxError 1:6 dict unpacking cannot be used in dict comprehension"},
    {"x = {1: 2, 3}\n", "SyntaxError 1:13 ':' expected after dictionary key"},
    {"x = a.1\n", "SyntaxError 1:6 invalid syntax"},  // ".1" is a float
    {"x = a.if\n", "SyntaxError 1:7 invalid syntax"},
    {"x = await\n", "SyntaxError 1:10 invalid syntax"},
    {"x = [i for i in]\n", "SyntaxError 1:16 invalid syntax"},
    {"from . import (a b)\n", "SyntaxError 1:18 invalid syntax"},
};

TEST(ParserErrors, EachBadInputHasItsMessageAndPlace) {
  int count = 0;
  for (const BadInput& bad : kBadInputs) {
    EXPECT_EQ(Describe(ErrorOf(bad.source)), bad.expected) << "source: " << bad.source;
    ++count;
  }
  EXPECT_GE(count, 30);
}

TEST(ParserErrors, IncompleteInputIsFlaggedForTheRepl) {
  EXPECT_TRUE(ErrorOf("if x:\n").at_end_of_input);
  EXPECT_TRUE(ErrorOf("def f(a,\n").at_end_of_input);
  EXPECT_TRUE(ErrorOf("s = '''\n").at_end_of_input);
  EXPECT_TRUE(ErrorOf("class A:\n  def f(self):\n").at_end_of_input);
  EXPECT_FALSE(ErrorOf("x = 1 +\n").at_end_of_input);
  EXPECT_FALSE(ErrorOf("x = (1 2)\n").at_end_of_input);
  EXPECT_FALSE(ErrorOf("f'{x +}'\n").at_end_of_input);  // the end of a field is not the end of input
}

TEST(ParserErrors, DeepNestingIsAnErrorNotACrash) {
  // Brackets: the lexer's bound (CPython's message).
  EXPECT_EQ(Describe(ErrorOf(std::string(10000, '(') + "x" + std::string(10000, ')'))),
            "SyntaxError 1:201 too many nested parentheses");
  EXPECT_EQ(Describe(ErrorOf("x = " + std::string(10000, '['))), "SyntaxError 1:205 too many nested parentheses");
  // Operators nest without brackets: the parser's own bound.
  EXPECT_EQ(Describe(ErrorOf(std::string(10000, '-') + "x")), "SyntaxError 1:200 expression too deeply nested");
  std::string nots;
  for (int i = 0; i < 10000; ++i) nots += "not ";
  EXPECT_EQ(Describe(ErrorOf(nots + "x")), "SyntaxError 1:797 expression too deeply nested");
  std::string powers = "x";
  for (int i = 0; i < 10000; ++i) powers += "**x";
  EXPECT_EQ(Describe(ErrorOf(powers)), "SyntaxError 1:599 expression too deeply nested");
  std::string lambdas;
  for (int i = 0; i < 10000; ++i) lambdas += "lambda:";
  EXPECT_EQ(Describe(ErrorOf(lambdas + "0")), "SyntaxError 1:1401 expression too deeply nested");
  std::string conditionals = "a";
  for (int i = 0; i < 10000; ++i) conditionals += " if b else a";
  EXPECT_EQ(Describe(ErrorOf(conditionals)), "SyntaxError 1:2401 expression too deeply nested");
  // A tree that is deep without nesting in the parser: the height bound (the parse itself needs a big arena).
  const size_t big = 8 << 20;
  std::string sum = "x = 1";
  for (int i = 0; i < 10000; ++i) sum += "+1";
  EXPECT_EQ(Describe(ErrorOf(sum, ParseMode::kFile, big)), "SyntaxError 1:5 expression too complex");
  std::string attributes = "x = a";
  for (int i = 0; i < 10000; ++i) attributes += ".b";
  EXPECT_EQ(Describe(ErrorOf(attributes, ParseMode::kFile, big)), "SyntaxError 1:5 expression too complex");
  std::string elifs = "if a: pass\n";
  for (int i = 0; i < 5000; ++i) elifs += "elif a: pass\n";
  EXPECT_EQ(Describe(ErrorOf(elifs, ParseMode::kFile, big)), "SyntaxError 999:6 expression too complex");
  // ... and a small arena simply runs out first, cleanly.
  const SyntaxError out_of_memory = ErrorOf(sum, ParseMode::kFile, 4096);
  EXPECT_EQ(out_of_memory.kind, ErrorKind::kMemoryError);
  EXPECT_STREQ(out_of_memory.message, "out of memory");
  // Just under the bounds parses fine.
  std::string sum_ok = "x = 1";
  for (int i = 0; i < 900; ++i) sum_ok += "+1";
  EXPECT_EQ(ErrorOf(sum_ok).kind, ErrorKind::kNone);
  EXPECT_EQ(ErrorOf(std::string(150, '(') + "x" + std::string(150, ')')).kind, ErrorKind::kNone);
}

TEST(ParserErrors, NestingBoundIsConfigurable) {
  std::vector<unsigned char> block(1 << 16);
  Arena arena(block.data(), block.size());
  ParseOptions options;
  options.max_nesting = 10;
  const std::string source = "x = ((((((((((((1))))))))))))";
  const ParseResult result = Parse(source.data(), static_cast<uint32_t>(source.size()), &arena, options);
  EXPECT_EQ(Describe(result.error), "SyntaxError 1:15 expression too deeply nested");
  options.max_nesting = 20;
  options.max_ast_height = 3;  // Module -> Assign -> BinOp: its operands are one level too many
  const std::string flat = "x = 1 + 2";
  const ParseResult tall = Parse(flat.data(), static_cast<uint32_t>(flat.size()), &arena, options);
  EXPECT_EQ(Describe(tall.error), "SyntaxError 1:5 expression too complex");
}

}  // namespace
}  // namespace mica
