// Fuzz-style robustness: thousands of seeded random mutations of valid programs must parse or fail with an
// error, never crash, never use more arena than given; and every literal in a tree that parsed must decode.
#include <stdint.h>
#include <stdlib.h>

#include <random>
#include <string>
#include <vector>

#include "compiler/ast.h"
#include "compiler/ast_dump.h"
#include "compiler/number_literal.h"
#include "compiler/parser.h"
#include "compiler/string_literal.h"
#include "gtest/gtest.h"

extern const char kSampleModule[];

namespace mica {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr int kDefaultMutations = 2000;
#else
constexpr int kDefaultMutations = 6000;
#endif

// A longer campaign: MICA_FUZZ_MUTATIONS=1000000 MICA_FUZZ_SEED=7 (pass them with bazel test --test_env=...).
int EnvOr(const char* name, int fallback) {
  const char* value = getenv(name);
  return value != nullptr && atoi(value) > 0 ? atoi(value) : fallback;
}
const int kMutations = EnvOr("MICA_FUZZ_MUTATIONS", kDefaultMutations);
const uint32_t kSeed = static_cast<uint32_t>(EnvOr("MICA_FUZZ_SEED", 20240601));

const char* const kSeeds[] = {
    kSampleModule,
    "def f(a, b=1, *c, d, **e) -> int:\n    return [x ** 2 for x in range(a) if x % 2] or {k: v for k, v in e}\n",
    "class A(B, metaclass=M):\n    @property\n    def x(self): return self._x\n",
    "try:\n    import ure as re\nexcept ImportError:\n    import re\nfinally:\n    pass\n",
    "x = f'{a!r:>{width}} {b=} {{}}' + rb'\\x00' 'tail' \"\"\"doc\n\"\"\"\n",
    "async def g():\n    async with a as (b, c):\n        async for i in j:\n            await k(*i, **c)\n",
    "while x:\n    x -= 1\n    if x == 3: break\n    elif x in (1, 2): continue\n"
    "else:\n    y = lambda q, *r: q if r else None\n",
    "a[1:2, ::3], b.c[d] = e, *f\ndel a[0], b.c\nglobal g\nassert h, 'msg'\nraise E from None\n",
    "with (open(a) as f, open(b) as g):\n    data = f.read() @ g.read()\nx: int = 0x_ff + 0o17 + 0b1 + 1_0.5e-3j\n",
};

// Fragments a mutation may insert: tokens that stress the layout and the bracket and string rules.
const char* const kFragments[] = {
    "(", ")", "[", "]", "{", "}", ":", ",", ";", "\n", "    ", "\t", "\\\n", "\\", "#", "'", "\"", "'''", "f'{",
    "}'", "!r", "=", ":=", "*", "**", "lambda", "if", "else", "for", "in", "not", "yield", "await", "async", "...",
    ".", "0x", "1_", "1e", "\xc3\xa9", "\xff", "\r\n", "\f", "@", "->", "del", "return", "import", "from", "as",
};

struct TreeCheck {
  const char* source;
  int literals;
  bool ok;
};

// Decodes every literal of the tree: the lexer and parser validated them, so this must never fail.
bool CheckLiterals(ast::Node* node, void* context) {
  auto* check = static_cast<TreeCheck*>(context);
  if (node->kind == ast::NodeKind::kStr || node->kind == ast::NodeKind::kBytes) {
    auto* str = static_cast<ast::Str*>(node);
    const StringDecode decoded = DecodeStringLiteral(check->source + str->offset, str->length, nullptr, 0);
    if (decoded.error != nullptr) check->ok = false;
    ++check->literals;
  } else if (node->kind == ast::NodeKind::kFStringText) {
    ast::DecodeFStringText(check->source, static_cast<ast::FStringText*>(node), nullptr, 0);
    ++check->literals;
  } else if (node->kind == ast::NodeKind::kInt) {
    auto* number = static_cast<ast::Number*>(node);
    uint64_t value;
    DecodeIntLiteral(check->source + number->offset, number->length, &value);
    ++check->literals;
  }
  return ast::ForEachChild(node, CheckLiterals, context);
}

std::string Mutate(std::string text, std::mt19937* random) {
  auto pick = [&](size_t n) { return n == 0 ? 0 : static_cast<size_t>((*random)() % n); };
  const int edits = 1 + static_cast<int>(pick(2));
  for (int e = 0; e < edits; ++e) {
    const size_t at = pick(text.size() + 1);
    switch (pick(5)) {
      case 0:  // delete a range
        text.erase(at, 1 + pick(12));
        break;
      case 1:  // insert a fragment
        text.insert(at, kFragments[pick(sizeof kFragments / sizeof kFragments[0])]);
        break;
      case 2:  // replace one byte with any byte
        if (at < text.size()) text[at] = static_cast<char>(pick(256));
        break;
      case 3: {  // duplicate a range somewhere else
        const std::string copy = text.substr(at, 1 + pick(40));
        text.insert(pick(text.size() + 1), copy);
        break;
      }
      default: {  // swap two bytes
        const size_t other = pick(text.size());
        if (at < text.size() && other < text.size()) std::swap(text[at], text[other]);
      }
    }
  }
  return text;
}

TEST(Fuzz, RandomMutationsNeverCrash) {
  std::mt19937 random(kSeed);
  constexpr size_t kArenaSize = 48 * 1024;
  std::vector<unsigned char> block(kArenaSize);
  int parsed = 0;
  int rejected = 0;
  int out_of_memory = 0;
  int literals = 0;
  size_t peak = 0;
  for (int i = 0; i < kMutations; ++i) {
    const std::string seed = kSeeds[i % (sizeof kSeeds / sizeof kSeeds[0])];
    const std::string source = Mutate(seed, &random);
    // Every fourth run gets a small arena, so running out of memory is fuzzed too.
    const size_t size = i % 4 == 3 ? 1024 + random() % (16 * 1024) : kArenaSize;
    Arena arena(block.data(), size);
    const ParseResult result = Parse(source.data(), static_cast<uint32_t>(source.size()), &arena);
    ASSERT_LE(arena.peak(), size);
    peak = std::max(peak, arena.peak());
    if (result.ok()) {
      ++parsed;
      TreeCheck check{source.c_str(), 0, true};
      ast::ForEachChild(result.root, CheckLiterals, &check);
      ASSERT_TRUE(check.ok) << source;
      literals += check.literals;
      if (i % 16 == 0) {
        EXPECT_FALSE(DumpAst(result.root, source.c_str()).empty() && source.size() > 200);
      }
    } else {
      ASSERT_NE(result.error.message, nullptr) << source;
      ASSERT_GE(result.error.line, 1u);
      ASSERT_GE(result.error.column, 1u);
      if (result.error.kind == ErrorKind::kMemoryError) {
        ++out_of_memory;
      } else {
        ++rejected;
      }
    }
  }
  printf("[ measure  ] fuzz: %d mutations: %d parsed (%d literals decoded), %d syntax errors, %d out of memory; "
         "arena peak %zu of %zu bytes\n",
         kMutations, parsed, literals, rejected, out_of_memory, peak, kArenaSize);
  EXPECT_GT(parsed, kMutations / 20);
  EXPECT_GT(rejected, kMutations / 4);
}

TEST(Fuzz, RandomTokenSoupNeverCrashes) {
  std::mt19937 random(kSeed + 1);
  std::vector<unsigned char> block(16 * 1024);
  const int rounds = kMutations / 2;
  for (int i = 0; i < rounds; ++i) {
    std::string source;
    const int length = 1 + static_cast<int>(random() % 60);
    for (int k = 0; k < length; ++k) {
      source += kFragments[random() % (sizeof kFragments / sizeof kFragments[0])];
      if (random() % 3 == 0) source += ' ';
      if (random() % 5 == 0) source += "x";
    }
    Arena arena(block.data(), block.size());
    ParseOptions options;
    options.mode = (i % 4 == 0) ? ParseMode::kEval : ParseMode::kFile;
    const ParseResult result = Parse(source.data(), static_cast<uint32_t>(source.size()), &arena, options);
    if (!result.ok()) {
      ASSERT_NE(result.error.message, nullptr);
    }
  }
}

}  // namespace
}  // namespace mica
