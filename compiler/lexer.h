// Lexer: turns Python source into tokens, one per Next() call (pull-based, nothing buffered, no allocation).
//
// Source is UTF-8, given as (pointer, length): it need not end in NUL, and must outlive the tokens, which point
// into it. Implements Python's layout rules: NEWLINE ends a logical line; INDENT/DEDENT track indentation (tabs
// to multiples of 8, with CPython's consistency check against tabs of width 1); blank and comment-only lines are
// skipped; newlines inside brackets and after a backslash join lines. At the end it emits a NEWLINE (if the last
// line lacks one), a DEDENT per open block, then kEndOfFile for good.
// On an error Next() returns kError from then on, and error() says what, where.
#ifndef MICA_COMPILER_LEXER_H_
#define MICA_COMPILER_LEXER_H_

#include <stdint.h>

#include "compiler/syntax_error.h"
#include "compiler/token.h"

namespace mica {

class Lexer {
 public:
  static constexpr uint32_t kMaxIndentDepth = 100;  // CPython's limits
  static constexpr uint32_t kMaxParenDepth = 200;

  // A whole module: source[0, length). A leading UTF-8 byte order mark is skipped.
  Lexer(const char* source, uint32_t length);

  // The expression of an f-string field: source[begin, end) lexed as if inside brackets (no NEWLINE, INDENT or
  // DEDENT), with its first character at line:column.
  Lexer(const char* source, uint32_t begin, uint32_t end, uint32_t line, uint32_t column);

  Token Next();

  const SyntaxError& error() const { return error_; }

 private:
  uint32_t Nesting() const { return paren_depth_ + (expression_mode_ ? 1 : 0); }
  uint32_t NewlineLength(uint32_t at) const;
  void BeginLine(uint32_t offset);
  uint32_t ColumnAt(uint32_t offset);

  bool LexIndentation(Token* token);
  bool SkipBlanks(bool* restart);
  bool SkipComment();
  Token AtEnd();
  Token LexNameOrString(uint32_t start, uint32_t line, uint32_t column);
  Token LexName(uint32_t start, uint32_t line, uint32_t column);
  Token LexString(uint32_t start, uint32_t prefix_length, uint8_t flags, uint32_t line, uint32_t column);
  Token LexNumber(uint32_t start, uint32_t line, uint32_t column);
  Token LexOperator(uint32_t start, uint32_t line, uint32_t column);
  Token OpenBracket(uint32_t start, uint32_t line, uint32_t column);
  Token CloseBracket(uint32_t start, uint32_t line, uint32_t column);

  Token Make(TokenKind kind, uint32_t start, uint32_t line, uint32_t column) const;
  Token Synthetic(TokenKind kind);
  Token Fail(const char* message, uint32_t line, uint32_t column, ErrorKind kind = ErrorKind::kSyntaxError,
             bool at_end_of_input = false);
  Token FailAtOffset(const char* message, uint32_t offset, bool at_end_of_input = false);

  const char* source_;
  uint32_t begin_;  // where lexing started (after a BOM), with line and column below
  uint32_t begin_line_;
  uint32_t begin_column_;
  uint32_t pos_;
  uint32_t end_;
  uint32_t line_;
  uint32_t line_start_;    // offset of the current line's first byte
  uint32_t column_bias_;   // characters before line_start_ on its line (non-zero only in expression mode)
  uint32_t column_cache_offset_;
  uint32_t column_cache_;  // column at column_cache_offset_, so columns cost O(1) amortised on long lines
  bool expression_mode_;
  bool at_line_start_;
  bool need_newline_ = false;  // a token was returned since the last NEWLINE
  uint16_t pending_dedents_ = 0;
  uint16_t indent_depth_ = 0;
  uint16_t paren_depth_ = 0;
  uint16_t indents_[kMaxIndentDepth + 1];      // indentation columns of the open blocks, tabs of width 8
  uint16_t alt_indents_[kMaxIndentDepth + 1];  // the same with tabs of width 1, to detect inconsistent tabs
  uint32_t paren_offsets_[kMaxParenDepth];     // where each open bracket is
  SyntaxError error_;
};

// Walks source[from, to) from line:column and returns where it ends (newlines: "\n", "\r\n", "\r").
void AdvancePosition(const char* source, uint32_t from, uint32_t to, uint32_t* line, uint32_t* column);

}  // namespace mica

#endif  // MICA_COMPILER_LEXER_H_
