// The backtracking matcher (re_program.h): one loop over the program, with backtrack points and the undo records
// for captures and loop registers on an explicit stack in the GC heap, and a step budget.
#include <string.h>

#include "gc/heap.h"
#include "runtime/modules/re_opcodes.h"
#include "runtime/modules/re_program.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/str.h"

namespace mica {
namespace re {
namespace {

// Stack entries are three words: a backtrack point (pc >= 0, position, unused), or an undo record.
constexpr intptr_t kUndoSpan = -1;  // (kUndoSpan, slot, old value)
constexpr intptr_t kUndoLoop = -2;  // (kUndoLoop, register, old value)

// The matcher steps by str characters (str.h): code points, or bytes where str is bytes-like.
uint32_t CodePointAt(const char* text, size_t length, size_t pos, size_t* next) {
  *next = pos;
  return StrNextChar(text, length, next);
}

// The character before `pos` (pos > 0).
uint32_t CodePointBefore(const char* text, size_t length, size_t pos) {
  const size_t start = StrCharStart(text, 0, pos);
  size_t next;
  return CodePointAt(text, length, start, &next);
}

bool InBuiltinClass(int32_t kind, uint32_t c) {
  switch (kind) {
    case kClassDigit: return IsDigitChar(c);
    case kClassNotDigit: return !IsDigitChar(c);
    case kClassWord: return IsWordChar(c);
    case kClassNotWord: return !IsWordChar(c);
    case kClassSpace: return IsSpaceChar(c);
    default: return !IsSpaceChar(c);
  }
}

bool InClass(const int32_t* op, uint32_t c) {
  const int32_t count = op[1];
  const bool negate = op[2] != 0;
  const bool fold = op[3] != 0;
  const int32_t* ranges = op + 4;
  bool found = false;
  for (int32_t i = 0; i < count && !found; ++i) {
    const int32_t lo = ranges[2 * i];
    const int32_t hi = ranges[2 * i + 1];
    if (lo < 0) {
      found = InBuiltinClass(hi, c);
    } else if (static_cast<int64_t>(c) >= lo && static_cast<int64_t>(c) <= hi) {
      found = true;
    } else if (fold) {
      // Either case of an ASCII letter matches: try the other case against the range.
      uint32_t other = c;
      if (c >= 'a' && c <= 'z') other = c - 32;
      if (c >= 'A' && c <= 'Z') other = c + 32;
      found = static_cast<int64_t>(other) >= lo && static_cast<int64_t>(other) <= hi;
    }
  }
  return found != negate;
}

bool IsWordAt(const char* text, size_t length, size_t pos) {
  if (pos >= length) return false;
  size_t next;
  return IsWordChar(CodePointAt(text, length, pos, &next));
}

bool IsWordBefore(const char* text, size_t length, size_t pos) {
  return pos > 0 && IsWordChar(CodePointBefore(text, length, pos));
}

bool Assertion(int32_t kind, const char* text, size_t length, size_t pos) {
  switch (kind) {
    case kAssertLineStart: return pos == 0 || text[pos - 1] == '\n';
    case kAssertStart: return pos == 0;
    case kAssertLineEnd: return pos == length || text[pos] == '\n';
    case kAssertEnd: return pos == length || (pos + 1 == length && text[pos] == '\n');
    case kAssertTextEnd: return pos == length;
    case kAssertWordBoundary: return IsWordBefore(text, length, pos) != IsWordAt(text, length, pos);
    default: return IsWordBefore(text, length, pos) == IsWordAt(text, length, pos);
  }
}

class Matcher {
 public:
  Matcher(const Program& program, const char* text, size_t length, intptr_t* spans)
      : program_(program), text_(text), length_(length), spans_(spans) {}
  ~Matcher() {
    FreeRaw(stack_);
    FreeRaw(loops_);
  }

  Value Run(size_t start, size_t min_end, bool full) {
    for (uint32_t i = 0; i < 2 * (program_.groups + 1); ++i) spans_[i] = -1;
    if (program_.loops > 0) {
      loops_ = static_cast<intptr_t*>(AllocateRaw(program_.loops * sizeof(intptr_t), gc::kNoScan));
      if (loops_ == nullptr) return Value::Exception();
    }
    // Exponential patterns need far more steps than any linear or polynomial one over the same text.
    const size_t per_char = static_cast<size_t>(program_.length) * 64;
    size_t budget = 1000000;
    budget = SaturatingAdd(budget, SaturatingMul(per_char, length_ + 1));
    const int32_t* code = program_.code;
    size_t pc = 0;
    size_t pos = start;
    for (;;) {
      if (budget-- == 0) {
        return RaiseNew(&kRuntimeErrorType, "regular expression backtracking limit exceeded");
      }
      const int32_t* op = code + pc;
      bool ok = true;
      switch (op[0]) {
        case kOpChar:
        case kOpCharFold: {
          size_t next;
          if (pos >= length_) {
            ok = false;
            break;
          }
          uint32_t c = CodePointAt(text_, length_, pos, &next);
          if (op[0] == kOpCharFold) c = FoldCase(c);
          ok = c == static_cast<uint32_t>(op[1]);
          pos = ok ? next : pos;
          pc += 2;
          break;
        }
        case kOpAny:
        case kOpAnyAll: {
          size_t next;
          ok = pos < length_ && (op[0] == kOpAnyAll || text_[pos] != '\n');
          if (ok) {
            CodePointAt(text_, length_, pos, &next);
            pos = next;
          }
          pc += 1;
          break;
        }
        case kOpClass: {
          size_t next;
          ok = pos < length_ && InClass(op, CodePointAt(text_, length_, pos, &next));
          if (ok) pos = next;
          pc += 4 + 2 * static_cast<size_t>(op[1]);
          break;
        }
        case kOpSplit:
          MICA_TRY(Push(static_cast<intptr_t>(pc + static_cast<size_t>(static_cast<intptr_t>(op[2]))),
                        static_cast<intptr_t>(pos), 0));
          pc += static_cast<size_t>(static_cast<intptr_t>(op[1]));
          break;
        case kOpJump:
          pc += static_cast<size_t>(static_cast<intptr_t>(op[1]));
          break;
        case kOpSave:
          MICA_TRY(Push(kUndoSpan, op[1], spans_[op[1]]));
          spans_[op[1]] = static_cast<intptr_t>(pos);
          pc += 2;
          break;
        case kOpAssert:
          ok = Assertion(op[1], text_, length_, pos);
          pc += 2;
          break;
        case kOpBackref:
          ok = Backref(op[1], op[2] != 0, &pos);
          pc += 3;
          break;
        case kOpMark:
          MICA_TRY(Push(kUndoLoop, op[1], loops_[op[1]]));
          loops_[op[1]] = static_cast<intptr_t>(pos);
          pc += 2;
          break;
        case kOpCheck:
          ok = loops_[op[1]] != static_cast<intptr_t>(pos);
          pc += 2;
          break;
        default:  // kOpMatch
          if ((full && pos != length_) || pos < min_end) {
            ok = false;
            break;
          }
          return Value::True();
      }
      if (ok) continue;
      // Backtrack: undo until the latest branch point.
      for (;;) {
        if (depth_ == 0) return Value::False();
        depth_ -= 3;
        const intptr_t* entry = stack_ + depth_;
        if (entry[0] == kUndoSpan) {
          spans_[entry[1]] = entry[2];
        } else if (entry[0] == kUndoLoop) {
          loops_[entry[1]] = entry[2];
        } else {
          pc = static_cast<size_t>(entry[0]);
          pos = static_cast<size_t>(entry[1]);
          break;
        }
      }
    }
  }

 private:
  Value Push(intptr_t a, intptr_t b, intptr_t c) {
    if (depth_ + 3 > capacity_) {
      const size_t capacity = capacity_ == 0 ? 96 : capacity_ * 2;
      void* block = stack_ == nullptr ? AllocateRaw(capacity * sizeof(intptr_t), gc::kNoScan)
                                      : ReallocateRaw(stack_, capacity * sizeof(intptr_t));
      if (block == nullptr) return Value::Exception();
      stack_ = static_cast<intptr_t*>(block);
      capacity_ = capacity;
    }
    stack_[depth_] = a;
    stack_[depth_ + 1] = b;
    stack_[depth_ + 2] = c;
    depth_ += 3;
    return Value::None();
  }

  bool Backref(int32_t group, bool fold, size_t* pos) {
    const intptr_t begin = spans_[2 * group];
    const intptr_t end = spans_[2 * group + 1];
    if (begin < 0 || end < 0) return false;
    const size_t count = static_cast<size_t>(end - begin);
    if (length_ - *pos < count) return false;
    for (size_t i = 0; i < count; ++i) {
      char a = text_[static_cast<size_t>(begin) + i];
      char b = text_[*pos + i];
      if (fold) {
        a = static_cast<char>(FoldCase(static_cast<uint8_t>(a)));
        b = static_cast<char>(FoldCase(static_cast<uint8_t>(b)));
      }
      if (a != b) return false;
    }
    *pos += count;
    return true;
  }

  const Program& program_;
  const char* text_;
  size_t length_;
  intptr_t* spans_;
  intptr_t* stack_ = nullptr;
  intptr_t* loops_ = nullptr;
  size_t depth_ = 0;
  size_t capacity_ = 0;
};

}  // namespace

Value MatchAt(const Program& program, const char* text, size_t length, size_t start, size_t min_end, bool full,
              intptr_t* spans) {
  Matcher matcher(program, text, length, spans);
  return matcher.Run(start, min_end, full);
}

Value Search(const Program& program, const char* text, size_t length, size_t start, bool must_advance, bool anchored,
             bool full, intptr_t* spans) {
  // A pattern that starts with a literal (after SAVE 0) can skip the positions where that literal is not.
  const bool literal_first = program.length > 3 && program.code[2] == kOpChar && program.code[3] < 0x80;
  for (size_t pos = start;;) {
    if (!literal_first || anchored || (pos < length && text[pos] == static_cast<char>(program.code[3]))) {
      const Value found = MatchAt(program, text, length, pos, must_advance && pos == start ? pos + 1 : pos, full, spans);
      if (!found.IsFalse()) return found;
    }
    if (anchored || pos >= length) return Value::False();
    pos = StrCharEnd(text, length, pos);
  }
}

}  // namespace re
}  // namespace mica
