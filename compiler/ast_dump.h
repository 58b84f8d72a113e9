// DumpAst: a compact, stable text form of an AST, for golden tests and compiler/parse_tool. Host-only (it
// builds a std::string); not part of the `frontend` library that goes on boards.
//
// Expressions are S-expressions: `(+ a 1)`, `(call f x k=1 (* rest))`, `(. obj attr)`, `([] a (slice 1 - -))`;
// names print bare, with `:store`/`:del` when not loaded; literals print as written (numbers) or decoded and
// quoted (strings: "..." for str, b"..." for bytes, t"..." for f-string text, (f ...) for an f-string).
// Statements print one per line, indented two spaces per block: `(= x:store 1)`, `if (< a b):`, `else:`.
#ifndef MICA_COMPILER_AST_DUMP_H_
#define MICA_COMPILER_AST_DUMP_H_

#include <string>

#include "compiler/ast.h"

namespace mica {

// `source` is the text the tree was parsed from.
std::string DumpAst(const ast::Node* root, const char* source);

}  // namespace mica

#endif  // MICA_COMPILER_AST_DUMP_H_
