// The regex compiler and matcher on their own: program shape, spans, empty loops, the step budget, pattern errors.
#include "runtime/modules/re_program.h"

#include <string.h>

#include "runtime/exec/exec_test_support.h"
#include "runtime/modules/re_opcodes.h"
#include "runtime/objects/exception.h"

namespace mica {
namespace {

class ReProgramTest : public ExecTest {
 protected:
  // The span of group `group` of the first match of pattern in text, as "start,end", "none" or the error.
  std::string First(const char* pattern, const char* text, uint32_t group = 0, uint32_t flags = 0) {
    re::Program program;
    if (re::Compile(pattern, strlen(pattern), flags, &kValueErrorType, &program).IsException()) return TakeError();
    intptr_t spans[40];
    const Value found = re::Search(program, text, strlen(text), 0, false, false, false, spans);
    if (found.IsException()) return TakeError();
    if (found.IsFalse()) return "none";
    return std::to_string(spans[2 * group]) + "," + std::to_string(spans[2 * group + 1]);
  }
};

TEST_F(ReProgramTest, ProgramIsSaveBodySaveMatch) {
  re::Program program;
  ASSERT_TRUE(re::Compile("ab", 2, 0, &kValueErrorType, &program).IsNone());
  const int32_t expected[] = {re::kOpSave, 0, re::kOpChar, 'a', re::kOpChar, 'b', re::kOpSave, 1, re::kOpMatch};
  ASSERT_EQ(program.length, sizeof(expected) / sizeof(expected[0]));
  EXPECT_EQ(0, memcmp(program.code, expected, sizeof(expected)));
  EXPECT_EQ(program.groups, 0u);
}

TEST_F(ReProgramTest, CountedRepeatIsCopied) {
  re::Program once, thrice;
  ASSERT_TRUE(re::Compile("a", 1, 0, &kValueErrorType, &once).IsNone());
  ASSERT_TRUE(re::Compile("a{3}", 4, 0, &kValueErrorType, &thrice).IsNone());
  EXPECT_EQ(thrice.length, once.length + 4);  // two more kOpChar pairs
}

TEST_F(ReProgramTest, Spans) {
  EXPECT_EQ(First("b+", "abbbc"), "1,4");
  EXPECT_EQ(First("b+?", "abbbc"), "1,2");
  EXPECT_EQ(First("(a|ab)(c|bcd)", "abcd", 2), "1,4");
  EXPECT_EQ(First("(x)?y", "y", 1), "-1,-1");
  EXPECT_EQ(First("[^\\d\\s]+", "12 ab3"), "3,5");
  EXPECT_EQ(First("\\bb", "ab b"), "3,4");
  EXPECT_EQ(First("(a)\\1", "xaab"), "1,3");
  EXPECT_EQ(First("HELLO", "say hello", 0, re::kIgnoreCase), "4,9");
  EXPECT_EQ(First("^b$", "a\nb\nc", 0, re::kMultiline), "2,3");
  EXPECT_EQ(First("a.c", "a\nc"), "none");
  EXPECT_EQ(First("a.c", "a\nc", 0, re::kDotAll), "0,3");
}

TEST_F(ReProgramTest, EmptyLoopsTerminate) {
  EXPECT_EQ(First("(a*)*", "aa"), "0,2");
  EXPECT_EQ(First("(|a)+b", "aab"), "0,3");
  EXPECT_EQ(First("(a?)*?c", "ac"), "0,2");
}

TEST_F(ReProgramTest, ExponentialBacktrackingHitsTheBudget) {
  EXPECT_EQ(First("(a*)*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
            "RuntimeError: regular expression backtracking limit exceeded");
}

TEST_F(ReProgramTest, PatternErrors) {
  EXPECT_EQ(First("(ab", ""), "ValueError: missing ), unterminated subpattern at position 0");
  EXPECT_EQ(First("a)", ""), "ValueError: unbalanced parenthesis at position 1");
  EXPECT_EQ(First("?", ""), "ValueError: nothing to repeat at position 0");
  EXPECT_EQ(First("[z-a]", ""), "ValueError: bad character range z-a at position 1");
  EXPECT_EQ(First("\\1", ""), "ValueError: invalid group reference 1 at position 1");
}

}  // namespace
}  // namespace mica
