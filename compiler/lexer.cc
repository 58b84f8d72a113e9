#include "compiler/lexer.h"

#include "compiler/number_literal.h"
#include "compiler/string_literal.h"
#include "compiler/utf8.h"

namespace mica {
namespace {

constexpr const char kNullByte[] = "source code cannot contain null bytes";
constexpr const char kBadUtf8[] = "(unicode error) invalid UTF-8 in source";

bool IsAsciiLetter(uint8_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(uint8_t c) { return c >= '0' && c <= '9'; }
// Non-ASCII characters are accepted in names without Unicode tables (there are none on the boards).
bool IsNameStart(uint8_t c) { return IsAsciiLetter(c) || c == '_' || c >= 0x80; }
bool IsNameChar(uint8_t c) { return IsNameStart(c) || IsDigit(c); }

uint16_t Saturate16(uint32_t value) { return value > 0xFFFF ? 0xFFFF : static_cast<uint16_t>(value); }

// The flags of a string prefix (r, b, f, u in any case and order, but only r/b/f pairs), or false if invalid.
bool ParsePrefix(const char* text, uint32_t length, uint8_t* flags) {
  uint8_t f = 0;
  bool u = false;
  for (uint32_t i = 0; i < length; ++i) {
    uint8_t bit = 0;
    switch (text[i] | 0x20) {
      case 'r': bit = kStringRaw; break;
      case 'b': bit = kStringBytes; break;
      case 'f': bit = kStringFormatted; break;
      case 'u':
        if (u) return false;
        u = true;
        continue;
      default: return false;
    }
    if ((f & bit) != 0) return false;
    f |= bit;
  }
  if (u && length != 1) return false;  // "u" combines with nothing
  if ((f & kStringBytes) != 0 && (f & kStringFormatted) != 0) return false;
  *flags = f;
  return true;
}

bool IsPrefixLetter(char c) {
  const char lower = static_cast<char>(c | 0x20);
  return lower == 'r' || lower == 'b' || lower == 'f' || lower == 'u';
}

// Messages for brackets: index 0 '(' / ')', 1 '[' / ']', 2 '{' / '}'.
int BracketIndex(char c) {
  switch (c) {
    case '(': case ')': return 0;
    case '[': case ']': return 1;
    default: return 2;
  }
}

constexpr const char* kUnmatched[3] = {"unmatched ')'", "unmatched ']'", "unmatched '}'"};
constexpr const char* kNeverClosed[3] = {"'(' was never closed", "'[' was never closed", "'{' was never closed"};
constexpr const char* kMismatched[3][3] = {  // [closing][opening]
    {nullptr, "closing parenthesis ')' does not match opening parenthesis '['",
     "closing parenthesis ')' does not match opening parenthesis '{'"},
    {"closing parenthesis ']' does not match opening parenthesis '('", nullptr,
     "closing parenthesis ']' does not match opening parenthesis '{'"},
    {"closing parenthesis '}' does not match opening parenthesis '('",
     "closing parenthesis '}' does not match opening parenthesis '['", nullptr},
};

}  // namespace

void AdvancePosition(const char* source, uint32_t from, uint32_t to, uint32_t* line, uint32_t* column) {
  for (uint32_t i = from; i < to; ++i) {
    const char c = source[i];
    if (c == '\n' || (c == '\r' && (i + 1 >= to || source[i + 1] != '\n'))) {
      ++*line;
      *column = 1;
    } else if (c != '\r' && !IsUtf8Continuation(static_cast<uint8_t>(c))) {
      ++*column;
    }
  }
}

Lexer::Lexer(const char* source, uint32_t length)
    : source_(source),
      begin_(0),
      begin_line_(1),
      begin_column_(1),
      pos_(0),
      end_(length),
      line_(1),
      line_start_(0),
      column_bias_(0),
      column_cache_offset_(0),
      column_cache_(1),
      expression_mode_(false),
      at_line_start_(true) {
  if (length >= 3 && static_cast<uint8_t>(source[0]) == 0xEF && static_cast<uint8_t>(source[1]) == 0xBB &&
      static_cast<uint8_t>(source[2]) == 0xBF) {
    begin_ = pos_ = line_start_ = column_cache_offset_ = 3;
  }
  indents_[0] = alt_indents_[0] = 0;
}

Lexer::Lexer(const char* source, uint32_t begin, uint32_t end, uint32_t line, uint32_t column)
    : source_(source),
      begin_(begin),
      begin_line_(line),
      begin_column_(column),
      pos_(begin),
      end_(end),
      line_(line),
      line_start_(begin),
      column_bias_(column - 1),
      column_cache_offset_(begin),
      column_cache_(column),
      expression_mode_(true),
      at_line_start_(false) {
  indents_[0] = alt_indents_[0] = 0;
}

uint32_t Lexer::NewlineLength(uint32_t at) const {
  if (source_[at] == '\r' && at + 1 < end_ && source_[at + 1] == '\n') return 2;
  return 1;
}

void Lexer::BeginLine(uint32_t offset) {
  ++line_;
  line_start_ = offset;
  column_bias_ = 0;
}

uint32_t Lexer::ColumnAt(uint32_t offset) {
  if (column_cache_offset_ < line_start_ || column_cache_offset_ > offset) {
    column_cache_offset_ = line_start_;
    column_cache_ = column_bias_ + 1;
  }
  for (; column_cache_offset_ < offset; ++column_cache_offset_) {
    if (!IsUtf8Continuation(static_cast<uint8_t>(source_[column_cache_offset_]))) ++column_cache_;
  }
  return column_cache_;
}

Token Lexer::Make(TokenKind kind, uint32_t start, uint32_t line, uint32_t column) const {
  Token token;
  token.kind = kind;
  token.offset = start;
  token.length = pos_ - start;
  token.line = line;
  token.column = Saturate16(column);
  return token;
}

Token Lexer::Synthetic(TokenKind kind) { return Make(kind, pos_, line_, ColumnAt(pos_)); }

Token Lexer::Fail(const char* message, uint32_t line, uint32_t column, ErrorKind kind, bool at_end_of_input) {
  if (!error_.failed()) {
    error_.kind = kind;
    error_.message = message;
    error_.line = line;
    error_.column = Saturate16(column);
    error_.at_end_of_input = at_end_of_input;
  }
  Token token = Make(TokenKind::kError, pos_, line, column);
  token.length = 0;
  return token;
}

Token Lexer::FailAtOffset(const char* message, uint32_t offset, bool at_end_of_input) {
  uint32_t line = begin_line_;
  uint32_t column = begin_column_;
  AdvancePosition(source_, begin_, offset, &line, &column);
  return Fail(message, line, column, ErrorKind::kSyntaxError, at_end_of_input);
}

Token Lexer::Next() {
  if (error_.failed()) return Make(TokenKind::kError, pos_, error_.line, error_.column);
  for (;;) {
    if (pending_dedents_ > 0) {
      --pending_dedents_;
      return Synthetic(TokenKind::kDedent);
    }
    if (at_line_start_) {
      at_line_start_ = false;
      Token token;
      if (LexIndentation(&token)) return token;
    }
    bool restart = false;
    if (!SkipBlanks(&restart)) return Make(TokenKind::kError, pos_, error_.line, error_.column);
    if (restart) continue;
    if (pos_ >= end_) return AtEnd();

    const uint32_t start = pos_;
    const uint32_t line = line_;
    const uint32_t column = ColumnAt(start);
    const uint8_t c = static_cast<uint8_t>(source_[pos_]);
    if (c == '\n' || c == '\r') {  // outside brackets: the end of a logical line
      pos_ += NewlineLength(pos_);
      const Token token = Make(TokenKind::kNewline, start, line, column);
      BeginLine(pos_);
      at_line_start_ = true;
      need_newline_ = false;
      return token;
    }
    need_newline_ = true;
    if (IsNameStart(c)) return LexNameOrString(start, line, column);
    if (IsDigit(c) || (c == '.' && pos_ + 1 < end_ && IsDigit(static_cast<uint8_t>(source_[pos_ + 1])))) {
      return LexNumber(start, line, column);
    }
    if (c == '\'' || c == '"') return LexString(start, 0, 0, line, column);
    return LexOperator(start, line, column);
  }
}

bool Lexer::LexIndentation(Token* token) {
  uint32_t column = 0;
  uint32_t alt_column = 0;
  for (;;) {  // one iteration per line; blank and comment-only lines do not count
    column = alt_column = 0;
    while (pos_ < end_) {
      const char c = source_[pos_];
      if (c == ' ') {
        ++column, ++alt_column;
      } else if (c == '\t') {
        column = (column / 8 + 1) * 8, ++alt_column;
      } else if (c == '\f') {
        column = alt_column = 0;
      } else {
        break;
      }
      ++pos_;
    }
    if (pos_ < end_ && source_[pos_] == '#' && !SkipComment()) {
      *token = Make(TokenKind::kError, pos_, error_.line, error_.column);
      return true;
    }
    if (pos_ >= end_) return false;  // the end: Next() emits the closing NEWLINE/DEDENTs
    const char c = source_[pos_];
    if (c != '\n' && c != '\r') break;
    pos_ += NewlineLength(pos_);
    BeginLine(pos_);
  }

  const uint32_t first = ColumnAt(pos_);
  if (column >= 0xFFFF) {
    *token = Fail("too many levels of indentation", line_, first, ErrorKind::kIndentationError);
    return true;
  }
  static constexpr const char kTabError[] = "inconsistent use of tabs and spaces in indentation";
  const uint32_t top = indents_[indent_depth_];
  const uint32_t alt_top = alt_indents_[indent_depth_];
  if (column == top) {
    if (alt_column != alt_top) {
      *token = Fail(kTabError, line_, first, ErrorKind::kTabError);
      return true;
    }
    return false;
  }
  if (column > top) {
    if (indent_depth_ >= kMaxIndentDepth) {
      *token = Fail("too many levels of indentation", line_, first, ErrorKind::kIndentationError);
      return true;
    }
    if (alt_column <= alt_top) {
      *token = Fail(kTabError, line_, first, ErrorKind::kTabError);
      return true;
    }
    ++indent_depth_;
    indents_[indent_depth_] = static_cast<uint16_t>(column);
    alt_indents_[indent_depth_] = static_cast<uint16_t>(alt_column);
    *token = Make(TokenKind::kIndent, pos_, line_, first);
    return true;
  }
  uint16_t dedents = 0;
  while (indent_depth_ > 0 && column < indents_[indent_depth_]) {
    --indent_depth_;
    ++dedents;
  }
  if (column != indents_[indent_depth_]) {
    *token = Fail("unindent does not match any outer indentation level", line_, first,
                  ErrorKind::kIndentationError);
    return true;
  }
  if (alt_column != alt_indents_[indent_depth_]) {
    *token = Fail(kTabError, line_, first, ErrorKind::kTabError);
    return true;
  }
  pending_dedents_ = static_cast<uint16_t>(dedents - 1);
  *token = Make(TokenKind::kDedent, pos_, line_, first);
  return true;
}

bool Lexer::SkipComment() {
  while (pos_ < end_) {
    const uint8_t c = static_cast<uint8_t>(source_[pos_]);
    if (c == '\n' || c == '\r') break;
    if (c == 0) {
      FailAtOffset(kNullByte, pos_);
      return false;
    }
    if (c >= 0x80) {
      uint32_t code_point;
      const uint32_t n = DecodeUtf8(reinterpret_cast<const uint8_t*>(source_ + pos_),
                                    reinterpret_cast<const uint8_t*>(source_ + end_), &code_point);
      if (n == 0) {
        FailAtOffset(kBadUtf8, pos_);
        return false;
      }
      pos_ += n;
      continue;
    }
    ++pos_;
  }
  return true;
}

bool Lexer::SkipBlanks(bool* restart) {
  while (pos_ < end_) {
    const char c = source_[pos_];
    if (c == ' ' || c == '\t' || c == '\f') {
      ++pos_;
    } else if (c == '#') {
      if (!SkipComment()) return false;
    } else if (c == '\\') {
      const uint32_t next = pos_ + 1;
      if (next >= end_) {
        Fail("unexpected EOF while parsing", line_, ColumnAt(pos_), ErrorKind::kSyntaxError, true);
        return false;
      }
      if (source_[next] != '\n' && source_[next] != '\r') {
        Fail("unexpected character after line continuation character", line_, ColumnAt(pos_));
        return false;
      }
      pos_ = next + NewlineLength(next);
      BeginLine(pos_);
    } else if ((c == '\n' || c == '\r') && (Nesting() > 0 || !need_newline_)) {
      // Inside brackets lines join. Outside, a newline with no token before it (the line held only a
      // continuation) ends nothing: start over at the next line's indentation.
      pos_ += NewlineLength(pos_);
      BeginLine(pos_);
      if (Nesting() == 0) {
        at_line_start_ = true;
        *restart = true;
        return true;
      }
    } else {
      break;
    }
  }
  return true;
}

Token Lexer::AtEnd() {
  if (paren_depth_ > 0) {
    const uint32_t offset = paren_offsets_[paren_depth_ - 1];
    return FailAtOffset(kNeverClosed[BracketIndex(source_[offset])], offset, true);
  }
  if (expression_mode_) return Synthetic(TokenKind::kEndOfFile);
  if (need_newline_) {
    need_newline_ = false;
    return Synthetic(TokenKind::kNewline);
  }
  if (indent_depth_ > 0) {
    --indent_depth_;
    return Synthetic(TokenKind::kDedent);
  }
  return Synthetic(TokenKind::kEndOfFile);
}

Token Lexer::LexNameOrString(uint32_t start, uint32_t line, uint32_t column) {
  uint32_t q = start;
  while (q < end_ && q - start < 3 && IsPrefixLetter(source_[q])) ++q;
  uint8_t flags = 0;
  if (q - start <= 2 && q < end_ && (source_[q] == '\'' || source_[q] == '"') &&
      ParsePrefix(source_ + start, q - start, &flags)) {
    return LexString(start, q - start, flags, line, column);
  }
  return LexName(start, line, column);
}

Token Lexer::LexName(uint32_t start, uint32_t line, uint32_t column) {
  bool ascii = true;
  while (pos_ < end_) {
    const uint8_t c = static_cast<uint8_t>(source_[pos_]);
    if (c < 0x80) {
      if (!IsNameChar(c)) break;
      ++pos_;
      continue;
    }
    uint32_t code_point;
    const uint32_t n = DecodeUtf8(reinterpret_cast<const uint8_t*>(source_ + pos_),
                                  reinterpret_cast<const uint8_t*>(source_ + end_), &code_point);
    if (n == 0) return Fail(kBadUtf8, line_, ColumnAt(pos_));
    pos_ += n;
    ascii = false;
  }
  const TokenKind kind = ascii ? LookupKeyword(source_ + start, pos_ - start) : TokenKind::kName;
  return Make(kind, start, line, column);
}

Token Lexer::LexString(uint32_t start, uint32_t prefix_length, uint8_t flags, uint32_t line, uint32_t column) {
  const uint32_t open = start + prefix_length;
  const char quote = source_[open];
  const bool triple = end_ - open >= 3 && source_[open + 1] == quote && source_[open + 2] == quote;
  uint32_t q = open + (triple ? 3 : 1);
  for (;;) {
    if (q >= end_) {
      pos_ = q;
      return Fail(triple ? "unterminated triple-quoted string literal" : "unterminated string literal", line,
                  column, ErrorKind::kSyntaxError, triple);
    }
    const char c = source_[q];
    if (c == '\\') {
      ++q;
      if (q < end_) {
        if (source_[q] == '\n' || source_[q] == '\r') {
          q += NewlineLength(q);
          BeginLine(q);
        } else if (source_[q] != 0) {
          ++q;
        }
      }
    } else if (c == quote) {
      if (!triple) {
        ++q;
        break;
      }
      if (end_ - q >= 3 && source_[q + 1] == quote && source_[q + 2] == quote) {
        q += 3;
        break;
      }
      ++q;
    } else if (c == '\n' || c == '\r') {
      if (!triple) {
        pos_ = q;
        return Fail("unterminated string literal", line, column);
      }
      q += NewlineLength(q);
      BeginLine(q);
    } else if (c == 0) {
      pos_ = q;
      return FailAtOffset(kNullByte, q);
    } else {
      ++q;
    }
  }
  pos_ = q;
  flags = static_cast<uint8_t>(flags | (triple ? kStringTriple : 0) | (prefix_length << kStringPrefixShift));
  Token token = Make(TokenKind::kString, start, line, column);
  token.flags = flags;
  // Validate escapes and UTF-8 now, so decoding from the AST cannot fail. The text of an f-string is checked
  // by the parser, piece by piece, because its {fields} are not part of the value.
  if ((flags & kStringFormatted) == 0) {
    const uint32_t body = StringBodyOffset(token);
    const uint8_t decode_flags = static_cast<uint8_t>(((flags & kStringRaw) != 0 ? kDecodeRaw : 0) |
                                                      ((flags & kStringBytes) != 0 ? kDecodeBytes : 0));
    const StringDecode check = DecodeStringBody(source_ + body, StringBodyLength(token), decode_flags, nullptr, 0);
    if (check.error != nullptr) {
      uint32_t error_line = line;
      uint32_t error_column = column;
      AdvancePosition(source_, start, body + check.error_offset, &error_line, &error_column);
      return Fail(check.error, error_line, error_column);
    }
  }
  return token;
}

Token Lexer::LexNumber(uint32_t start, uint32_t line, uint32_t column) {
  const NumberScan scan = ScanNumber(source_ + start, source_ + end_);
  if (scan.error != nullptr) return Fail(scan.error, line, ColumnAt(start + scan.error_offset));
  pos_ = start + scan.length;
  Token token = Make(TokenKind::kNumber, start, line, column);
  token.flags = static_cast<uint8_t>(scan.kind);
  return token;
}

Token Lexer::OpenBracket(uint32_t start, uint32_t line, uint32_t column) {
  if (paren_depth_ >= kMaxParenDepth) return Fail("too many nested parentheses", line, column);
  paren_offsets_[paren_depth_++] = start;
  pos_ = start + 1;
  const char c = source_[start];
  return Make(c == '(' ? TokenKind::kLeftParen : c == '[' ? TokenKind::kLeftBracket : TokenKind::kLeftBrace, start,
              line, column);
}

Token Lexer::CloseBracket(uint32_t start, uint32_t line, uint32_t column) {
  const char c = source_[start];
  const int closing = BracketIndex(c);
  if (paren_depth_ == 0) return Fail(kUnmatched[closing], line, column);
  const int opening = BracketIndex(source_[paren_offsets_[paren_depth_ - 1]]);
  if (opening != closing) return Fail(kMismatched[closing][opening], line, column);
  --paren_depth_;
  pos_ = start + 1;
  return Make(c == ')' ? TokenKind::kRightParen : c == ']' ? TokenKind::kRightBracket : TokenKind::kRightBrace,
              start, line, column);
}

Token Lexer::LexOperator(uint32_t start, uint32_t line, uint32_t column) {
  const char c = source_[start];
  const char c1 = start + 1 < end_ ? source_[start + 1] : '\0';
  const char c2 = start + 2 < end_ ? source_[start + 2] : '\0';
  TokenKind kind;
  uint32_t length = 1;
  // One-character operators that may be followed by '=' to form an augmented assignment.
  auto with_assign = [&](TokenKind plain, TokenKind assign) {
    if (c1 == '=') {
      length = 2;
      return assign;
    }
    return plain;
  };
  switch (c) {
    case '(': case '[': case '{': return OpenBracket(start, line, column);
    case ')': case ']': case '}': return CloseBracket(start, line, column);
    case ',': kind = TokenKind::kComma; break;
    case ';': kind = TokenKind::kSemicolon; break;
    case '~': kind = TokenKind::kTilde; break;
    case ':': kind = with_assign(TokenKind::kColon, TokenKind::kWalrus); break;
    case '.':
      if (c1 == '.' && c2 == '.') {
        kind = TokenKind::kEllipsis, length = 3;
      } else {
        kind = TokenKind::kDot;
      }
      break;
    case '-':
      if (c1 == '>') {
        kind = TokenKind::kArrow, length = 2;
      } else {
        kind = with_assign(TokenKind::kMinus, TokenKind::kMinusAssign);
      }
      break;
    case '+': kind = with_assign(TokenKind::kPlus, TokenKind::kPlusAssign); break;
    case '%': kind = with_assign(TokenKind::kPercent, TokenKind::kPercentAssign); break;
    case '@': kind = with_assign(TokenKind::kAt, TokenKind::kAtAssign); break;
    case '|': kind = with_assign(TokenKind::kPipe, TokenKind::kPipeAssign); break;
    case '^': kind = with_assign(TokenKind::kCaret, TokenKind::kCaretAssign); break;
    case '&': kind = with_assign(TokenKind::kAmpersand, TokenKind::kAmpersandAssign); break;
    case '=': kind = with_assign(TokenKind::kAssign, TokenKind::kEqual); break;
    case '*':
      if (c1 == '*') {
        kind = c2 == '=' ? TokenKind::kDoubleStarAssign : TokenKind::kDoubleStar;
        length = c2 == '=' ? 3 : 2;
      } else {
        kind = with_assign(TokenKind::kStar, TokenKind::kStarAssign);
      }
      break;
    case '/':
      if (c1 == '/') {
        kind = c2 == '=' ? TokenKind::kDoubleSlashAssign : TokenKind::kDoubleSlash;
        length = c2 == '=' ? 3 : 2;
      } else {
        kind = with_assign(TokenKind::kSlash, TokenKind::kSlashAssign);
      }
      break;
    case '<':
      if (c1 == '<') {
        kind = c2 == '=' ? TokenKind::kLeftShiftAssign : TokenKind::kLeftShift;
        length = c2 == '=' ? 3 : 2;
      } else {
        kind = with_assign(TokenKind::kLess, TokenKind::kLessEqual);
      }
      break;
    case '>':
      if (c1 == '>') {
        kind = c2 == '=' ? TokenKind::kRightShiftAssign : TokenKind::kRightShift;
        length = c2 == '=' ? 3 : 2;
      } else {
        kind = with_assign(TokenKind::kGreater, TokenKind::kGreaterEqual);
      }
      break;
    case '!':
      if (c1 != '=') return Fail("invalid syntax", line, column);
      kind = TokenKind::kNotEqual, length = 2;
      break;
    case '\0': return Fail(kNullByte, line, column);
    default:
      return Fail(static_cast<uint8_t>(c) < 0x20 || c == 0x7F ? "invalid non-printable character" : "invalid syntax",
                  line, column);
  }
  pos_ = start + length;
  return Make(kind, start, line, column);
}

}  // namespace mica
