// Pattern text to program (re_program.h, re_opcodes.h): recursive descent that emits code as it parses. An
// alternative or a quantifier is applied to code already emitted by inserting a branch in front of it, which is
// safe because every jump is relative and stays inside the construct it belongs to.
#include <string.h>

#include "gc/heap.h"
#include "runtime/modules/re_opcodes.h"
#include "runtime/modules/re_program.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/str.h"

namespace mica {
namespace re {
namespace {

constexpr uint32_t kMaxProgramWords = 1u << 20;  // keeps {m,n} copies from exhausting a small heap
constexpr int32_t kMaxRepeat = 65535;
constexpr int32_t kInfinite = -1;

class Compiler {
 public:
  Compiler(const char* pattern, size_t length, uint32_t flags, const Type* error_type)
      : text_(pattern), length_(length), flags_(flags), error_type_(error_type) {}

  ~Compiler() { FreeRaw(code_); }

  Value Run(Program* out) {
    MICA_TRY(LeadingFlags());
    MICA_TRY(Emit2(kOpSave, 0));
    MICA_TRY(Alternation());
    if (pos_ < length_) return Error("unbalanced parenthesis", pos_);
    MICA_TRY(Emit2(kOpSave, 1));
    MICA_TRY(Emit1(kOpMatch));
    out->code = code_;
    out->length = length_used_;
    out->groups = groups_;
    out->loops = loops_;
    out->flags = flags_;
    out->group_names = names_.IsNull() ? Value::None() : names_;
    code_ = nullptr;
    return Value::None();
  }

 private:
  Value Error(const char* message, size_t at) {
    return RaiseFormat(error_type_, "%s at position %z", message, CharIndex(at));
  }

  size_t CharIndex(size_t byte) const { return StrCountChars(text_, byte < length_ ? byte : length_); }

  // ---- Code buffer ------------------------------------------------------------------------------------------
  Value Reserve(size_t extra) {
    if (length_used_ + extra <= capacity_) return Value::None();
    if (length_used_ + extra > kMaxProgramWords) return Error("pattern too large", pos_);
    size_t capacity = capacity_ < 32 ? 32 : capacity_ * 2;
    while (capacity < length_used_ + extra) capacity *= 2;
    void* block = code_ == nullptr ? AllocateRaw(capacity * sizeof(int32_t), gc::kNoScan)
                                   : ReallocateRaw(code_, capacity * sizeof(int32_t));
    if (block == nullptr) return Value::Exception();
    code_ = static_cast<int32_t*>(block);
    capacity_ = static_cast<uint32_t>(capacity);
    return Value::None();
  }
  Value Emit1(int32_t a) {
    MICA_TRY(Reserve(1));
    code_[length_used_++] = a;
    return Value::None();
  }
  Value Emit2(int32_t a, int32_t b) {
    MICA_TRY(Emit1(a));
    return Emit1(b);
  }
  Value Emit3(int32_t a, int32_t b, int32_t c) {
    MICA_TRY(Emit2(a, b));
    return Emit1(c);
  }
  // Opens a gap of `count` words at `at` (the code after it moves up).
  Value Insert(uint32_t at, uint32_t count) {
    MICA_TRY(Reserve(count));
    memmove(code_ + at + count, code_ + at, (length_used_ - at) * sizeof(int32_t));
    length_used_ += count;
    return Value::None();
  }
  Value Append(const int32_t* words, uint32_t count) {
    MICA_TRY(Reserve(count));
    memcpy(code_ + length_used_, words, count * sizeof(int32_t));
    length_used_ += count;
    return Value::None();
  }

  // ---- Text -------------------------------------------------------------------------------------------------
  bool AtEnd() const { return pos_ >= length_; }
  char Peek() const { return text_[pos_]; }
  uint32_t NextCodePoint() { return StrNextChar(text_, length_, &pos_); }  // a byte where str is bytes-like

  // (?imsx) at the very start of the pattern: global flags.
  Value LeadingFlags() {
    if (length_ < 3 || text_[0] != '(' || text_[1] != '?') return Value::None();
    size_t at = 2;
    uint32_t flags = 0;
    for (; at < length_ && text_[at] != ')'; ++at) {
      switch (text_[at]) {
        case 'i': flags |= kIgnoreCase; break;
        case 'm': flags |= kMultiline; break;
        case 's': flags |= kDotAll; break;
        case 'u': break;
        default: return Value::None();  // not a flag group: the parser deals with it
      }
    }
    if (at >= length_ || at == 2) return Value::None();
    flags_ |= flags;
    pos_ = at + 1;
    return Value::None();
  }

  // ---- Grammar ----------------------------------------------------------------------------------------------
  Value Alternation() {
    MICA_TRY(CheckCStack());
    const uint32_t start = length_used_;
    MICA_TRY(Sequence());
    if (AtEnd() || Peek() != '|') return Value::None();
    ++pos_;
    MICA_TRY(Insert(start, 3));
    const uint32_t jump = length_used_;
    MICA_TRY(Emit2(kOpJump, 0));
    const uint32_t second = length_used_;
    MICA_TRY(Alternation());
    code_[start] = kOpSplit;
    code_[start + 1] = 3;
    code_[start + 2] = static_cast<int32_t>(second - start);
    code_[jump + 1] = static_cast<int32_t>(length_used_ - jump);
    return Value::None();
  }

  Value Sequence() {
    while (!AtEnd() && Peek() != '|' && Peek() != ')') {
      const uint32_t atom = length_used_;
      const size_t atom_pos = pos_;
      bool repeatable = true;
      MICA_TRY(Atom(&repeatable));
      MICA_TRY(Quantifier(atom, atom_pos, repeatable));
    }
    return Value::None();
  }

  // Reads {m}, {m,}, {,n} or {m,n} at pos_; false (pos_ unchanged) when the brace is a literal.
  bool Braces(int32_t* min, int32_t* max) {
    size_t at = pos_ + 1;
    auto number = [&](int32_t* out) {
      const size_t begin = at;
      int64_t value = 0;
      while (at < length_ && text_[at] >= '0' && text_[at] <= '9') {
        value = value * 10 + (text_[at] - '0');
        if (value > kMaxRepeat + 1) value = kMaxRepeat + 1;
        ++at;
      }
      *out = static_cast<int32_t>(value);
      return at > begin;
    };
    const bool has_min = number(min);
    if (!has_min) *min = 0;
    if (at < length_ && text_[at] == '}') {
      if (!has_min) return false;
      *max = *min;
    } else {
      if (at >= length_ || text_[at] != ',') return false;
      ++at;
      if (!number(max)) *max = kInfinite;
      if (at >= length_ || text_[at] != '}') return false;
    }
    pos_ = at + 1;
    return true;
  }

  Value Quantifier(uint32_t atom, size_t atom_pos, bool repeatable) {
    if (AtEnd()) return Value::None();
    const size_t quantifier_pos = pos_;
    int32_t min, max;
    switch (Peek()) {
      case '*': min = 0; max = kInfinite; ++pos_; break;
      case '+': min = 1; max = kInfinite; ++pos_; break;
      case '?': min = 0; max = 1; ++pos_; break;
      case '{':
        if (!Braces(&min, &max)) return Value::None();
        if (min > kMaxRepeat || max > kMaxRepeat) return Error("the repetition number is too large", quantifier_pos);
        if (max != kInfinite && max < min) return Error("min repeat greater than max repeat", quantifier_pos + 1);
        break;
      default: return Value::None();
    }
    if (!repeatable) return Error("nothing to repeat", atom_pos);
    bool lazy = false;
    if (!AtEnd() && Peek() == '?') {
      lazy = true;
      ++pos_;
    }
    if (!AtEnd() && (Peek() == '*' || Peek() == '+' || Peek() == '?' || Peek() == '{')) {
      int32_t a, b;
      const size_t save = pos_;
      if (Peek() != '{' || Braces(&a, &b)) return Error("multiple repeat", save);
    }
    return Repeat(atom, min, max, lazy);
  }

  // Rewrites the atom at [atom, end) as `min` copies followed by max - min optional ones (or a loop).
  Value Repeat(uint32_t atom, int32_t min, int32_t max, bool lazy) {
    const uint32_t size = length_used_ - atom;
    int32_t* body = static_cast<int32_t*>(AllocateRaw(size * sizeof(int32_t) + sizeof(int32_t), gc::kNoScan));
    if (body == nullptr) return Value::Exception();
    memcpy(body, code_ + atom, size * sizeof(int32_t));
    length_used_ = atom;
    Value result = RepeatBody(body, size, min, max, lazy);
    FreeRaw(body);
    return result;
  }

  Value RepeatBody(const int32_t* body, uint32_t size, int32_t min, int32_t max, bool lazy) {
    for (int32_t i = 0; i < min; ++i) MICA_TRY(Append(body, size));
    if (max == kInfinite) {
      // loop: SPLIT enter, exit; enter: MARK k; body; CHECK k; JUMP loop; exit:
      const int32_t loop = static_cast<int32_t>(loops_++);
      const uint32_t split = length_used_;
      MICA_TRY(Emit3(kOpSplit, 0, 0));
      MICA_TRY(Emit2(kOpMark, loop));
      MICA_TRY(Append(body, size));
      MICA_TRY(Emit2(kOpCheck, loop));
      const uint32_t jump = length_used_;
      MICA_TRY(Emit2(kOpJump, static_cast<int32_t>(split) - static_cast<int32_t>(jump)));
      SetSplit(split, 3, length_used_ - split, lazy);
      return Value::None();
    }
    // Nested optional copies: (body (body ...)?)? all exiting to the same end.
    const uint32_t first = length_used_;
    const int32_t optional = max - min;
    for (int32_t i = 0; i < optional; ++i) {
      MICA_TRY(Emit3(kOpSplit, 0, 0));
      MICA_TRY(Append(body, size));
    }
    for (int32_t i = 0; i < optional; ++i) {
      const uint32_t split = first + static_cast<uint32_t>(i) * (size + 3);
      SetSplit(split, 3, length_used_ - split, lazy);
    }
    return Value::None();
  }

  void SetSplit(uint32_t split, uint32_t enter, uint32_t exit, bool lazy) {
    code_[split] = kOpSplit;
    code_[split + 1] = static_cast<int32_t>(lazy ? exit : enter);
    code_[split + 2] = static_cast<int32_t>(lazy ? enter : exit);
  }

  Value Char(uint32_t c) {
    if ((flags_ & kIgnoreCase) != 0) return Emit2(kOpCharFold, static_cast<int32_t>(FoldCase(c)));
    return Emit2(kOpChar, static_cast<int32_t>(c));
  }

  Value Atom(bool* repeatable) {
    const size_t at = pos_;
    const char c = Peek();
    switch (c) {
      case '(': return Group(repeatable);
      case '[': ++pos_; return Class();
      case '.': ++pos_; return Emit1((flags_ & kDotAll) != 0 ? kOpAnyAll : kOpAny);
      case '^':
        ++pos_;
        *repeatable = false;
        return Emit2(kOpAssert, (flags_ & kMultiline) != 0 ? kAssertLineStart : kAssertStart);
      case '$':
        ++pos_;
        *repeatable = false;
        return Emit2(kOpAssert, (flags_ & kMultiline) != 0 ? kAssertLineEnd : kAssertEnd);
      case '*': case '+': case '?': return Error("nothing to repeat", at);
      case '{': {
        int32_t a, b;
        if (Braces(&a, &b)) return Error("nothing to repeat", at);
        ++pos_;
        return Char('{');
      }
      case '\\': return Escape(repeatable);
      default: return Char(NextCodePoint());
    }
  }

  Value Group(bool* repeatable) {
    const size_t open = pos_;
    ++pos_;
    bool capture = true;
    Value name = Value();
    if (!AtEnd() && Peek() == '?') {
      ++pos_;
      if (AtEnd()) return Error("unexpected end of pattern", pos_);
      const char kind = Peek();
      if (kind == ':') {
        ++pos_;
        capture = false;
      } else if (kind == 'P' && pos_ + 1 < length_ && text_[pos_ + 1] == '<') {
        pos_ += 2;
        MICA_TRY(GroupName('>', &name));
      } else if (kind == 'P' && pos_ + 1 < length_ && text_[pos_ + 1] == '=') {
        pos_ += 2;
        MICA_TRY(GroupName(')', &name));
        const Value number = names_.IsNull() ? Value() : DictLookup(names_, name);
        MICA_TRY(number);
        if (number.IsNull()) {
          return RaiseFormat(error_type_, "unknown group name '%S' at position %z", name, CharIndex(open + 4));
        }
        return Emit3(kOpBackref, static_cast<int32_t>(number.AsSmallInt()), (flags_ & kIgnoreCase) != 0);
      } else if (kind == '=' || kind == '!' || kind == '<') {
        return Error("lookaround assertions are not supported", open);
      } else {
        return Error("unknown extension", open);
      }
    }
    (void)repeatable;
    uint32_t group = 0;
    if (capture) {
      group = ++groups_;
      if (!name.IsNull()) {
        if (names_.IsNull()) {
          names_ = NewDict();
          MICA_TRY(names_);
        }
        MICA_TRY(DictStore(names_, name, Value::SmallInt(group)));
      }
      MICA_TRY(Emit2(kOpSave, static_cast<int32_t>(2 * group)));
    }
    MICA_TRY(Alternation());
    if (AtEnd() || Peek() != ')') return Error("missing ), unterminated subpattern", open);
    ++pos_;
    if (capture) MICA_TRY(Emit2(kOpSave, static_cast<int32_t>(2 * group + 1)));
    return Value::None();
  }

  Value GroupName(char terminator, Value* name) {
    const size_t begin = pos_;
    while (!AtEnd() && Peek() != terminator) ++pos_;
    if (AtEnd() || pos_ == begin) return Error("missing group name", begin);
    const Value text = NewStr(text_ + begin, pos_ - begin);
    MICA_TRY(text);
    ++pos_;
    *name = text;
    return Value::None();
  }

  // A hex number of exactly `digits` digits after the escape letter.
  Value HexEscape(size_t escape, int digits, uint32_t* out) {
    uint32_t value = 0;
    for (int i = 0; i < digits; ++i) {
      if (AtEnd()) return Error("incomplete escape", escape);
      const char h = Peek();
      int digit = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
      if (digit < 0) return Error("incomplete escape", escape);
      value = value * 16 + static_cast<uint32_t>(digit);
      ++pos_;
    }
    // One character: a code point, or a byte where str is bytes-like (so \u20ac is a bad escape there).
    if (value > kMaxStrChar) return Error("bad escape", escape);
    *out = value;
    return Value::None();
  }

  // The character an escape inside or outside a class stands for (\n, \x41, \.); -1 for class escapes.
  Value CharEscape(size_t escape, char letter, int32_t* out) {
    uint32_t c = 0;
    switch (letter) {
      case 'n': *out = '\n'; return Value::None();
      case 't': *out = '\t'; return Value::None();
      case 'r': *out = '\r'; return Value::None();
      case 'f': *out = '\f'; return Value::None();
      case 'v': *out = '\v'; return Value::None();
      case 'a': *out = '\a'; return Value::None();
      case '0': *out = 0; return Value::None();
      case 'x': MICA_TRY(HexEscape(escape, 2, &c)); *out = static_cast<int32_t>(c); return Value::None();
      case 'u': MICA_TRY(HexEscape(escape, 4, &c)); *out = static_cast<int32_t>(c); return Value::None();
      case 'U': MICA_TRY(HexEscape(escape, 8, &c)); *out = static_cast<int32_t>(c); return Value::None();
      default: break;
    }
    if ((letter >= 'a' && letter <= 'z') || (letter >= 'A' && letter <= 'Z') || (letter >= '0' && letter <= '9')) {
      return RaiseFormat(error_type_, "bad escape \\%c at position %z", letter, CharIndex(escape));
    }
    *out = -1;  // punctuation: the caller takes the code point itself
    return Value::None();
  }

  static int32_t ClassKindFor(char letter) {
    switch (letter) {
      case 'd': return kClassDigit;
      case 'D': return kClassNotDigit;
      case 'w': return kClassWord;
      case 'W': return kClassNotWord;
      case 's': return kClassSpace;
      case 'S': return kClassNotSpace;
      default: return -1;
    }
  }

  Value Escape(bool* repeatable) {
    const size_t escape = pos_;
    ++pos_;
    if (AtEnd()) return Error("bad escape (end of pattern)", escape);
    const char letter = Peek();
    const int32_t kind = ClassKindFor(letter);
    if (kind >= 0) {
      ++pos_;
      MICA_TRY(Emit3(kOpClass, 1, 0));  // one range, not negated
      return Emit3(0, -1, kind);         // no folding; the built-in class
    }
    switch (letter) {
      case 'b': ++pos_; *repeatable = false; return Emit2(kOpAssert, kAssertWordBoundary);
      case 'B': ++pos_; *repeatable = false; return Emit2(kOpAssert, kAssertNotWordBoundary);
      case 'A': ++pos_; *repeatable = false; return Emit2(kOpAssert, kAssertStart);
      case 'Z': ++pos_; *repeatable = false; return Emit2(kOpAssert, kAssertTextEnd);
      default: break;
    }
    if (letter >= '1' && letter <= '9') {
      uint32_t group = static_cast<uint32_t>(letter - '0');
      ++pos_;
      if (!AtEnd() && Peek() >= '0' && Peek() <= '9') {
        group = group * 10 + static_cast<uint32_t>(Peek() - '0');
        ++pos_;
      }
      if (group > groups_) return RaiseFormat(error_type_, "invalid group reference %u at position %z", group,
                                              CharIndex(escape + 1));
      return Emit3(kOpBackref, static_cast<int32_t>(group), (flags_ & kIgnoreCase) != 0);
    }
    ++pos_;
    int32_t c = 0;
    MICA_TRY(CharEscape(escape, letter, &c));
    if (c >= 0) return Char(static_cast<uint32_t>(c));
    pos_ = escape + 1;
    return Char(NextCodePoint());
  }

  // [...]: kOpClass n negate fold (lo hi)*n.
  Value Class() {
    const size_t open = pos_ - 1;
    const uint32_t head = length_used_;
    MICA_TRY(Emit3(kOpClass, 0, 0));
    MICA_TRY(Emit1((flags_ & kIgnoreCase) != 0 ? 1 : 0));
    if (!AtEnd() && Peek() == '^') {
      code_[head + 2] = 1;
      ++pos_;
    }
    int32_t count = 0;
    bool first = true;
    for (;;) {
      if (AtEnd()) return Error("unterminated character set", open);
      if (Peek() == ']' && !first) {
        ++pos_;
        break;
      }
      first = false;
      int32_t lo = 0;
      int32_t kind = -1;
      const size_t item = pos_;
      MICA_TRY(ClassChar(&lo, &kind));
      if (kind >= 0) {
        MICA_TRY(Emit2(-1, kind));
        ++count;
        continue;
      }
      int32_t hi = lo;
      if (pos_ + 1 < length_ && Peek() == '-' && text_[pos_ + 1] != ']') {
        ++pos_;
        int32_t hi_kind = -1;
        MICA_TRY(ClassChar(&hi, &hi_kind));
        if (hi_kind >= 0 || hi < lo) {
          const size_t begin = item;
          const Value text = NewStr(text_ + begin, pos_ - begin);
          MICA_TRY(text);
          return RaiseFormat(error_type_, "bad character range %S at position %z", text, CharIndex(begin));
        }
      }
      MICA_TRY(Emit2(lo, hi));
      ++count;
    }
    code_[head + 1] = count;
    return Value::None();
  }

  Value ClassChar(int32_t* c, int32_t* kind) {
    if (Peek() != '\\') {
      *c = static_cast<int32_t>(NextCodePoint());
      return Value::None();
    }
    const size_t escape = pos_;
    ++pos_;
    if (AtEnd()) return Error("unterminated character set", escape);
    const char letter = Peek();
    *kind = ClassKindFor(letter);
    if (*kind >= 0) {
      ++pos_;
      return Value::None();
    }
    if (letter == 'b') {
      ++pos_;
      *c = '\b';
      return Value::None();
    }
    ++pos_;
    MICA_TRY(CharEscape(escape, letter, c));
    if (*c < 0) {
      pos_ = escape + 1;
      *c = static_cast<int32_t>(NextCodePoint());
    }
    return Value::None();
  }

  const char* text_;
  size_t length_;
  size_t pos_ = 0;
  uint32_t flags_;
  const Type* error_type_;
  int32_t* code_ = nullptr;
  uint32_t length_used_ = 0;
  uint32_t capacity_ = 0;
  uint32_t groups_ = 0;
  uint32_t loops_ = 0;
  Value names_ = Value();
};

}  // namespace

Value Compile(const char* pattern, size_t length, uint32_t flags, const Type* error_type, Program* out) {
  Compiler compiler(pattern, length, flags, error_type);
  return compiler.Run(out);
}

}  // namespace re
}  // namespace mica
