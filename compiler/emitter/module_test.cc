// A realistic ~200-line module (compiler/testdata/sample_module.py): it compiles, every code object passes
// VerifyCode, and the test prints what it costs: arena peak (parse tree + scopes + the emitters of the deepest
// chain of nested functions), the smallest arena that suffices, and the bytecode and table sizes.
#include <stdio.h>
#include <string.h>

#include <string>

#include "compiler/emitter/test_sink.h"
#include "gtest/gtest.h"

extern const char kSampleModule[];

namespace mica {
namespace testing_emitter {
namespace {

struct Sizes {
  size_t codes = 0;
  size_t bytecode = 0;
  size_t line_table = 0;
  size_t exception_table = 0;
  size_t constants = 0;
};

void Measure(const vm::RawCode& code, Sizes* sizes) {
  ++sizes->codes;
  sizes->bytecode += code.bytecode_size;
  sizes->line_table += code.line_table_size;
  sizes->exception_table += code.exception_table_size;
  sizes->constants += code.num_constants;
  for (uint32_t i = 0; i < code.num_children; ++i) Measure(*code.children[i], sizes);
}

TEST(Module, SampleModuleCompilesAndReportsItsCost) {
  const std::string source = kSampleModule;
  TestCompiler compiler(256 * 1024);
  const vm::RawCode* code = compiler.Compile(source);
  ASSERT_NE(code, nullptr) << DescribeError(compiler.error());
  Sizes sizes;
  Measure(*code, &sizes);
  const size_t peak = compiler.arena_peak();

  // The smallest arena that compiles it; everything below fails cleanly with MemoryError.
  size_t low = 1024;
  size_t high = peak;
  while (low < high) {
    const size_t middle = (low + high) / 2;
    TestCompiler trial(middle);
    if (trial.Compile(source) != nullptr) {
      high = middle;
    } else {
      ASSERT_EQ(trial.error().kind, ErrorKind::kMemoryError) << middle;
      low = middle + 1;
    }
  }
  int lines = 0;
  for (char c : source) lines += c == '\n' ? 1 : 0;
  printf("[ measure  ] sample module: %d lines, %zu bytes of source, %d-bit pointers\n", lines, source.size(),
         static_cast<int>(sizeof(void*) * 8));
  printf("[ measure  ] arena: %zu bytes peak (%zu bytes suffice)\n", peak, low);
  printf(
      "[ measure  ] output: %zu code objects, %zu bytes of bytecode, %zu bytes of line tables, %zu bytes of "
      "exception tables, %zu constants\n",
      sizes.codes, sizes.bytecode, sizes.line_table, sizes.exception_table, sizes.constants);
  EXPECT_EQ(low, peak);  // the peak is exactly what compiling needs
  EXPECT_EQ(sizes.codes, 37u);
  EXPECT_LT(peak, 96u * 1024);  // must fit next to a 128 KiB board's heap budget for the REPL
}

TEST(Module, LargeScopesAndTables) {
  // 3000 locals (two-byte slot operands), 3000 globals and names: linear-time tables, no limits hit.
  std::string function = "def f(a0):\n";
  std::string module;
  for (int i = 1; i < 3000; ++i) {
    function += "    a" + std::to_string(i) + " = a" + std::to_string(i - 1) + " + 1\n";
    module += "g" + std::to_string(i) + " = g" + std::to_string(i - 1) + ".x" + std::to_string(i) + "\n";
  }
  function += "    return a2999\n";
  TestCompiler compiler(4 << 20);
  const vm::RawCode* code = compiler.Compile(function + module);
  ASSERT_NE(code, nullptr) << DescribeError(compiler.error());
  EXPECT_EQ(code->children[0]->num_locals, 3000);
  EXPECT_EQ(code->num_constants, 3000 + 2999 + 1);  // g0..g2999, x1..x2999, 'f'
}

TEST(Module, CompilationIsDeterministic) {
  TestCompiler first;
  TestCompiler second(512 * 1024);
  const vm::RawCode* a = first.Compile(kSampleModule);
  const vm::RawCode* b = second.Compile(kSampleModule);
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(Listing(*a, first.sink()), Listing(*b, second.sink()));
}

}  // namespace
}  // namespace testing_emitter
}  // namespace mica
