// Lexer golden tests: token streams for every literal form and layout rule, positions, and lexical errors.
#include "compiler/lexer.h"

#include <string>
#include <vector>

#include "compiler/test_util.h"
#include "gtest/gtest.h"

namespace mica {
namespace {

using testing_util::TokenList;
using testing_util::Tokens;

TEST(Lexer, EmptyAndBlankInputs) {
  EXPECT_EQ(Tokens(""), "EOF");
  EXPECT_EQ(Tokens("\n\n"), "EOF");
  EXPECT_EQ(Tokens("   \n\t\n# only a comment\n   # indented comment"), "EOF");
  EXPECT_EQ(Tokens("x"), "x NEWLINE EOF");  // a NEWLINE even without a final newline
  EXPECT_EQ(Tokens("x\n"), "x NEWLINE EOF");
  EXPECT_EQ(Tokens("x  # trailing comment"), "x NEWLINE EOF");
}

TEST(Lexer, EveryOperatorAndDelimiter) {
  EXPECT_EQ(Tokens("( ) [ ] { } : , ; . ... -> := = + - * ** / // % @ | ^ & ~ << >> < > <= >= == !="),
            "( ) [ ] { } : , ; . ... -> := = + - * ** / // % @ | ^ & ~ << >> < > <= >= == != NEWLINE EOF");
  EXPECT_EQ(Tokens("a += b -= c *= d **= e /= f //= g %= h @= i |= j ^= k &= l <<= m >>= n"),
            "a += b -= c *= d **= e /= f //= g %= h @= i |= j ^= k &= l <<= m >>= n NEWLINE EOF");
  // Longest match, with no spaces.
  EXPECT_EQ(Tokens("a**=b//=c<<=d>>=e:=f->g...h"), "a **= b //= c <<= d >>= e := f -> g ... h NEWLINE EOF");
  EXPECT_EQ(Tokens("x=-1"), "x = - 1 NEWLINE EOF");
  EXPECT_EQ(Tokens("a.b..c"), "a . b . . c NEWLINE EOF");
  EXPECT_EQ(Tokens("a....b"), "a ... . b NEWLINE EOF");
}

TEST(Lexer, KeywordsAndNames) {
  const std::vector<Token> tokens = TokenList("if elif else while for in not is and or async await yield lambda "
                                              "None True False iff _if If None_ match case");
  const TokenKind expected[] = {
      TokenKind::kIf,    TokenKind::kElif,   TokenKind::kElse,   TokenKind::kWhile, TokenKind::kFor,
      TokenKind::kIn,    TokenKind::kNot,    TokenKind::kIs,     TokenKind::kAnd,   TokenKind::kOr,
      TokenKind::kAsync, TokenKind::kAwait,  TokenKind::kYield,  TokenKind::kLambda, TokenKind::kNone,
      TokenKind::kTrue,  TokenKind::kFalse,  TokenKind::kName,   TokenKind::kName,  TokenKind::kName,
      TokenKind::kName,  TokenKind::kName,   TokenKind::kName,   TokenKind::kNewline, TokenKind::kEndOfFile};
  ASSERT_EQ(tokens.size(), sizeof expected / sizeof expected[0]);
  for (size_t i = 0; i < tokens.size(); ++i) EXPECT_EQ(tokens[i].kind, expected[i]) << i;
  EXPECT_EQ(LookupKeyword("nonlocal", 8), TokenKind::kNonlocal);
  EXPECT_EQ(LookupKeyword("nonlocals", 9), TokenKind::kName);
  EXPECT_STREQ(TokenText(TokenKind::kDoubleSlashAssign), "//=");
}

TEST(Lexer, UnicodeNames) {
  EXPECT_EQ(Tokens("caf\xc3\xa9 = \xcf\x80"), "caf\xc3\xa9 = \xcf\x80 NEWLINE EOF");
  EXPECT_EQ(TokenList("\xcf\x80if")[0].kind, TokenKind::kName);  // not a keyword
}

TEST(Lexer, NumberTokens) {
  EXPECT_EQ(Tokens("0 00 1_000 0x_Ff 0o17 0B1 1. .5 1.5e-3 1E5 1_0.0_1 3j 1.5J 1e5j"),
            "0 00 1_000 0x_Ff 0o17 0B1 1. .5 1.5e-3 1E5 1_0.0_1 3j 1.5J 1e5j NEWLINE EOF");
  const std::vector<Token> tokens = TokenList("1 2.0 3j");
  EXPECT_EQ(static_cast<NumberKind>(tokens[0].flags), NumberKind::kInt);
  EXPECT_EQ(static_cast<NumberKind>(tokens[1].flags), NumberKind::kFloat);
  EXPECT_EQ(static_cast<NumberKind>(tokens[2].flags), NumberKind::kImaginary);
  EXPECT_EQ(Tokens("1if x else 2"), "1 if x else 2 NEWLINE EOF");
  EXPECT_EQ(Tokens("x.real 1 .real 1..real"), "x . real 1 . real 1. . real NEWLINE EOF");
}

TEST(Lexer, StringPrefixesInAnyCase) {
  EXPECT_EQ(Tokens("'a' \"b\" r'c' R'd' b'e' B'f' u'g' U'h' f'i' F'j' rb'k' Rb'l' bR'm' BR'n' br'o' "
                   "fr'p' Fr'q' rF'r' RF's'"),
            "'a' \"b\" r'c' R'd' b'e' B'f' u'g' U'h' f'i' F'j' rb'k' Rb'l' bR'm' BR'n' br'o' "
            "fr'p' Fr'q' rF'r' RF's' NEWLINE EOF");
  // Not prefixes: a name, then a string.
  EXPECT_EQ(Tokens("ur'x' bu'x' fb'x' rr'x' rbf'x'"), "ur 'x' bu 'x' fb 'x' rr 'x' rbf 'x' NEWLINE EOF");
  const std::vector<Token> tokens = TokenList("rb'x' F\"\"\"y\"\"\" u'z'");
  EXPECT_EQ(tokens[0].flags & (kStringRaw | kStringBytes | kStringFormatted), kStringRaw | kStringBytes);
  EXPECT_EQ(StringPrefixLength(tokens[0].flags), 2u);
  EXPECT_EQ(StringBodyLength(tokens[0]), 1u);
  EXPECT_EQ(tokens[1].flags & (kStringFormatted | kStringTriple), kStringFormatted | kStringTriple);
  EXPECT_EQ(StringBodyOffset(tokens[1]), 10u);
  EXPECT_EQ(StringBodyLength(tokens[1]), 1u);
  EXPECT_EQ(tokens[2].flags & (kStringRaw | kStringBytes | kStringFormatted), 0);
}

TEST(Lexer, QuotesEscapesAndTripleStrings) {
  EXPECT_EQ(Tokens(R"('it\'s' "say \"hi\"" 'a"b' "a'b" '\\')"),
            R"('it\'s' "say \"hi\"" 'a"b' "a'b" '\\' NEWLINE EOF)");
  EXPECT_EQ(Tokens("'''a\n'b'\n\"c\"''' x"), "'''a\n'b'\n\"c\"''' x NEWLINE EOF");
  EXPECT_EQ(Tokens("\"\"\"\"\"\" ''''''"), "\"\"\"\"\"\" '''''' NEWLINE EOF");  // empty triple strings
  EXPECT_EQ(Tokens("'' \"\""), "'' \"\" NEWLINE EOF");
  EXPECT_EQ(Tokens("'a\\\nb'"), "'a\\\nb' NEWLINE EOF");  // continuation inside a string
  EXPECT_EQ(Tokens("r'\\'' r\"\\\\\""), "r'\\'' r\"\\\\\" NEWLINE EOF");  // raw strings still skip \'
  // Lines counted inside triple strings and continuations.
  const std::vector<Token> tokens = TokenList("'''a\nb\nc''' x\ny");
  EXPECT_EQ(tokens[1].line, 3u);
  EXPECT_EQ(tokens[1].column, 6u);
  EXPECT_EQ(tokens[3].line, 4u);
}

TEST(Lexer, IndentAndDedent) {
  EXPECT_EQ(Tokens("if a:\n    b\n    c\nd\n"), "if a : NEWLINE INDENT b NEWLINE c NEWLINE DEDENT d NEWLINE EOF");
  EXPECT_EQ(Tokens("if a:\n  if b:\n    c\nd"),
            "if a : NEWLINE INDENT if b : NEWLINE INDENT c NEWLINE DEDENT DEDENT d NEWLINE EOF");
  // Open blocks close at the end of input.
  EXPECT_EQ(Tokens("if a:\n  if b:\n    c"), "if a : NEWLINE INDENT if b : NEWLINE INDENT c NEWLINE DEDENT DEDENT EOF");
  EXPECT_EQ(Tokens("if a:\n    b\n  # comment at another depth\n\n        \n    c\n"),
            "if a : NEWLINE INDENT b NEWLINE c NEWLINE DEDENT EOF");
  // Dedent to an intermediate level.
  EXPECT_EQ(Tokens("a:\n  b:\n    c\n  d\ne"),
            "a : NEWLINE INDENT b : NEWLINE INDENT c NEWLINE DEDENT d NEWLINE DEDENT e NEWLINE EOF");
}

TEST(Lexer, TabsFormFeedsAndContinuations) {
  // A tab goes to the next multiple of 8: "\t" and 8 spaces are the same level, and so are "  \t" and "\t".
  EXPECT_EQ(Tokens("if a:\n\tb\n\tc\n"), "if a : NEWLINE INDENT b NEWLINE c NEWLINE DEDENT EOF");
  EXPECT_EQ(Tokens("if a:\n  \tb\n\t\n"), "if a : NEWLINE INDENT b NEWLINE DEDENT EOF");
  // A form feed resets the column.
  EXPECT_EQ(Tokens("if a:\n    b\n\f    c\n"), "if a : NEWLINE INDENT b NEWLINE c NEWLINE DEDENT EOF");
  // Backslash continuation: the next line's indentation does not count.
  EXPECT_EQ(Tokens("x = 1 + \\\n        2\ny"), "x = 1 + 2 NEWLINE y NEWLINE EOF");
  EXPECT_EQ(Tokens("x = 1 \\\r\n+ 2"), "x = 1 + 2 NEWLINE EOF");
}

TEST(Lexer, BracketsJoinLines) {
  EXPECT_EQ(Tokens("f(a,\n  b,  # comment\n\n      c)\nd"), "f ( a , b , c ) NEWLINE d NEWLINE EOF");
  EXPECT_EQ(Tokens("x = [\n1,\n  {2:\n3}]\n"), "x = [ 1 , { 2 : 3 } ] NEWLINE EOF");
  EXPECT_EQ(Tokens("if a:\n    x = (1,\n2)\n    y\n"),
            "if a : NEWLINE INDENT x = ( 1 , 2 ) NEWLINE y NEWLINE DEDENT EOF");
}

TEST(Lexer, LineEndingsAndByteOrderMark) {
  EXPECT_EQ(Tokens("if a:\r\n  b\r\nc"), "if a : NEWLINE INDENT b NEWLINE DEDENT c NEWLINE EOF");
  EXPECT_EQ(Tokens("a\rb\r"), "a NEWLINE b NEWLINE EOF");  // old Mac line ends
  EXPECT_EQ(Tokens("\xef\xbb\xbfx = 1"), "x = 1 NEWLINE EOF");
  const std::vector<Token> tokens = TokenList("a\r\nb\rc\nd");
  EXPECT_EQ(tokens[2].line, 2u);
  EXPECT_EQ(tokens[4].line, 3u);
  EXPECT_EQ(tokens[6].line, 4u);
}

TEST(Lexer, PositionsAreOneBasedCharacters) {
  const std::vector<Token> tokens = TokenList("x = 1\n  \xcf\x80 = '\xc3\xa9' + y");
  // x@1:1 =@1:3 1@1:5 NEWLINE@1:6 INDENT ...
  EXPECT_EQ(tokens[0].line, 1u);
  EXPECT_EQ(tokens[0].column, 1u);
  EXPECT_EQ(tokens[2].column, 5u);
  EXPECT_EQ(tokens[3].kind, TokenKind::kNewline);
  EXPECT_EQ(tokens[3].column, 6u);
  EXPECT_EQ(tokens[4].kind, TokenKind::kIndent);
  EXPECT_EQ(tokens[5].line, 2u);
  EXPECT_EQ(tokens[5].column, 3u);   // pi
  EXPECT_EQ(tokens[6].column, 5u);   // '=' counts pi as one character
  EXPECT_EQ(tokens[7].column, 7u);   // the string
  EXPECT_EQ(tokens[8].column, 11u);  // '+' after a 3-character string holding a 2-byte character
  EXPECT_EQ(tokens[9].column, 13u);
  EXPECT_EQ(tokens[9].offset, 20u);  // offsets stay in bytes
}

TEST(Lexer, FieldExpressionLexer) {
  const std::string source = "f'{a +\n b}'";
  Lexer lexer(source.data(), 3, 9, 1, 4);
  Token a = lexer.Next();
  EXPECT_EQ(a.kind, TokenKind::kName);
  EXPECT_EQ(a.column, 4u);
  EXPECT_EQ(lexer.Next().kind, TokenKind::kPlus);
  Token b = lexer.Next();
  EXPECT_EQ(b.kind, TokenKind::kName);
  EXPECT_EQ(b.line, 2u);
  EXPECT_EQ(b.column, 2u);
  EXPECT_EQ(lexer.Next().kind, TokenKind::kEndOfFile);  // no NEWLINE: newlines join as inside brackets
}

// The first error of lexing `source`: "line:column message".
std::string LexError(const std::string& source) {
  Lexer lexer(source.data(), static_cast<uint32_t>(source.size()));
  for (int i = 0; i < 100000; ++i) {
    const Token token = lexer.Next();
    if (token.kind == TokenKind::kEndOfFile) return "no error";
    if (token.kind == TokenKind::kError) {
      EXPECT_EQ(lexer.Next().kind, TokenKind::kError);  // stays failed
      return std::to_string(lexer.error().line) + ":" + std::to_string(lexer.error().column) + " " +
             lexer.error().message;
    }
  }
  return "no end";
}

TEST(Lexer, IndentationErrors) {
  EXPECT_EQ(LexError("if x:\n        a\n    b\n"), "3:5 unindent does not match any outer indentation level");
  EXPECT_EQ(LexError("if x:\n\tif y:\n        pass\n"), "3:9 inconsistent use of tabs and spaces in indentation");
  EXPECT_EQ(LexError("if x:\n        a\n\tb\n"), "3:2 inconsistent use of tabs and spaces in indentation");
  std::string deep;
  for (int i = 0; i <= 101; ++i) deep += std::string(i, ' ') + "if x:\n";
  EXPECT_EQ(LexError(deep), "102:102 too many levels of indentation");
  Lexer lexer("if x:\n  a\n b\n", 13);
  for (Token t = lexer.Next(); t.kind != TokenKind::kError; t = lexer.Next()) {
  }
  EXPECT_EQ(lexer.error().kind, ErrorKind::kIndentationError);
}

TEST(Lexer, StringErrors) {
  EXPECT_EQ(LexError("x = 'abc\ny"), "1:5 unterminated string literal");
  EXPECT_EQ(LexError("x = \"abc"), "1:5 unterminated string literal");
  EXPECT_EQ(LexError("x = '''abc\n\ny"), "1:5 unterminated triple-quoted string literal");
  EXPECT_EQ(LexError("x = 'a\\x4'"), "1:7 (unicode error) truncated \\xXX escape");
  EXPECT_EQ(LexError("x = '''\n  \\u12'''"), "2:3 (unicode error) truncated \\uXXXX escape");
  EXPECT_EQ(LexError("x = b'caf\xc3\xa9'"), "1:10 bytes can only contain ASCII literal characters");
  EXPECT_EQ(LexError("x = '\\N{BULLET}'"), "1:6 (unicode error) \\N{...} escapes are not supported");
  EXPECT_EQ(LexError("x = f'{'"), "no error");  // f-string text is the parser's business
}

TEST(Lexer, BracketErrors) {
  EXPECT_EQ(LexError("x = (1,\n 2"), "1:5 '(' was never closed");
  EXPECT_EQ(LexError("x = [{\n"), "1:6 '{' was never closed");
  EXPECT_EQ(LexError("x = )"), "1:5 unmatched ')'");
  EXPECT_EQ(LexError("x = (]"), "1:6 closing parenthesis ']' does not match opening parenthesis '('");
  EXPECT_EQ(LexError("x = {)"), "1:6 closing parenthesis ')' does not match opening parenthesis '{'");
  EXPECT_EQ(LexError(std::string(201, '(')), "1:201 too many nested parentheses");
  EXPECT_EQ(LexError(std::string(200, '[') + std::string(200, ']')), "no error");
}

TEST(Lexer, CharacterErrors) {
  EXPECT_EQ(LexError("x = 1 \\ 2"), "1:7 unexpected character after line continuation character");
  EXPECT_EQ(LexError("x = 1 \\"), "1:7 unexpected EOF while parsing");
  EXPECT_EQ(LexError("a $ b"), "1:3 invalid syntax");
  EXPECT_EQ(LexError("a ? b"), "1:3 invalid syntax");
  EXPECT_EQ(LexError("a ! b"), "1:3 invalid syntax");
  EXPECT_EQ(LexError("a \x01 b"), "1:3 invalid non-printable character");
  EXPECT_EQ(LexError(std::string("a = 1\0", 6)), "1:6 source code cannot contain null bytes");
  EXPECT_EQ(LexError(std::string("# \0", 3)), "1:3 source code cannot contain null bytes");
  EXPECT_EQ(LexError(std::string("'\0'", 3)), "1:2 source code cannot contain null bytes");
  EXPECT_EQ(LexError("a\xff = 1"), "1:2 (unicode error) invalid UTF-8 in source");
  EXPECT_EQ(LexError("# \xc3(\n"), "1:3 (unicode error) invalid UTF-8 in source");
  EXPECT_EQ(LexError("'\xe2\x82'"), "1:2 (unicode error) invalid UTF-8");
  EXPECT_EQ(LexError("x = 1__0"), "1:6 invalid decimal literal");
  EXPECT_EQ(LexError("x = 0o19"), "1:8 invalid digit in octal literal");
}

TEST(Lexer, UnterminatedInputIsFlaggedForTheRepl) {
  auto at_end = [](const std::string& source) {
    Lexer lexer(source.data(), static_cast<uint32_t>(source.size()));
    for (int i = 0; i < 1000; ++i) {
      if (lexer.Next().kind == TokenKind::kError) return lexer.error().at_end_of_input;
    }
    return false;
  };
  EXPECT_TRUE(at_end("f(1,\n"));
  EXPECT_TRUE(at_end("s = '''abc\n"));
  EXPECT_TRUE(at_end("x = 1 + \\"));
  EXPECT_FALSE(at_end("s = 'abc\n"));
  EXPECT_FALSE(at_end("x = )"));
}

}  // namespace
}  // namespace mica
