// Helpers shared by the front end's tests: parse or lex a string and describe the result as text.
#ifndef MICA_COMPILER_TEST_UTIL_H_
#define MICA_COMPILER_TEST_UTIL_H_

#include <stdint.h>

#include <string>
#include <vector>

#include "compiler/arena.h"
#include "compiler/ast_dump.h"
#include "compiler/lexer.h"
#include "compiler/parser.h"

namespace mica {
namespace testing_util {

inline const char* ErrorKindName(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kNone: return "none";
    case ErrorKind::kSyntaxError: return "SyntaxError";
    case ErrorKind::kIndentationError: return "IndentationError";
    case ErrorKind::kTabError: return "TabError";
    case ErrorKind::kMemoryError: return "MemoryError";
  }
  return "?";
}

// "SyntaxError 3:7 invalid syntax".
inline std::string Describe(const SyntaxError& error) {
  return std::string(ErrorKindName(error.kind)) + " " + std::to_string(error.line) + ":" +
         std::to_string(error.column) + " " + (error.message != nullptr ? error.message : "(null)");
}

// Parses `source` with an arena of `arena_size` bytes; the dump, or the error described as above.
inline std::string Dump(const std::string& source, ParseMode mode = ParseMode::kFile, size_t arena_size = 1 << 18) {
  std::vector<unsigned char> block(arena_size);
  Arena arena(block.data(), block.size());
  ParseOptions options;
  options.mode = mode;
  const ParseResult result = Parse(source.data(), static_cast<uint32_t>(source.size()), &arena, options);
  if (!result.ok()) return Describe(result.error);
  return DumpAst(result.root, source.c_str());
}

inline std::string DumpEval(const std::string& source) {
  std::string dump = Dump(source, ParseMode::kEval);
  if (!dump.empty() && dump.back() == '\n') dump.pop_back();
  return dump;
}

// The dump of a program without its final newline (handy for one-line statements).
inline std::string DumpLine(const std::string& source) {
  std::string dump = Dump(source);
  if (!dump.empty() && dump.back() == '\n') dump.pop_back();
  return dump;
}

// A message that names an identifier ("duplicate argument 'a' ...") lives in the arena, so the arena's block
// stays alive until the next call: read the returned error before calling ErrorOf again.
inline SyntaxError ErrorOf(const std::string& source, ParseMode mode = ParseMode::kFile,
                           size_t arena_size = 1 << 18) {
  static std::vector<unsigned char> block;
  block.assign(arena_size, 0);
  Arena arena(block.data(), block.size());
  ParseOptions options;
  options.mode = mode;
  return Parse(source.data(), static_cast<uint32_t>(source.size()), &arena, options).error;
}

// The tokens of `source`, space separated: their text, or NEWLINE/INDENT/DEDENT/EOF, or "ERROR(message)".
inline std::string Tokens(const std::string& source) {
  Lexer lexer(source.data(), static_cast<uint32_t>(source.size()));
  std::string out;
  for (int guard = 0; guard < 100000; ++guard) {
    const Token token = lexer.Next();
    if (!out.empty()) out += ' ';
    switch (token.kind) {
      case TokenKind::kNewline: out += "NEWLINE"; break;
      case TokenKind::kIndent: out += "INDENT"; break;
      case TokenKind::kDedent: out += "DEDENT"; break;
      case TokenKind::kEndOfFile: out += "EOF"; return out;
      case TokenKind::kError: out += std::string("ERROR(") + lexer.error().message + ")"; return out;
      default: out.append(source, token.offset, token.length);
    }
  }
  return out + " ...";
}

inline std::vector<Token> TokenList(const std::string& source) {
  Lexer lexer(source.data(), static_cast<uint32_t>(source.size()));
  std::vector<Token> tokens;
  for (;;) {
    tokens.push_back(lexer.Next());
    if (tokens.back().kind == TokenKind::kEndOfFile || tokens.back().kind == TokenKind::kError) return tokens;
  }
}

}  // namespace testing_util
}  // namespace mica

#endif  // MICA_COMPILER_TEST_UTIL_H_
