// input() reads from the port's stdin byte by byte; help() and print() write to its stdout.
#include <string>

#include "runtime/exec/builtins_console.h"
#include "runtime/exec/exec_test_support.h"
#include "runtime/objects/str.h"

namespace mica {
namespace {

using ConsoleTest = ExecTest;

TEST_F(ConsoleTest, InputReadsOneLineAtATime) {
  TestStdin() = "first\nsecond\r\nlast";
  EXPECT_EQ(Text(BuiltinInput(nullptr, 0, 0)), "first");
  const Value prompt = NewStrFromCString("? ");
  EXPECT_EQ(Text(BuiltinInput(&prompt, 1, 0)), "second");  // the CR of a CR LF line end is dropped
  EXPECT_EQ(TestStdout(), "? ");
  EXPECT_EQ(Text(BuiltinInput(nullptr, 0, 0)), "last");  // end of input ends the last line
  EXPECT_TRUE(BuiltinInput(nullptr, 0, 0).IsException());
  EXPECT_EQ(TakeError(), "EOFError: EOF when reading a line");
}

TEST_F(ConsoleTest, InputKeepsUtf8AndEmptyLines) {
  TestStdin() = "\n\xc3\xa9t\xc3\xa9\n";
  EXPECT_EQ(Text(BuiltinInput(nullptr, 0, 0)), "");
  const Value line = BuiltinInput(nullptr, 0, 0);
  EXPECT_EQ(Text(line), "\xc3\xa9t\xc3\xa9");
  EXPECT_EQ(StrCharCount(line), 3u);
}

TEST_F(ConsoleTest, InputRejectsInvalidUtf8) {
  TestStdin() = "\xff\n";
  EXPECT_TRUE(BuiltinInput(nullptr, 0, 0).IsException());
  EXPECT_EQ(TakeError(), "ValueError: input is not valid UTF-8");
}

TEST_F(ConsoleTest, PrintWritesToStdout) {
  const Value args[2] = {Value::SmallInt(1), NewStrFromCString("two")};
  EXPECT_TRUE(BuiltinPrint(args, 2, 0).IsNone());
  EXPECT_EQ(TestStdout(), "1 two\n");
}

TEST_F(ConsoleTest, HelpWithoutArgumentsPrintsTheWelcome) {
  EXPECT_TRUE(BuiltinHelp(nullptr, 0, 0).IsNone());
  EXPECT_EQ(TestStdout().rfind("Welcome to Mica", 0), 0u);
}

}  // namespace
}  // namespace mica
