// Reads one line from a ReplIo with editing: cursor movement (left/right, Home/End, Ctrl-A/E/B/F), deletion
// (Backspace, Delete, Ctrl-D/K/U/W), history (up/down, Ctrl-P/N) and tab completion. Arrow, Home, End and Delete
// keys arrive as ANSI escape sequences (ESC [ A, ESC [ 1 ~, ESC O H, ...); the editor redraws with ANSI cursor
// moves and erase-to-end-of-line, which every terminal emulator understands.
//
// The line lives in a buffer the caller gives (static storage), so reading a line allocates nothing. A control
// character on an empty line is a command for the REPL (raw mode, paste mode, exit), reported by the status.
#ifndef MICA_RUNTIME_REPL_LINE_EDITOR_H_
#define MICA_RUNTIME_REPL_LINE_EDITOR_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/repl/completion.h"
#include "runtime/repl/history.h"
#include "runtime/repl/repl_io.h"

namespace mica {

enum class LineStatus : uint8_t {
  kLine,       // Enter: text() is the line (without the newline)
  kInterrupt,  // Ctrl-C: the line is discarded
  kEnd,        // Ctrl-D on an empty line, or the end of input
  kRawRepl,    // Ctrl-A on an empty line
  kBanner,     // Ctrl-B on an empty line
  kPasteMode,  // Ctrl-E on an empty line
};

class LineEditor {
 public:
  // `buffer` holds up to capacity - 1 bytes of line plus a NUL. `history` may be null.
  LineEditor(const ReplIo& io, char* buffer, size_t capacity, History* history)
      : io_(io), buffer_(buffer), capacity_(capacity), history_(history) {}

  void SetCompleter(Completer completer, void* context) {
    completer_ = completer;
    completer_context_ = context;
  }

  // Writes the prompt, pre-fills the line with `indent` spaces and edits until Enter or a command.
  LineStatus ReadLine(const char* prompt, size_t indent);

  const char* text() const { return buffer_; }  // NUL-terminated
  size_t length() const { return length_; }

 private:
  void Insert(const char* data, size_t count);
  void DeleteRange(size_t from, size_t to);  // from <= to; from <= cursor
  void ReplaceLine(const char* data, size_t count);
  void RedrawFrom(size_t position, size_t screen_cursor);
  void MoveCursor(size_t columns, char direction);
  void MoveLeft(size_t columns) { MoveCursor(columns, 'D'); }
  void MoveRight(size_t columns) { MoveCursor(columns, 'C'); }
  void Home();
  void End();
  void Left();
  void Right();
  void Backspace();
  void DeleteForward();
  void DeleteWordBefore();
  void HistoryStep(int direction);
  void Complete();
  // After an ESC: reads the rest of the sequence; returns the key as a control character (0: none).
  int ReadEscapeSequence();

  const ReplIo& io_;
  char* buffer_;
  size_t capacity_;
  History* history_;
  Completer completer_ = nullptr;
  void* completer_context_ = nullptr;
  const char* prompt_ = "";
  size_t length_ = 0;
  size_t cursor_ = 0;
  int history_age_ = -1;  // the history entry shown (-1: the line being typed)
  bool last_was_cr_ = false;  // "\r\n" from a terminal or host is one Enter
};

}  // namespace mica

#endif  // MICA_RUNTIME_REPL_LINE_EDITOR_H_
