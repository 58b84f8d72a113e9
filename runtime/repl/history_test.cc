#include "runtime/repl/history.h"

#include <string>

#include "gtest/gtest.h"

namespace mica {
namespace {

std::string Entry(const History& history, size_t age) {
  size_t length;
  const char* text = history.Get(age, &length);
  return std::string(text, length);
}

TEST(HistoryTest, KeepsTheNewestInARing) {
  char storage[3 * 8];
  History history(storage, 3, 8);
  for (const char* line : {"a", "b", "c", "d"}) history.Add(line, 1);
  ASSERT_EQ(history.Count(), 3u);
  EXPECT_EQ(Entry(history, 0), "d");
  EXPECT_EQ(Entry(history, 2), "b");
}

TEST(HistoryTest, SkipsBlankRepeatedAndTooLongLines) {
  char storage[3 * 8];
  History history(storage, 3, 8);
  history.Add("x", 1);
  history.Add("x", 1);
  history.Add("    ", 4);
  history.Add("12345678", 8);  // needs 9 bytes with its NUL
  EXPECT_EQ(history.Count(), 1u);
}

}  // namespace
}  // namespace mica
