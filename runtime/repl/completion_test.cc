#include "runtime/repl/completion.h"

#include <string>

#include "gtest/gtest.h"
#include "runtime/repl/fake_io_test_util.h"

namespace mica {
namespace {

std::string Extension(const CompletionSink& sink) {
  return std::string(sink.extension(), sink.extension_length());
}

TEST(CompletionSinkTest, CountsMatchesAndTheirCommonPrefix) {
  CompletionSink sink("pr", 2, nullptr);
  sink.Offer("print", 5);
  sink.Offer("abs", 3);
  sink.Offer("property", 8);
  EXPECT_EQ(sink.matches(), 2u);
  EXPECT_EQ(Extension(sink), "");
  CompletionSink one("pri", 3, nullptr);
  one.Offer("print", 5);
  EXPECT_EQ(Extension(one), "nt");
}

TEST(CompletionSinkTest, PrivateNamesNeedAnUnderscorePrefix) {
  CompletionSink plain("", 0, nullptr);
  plain.Offer("__name__", 8);
  EXPECT_EQ(plain.matches(), 0u);
  CompletionSink underscore("__n", 3, nullptr);
  underscore.Offer("__name__", 8);
  EXPECT_EQ(Extension(underscore), "ame__");
}

TEST(CompletionSinkTest, PrintsColumnsAndWraps) {
  FakeIo fake("");
  CompletionSink sink("a", 1, &fake.io);
  for (const char* name : {"a1", "a2", "a3", "a4", "a5", "a6"}) sink.Offer(name, 2);
  const std::string row = "a1              a2              a3              a4              a5              ";
  EXPECT_EQ(fake.output, "\r\n" + row + "\r\na6              ");
}

}  // namespace
}  // namespace mica
