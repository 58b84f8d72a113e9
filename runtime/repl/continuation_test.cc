#include "runtime/repl/continuation.h"

#include <string>

#include "gtest/gtest.h"

namespace mica {
namespace {

Continuation Check(const std::string& text) {
  return CheckContinuation(text.data(), text.size());
}

TEST(ContinuationTest, SimpleStatementsRunAtOnce) {
  EXPECT_FALSE(Check("x = 1").more_input);
  EXPECT_FALSE(Check("print('a:')").more_input);
  EXPECT_FALSE(Check("d = {1: 2}").more_input);
  EXPECT_FALSE(Check("f = lambda: 1").more_input);
  EXPECT_FALSE(Check("iffy = 3").more_input);
}

TEST(ContinuationTest, BlocksReadOnUntilABlankLineWithAutoIndent) {
  Continuation c = Check("for i in range(3):");
  EXPECT_TRUE(c.more_input);
  EXPECT_EQ(c.indent, 4u);
  c = Check("for i in range(3):\n    if i:");
  EXPECT_EQ(c.indent, 8u);
  c = Check("for i in range(3):\n    if i:\n        break");
  EXPECT_TRUE(c.more_input);
  EXPECT_EQ(c.indent, 8u);
  EXPECT_FALSE(Check("for i in range(3):\n    print(i)\n    ").more_input);
  EXPECT_FALSE(Check("for i in range(3):\n    print(i)\n").more_input);
  EXPECT_TRUE(Check("if x: pass").more_input);
  EXPECT_TRUE(Check("@decorator").more_input);
  EXPECT_TRUE(Check("class A:  # comment").more_input);
}

TEST(ContinuationTest, OpenBracketsStringsAndBackslashes) {
  EXPECT_TRUE(Check("x = [1,").more_input);
  EXPECT_FALSE(Check("x = [1,\n2]").more_input);
  EXPECT_TRUE(Check("s = '''abc").more_input);
  EXPECT_FALSE(Check("s = '''abc\n'''").more_input);
  EXPECT_TRUE(Check("x = 1 + \\").more_input);
  EXPECT_FALSE(Check("x = '(' # (").more_input);
  EXPECT_FALSE(Check("x = \"\\\"(\"").more_input);
  EXPECT_EQ(Check("x = (").indent, 0u);
}

}  // namespace
}  // namespace mica
