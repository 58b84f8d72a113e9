// Fuzz-style robustness: thousands of seeded random mutations of valid programs compile or fail with a clean
// error (a message, a position, never "internal compiler error"), never crash, never use more arena than given;
// every program that compiles passes VerifyCode (TestCompiler checks each one).
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <random>
#include <string>

#include "compiler/emitter/test_sink.h"
#include "gtest/gtest.h"

extern const char kSampleModule[];

namespace mica {
namespace testing_emitter {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr int kDefaultRounds = 1500;
#else
constexpr int kDefaultRounds = 4000;
#endif

// A longer campaign: --test_env=MICA_FUZZ_ROUNDS=200000 --test_env=MICA_FUZZ_SEED=5.
int FromEnvironment(const char* name, int fallback) {
  const char* text = getenv(name);
  return text != nullptr && atoi(text) > 0 ? atoi(text) : fallback;
}

// Programs that exercise the emitter's harder paths: unwinding, closures, comprehensions, classes, consts.
const char* const kPrograms[] = {
    kSampleModule,
    "def f(xs, n):\n    t = 0\n    for i in range(n):\n        try:\n            if i % 3: continue\n"
    "            t += xs[i]\n        except (KeyError, IndexError) as e:\n            break\n        finally:\n"
    "            t -= 1\n    else:\n        t = -t\n    return t\n",
    "def outer(a, *b, c=1, **d):\n    x = [a]\n    def inner(y=2):\n        nonlocal x\n        x = [v * y for v in x "
    "if v]\n"
    "        return lambda z: x + [z, a, c]\n    return inner\n",
    "class A(B, metaclass=M):\n    k = 1\n    def m(self, q):\n        with open(q) as f, lock:\n"
    "            return super().m(f.read()) or {k: v for k, v in self.items()}\n    @property\n    def p(self): ...\n",
    "async def g(s):\n    async with s as c:\n        async for x in c:\n            yield await x\n"
    "    r = [y async for y in s if (w := y)]\n",
    "from micropython import const\nN = const(8)\n_M = const(N * 2 - 1)\nx = {N: (1, 2.5, 'a', b'b', ...)}\n"
    "a, *b, c = x[_M:] or [1, 2, 3]\nassert a is not None, f'{a!r:>{N}}'\ndel x[0], b\nraise SystemExit(a < N <= c)\n",
    "while 1:\n    try:\n        break\n    finally:\n        try:\n            continue\n        except:\n            "
    "pass\n"
    "if __debug__ and not 0:\n    import os.path as p\nelse:\n    from . import q\n",
};

const char* const kInserts[] = {
    "\n",
    "    ",
    ":",
    "(",
    ")",
    "[",
    "]",
    ",",
    "=",
    ":=",
    "*",
    "**",
    "return",
    "yield",
    "await ",
    "break",
    "continue",
    "global x",
    "nonlocal y",
    "lambda: ",
    "async ",
    "def f():\n",
    "class C:\n",
    "try:\n",
    "finally:\n",
    "except:\n",
    "with a:\n",
    "for i in range(9):\n",
    "while x:\n",
    " if x else ",
    " for q in r ",
    "del ",
    "import m",
    "from . import *",
    "super()",
    "__class__",
    "__debug__",
    "const(",
    "1e400",
    "0x7fffffffffffffff",
    "2 ** 64",
    "'s'",
    "f'{x}'",
    "...",
    "not ",
    " and ",
    " or ",
};

std::string Mutate(const std::string& program, std::mt19937* random) {
  std::string text = program;
  auto below = [random](size_t n) { return n == 0 ? size_t{0} : static_cast<size_t>((*random)() % n); };
  const int edits = below(4) == 0 ? 2 : 1;
  for (int edit = 0; edit < edits; ++edit) {
    const size_t position = below(text.size() + 1);
    const size_t choice = below(4);
    if (choice == 0) {
      text.erase(position, 1 + below(4));
    } else if (choice == 1) {
      text.insert(position, kInserts[below(sizeof kInserts / sizeof kInserts[0])]);
    } else if (choice == 2) {
      // Copy a line somewhere else: new blocks, new nesting.
      const size_t line_start = text.rfind('\n', position);
      const size_t from = line_start == std::string::npos ? 0 : line_start + 1;
      const size_t to = text.find('\n', from);
      const std::string line = text.substr(from, (to == std::string::npos ? text.size() : to + 1) - from);
      text.insert(below(text.size() + 1), line);
    } else if (position < text.size()) {
      text[position] = "x1(:)= \n.,"[below(10)];
    }
  }
  return text;
}

TEST(Fuzz, MutatedProgramsCompileOrFailCleanly) {
  const int rounds = FromEnvironment("MICA_FUZZ_ROUNDS", kDefaultRounds);
  std::mt19937 random(static_cast<uint32_t>(FromEnvironment("MICA_FUZZ_SEED", 31337)));
  int compiled = 0;
  int syntax_errors = 0;
  int memory_errors = 0;
  size_t bytecode = 0;
  for (int round = 0; round < rounds; ++round) {
    const std::string source = Mutate(kPrograms[round % (sizeof kPrograms / sizeof kPrograms[0])], &random);
    // Every fifth round gets a small arena, so running out of memory midway is fuzzed too.
    const size_t arena = round % 5 == 4 ? 2048 + random() % (40 * 1024) : 128 * 1024;
    TestCompiler compiler(arena);
    const CompileMode mode = round % 7 == 6 ? CompileMode::kSingle : CompileMode::kModule;
    const vm::RawCode* code = compiler.Compile(source, mode);
    ASSERT_LE(compiler.arena_peak(), arena);
    if (code != nullptr) {
      ++compiled;
      bytecode += code->bytecode_size;
      continue;
    }
    const SyntaxErrorInfo& error = compiler.error();
    ASSERT_NE(error.message, nullptr) << source;
    ASSERT_GE(error.line, 1u) << source;
    ASSERT_GE(error.column, 1u) << source;
    ASSERT_EQ(strstr(error.message, "internal"), nullptr) << error.message << "\n" << source;
    if (error.kind == ErrorKind::kMemoryError) {
      ++memory_errors;
    } else {
      ++syntax_errors;
    }
  }
  printf(
      "[ measure  ] fuzz: %d mutated programs: %d compiled (%zu bytes of module bytecode), %d syntax errors, "
      "%d out of memory\n",
      rounds, compiled, bytecode, syntax_errors, memory_errors);
  EXPECT_GT(compiled, rounds / 10);
  EXPECT_GT(syntax_errors, rounds / 10);
}

TEST(Fuzz, DeeplyNestedProgramsStayWithinLimits) {
  // Nesting the parser accepts is nesting the emitter handles: functions in functions, blocks in blocks.
  std::string source;
  for (int depth = 0; depth < 40; ++depth) {
    const std::string indent(static_cast<size_t>(depth) * 2, ' ');
    source += indent + (depth % 4 == 0   ? "def f(a):\n"
                        : depth % 4 == 1 ? "for i in a:\n"
                        : depth % 4 == 2 ? "try:\n"
                                         : "with a as b:\n");
  }
  source += std::string(80, ' ') + "return [a for a in b]\n";
  for (int depth = 39; depth >= 0; --depth) {
    if (depth % 4 == 2)
      source += std::string(static_cast<size_t>(depth) * 2, ' ') + "finally:\n" +
                std::string(static_cast<size_t>(depth) * 2 + 2, ' ') + "break\n";
  }
  TestCompiler compiler(1 << 20);
  EXPECT_NE(compiler.Compile(source), nullptr) << DescribeError(compiler.error());
}

}  // namespace
}  // namespace testing_emitter
}  // namespace mica
