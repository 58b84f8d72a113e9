#include "runtime/repl/line_editor.h"

#include <string.h>

namespace mica {
namespace {

constexpr int kCtrlF = 0x06;
constexpr int kBackspace = 0x08;
constexpr int kTab = 0x09;
constexpr int kCtrlK = 0x0b;
constexpr int kCtrlN = 0x0e;
constexpr int kCtrlP = 0x10;
constexpr int kCtrlU = 0x15;
constexpr int kCtrlW = 0x17;
constexpr int kEscape = 0x1b;
constexpr int kDelete = 0x7f;
// Keys from escape sequences, given codes no typed byte has.
constexpr int kKeyUp = 0x100;
constexpr int kKeyDown = 0x101;
constexpr int kKeyRight = 0x102;
constexpr int kKeyLeft = 0x103;
constexpr int kKeyHome = 0x104;
constexpr int kKeyEnd = 0x105;
constexpr int kKeyDeleteForward = 0x106;

bool IsContinuationByte(char c) {
  return (static_cast<unsigned char>(c) & 0xc0) == 0x80;
}

// Screen columns of text[from, to): one per code point.
size_t Columns(const char* text, size_t from, size_t to) {
  size_t columns = 0;
  for (size_t i = from; i < to; ++i) columns += IsContinuationByte(text[i]) ? 0 : 1;
  return columns;
}

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Bytes in a UTF-8 sequence with this lead byte (1 for ASCII and for bytes that cannot lead).
size_t SequenceLength(unsigned char lead) {
  if (lead >= 0xf0 && lead < 0xf8) return 4;
  if (lead >= 0xe0) return lead < 0xf0 ? 3 : 1;
  if (lead >= 0xc0) return 2;
  return 1;
}

}  // namespace

LineStatus LineEditor::ReadLine(const char* prompt, size_t indent) {
  prompt_ = prompt;
  length_ = 0;
  cursor_ = 0;
  buffer_[0] = 0;
  history_age_ = -1;
  io_.Write(prompt);
  static const char kSpaces[] = "    ";
  for (; indent >= 4; indent -= 4) Insert(kSpaces, 4);
  if (indent > 0) Insert(kSpaces, indent);

  for (;;) {
    int c = io_.Read();
    if (c < 0) return LineStatus::kEnd;
    const bool after_cr = last_was_cr_;
    last_was_cr_ = c == '\r';
    if (c == '\n' && after_cr) continue;
    if (c == kEscape) c = ReadEscapeSequence();
    switch (c) {
      case 0:
        break;
      case '\r':
      case '\n':
        io_.Write("\r\n");
        if (history_ != nullptr) history_->Add(buffer_, length_);
        return LineStatus::kLine;
      case kCtrlA:
        if (length_ == 0) return LineStatus::kRawRepl;
        Home();
        break;
      case kCtrlB:
        if (length_ == 0) return LineStatus::kBanner;
        Left();
        break;
      case kCtrlC:
        io_.Write("\r\n");
        length_ = 0;
        buffer_[0] = 0;
        return LineStatus::kInterrupt;
      case kCtrlD:
        if (length_ == 0) return LineStatus::kEnd;
        DeleteForward();
        break;
      case kCtrlE:
        if (length_ == 0) return LineStatus::kPasteMode;
        End();
        break;
      case kCtrlF:
      case kKeyRight:
        Right();
        break;
      case kKeyLeft:
        Left();
        break;
      case kKeyHome:
        Home();
        break;
      case kKeyEnd:
        End();
        break;
      case kBackspace:
      case kDelete:
        Backspace();
        break;
      case kKeyDeleteForward:
        DeleteForward();
        break;
      case kTab:
        Complete();
        break;
      case kCtrlK:
        DeleteRange(cursor_, length_);
        break;
      case kCtrlU:
        DeleteRange(0, cursor_);
        break;
      case kCtrlW:
        DeleteWordBefore();
        break;
      case kCtrlP:
      case kKeyUp:
        HistoryStep(+1);
        break;
      case kCtrlN:
      case kKeyDown:
        HistoryStep(-1);
        break;
      default:
        if (c >= 0x20 && c < 0x100) {
          char sequence[4] = {static_cast<char>(c)};
          const size_t n = SequenceLength(static_cast<unsigned char>(c));
          size_t got = 1;
          while (got < n) {
            const int next = io_.Read();
            if (next < 0 || !IsContinuationByte(static_cast<char>(next))) break;
            sequence[got++] = static_cast<char>(next);
          }
          Insert(sequence, got);
        }
        break;
    }
  }
}

int LineEditor::ReadEscapeSequence() {
  const int introducer = io_.Read();
  if (introducer != '[' && introducer != 'O') return 0;
  int c = io_.Read();
  int number = 0;
  if (c >= '0' && c <= '9') {
    while (c >= '0' && c <= '9') {
      number = number * 10 + (c - '0');
      c = io_.Read();
    }
    if (c != '~') return 0;
    switch (number) {
      case 1:
      case 7:
        return kKeyHome;
      case 4:
      case 8:
        return kKeyEnd;
      case 3:
        return kKeyDeleteForward;
      default:
        return 0;
    }
  }
  switch (c) {
    case 'A':
      return kKeyUp;
    case 'B':
      return kKeyDown;
    case 'C':
      return kKeyRight;
    case 'D':
      return kKeyLeft;
    case 'H':
      return kKeyHome;
    case 'F':
      return kKeyEnd;
    default:
      return 0;
  }
}

// ESC [ n D / ESC [ n C: the cursor n columns left or right.
void LineEditor::MoveCursor(size_t columns, char direction) {
  if (columns == 0) return;
  char text[16] = {'\x1b', '['};
  size_t n = 2;
  char digits[10];
  size_t count = 0;
  do {
    digits[count++] = static_cast<char>('0' + columns % 10);
    columns /= 10;
  } while (columns > 0 && count < sizeof(digits));
  while (count > 0) text[n++] = digits[--count];
  text[n++] = direction;
  io_.Write(text, n);
}

// The screen cursor is at `screen_cursor`; the buffer changed from `position` on (position <= screen_cursor).
void LineEditor::RedrawFrom(size_t position, size_t screen_cursor) {
  MoveLeft(Columns(buffer_, position, screen_cursor));
  io_.Write(buffer_ + position, length_ - position);
  io_.Write("\x1b[K");
  MoveLeft(Columns(buffer_, cursor_, length_));
}

void LineEditor::Insert(const char* data, size_t count) {
  if (length_ + count >= capacity_) return;  // full: the key is dropped
  memmove(buffer_ + cursor_ + count, buffer_ + cursor_, length_ - cursor_);
  memcpy(buffer_ + cursor_, data, count);
  length_ += count;
  buffer_[length_] = 0;
  const size_t old_cursor = cursor_;
  cursor_ += count;
  if (cursor_ == length_) {
    io_.Write(data, count);  // typing at the end: no redraw
    return;
  }
  RedrawFrom(old_cursor, old_cursor);
}

void LineEditor::DeleteRange(size_t from, size_t to) {
  if (from >= to) return;
  memmove(buffer_ + from, buffer_ + to, length_ - to);
  const size_t old_cursor = cursor_;
  // The deleted text is still on screen: measure the cursor's column before the buffer changes.
  const size_t columns_back = Columns(buffer_, from, old_cursor);
  length_ -= to - from;
  buffer_[length_] = 0;
  cursor_ = from;
  MoveLeft(columns_back);
  io_.Write(buffer_ + from, length_ - from);
  io_.Write("\x1b[K");
  MoveLeft(Columns(buffer_, cursor_, length_));
}

void LineEditor::ReplaceLine(const char* data, size_t count) {
  if (count >= capacity_) count = capacity_ - 1;
  const size_t columns_back = Columns(buffer_, 0, cursor_);
  memcpy(buffer_, data, count);
  length_ = count;
  buffer_[length_] = 0;
  cursor_ = length_;
  MoveLeft(columns_back);
  io_.Write(buffer_, length_);
  io_.Write("\x1b[K");
}

void LineEditor::Home() {
  MoveLeft(Columns(buffer_, 0, cursor_));
  cursor_ = 0;
}

void LineEditor::End() {
  MoveRight(Columns(buffer_, cursor_, length_));
  cursor_ = length_;
}

void LineEditor::Left() {
  if (cursor_ == 0) return;
  do {
    --cursor_;
  } while (cursor_ > 0 && IsContinuationByte(buffer_[cursor_]));
  MoveLeft(1);
}

void LineEditor::Right() {
  if (cursor_ == length_) return;
  do {
    ++cursor_;
  } while (cursor_ < length_ && IsContinuationByte(buffer_[cursor_]));
  MoveRight(1);
}

// In leading indentation, Backspace removes one level (up to 4 spaces), undoing auto-indent.
void LineEditor::Backspace() {
  if (cursor_ == 0) return;
  size_t spaces = 0;
  while (spaces < cursor_ && buffer_[spaces] == ' ') ++spaces;
  if (spaces == cursor_) {
    const size_t level = cursor_ % 4 == 0 ? 4 : cursor_ % 4;
    DeleteRange(cursor_ - level, cursor_);
    return;
  }
  size_t from = cursor_ - 1;
  while (from > 0 && IsContinuationByte(buffer_[from])) --from;
  DeleteRange(from, cursor_);
}

void LineEditor::DeleteForward() {
  if (cursor_ == length_) return;
  size_t to = cursor_ + 1;
  while (to < length_ && IsContinuationByte(buffer_[to])) ++to;
  DeleteRange(cursor_, to);
}

void LineEditor::DeleteWordBefore() {
  size_t from = cursor_;
  while (from > 0 && buffer_[from - 1] == ' ') --from;
  while (from > 0 && IsWordByte(buffer_[from - 1])) --from;
  if (from == cursor_ && from > 0) --from;  // punctuation: one byte at a time
  DeleteRange(from, cursor_);
}

void LineEditor::HistoryStep(int direction) {
  if (history_ == nullptr) return;
  const int age = history_age_ + direction;
  if (age < -1 || age >= static_cast<int>(history_->Count())) return;
  history_age_ = age;
  if (age == -1) {
    ReplaceLine("", 0);
    return;
  }
  size_t length;
  const char* entry = history_->Get(static_cast<size_t>(age), &length);
  ReplaceLine(entry, length);
}

// Tab in leading indentation indents; otherwise it completes the dotted name before the cursor.
void LineEditor::Complete() {
  size_t start = cursor_;
  while (start > 0 && (IsWordByte(buffer_[start - 1]) || buffer_[start - 1] == '.')) --start;
  size_t spaces = 0;
  while (spaces < cursor_ && buffer_[spaces] == ' ') ++spaces;
  if (spaces == cursor_) {
    Insert("    ", 4 - cursor_ % 4);
    return;
  }
  if (completer_ == nullptr || start == cursor_) return;
  size_t prefix = cursor_;
  while (prefix > start && buffer_[prefix - 1] != '.') --prefix;
  CompletionSink measure(buffer_ + prefix, cursor_ - prefix, nullptr);
  completer_(completer_context_, buffer_ + start, cursor_ - start, &measure);
  if (measure.matches() == 0) return;
  if (measure.extension_length() > 0) {
    char extension[64];
    const size_t n = measure.extension_length();
    memcpy(extension, measure.extension(), n);
    Insert(extension, n);
    return;
  }
  if (measure.matches() == 1) return;
  // Several names share nothing more: list them, then draw the prompt and the line again below.
  CompletionSink print(buffer_ + prefix, cursor_ - prefix, &io_);
  completer_(completer_context_, buffer_ + start, cursor_ - start, &print);
  io_.Write("\r\n");
  io_.Write(prompt_);
  io_.Write(buffer_, length_);
  MoveLeft(Columns(buffer_, cursor_, length_));
}

}  // namespace mica
