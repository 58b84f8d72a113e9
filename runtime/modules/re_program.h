// The regular-expression engine behind the `re` module: a compiler from pattern text to a small program, and a
// backtracking matcher that runs it. Split from the module (re.cc) so it can be unit-tested.
//
// A program is an array of int32 words in one GC block (kNoScan). Jumps are relative to the instruction, so a
// piece of program can be copied as is: that is how {m,n} is compiled (m copies, then n-m optional ones).
//
// The matcher keeps its backtrack points on an explicit stack in the GC heap (never on the C stack), and counts
// steps against a budget that grows with the text and program sizes: a pattern with exponential backtracking such
// as (a*)*b on "aaa...a" raises RuntimeError("regular expression backtracking limit exceeded") instead of running
// for ever. Loops whose body matched the empty string stop iterating, so (a*)* terminates.
//
// Supported: literals and escapes (\n \t \xhh \uXXXX ...), ., [...] and [^...] with ranges and \d \w \s inside,
// \d \D \w \W \s \S \b \B \A \Z ^ $, groups ( ), (?: ), (?P<name> ), backreferences \1 and (?P=name), |, and
// the quantifiers * + ? {m} {m,} {m,n} {,n}, each greedy or lazy (suffix ?). Flags IGNORECASE (ASCII letters
// only), MULTILINE, DOTALL. Not supported (re.error): lookaround, conditionals, inline flags after the start,
// atomic groups, possessive quantifiers. \w, \d and \s classify ASCII exactly; every code point above U+007F
// counts as a word character and none as a digit or space.
#ifndef MICA_RUNTIME_MODULES_RE_PROGRAM_H_
#define MICA_RUNTIME_MODULES_RE_PROGRAM_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {
namespace re {

// The flag values of CPython's re module.
enum Flags : uint32_t {
  kIgnoreCase = 2,
  kMultiline = 8,
  kDotAll = 16,
};

struct Program {
  int32_t* code;       // GC block (kNoScan)
  uint32_t length;     // words
  uint32_t groups;     // capturing groups (group 0 not counted)
  uint32_t loops;      // loop registers used by MARK/CHECK
  uint32_t flags;      // Flags, including inline (?i) (?m) (?s) at the start of the pattern
  Value group_names;   // a dict name -> group number, or None
};

// Compiles pattern[0..length) (UTF-8). On error raises `error_type` (re.error) with a CPython-like message.
Value Compile(const char* pattern, size_t length, uint32_t flags, const Type* error_type, Program* out);

// Runs the program anchored at byte offset `start` of text[0..length). `spans` receives 2 * (groups + 1) byte
// offsets (-1 for groups that did not take part). `min_end`: the match must end at or after it (used to refuse an
// empty match where the previous one ended). `full`: the match must end at `length`.
// Returns True/False, or an exception (RuntimeError for the backtracking limit, MemoryError).
Value MatchAt(const Program& program, const char* text, size_t length, size_t start, size_t min_end, bool full,
              intptr_t* spans);

// Tries MatchAt at each code point boundary from `start` on (only at `start` when `anchored`).
Value Search(const Program& program, const char* text, size_t length, size_t start, bool must_advance, bool anchored,
             bool full, intptr_t* spans);

}  // namespace re
}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_RE_PROGRAM_H_
