// Parse: Python source to AST (ast.h), by recursive descent over the Lexer's tokens.
//
// Everything is allocated from the caller's Arena; when it fills up the parse fails with a MemoryError record
// ("out of memory"), never a crash. The first error stops the parse: SyntaxError, IndentationError or TabError
// with a short reason, line and column (see syntax_error.h). Nesting is bounded twice: the parser's own
// recursion (max_nesting, so 10000 nested brackets are an error and not a C stack overflow) and the height of
// the tree it returns (max_ast_height, so the emitter can recurse over it with a known worst-case stack).
// Checks that need scopes ('return' outside function, nonlocal at module level, ...) are the compiler's.
#ifndef MICA_COMPILER_PARSER_H_
#define MICA_COMPILER_PARSER_H_

#include <stdint.h>

#include "compiler/arena.h"
#include "compiler/ast.h"
#include "compiler/syntax_error.h"

namespace mica {

enum class ParseMode : uint8_t {
  kFile,  // a module: statements; the root is an ast::Module
  kEval,  // one expression list (eval()); the root is an ast::Expression
};

struct ParseOptions {
  ParseMode mode = ParseMode::kFile;
  // Nested expressions and blocks the parser may recurse into ("expression too deeply nested" beyond). Each
  // level costs C stack: measured about 200 bytes on Thumb-2 at -Os (300 at -O0), on top of ~1.5 KB for the
  // parser and its lexer, so the default needs ~45 KB; a board with a small stack lowers it (32 levels fit in
  // about 8 KB). CPython allows 200 nested brackets.
  uint16_t max_nesting = 200;
  // Longest chain of nodes from the root to a leaf ("expression too complex" beyond), e.g. 1+1+...+1 or a
  // long elif chain, both of which nest in the tree without nesting in the parser.
  uint16_t max_ast_height = 1000;
};

struct ParseResult {
  ast::Node* root = nullptr;  // a Module or an Expression; nullptr on error
  SyntaxError error;
  bool ok() const { return root != nullptr; }
};

// Parses source[0, length). The source must outlive the tree (names and literals point into it).
ParseResult Parse(const char* source, uint32_t length, Arena* arena, const ParseOptions& options = ParseOptions());

}  // namespace mica

#endif  // MICA_COMPILER_PARSER_H_
