// A fixture for tests of the execution layer: a fresh runtime (heap, VM, builtins) for every test, and a port
// that has no files and collects what is written to stdout/stderr.
#ifndef MICA_RUNTIME_EXEC_EXEC_TEST_SUPPORT_H_
#define MICA_RUNTIME_EXEC_EXEC_TEST_SUPPORT_H_

#include <string>

#include "gtest/gtest.h"
#include "runtime/value.h"

namespace mica {

class ExecTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  // A name value for text (interned).
  static Value Name(const char* text);
  // str(pending exception) as "TypeName: message", and the exception cleared.
  static std::string TakeError();
  // The text of a str value.
  static std::string Text(Value str);
};

// What the test port's stdout received (cleared by SetUp).
std::string& TestStdout();
// What the next input() calls read; empty means end of input.
std::string& TestStdin();

}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_EXEC_TEST_SUPPORT_H_
