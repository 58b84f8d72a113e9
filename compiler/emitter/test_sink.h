// Host-only helpers for the emitter's tests: a CodeSink that keeps everything in STL containers (constants as
// tagged fake objects), listings of compiled code with those constants spelled out, and one-call compilation.
//
//   TestCompiler compiler;
//   const vm::RawCode* code = compiler.Compile("x = 1\n");          // null on error: compiler.error()
//   EXPECT_EQ(compiler.Listing(*code), "...");                      // disassembly of the code and its children
//
// Every successful compilation is also checked by VerifyCode (code_verifier.h); a failure there is reported
// as a test failure, so every test doubles as a check of stack depths and tables.
#ifndef MICA_COMPILER_EMITTER_TEST_SINK_H_
#define MICA_COMPILER_EMITTER_TEST_SINK_H_

#include <stddef.h>
#include <stdint.h>

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "compiler/emitter/code_sink.h"
#include "compiler/emitter/compile.h"
#include "runtime/value.h"
#include "runtime/vm/raw_code.h"
#include "runtime/vm/test_assembler.h"

namespace mica {
namespace testing_emitter {

// A constant the sink made.
struct FakeObject {
  enum class Kind { kInt, kFloat, kComplex, kStr, kBytes, kTuple };
  Kind kind;
  std::string text;  // int digits (with a base prefix), str and bytes contents
  double number = 0.0;
  std::vector<Value> items;
};

class TestSink {
 public:
  TestSink();
  TestSink(const TestSink&) = delete;
  TestSink& operator=(const TestSink&) = delete;

  const CodeSink& sink() const { return sink_; }
  vm::NameTable& names() { return names_; }

  // Python-like text for a constant: 7, 'abc', b'x', 1.5, 2j, (1, 'a'), None.
  std::string Describe(Value value) const;
  // The fake object behind a value, or null.
  const FakeObject* Object(Value value) const;

  // Makes the sink fail (return null) after `calls` more successful calls; -1: never.
  void FailAfter(int calls) { fail_after_ = calls; }

  size_t codes() const { return codes_.size(); }

 private:
  struct OwnedCode {
    vm::RawCode code;
    std::vector<uint8_t> bytecode;
    std::vector<Value> constants;
    std::vector<const vm::RawCode*> children;
    std::vector<uint8_t> line_table;
    std::vector<uint8_t> exception_table;
    std::vector<uint32_t> slot_names;
  };

  bool Allowed();
  Value Add(FakeObject object);
  static TestSink* From(void* context) { return static_cast<TestSink*>(context); }
  static Value MakeInt(void* context, const char* digits, size_t length, int base);
  static Value MakeFloat(void* context, double value);
  static Value MakeComplex(void* context, double imag);
  static Value MakeStr(void* context, const char* data, size_t length);
  static Value MakeBytes(void* context, const char* data, size_t length);
  static Value MakeTuple(void* context, const Value* items, size_t count);
  static Value InternName(void* context, const char* data, size_t length);
  static const vm::RawCode* FinishCode(void* context, const RawCodeBuilderResult& result);

  CodeSink sink_;
  vm::NameTable names_;
  std::deque<FakeObject> objects_;  // a deque keeps addresses stable
  std::map<const void*, const FakeObject*> by_address_;
  std::deque<OwnedCode> codes_;
  int fail_after_ = -1;
};

// The listing of `code` and its children (docs of vm::Disassemble), with every constant described.
std::string Listing(const vm::RawCode& code, const TestSink& sink);

// Compiles with its own arena and sink; keeps both alive for inspecting the result.
class TestCompiler {
 public:
  explicit TestCompiler(size_t arena_size = 256 * 1024) : block_(arena_size) {}

  // The module's code, or null (see error()). Verifies the result with VerifyCode. Small ints are 31-bit, as
  // on a 32-bit board, so listings are the same on every host.
  const vm::RawCode* Compile(const std::string& source, CompileMode mode = CompileMode::kModule);
  const vm::RawCode* Compile(const std::string& source, const CompileOptions& options);

  // The listing of Compile(source), or "SyntaxError 3:7 message" for an error.
  std::string List(const std::string& source, CompileMode mode = CompileMode::kModule);
  // The listing of the module's code only (no children), or the error.
  std::string ListModule(const std::string& source, CompileMode mode = CompileMode::kModule);
  // The listing of the module's first child only (a function body), or the error.
  std::string ListFirstChild(const std::string& source);
  // "SyntaxError 3:7 message" or "ok".
  std::string ErrorOf(const std::string& source, CompileMode mode = CompileMode::kModule);

  const SyntaxErrorInfo& error() const { return error_; }
  TestSink& sink() { return sink_; }
  size_t arena_peak() const { return peak_; }
  size_t arena_capacity() const { return block_.size(); }
  std::string source() const { return source_; }

 private:
  std::vector<unsigned char> block_;
  TestSink sink_;
  SyntaxErrorInfo error_;
  std::string source_;
  size_t peak_ = 0;
};

std::string DescribeError(const SyntaxErrorInfo& error);

// A golden listing written as a raw string that starts with a newline, for readability:
//   EXPECT_LISTING(compiler.List("x = 1\n"), R"(
//   <module> (test.py:1) ...
//   )");
inline std::string Golden(const char* text) {
  std::string golden(text);
  if (!golden.empty() && golden.front() == '\n') golden.erase(0, 1);
  return golden;
}

#define EXPECT_LISTING(actual, expected) EXPECT_EQ(actual, ::mica::testing_emitter::Golden(expected))

}  // namespace testing_emitter
}  // namespace mica

#endif  // MICA_COMPILER_EMITTER_TEST_SINK_H_
