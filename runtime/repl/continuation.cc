#include "runtime/repl/continuation.h"

#include <string.h>

namespace mica {
namespace {

bool IsIdentifierByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         (static_cast<unsigned char>(c) >= 0x80);
}

// Whether a line (after its indentation) starts with a keyword that opens a block.
bool StartsBlock(const char* line, size_t length) {
  static constexpr const char* kKeywords[] = {"if", "while", "for", "def", "class", "try", "with", "async"};
  size_t i = 0;
  while (i < length && (line[i] == ' ' || line[i] == '\t')) ++i;
  if (i < length && line[i] == '@') return true;
  for (const char* keyword : kKeywords) {
    const size_t n = strlen(keyword);
    if (length - i >= n && memcmp(line + i, keyword, n) == 0 && (length - i == n || !IsIdentifierByte(line[i + n]))) {
      return true;
    }
  }
  return false;
}

size_t Indentation(const char* line, size_t length) {
  size_t i = 0;
  while (i < length && line[i] == ' ') ++i;
  return i;
}

bool IsBlank(const char* line, size_t length) {
  for (size_t i = 0; i < length; ++i) {
    if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r') return false;
  }
  return true;
}

}  // namespace

Continuation CheckContinuation(const char* text, size_t length) {
  int depth = 0;          // open brackets
  char quote = 0;         // the open string's quote character, or 0
  bool triple = false;    // the open string is triple-quoted
  bool comment = false;
  bool first_line_colon = false;
  bool line_colon = false;       // the current line's last significant character is ':'
  bool backslash_end = false;    // the current line ends with a joining backslash
  size_t line_start = 0;
  size_t line_count = 1;
  for (size_t i = 0; i < length; ++i) {
    const char c = text[i];
    if (c == '\n') {
      if (line_count == 1) first_line_colon = line_colon;
      ++line_count;
      line_start = i + 1;
      comment = false;
      line_colon = false;
      backslash_end = false;
      if (quote != 0 && !triple) quote = 0;  // an unterminated one-line string: the compiler reports it
      continue;
    }
    if (comment) continue;
    if (quote != 0) {
      if (c == '\\') {
        if (i + 1 < length && text[i + 1] != '\n') ++i;
        else backslash_end = true;
      } else if (c == quote) {
        if (!triple) {
          quote = 0;
        } else if (i + 2 < length && text[i + 1] == quote && text[i + 2] == quote) {
          quote = 0;
          i += 2;
        }
      }
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r') continue;
    backslash_end = false;
    line_colon = false;
    switch (c) {
      case '#':
        comment = true;
        break;
      case '\'':
      case '"':
        quote = c;
        triple = i + 2 < length && text[i + 1] == c && text[i + 2] == c;
        if (triple) i += 2;
        break;
      case '(':
      case '[':
      case '{':
        ++depth;
        break;
      case ')':
      case ']':
      case '}':
        if (depth > 0) --depth;
        break;
      case '\\':
        backslash_end = true;
        break;
      case ':':
        line_colon = true;
        break;
      default:
        break;
    }
  }
  if (line_count == 1) first_line_colon = line_colon;
  const char* last_line = text + line_start;
  const size_t last_length = length - line_start;
  if ((quote != 0 && triple) || depth > 0 || backslash_end) return {true, 0};

  const char* first_end = static_cast<const char*>(memchr(text, '\n', length));
  const size_t first_length = first_end != nullptr ? static_cast<size_t>(first_end - text) : length;
  const bool compound = first_line_colon || StartsBlock(text, first_length);
  if (!compound) return {false, 0};
  if (line_count > 1 && IsBlank(last_line, last_length)) return {false, 0};
  return {true, Indentation(last_line, last_length) + (line_colon ? 4 : 0)};
}

}  // namespace mica
