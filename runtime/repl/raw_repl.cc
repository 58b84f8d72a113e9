#include "runtime/repl/raw_repl.h"

#include "runtime/repl/run_input.h"
#include "runtime/repl/text_buffer.h"

namespace mica {
namespace {

constexpr char kRawBanner[] = "raw REPL; CTRL-B to exit\r\n";

enum class PasteEnd : uint8_t { kRun, kCancel, kEndOfInput };

// Raw-paste reception after "\x05A\x01": flow control by windows, ends at Ctrl-D (run) or Ctrl-C (cancel).
PasteEnd ReceiveRawPaste(const ReplIo& io, TextBuffer* program) {
  const char header[4] = {'R', '\x01', static_cast<char>(kRawPasteWindow & 0xff),
                          static_cast<char>(kRawPasteWindow >> 8)};
  io.Write(header, sizeof(header));
  size_t window_left = kRawPasteWindow;
  for (;;) {
    const int c = io.Read();
    if (c < 0) return PasteEnd::kEndOfInput;
    if (c == kCtrlD || c == kCtrlC) {
      io.Write("\x04", 1);  // the host waits for this before reading the output
      return c == kCtrlD ? PasteEnd::kRun : PasteEnd::kCancel;
    }
    if (!program->AppendByte(static_cast<char>(c))) {
      // Out of memory: end the transfer early ("\x04" tells the host) and let the compiler report what it has.
      io.Write("\x04", 1);
      return PasteEnd::kRun;
    }
    if (--window_left == 0) {
      io.Write("\x01", 1);
      window_left = kRawPasteWindow;
    }
  }
}

}  // namespace

RawReplResult RunRawRepl(const ReplIo& io, Value* globals, bool soft_reset_returns) {
  TextBuffer program;
  io.Write(kRawBanner);
  for (;;) {
    io.Write(">");
    program.Clear();
    bool run = false;
    while (!run) {
      const int c = io.Read();
      if (c < 0) return {RawReplResult::kEndOfInput, 0};
      switch (c) {
        case kCtrlA:
          if (program.length() == 2 && program.data()[0] == kCtrlE) {
            if (program.data()[1] != 'A') {
              io.Write("R\x00", 2);  // an unknown raw-paste command
              program.Clear();
              break;
            }
            program.Clear();
            const PasteEnd end = ReceiveRawPaste(io, &program);
            if (end == PasteEnd::kEndOfInput) return {RawReplResult::kEndOfInput, 0};
            if (end == PasteEnd::kCancel) {
              io.Write(">");
              program.Clear();
              break;
            }
            const RunOutcome outcome = RunInput(io, program.data(), program.length(), SourceKind::kFile, *globals,
                                                /*raw_framing=*/true);
            if (outcome.exit) return {RawReplResult::kExit, outcome.status};
            io.Write(">");
            program.Clear();
            break;
          }
          io.Write(kRawBanner);  // Ctrl-A again: start over
          io.Write(">");
          program.Clear();
          break;
        case kCtrlB:
          io.Write("\r\n");
          return {RawReplResult::kFriendly, 0};
        case kCtrlC:
          program.Clear();
          break;
        case kCtrlD:
          run = true;
          break;
        default:
          program.AppendByte(static_cast<char>(c));
          break;
      }
    }
    io.Write("OK");
    if (program.length() == 0) {
      // Soft reset: a fresh __main__ (modules already imported stay loaded), then raw mode again.
      io.Write("\r\nMPY: soft reboot\r\n");
      if (soft_reset_returns) return {RawReplResult::kSoftReset, 0};
      const Value fresh = ResetReplGlobals();
      if (!fresh.IsNull()) *globals = fresh;
      io.Write(kRawBanner);
      continue;
    }
    const RunOutcome outcome =
        RunInput(io, program.data(), program.length(), SourceKind::kFile, *globals, /*raw_framing=*/true);
    if (outcome.exit) return {RawReplResult::kExit, outcome.status};
  }
}

}  // namespace mica
