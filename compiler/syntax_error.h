// SyntaxError: how the lexer and the parser report the first problem they find.
//
// The message is a constant string (it lives in flash); the runtime turns the record into a SyntaxError,
// IndentationError, TabError or MemoryError instance with `lineno` and `offset` set from line and column.
#ifndef MICA_COMPILER_SYNTAX_ERROR_H_
#define MICA_COMPILER_SYNTAX_ERROR_H_

#include <stdint.h>

namespace mica {

enum class ErrorKind : uint8_t {
  kNone,
  kSyntaxError,
  kIndentationError,
  kTabError,     // a subclass of IndentationError: tabs and spaces mixed inconsistently
  kMemoryError,  // the arena is full ("out of memory")
};

struct SyntaxError {
  ErrorKind kind = ErrorKind::kNone;
  const char* message = nullptr;
  uint32_t line = 0;    // 1-based
  uint16_t column = 0;  // 1-based, in characters (code points), like CPython's SyntaxError.offset
  // The input ended before the construct did (an open bracket, a triple-quoted string, a block header): a REPL
  // should read another line instead of reporting the error.
  bool at_end_of_input = false;

  bool failed() const { return kind != ErrorKind::kNone; }
};

}  // namespace mica

#endif  // MICA_COMPILER_SYNTAX_ERROR_H_
