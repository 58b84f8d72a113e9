#include "runtime/repl/repl.h"

#include "runtime/repl/continuation.h"
#include "runtime/repl/line_editor.h"
#include "runtime/repl/name_completer.h"
#include "runtime/repl/raw_repl.h"
#include "runtime/repl/run_input.h"
#include "runtime/repl/text_buffer.h"

namespace mica {
namespace {

constexpr char kPrompt[] = ">>> ";
constexpr char kContinuationPrompt[] = "... ";
constexpr char kPastePrompt[] = "=== ";

enum class Read : uint8_t { kRun, kDiscard, kEnd };

// Paste mode: every byte is taken as typed (no auto-indent, no completion) until Ctrl-D runs the whole text as a
// module or Ctrl-C drops it.
Read ReadPaste(const ReplIo& io, TextBuffer* input) {
  io.Write("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n");
  io.Write(kPastePrompt);
  bool after_cr = false;
  for (;;) {
    const int c = io.Read();
    if (c < 0 || c == kCtrlD) {
      io.Write("\r\n");
      return Read::kRun;
    }
    if (c == kCtrlC) {
      io.Write("\r\n");
      return Read::kDiscard;
    }
    const bool skip = c == '\n' && after_cr;
    after_cr = c == '\r';
    if (skip) continue;
    if (c == '\r' || c == '\n') {
      input->AppendByte('\n');
      io.Write("\r\n");
      io.Write(kPastePrompt);
      continue;
    }
    const char byte = static_cast<char>(c);
    input->AppendByte(byte);
    io.Write(&byte, 1);
  }
}

// The lines after the first of a compound statement (or an open bracket), auto-indented.
Read ReadContinuation(LineEditor* editor, TextBuffer* input) {
  for (;;) {
    const Continuation next = CheckContinuation(input->data(), input->length());
    if (!next.more_input) return Read::kRun;
    const LineStatus status = editor->ReadLine(kContinuationPrompt, next.indent);
    if (status == LineStatus::kEnd) return Read::kRun;  // Ctrl-D: run what there is
    if (status != LineStatus::kLine) return Read::kDiscard;
    if (!input->AppendByte('\n') || !input->Append(editor->text(), editor->length())) return Read::kDiscard;
  }
}

// What a raw-mode session ended with, for RunReplSession; false: back to the friendly prompt.
bool EndsSession(const RawReplResult& raw, ReplExit* exit) {
  switch (raw.kind) {
    case RawReplResult::kExit:
      *exit = {ReplExit::kSystemExit, raw.status, true};
      return true;
    case RawReplResult::kEndOfInput:
      *exit = {ReplExit::kEndOfInput, 0, true};
      return true;
    case RawReplResult::kSoftReset:
      *exit = {ReplExit::kSoftReset, 0, true};
      return true;
    case RawReplResult::kFriendly:
      break;
  }
  return false;
}

}  // namespace

ReplExit RunReplSession(const ReplConfig& config) {
  const ReplIo& io = config.io;
  Value globals = ReplGlobals();
  if (globals.IsNull()) {
    io.Write("MemoryError: no heap for the REPL\r\n");
    return {ReplExit::kSystemExit, 1, false};
  }
  ReplExit exit{ReplExit::kEndOfInput, 0, false};
  if (config.start_in_raw_mode &&
      EndsSession(RunRawRepl(io, &globals, config.soft_reset_returns), &exit)) {
    return exit;
  }
  LineEditor editor(io, config.line_buffer, config.line_capacity, config.history);
  editor.SetCompleter(CompleteFromNamespace, &globals);
  TextBuffer input;
  io.Write(config.banner);
  for (;;) {
    input.Clear();
    const LineStatus status = editor.ReadLine(kPrompt, 0);
    Read read = Read::kDiscard;
    SourceKind kind = SourceKind::kSingle;
    switch (status) {
      case LineStatus::kEnd:
        io.Write("\r\n");
        if (config.soft_reset_returns) {
          io.Write("MPY: soft reboot\r\n");
          return {ReplExit::kSoftReset, 0, false};
        }
        return {ReplExit::kEndOfInput, 0, false};
      case LineStatus::kInterrupt:
        break;
      case LineStatus::kBanner:
        io.Write("\r\n");
        io.Write(config.banner);
        break;
      case LineStatus::kRawRepl:
        if (EndsSession(RunRawRepl(io, &globals, config.soft_reset_returns), &exit)) return exit;
        io.Write(config.banner);
        break;
      case LineStatus::kPasteMode:
        read = ReadPaste(io, &input);
        kind = SourceKind::kFile;
        break;
      case LineStatus::kLine:
        if (!input.Append(editor.text(), editor.length())) break;
        read = ReadContinuation(&editor, &input);
        break;
    }
    // The blank line that ended a block (spaces from auto-indent) is not part of the statement.
    size_t length = input.length();
    while (length > 0 && (input.data()[length - 1] == ' ' || input.data()[length - 1] == '\n')) --length;
    input.Truncate(length);
    if (read != Read::kRun || input.length() == 0) continue;
    const RunOutcome outcome = RunInput(io, input.data(), input.length(), kind, globals, /*raw_framing=*/false);
    if (outcome.exit) return {ReplExit::kSystemExit, outcome.status, false};
  }
}

int RunRepl(const ReplConfig& config) {
  const ReplExit exit = RunReplSession(config);
  return exit.kind == ReplExit::kSystemExit ? exit.status : 0;
}

}  // namespace mica
