// A real ~200-line module: it parses, how much arena it needs (printed), that every smaller arena fails cleanly
// with MemoryError, and how much C stack deep nesting costs (printed).
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <algorithm>
#include <string>
#include <vector>

#include "compiler/ast.h"
#include "compiler/parser.h"
#include "compiler/test_util.h"
#include "gtest/gtest.h"

extern const char kSampleModule[];

namespace mica {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

size_t LineCount(const std::string& text) { return static_cast<size_t>(std::count(text.begin(), text.end(), '\n')); }

TEST(SampleModule, ParsesAndReportsArenaUse) {
  const std::string source = kSampleModule;
  std::vector<unsigned char> block(1 << 20);
  Arena arena(block.data(), block.size());
  const ParseResult result = Parse(source.data(), static_cast<uint32_t>(source.size()), &arena);
  ASSERT_TRUE(result.ok()) << testing_util::Describe(result.error);
  const auto* module = ast::As<ast::Module>(result.root);
  ASSERT_NE(module, nullptr);
  EXPECT_EQ(module->body.count, 25u);
  printf("[ measure  ] sample module: %zu lines, %zu bytes of source, %zu-bit target: arena peak %zu bytes "
         "(%.1f bytes per line), nodes and lists %zu bytes\n",
         LineCount(source), source.size(), sizeof(void*) * 8, arena.peak(),
         static_cast<double>(arena.peak()) / static_cast<double>(LineCount(source)), arena.used());
  printf("[ measure  ] node sizes: Name %zu, Number %zu, Attribute %zu, Call %zu, BinOp %zu, Assign %zu, "
         "FunctionDef %zu\n",
         sizeof(ast::Name), sizeof(ast::Number), sizeof(ast::Attribute), sizeof(ast::Call), sizeof(ast::BinOp),
         sizeof(ast::Assign), sizeof(ast::FunctionDef));
  // "A few tens of KiB" for 200 lines on a 32-bit board.
  if (sizeof(void*) == 4) {
    EXPECT_LT(arena.peak(), 32u * 1024);
  }
  EXPECT_LT(arena.peak(), 48u * 1024);
  EXPECT_EQ(sizeof(ast::Node), 8u);
  if (sizeof(void*) == 4) {
    EXPECT_EQ(sizeof(ast::Name), 16u);
    EXPECT_EQ(sizeof(ast::BinOp), 16u);
    EXPECT_EQ(sizeof(ast::Call), 28u);
  }
}

TEST(SampleModule, EverySmallerArenaFailsWithMemoryError) {
  const std::string source = kSampleModule;
  size_t needed;
  {
    std::vector<unsigned char> block(1 << 20);
    Arena arena(block.data(), block.size());
    ASSERT_TRUE(Parse(source.data(), static_cast<uint32_t>(source.size()), &arena).ok());
    needed = arena.peak();
  }
  int failures = 0;
  const size_t step = kSanitized ? 997 : 97;
  for (size_t size = 0; size < needed; size += step) {
    // An exact-size heap block, so an overrun would be caught under ASan.
    std::vector<unsigned char> block(size + 1);
    Arena arena(block.data(), size);
    const ParseResult result = Parse(source.data(), static_cast<uint32_t>(source.size()), &arena);
    ASSERT_FALSE(result.ok()) << size;
    EXPECT_EQ(result.error.kind, ErrorKind::kMemoryError) << size;
    EXPECT_STREQ(result.error.message, "out of memory");
    EXPECT_LE(arena.peak(), size);
    ++failures;
  }
  EXPECT_GT(failures, 10);
  std::vector<unsigned char> block(needed);
  Arena arena(block.data(), needed);
  EXPECT_TRUE(Parse(source.data(), static_cast<uint32_t>(source.size()), &arena).ok());
}

TEST(SampleModule, EveryPrefixParsesOrFailsCleanly) {
  const std::string source = kSampleModule;
  std::vector<unsigned char> block(1 << 17);
  const size_t step = kSanitized ? 37 : 7;
  for (size_t length = 0; length < source.size(); length += step) {
    Arena arena(block.data(), block.size());
    const ParseResult result = Parse(source.data(), static_cast<uint32_t>(length), &arena);
    if (!result.ok()) {
      EXPECT_NE(result.error.message, nullptr);
      EXPECT_GE(result.error.line, 1u);
      EXPECT_LE(result.error.line, LineCount(source) + 1);
    }
  }
}

// ---- C stack per nesting level ---------------------------------------------------------------------------------

struct StackRun {
  std::string source;
  std::vector<unsigned char>* block;
  ParseResult result;
};

void* ParseOnThread(void* argument) {
  auto* run = static_cast<StackRun*>(argument);
  Arena arena(run->block->data(), run->block->size());
  run->result = Parse(run->source.data(), static_cast<uint32_t>(run->source.size()), &arena);
  return nullptr;
}

// Parses `source` on a thread whose stack we painted, and returns how many bytes of it were touched.
size_t StackUsed(const std::string& source, ParseResult* result) {
  constexpr size_t kStackSize = 4 << 20;
  constexpr unsigned char kPaint = 0xA5;
  std::vector<unsigned char> stack(kStackSize, kPaint);
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  // Align the stack to a page, as some libcs require.
  uintptr_t base = (reinterpret_cast<uintptr_t>(stack.data()) + 4095) & ~static_cast<uintptr_t>(4095);
  const size_t usable = (kStackSize - (base - reinterpret_cast<uintptr_t>(stack.data()))) & ~static_cast<size_t>(4095);
  EXPECT_EQ(pthread_attr_setstack(&attributes, reinterpret_cast<void*>(base), usable), 0);
  std::vector<unsigned char> block(1 << 20);
  StackRun run{source, &block, ParseResult()};
  pthread_t thread;
  EXPECT_EQ(pthread_create(&thread, &attributes, ParseOnThread, &run), 0);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attributes);
  *result = run.result;
  const unsigned char* low = reinterpret_cast<const unsigned char*>(base);
  size_t untouched = 0;
  while (untouched < usable && low[untouched] == kPaint) ++untouched;
  return usable - untouched;
}

TEST(Nesting, StackPerLevelIsBoundedAndMeasured) {
  ParseResult result;
  const size_t shallow = StackUsed("x = " + std::string(10, '(') + "1" + std::string(10, ')'), &result);
  ASSERT_TRUE(result.ok());
  const size_t deep = StackUsed("x = " + std::string(190, '(') + "1" + std::string(190, ')'), &result);
  ASSERT_TRUE(result.ok());
  const size_t per_level = (deep - shallow) / 180;
  const size_t limit = StackUsed("x = " + std::string(10000, '(') + "1", &result);
  EXPECT_EQ(result.error.kind, ErrorKind::kSyntaxError);
  printf("[ measure  ] C stack: %zu bytes for 10 nested brackets, %zu for 190 (%zu per level); "
         "%zu at the nesting limit (200); a Lexer is %zu bytes\n",
         shallow, deep, per_level, limit, sizeof(Lexer));
  if (!kSanitized) {
    EXPECT_LT(per_level, 1024u);
    EXPECT_LT(limit, 256u * 1024);
  }
}

}  // namespace
}  // namespace mica
