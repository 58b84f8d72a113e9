// Tokens: what the lexer hands the parser, one at a time.
//
// A token is a kind plus where its text is (byte offset and length into the source) and where it starts (line
// and column), so tokens never copy text. Numbers and strings carry a few flag bits that say which kind of
// literal they are; their values are decoded later (number_literal.h, string_literal.h).
#ifndef MICA_COMPILER_TOKEN_H_
#define MICA_COMPILER_TOKEN_H_

#include <stdint.h>

namespace mica {

// Every token kind with the text used in dumps and messages. Keywords come last, in one block.
#define MICA_TOKEN_KINDS(X)            \
  X(kEndOfFile, "end of file")         \
  X(kNewline, "newline")               \
  X(kIndent, "indent")                 \
  X(kDedent, "dedent")                 \
  X(kName, "name")                     \
  X(kNumber, "number")                 \
  X(kString, "string")                 \
  X(kError, "error")                   \
  X(kLeftParen, "(")                   \
  X(kRightParen, ")")                  \
  X(kLeftBracket, "[")                 \
  X(kRightBracket, "]")                \
  X(kLeftBrace, "{")                   \
  X(kRightBrace, "}")                  \
  X(kColon, ":")                       \
  X(kComma, ",")                       \
  X(kSemicolon, ";")                   \
  X(kDot, ".")                         \
  X(kEllipsis, "...")                  \
  X(kArrow, "->")                      \
  X(kWalrus, ":=")                     \
  X(kAssign, "=")                      \
  X(kPlus, "+")                        \
  X(kMinus, "-")                       \
  X(kStar, "*")                        \
  X(kDoubleStar, "**")                 \
  X(kSlash, "/")                       \
  X(kDoubleSlash, "//")                \
  X(kPercent, "%")                     \
  X(kAt, "@")                          \
  X(kPipe, "|")                        \
  X(kCaret, "^")                       \
  X(kAmpersand, "&")                   \
  X(kTilde, "~")                       \
  X(kLeftShift, "<<")                  \
  X(kRightShift, ">>")                 \
  X(kLess, "<")                        \
  X(kGreater, ">")                     \
  X(kLessEqual, "<=")                  \
  X(kGreaterEqual, ">=")               \
  X(kEqual, "==")                      \
  X(kNotEqual, "!=")                   \
  X(kPlusAssign, "+=")                 \
  X(kMinusAssign, "-=")                \
  X(kStarAssign, "*=")                 \
  X(kDoubleStarAssign, "**=")          \
  X(kSlashAssign, "/=")                \
  X(kDoubleSlashAssign, "//=")         \
  X(kPercentAssign, "%=")              \
  X(kAtAssign, "@=")                   \
  X(kPipeAssign, "|=")                 \
  X(kCaretAssign, "^=")                \
  X(kAmpersandAssign, "&=")            \
  X(kLeftShiftAssign, "<<=")           \
  X(kRightShiftAssign, ">>=")          \
  X(kFalse, "False")                   \
  X(kNone, "None")                     \
  X(kTrue, "True")                     \
  X(kAnd, "and")                       \
  X(kAs, "as")                         \
  X(kAssert, "assert")                 \
  X(kAsync, "async")                   \
  X(kAwait, "await")                   \
  X(kBreak, "break")                   \
  X(kClass, "class")                   \
  X(kContinue, "continue")             \
  X(kDef, "def")                       \
  X(kDel, "del")                       \
  X(kElif, "elif")                     \
  X(kElse, "else")                     \
  X(kExcept, "except")                 \
  X(kFinally, "finally")               \
  X(kFor, "for")                       \
  X(kFrom, "from")                     \
  X(kGlobal, "global")                 \
  X(kIf, "if")                         \
  X(kImport, "import")                 \
  X(kIn, "in")                         \
  X(kIs, "is")                         \
  X(kLambda, "lambda")                 \
  X(kNonlocal, "nonlocal")             \
  X(kNot, "not")                       \
  X(kOr, "or")                         \
  X(kPass, "pass")                     \
  X(kRaise, "raise")                   \
  X(kReturn, "return")                 \
  X(kTry, "try")                       \
  X(kWhile, "while")                   \
  X(kWith, "with")                     \
  X(kYield, "yield")

enum class TokenKind : uint8_t {
#define MICA_TOKEN_ENUM(name, text) name,
  MICA_TOKEN_KINDS(MICA_TOKEN_ENUM)
#undef MICA_TOKEN_ENUM
      kCount,
  kFirstKeyword = kFalse,
  kLastKeyword = kYield,
};

// Flag bits of a kString token.
enum StringFlags : uint8_t {
  kStringRaw = 1 << 0,        // r prefix: backslashes are literal
  kStringBytes = 1 << 1,      // b prefix
  kStringFormatted = 1 << 2,  // f prefix
  kStringTriple = 1 << 3,     // ''' or """
  kStringPrefixShift = 4,     // bits 4-5: prefix length (0..2)
};

// The value of `flags` of a kNumber token.
enum class NumberKind : uint8_t { kInt, kFloat, kImaginary };

struct Token {
  TokenKind kind = TokenKind::kEndOfFile;
  uint8_t flags = 0;    // StringFlags or NumberKind
  uint16_t column = 0;  // 1-based, in characters
  uint32_t line = 0;    // 1-based
  uint32_t offset = 0;  // byte offset of the text in the source
  uint32_t length = 0;  // byte length of the text (0 for synthetic NEWLINE/INDENT/DEDENT/EOF)

  uint32_t end() const { return offset + length; }
};

// The text of a kString token between its quotes (`body_offset` .. +`body_length`).
inline uint32_t StringPrefixLength(uint8_t flags) { return (flags >> kStringPrefixShift) & 3; }
inline uint32_t StringQuoteLength(uint8_t flags) { return (flags & kStringTriple) != 0 ? 3 : 1; }
inline uint32_t StringBodyOffset(const Token& t) {
  return t.offset + StringPrefixLength(t.flags) + StringQuoteLength(t.flags);
}
inline uint32_t StringBodyLength(const Token& t) {
  return t.length - StringPrefixLength(t.flags) - 2 * StringQuoteLength(t.flags);
}

// "(" for kLeftParen, "while" for kWhile, "name" for kName...
const char* TokenText(TokenKind kind);

// The keyword spelled by text[0, length), or kName if it is not one.
TokenKind LookupKeyword(const char* text, uint32_t length);

}  // namespace mica

#endif  // MICA_COMPILER_TOKEN_H_
