// The instruction set of compiled regular expressions (re_program.h). Each instruction is an opcode word followed
// by its operands; offsets are relative to the opcode word.
#ifndef MICA_RUNTIME_MODULES_RE_OPCODES_H_
#define MICA_RUNTIME_MODULES_RE_OPCODES_H_

#include <stdint.h>

namespace mica {
namespace re {

enum Op : int32_t {
  kOpChar,       // c: one code point
  kOpCharFold,   // c (lower case): one code point, ASCII case folded
  kOpAny,        // any code point but \n
  kOpAnyAll,     // any code point
  kOpClass,      // n, negate, fold, then n (lo, hi) pairs; lo < 0 is a built-in class (kClass*) in hi
  kOpSplit,      // a, b: try pc+a first, then pc+b
  kOpJump,       // a
  kOpSave,       // slot: spans[slot] = position
  kOpAssert,     // kind (kAssert*)
  kOpBackref,    // group, fold
  kOpMark,       // loop: remember where this iteration of the loop started
  kOpCheck,      // loop: fail if the iteration matched nothing (stops empty loops)
  kOpMatch,
};

// Built-in classes (\d \w \s and their negations), in kOpClass ranges as (-1, kind).
enum ClassKind : int32_t { kClassDigit, kClassNotDigit, kClassWord, kClassNotWord, kClassSpace, kClassNotSpace };

enum AssertKind : int32_t {
  kAssertLineStart,  // ^ with MULTILINE
  kAssertStart,      // ^ and \A
  kAssertLineEnd,    // $ with MULTILINE
  kAssertEnd,        // $: the end, or before a final \n
  kAssertTextEnd,    // \Z
  kAssertWordBoundary,
  kAssertNotWordBoundary,
};

inline bool IsWordChar(uint32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
}
inline bool IsDigitChar(uint32_t c) { return c >= '0' && c <= '9'; }
inline bool IsSpaceChar(uint32_t c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F); }
inline uint32_t FoldCase(uint32_t c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

}  // namespace re
}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_RE_OPCODES_H_
