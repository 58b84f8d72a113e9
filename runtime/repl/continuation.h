// Whether the friendly REPL has a whole statement yet, decided from the text alone (no parse).
//
// Input continues while a bracket or a triple-quoted string is open or a line ends with a backslash, and, for a
// compound statement (the first line opens a block: `if`, `for`, `def`, `@decorator`, ... or ends with ':'), until
// a blank line (spaces only: auto-indent pre-fills the prompt) ends it, as in CPython's interactive mode. A
// mistake the scanner lets through is reported by the compiler as a SyntaxError, so the check only has to be
// right for valid input. This is the REPL's own rule rather than the compiler's "error at end of input" flag
// because a block such as `if x:\n    pass` parses completely and must still read on.
#ifndef MICA_RUNTIME_REPL_CONTINUATION_H_
#define MICA_RUNTIME_REPL_CONTINUATION_H_

#include <stddef.h>

namespace mica {

struct Continuation {
  bool more_input;  // read another line (prompt "... ")
  size_t indent;    // spaces to pre-fill the next line with (auto-indent)
};

// `text` is the input so far, lines separated by '\n', without a final newline.
Continuation CheckContinuation(const char* text, size_t length);

}  // namespace mica

#endif  // MICA_RUNTIME_REPL_CONTINUATION_H_
