#include "runtime/repl/line_editor.h"

#include <string>

#include "gtest/gtest.h"
#include "runtime/repl/fake_io_test_util.h"

namespace mica {
namespace {

struct Edited {
  LineStatus status;
  std::string line;
  std::string output;
};

Edited Edit(const std::string& keys, size_t indent = 0, History* history = nullptr) {
  FakeIo fake(keys);
  char buffer[64];
  LineEditor editor(fake.io, buffer, sizeof(buffer), history);
  const LineStatus status = editor.ReadLine(">>> ", indent);
  return {status, std::string(editor.text(), editor.length()), fake.output};
}

TEST(LineEditorTest, TypedLineEndsAtEnter) {
  const Edited e = Edit("x = 1\r");
  EXPECT_EQ(e.status, LineStatus::kLine);
  EXPECT_EQ(e.line, "x = 1");
  EXPECT_EQ(e.output, ">>> x = 1\r\n");
}

TEST(LineEditorTest, LeftArrowThenInsert) {
  EXPECT_EQ(Edit("prnt()\x1b[D\x1b[D\x1b[D\x1b[Di\r").line, "print()");
  EXPECT_EQ(Edit("ac\x1b" "OD" "b\r").line, "abc");  // SS3 form of the arrow
}

TEST(LineEditorTest, HomeEndAndControlKeys) {
  EXPECT_EQ(Edit("bc\x01" "a\x05" "d\r").line, "abcd");            // Ctrl-A, Ctrl-E
  EXPECT_EQ(Edit("bc\x1b[H" "a\x1b[F" "d\r").line, "abcd");        // Home, End
  EXPECT_EQ(Edit("bc\x1b[1~" "a\x1b[4~" "d\r").line, "abcd");      // Home, End (vt)
  EXPECT_EQ(Edit("abcdef\x1b[D\x1b[D\x1b[D\x0b\r").line, "abc");   // Ctrl-K
  EXPECT_EQ(Edit("abcdef\x1b[D\x1b[D\x15\r").line, "ef");          // Ctrl-U
  EXPECT_EQ(Edit("print(foo bar\x17\r").line, "print(foo ");       // Ctrl-W
  EXPECT_EQ(Edit("abc\x02\x02\x06X\r").line, "abXc");              // Ctrl-B, Ctrl-F
}

TEST(LineEditorTest, BackspaceAndDelete) {
  EXPECT_EQ(Edit("abc\x7f\x7f" "d\r").line, "ad");
  EXPECT_EQ(Edit("abc\x08" "d\r").line, "abd");
  EXPECT_EQ(Edit("abc\x01\x1b[3~\r").line, "bc");  // Delete
  EXPECT_EQ(Edit("abc\x01\x04\r").line, "bc");     // Ctrl-D on a non-empty line deletes forward
}

TEST(LineEditorTest, RedrawsTheTailAfterAMidLineInsert) {
  const Edited e = Edit("ac\x1b[Db\r");
  EXPECT_EQ(e.output, ">>> ac\x1b[1D" "bc\x1b[K\x1b[1D\r\n");
}

TEST(LineEditorTest, Utf8MovesByCodePoint) {
  EXPECT_EQ(Edit("\xc3\xa9t\xc3\xa9\x1b[D\x1b[D\x7f" "a\r").line, "at\xc3\xa9");
}

TEST(LineEditorTest, AutoIndentAndBackspaceUndoesALevel) {
  EXPECT_EQ(Edit("x\r", 8).line, "        x");
  EXPECT_EQ(Edit("\x7fx\r", 8).line, "    x");
  EXPECT_EQ(Edit("\x7f\x7fx\r", 8).line, "x");
  EXPECT_EQ(Edit("\tx\r").line, "    x");  // Tab in indentation indents
}

TEST(LineEditorTest, CommandsOnAnEmptyLine) {
  EXPECT_EQ(Edit("\x01").status, LineStatus::kRawRepl);
  EXPECT_EQ(Edit("\x02").status, LineStatus::kBanner);
  EXPECT_EQ(Edit("\x04").status, LineStatus::kEnd);
  EXPECT_EQ(Edit("\x05").status, LineStatus::kPasteMode);
  EXPECT_EQ(Edit("").status, LineStatus::kEnd);
  const Edited interrupted = Edit("abc\x03");
  EXPECT_EQ(interrupted.status, LineStatus::kInterrupt);
  EXPECT_EQ(interrupted.line, "");
}

TEST(LineEditorTest, CrLfIsOneEnter) {
  FakeIo fake("a\r\nb\n");
  char buffer[16];
  LineEditor editor(fake.io, buffer, sizeof(buffer), nullptr);
  ASSERT_EQ(editor.ReadLine("", 0), LineStatus::kLine);
  EXPECT_STREQ(editor.text(), "a");
  ASSERT_EQ(editor.ReadLine("", 0), LineStatus::kLine);
  EXPECT_STREQ(editor.text(), "b");
}

TEST(LineEditorTest, FullBufferDropsKeys) {
  EXPECT_EQ(Edit(std::string(100, 'x') + "\r").line, std::string(63, 'x'));
}

TEST(LineEditorTest, HistoryUpAndDown) {
  char storage[4 * 32];
  History history(storage, 4, 32);
  Edit("first\r", 0, &history);
  Edit("second\r", 0, &history);
  EXPECT_EQ(Edit("\x1b[A\r", 0, &history).line, "second");  // now also the newest entry (not duplicated)
  EXPECT_EQ(Edit("\x1b[A\x1b[A\r", 0, &history).line, "first");
  EXPECT_EQ(Edit("\x10\x10\x10\x10\x0e\r", 0, &history).line, "second");  // Ctrl-P past the oldest, Ctrl-N
  EXPECT_EQ(Edit("\x1b[A\x1b[B\r", 0, &history).line, "");
}

void FakeCompleter(void*, const char* word, size_t length, CompletionSink* sink) {
  const std::string text(word, length);
  if (text.find('.') != std::string::npos) {
    for (const char* name : {"const", "copy", "mem_info"}) sink->Offer(name, strlen(name));
    return;
  }
  for (const char* name : {"print", "pow", "property", "_private", "abs"}) sink->Offer(name, strlen(name));
}

Edited EditWithCompletion(const std::string& keys) {
  FakeIo fake(keys);
  char buffer[64];
  LineEditor editor(fake.io, buffer, sizeof(buffer), nullptr);
  editor.SetCompleter(FakeCompleter, nullptr);
  const LineStatus status = editor.ReadLine(">>> ", 0);
  return {status, std::string(editor.text(), editor.length()), fake.output};
}

TEST(LineEditorTest, TabCompletesAUniqueName) {
  EXPECT_EQ(EditWithCompletion("pri\t(1)\r").line, "print(1)");
  EXPECT_EQ(EditWithCompletion("x = m.con\t\r").line, "x = m.const");
  EXPECT_EQ(EditWithCompletion("m.c\t\r").line, "m.co");  // the common prefix of const and copy
  EXPECT_EQ(EditWithCompletion("zz\t\r").line, "zz");
}

TEST(LineEditorTest, TabListsSeveralMatchesAndRedraws) {
  const Edited e = EditWithCompletion("p\t\r");
  EXPECT_EQ(e.line, "p");
  EXPECT_NE(e.output.find("print           pow             property"), std::string::npos) << e.output;
  EXPECT_NE(e.output.find("\r\n>>> p"), std::string::npos);
  EXPECT_EQ(e.output.find("_private"), std::string::npos);
}

}  // namespace
}  // namespace mica
