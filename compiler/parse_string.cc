// Literals: numbers, adjacent string concatenation, and f-strings (split into literal text and {fields}, each
// field's expression lexed and parsed again from its place in the source).
#include "compiler/parser_internal.h"
#include "compiler/string_literal.h"

namespace mica {

using ast::NodeKind;

namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r'; }

// CPython's limit: a format spec may hold fields, whose specs may hold no further fields.
constexpr uint32_t kMaxSpecDepth = 2;

}  // namespace

ast::Expr* Parser::ParseNumber() {
  const NumberKind number = static_cast<NumberKind>(token_.flags);
  const NodeKind kind = number == NumberKind::kInt     ? NodeKind::kInt
                        : number == NumberKind::kFloat ? NodeKind::kFloat
                                                       : NodeKind::kImaginary;
  auto* node = Make<ast::Number>(kind, token_);
  if (node == nullptr) return nullptr;
  node->offset = token_.offset;
  node->length = token_.length;
  Advance();
  return node;
}

// Adjacent literals are one value. Without f-strings that is a single Str/Bytes over their whole source text.
// With f-strings it is a JoinedStr: each run of plain literals becomes one Str part, each f-string adds its
// text and field parts.
ast::Expr* Parser::ParseStrings() {
  const Token first = token_;
  const bool bytes = (first.flags & kStringBytes) != 0;
  bool formatted = false;
  bool run_open = false;  // plain literals seen since the last f-string, from run_start to run_end
  Token run_start;
  uint32_t run_end = 0;
  ListBuilder<ast::Expr*> parts(arena_);
  auto close_run = [&]() {
    run_open = false;
    auto* str = Make<ast::Str>(NodeKind::kStr, run_start);
    if (str == nullptr) return false;
    str->offset = run_start.offset;
    str->length = run_end - run_start.offset;
    return Add<ast::Expr*>(&parts, str);
  };
  while (At(TokenKind::kString)) {
    const Token literal = token_;
    if (((literal.flags & kStringBytes) != 0) != bytes) {
      Fail("cannot mix bytes and nonbytes literals");
      return nullptr;
    }
    if ((literal.flags & kStringFormatted) != 0) {
      if (run_open && !close_run()) return nullptr;
      formatted = true;
      if (!ParseFString(literal, &parts)) return nullptr;
    } else {
      if (!run_open) run_start = literal;
      run_open = true;
      run_end = literal.end();
    }
    Advance();
  }
  if (!formatted) {
    auto* str = Make<ast::Str>(bytes ? NodeKind::kBytes : NodeKind::kStr, first);
    if (str == nullptr) return nullptr;
    str->offset = first.offset;
    str->length = run_end - first.offset;
    return str;
  }
  if (run_open && !close_run()) return nullptr;
  auto* joined = Make<ast::JoinedStr>(NodeKind::kJoinedStr, first);
  if (joined == nullptr) return nullptr;
  return Finish(&parts, &joined->values) ? joined : nullptr;
}

void Parser::PositionOf(uint32_t offset, uint32_t* line, uint32_t* column) const {
  *line = fstring_.line;
  *column = fstring_.column;
  AdvancePosition(source_, fstring_.offset, offset, line, column);
}

void Parser::FailAtOffset(uint32_t offset, const char* message) {
  uint32_t line, column;
  PositionOf(offset, &line, &column);
  FailAtPosition(line, column, message, ErrorKind::kSyntaxError, false);
}

bool Parser::ParseFString(const Token& token, ListBuilder<ast::Expr*>* parts) {
  const Token outer = fstring_;  // a field's expression may hold another f-string
  fstring_ = token;
  const uint32_t begin = StringBodyOffset(token);
  const uint32_t end = begin + StringBodyLength(token);
  const bool raw = (token.flags & kStringRaw) != 0;
  ParseFStringParts(begin, end, raw, false, 0, parts);
  fstring_ = outer;
  return !failed();
}

bool Parser::AddFStringText(uint32_t begin, uint32_t end, uint8_t flags, bool raw,
                            ListBuilder<ast::Expr*>* parts) {
  if (begin >= end) return true;
  if ((flags & ast::FStringText::kVerbatim) == 0) {
    const uint8_t decode = static_cast<uint8_t>(kDecodeFString | (raw ? kDecodeRaw : 0));
    const StringDecode check = DecodeStringBody(source_ + begin, end - begin, decode, nullptr, 0);
    if (check.error != nullptr) {
      FailAtOffset(begin + check.error_offset, check.error);
      return false;
    }
  }
  uint32_t line, column;
  PositionOf(begin, &line, &column);
  auto* text = MakeAt<ast::FStringText>(NodeKind::kFStringText, line, column);
  if (text == nullptr) return false;
  text->offset = begin;
  text->length = end - begin;
  text->aux = static_cast<uint8_t>(flags | (raw ? ast::FStringText::kRaw : 0));
  return Add<ast::Expr*>(parts, text);
}

// Literal text and fields from `p` up to `end`, or, in a format spec, up to the '}' that closes the field
// (returned, not consumed).
uint32_t Parser::ParseFStringParts(uint32_t p, uint32_t end, bool raw, bool in_spec, uint32_t spec_depth,
                                   ListBuilder<ast::Expr*>* parts) {
  uint32_t text_start = p;
  while (p < end && !failed()) {
    const char c = source_[p];
    if (c == '\\' && !raw) {
      if (p + 1 < end && source_[p + 1] == 'N') {
        FailAtOffset(p, "(unicode error) \\N{...} escapes are not supported");
        return end;
      }
      // A backslash does not escape a brace: "\{x}" is a backslash and a field.
      const bool brace_next = p + 1 < end && (source_[p + 1] == '{' || source_[p + 1] == '}');
      p = brace_next || p + 2 > end ? p + 1 : p + 2;
      continue;
    }
    if (c == '{') {
      if (!in_spec && p + 1 < end && source_[p + 1] == '{') {
        p += 2;
        continue;
      }
      if (!AddFStringText(text_start, p, 0, raw, parts)) return end;
      p = ParseField(p + 1, end, raw, spec_depth, parts);
      text_start = p;
      continue;
    }
    if (c == '}') {
      if (in_spec) break;
      if (p + 1 < end && source_[p + 1] == '}') {
        p += 2;
        continue;
      }
      FailAtOffset(p, "f-string: single '}' is not allowed");
      return end;
    }
    ++p;
  }
  if (!failed()) AddFStringText(text_start, p, 0, raw, parts);
  return p;
}

// One {field} after its '{': expression, optional '=', optional !conversion, optional :spec, then '}'.
// Returns where the text after the field starts.
uint32_t Parser::ParseField(uint32_t p, uint32_t end, bool raw, uint32_t spec_depth,
                            ListBuilder<ast::Expr*>* parts) {
  if (spec_depth >= kMaxSpecDepth) {
    FailAtOffset(p, "f-string: expressions nested too deeply");
    return end;
  }
  const uint32_t expression_begin = p;
  uint32_t q = ScanFieldExpression(p, end);
  if (failed()) return end;
  bool empty = true;
  for (uint32_t i = expression_begin; i < q; ++i) empty = empty && IsBlank(source_[i]);
  if (empty) {
    FailAtOffset(q, "f-string: empty expression not allowed");
    return end;
  }
  ast::Expr* value = ParseFieldExpression(expression_begin, q);
  if (value == nullptr) return end;

  uint32_t self_document_end = 0;  // f"{x=}": the text "x=" (with any blanks) comes before the value
  if (source_[q] == '=') {
    ++q;
    while (q < end && IsBlank(source_[q])) ++q;
    self_document_end = q;
  }
  ast::Conversion conversion = ast::Conversion::kNone;
  if (q < end && source_[q] == '!') {
    ++q;
    const char c = q < end ? source_[q] : '\0';
    if (c != 's' && c != 'r' && c != 'a') {
      FailAtOffset(q, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
      return end;
    }
    conversion = static_cast<ast::Conversion>(c);
    ++q;
  }
  ast::JoinedStr* spec = nullptr;
  if (q < end && source_[q] == ':') {
    ++q;
    uint32_t line, column;
    PositionOf(q, &line, &column);
    spec = MakeAt<ast::JoinedStr>(NodeKind::kJoinedStr, line, column);
    if (spec == nullptr) return end;
    ListBuilder<ast::Expr*> spec_parts(arena_);
    q = ParseFStringParts(q, end, raw, true, spec_depth + 1, &spec_parts);
    if (failed() || !Finish(&spec_parts, &spec->values)) return end;
  }
  if (q >= end || source_[q] != '}') {
    FailAtOffset(q < end ? q : expression_begin - 1, "f-string: expecting '}'");
    return end;
  }
  ++q;
  if (self_document_end != 0) {
    if (!AddFStringText(expression_begin, self_document_end, ast::FStringText::kVerbatim, false, parts)) {
      return end;
    }
    if (conversion == ast::Conversion::kNone && spec == nullptr) conversion = ast::Conversion::kRepr;
  }
  auto* field = Make<ast::FormattedValue>(NodeKind::kFormattedValue, value);
  if (field == nullptr) return end;
  field->value = value;
  field->format_spec = spec;
  field->aux = static_cast<uint8_t>(conversion);
  if (!Add<ast::Expr*>(parts, field)) return end;
  return q;
}

// Finds the end of a field's expression: the first '}', '!', ':' or '=' outside brackets and strings that is
// not part of an operator (!=, ==, <=, >=).
uint32_t Parser::ScanFieldExpression(uint32_t p, uint32_t end) {
  uint32_t depth = 0;
  while (p < end) {
    const char c = source_[p];
    const char next = p + 1 < end ? source_[p + 1] : '\0';
    switch (c) {
      case '\\':
        FailAtOffset(p, "f-string expression part cannot include a backslash");
        return end;
      case '#':
        FailAtOffset(p, "f-string expression part cannot include '#'");
        return end;
      case '(': case '[': case '{':
        ++depth;
        break;
      case ')': case ']':
        if (depth == 0) {
          FailAtOffset(p, c == ')' ? "f-string: unmatched ')'" : "f-string: unmatched ']'");
          return end;
        }
        --depth;
        break;
      case '}':
        if (depth == 0) return p;
        --depth;
        break;
      case '\'': case '"': {  // a string inside the expression: skip it whole
        const bool triple = end - p >= 3 && next == c && source_[p + 2] == c;
        uint32_t q = p + (triple ? 3 : 1);
        for (;; ++q) {
          if (q >= end) {
            FailAtOffset(p, "f-string: unterminated string");
            return end;
          }
          if (source_[q] == '\\') {
            FailAtOffset(q, "f-string expression part cannot include a backslash");
            return end;
          }
          if (source_[q] == c && (!triple || (end - q >= 3 && source_[q + 1] == c && source_[q + 2] == c))) break;
        }
        p = q + (triple ? 3 : 1);
        continue;
      }
      case '!':
        if (depth == 0 && next != '=') return p;
        if (next == '=') ++p;
        break;
      case '=':
        if (depth == 0 && next != '=') return p;
        if (next == '=') ++p;
        break;
      case '<': case '>':
        if (next == '=') ++p;
        break;
      case ':':
        if (depth == 0) return p;
        break;
      default:
        break;
    }
    ++p;
  }
  FailAtOffset(end, "f-string: expecting '}'");
  return end;
}

ast::Expr* Parser::ParseFieldExpression(uint32_t begin, uint32_t end) {
  uint32_t line, column;
  PositionOf(begin, &line, &column);
  Lexer lexer(source_, begin, end, line, column);
  Lexer* const outer_lexer = lexer_;
  const Token outer_token = token_;
  lexer_ = &lexer;
  Advance();
  ast::Expr* value = At(TokenKind::kYield) ? ParseYield() : ParseStarExpressions();
  if (value != nullptr && !At(TokenKind::kEndOfFile)) {
    Fail("f-string: invalid syntax");
    value = nullptr;
  }
  if (value != nullptr && value->kind == NodeKind::kStarred) {  // f"{*a}" (but f"{*a,}" is a tuple)
    FailAt(value, "f-string: cannot use starred expression here");
    value = nullptr;
  }
  lexer_ = outer_lexer;
  token_ = outer_token;
  if (!failed()) return value;
  token_.kind = TokenKind::kEndOfFile;  // as after any error: every loop ends
  return nullptr;
}

}  // namespace mica
