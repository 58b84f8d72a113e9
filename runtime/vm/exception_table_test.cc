#include "runtime/vm/exception_table.h"

#include <stdint.h>

#include <vector>

#include "gtest/gtest.h"

namespace mica {
namespace vm {
namespace {

struct Table {
  std::vector<uint8_t> bytes;
  RawCode code = {};
  explicit Table(const std::vector<ExceptionHandler>& handlers) {
    for (const ExceptionHandler& handler : handlers) {
      uint8_t entry[kMaxExceptionEntryBytes];
      const size_t n = WriteExceptionHandler(handler, entry);
      bytes.insert(bytes.end(), entry, entry + n);
    }
    code.exception_table = bytes.data();
    code.exception_table_size = static_cast<uint32_t>(bytes.size());
  }
};

TEST(ExceptionTable, EntriesRoundTrip) {
  const std::vector<ExceptionHandler> handlers = {{0, 10, 20, 0}, {200, 70000, 70010, 3}};
  Table table(handlers);
  EXPECT_EQ(table.bytes.size(), 4u + 2 + 3 + 3 + 1);  // small entries take one byte per field
  ExceptionTableReader reader(table.code);
  for (const ExceptionHandler& expected : handlers) {
    ExceptionHandler handler;
    ASSERT_TRUE(reader.Next(&handler));
    EXPECT_EQ(handler.start, expected.start);
    EXPECT_EQ(handler.end, expected.end);
    EXPECT_EQ(handler.target, expected.target);
    EXPECT_EQ(handler.depth, expected.depth);
  }
  ExceptionHandler extra;
  EXPECT_FALSE(reader.Next(&extra));
}

TEST(ExceptionTable, RangesAreHalfOpen) {
  Table table({{4, 10, 30, 1}});
  ExceptionHandler handler;
  EXPECT_FALSE(FindExceptionHandler(table.code, 3, &handler));
  EXPECT_TRUE(FindExceptionHandler(table.code, 4, &handler));
  EXPECT_EQ(handler.target, 30u);
  EXPECT_EQ(handler.depth, 1u);
  EXPECT_TRUE(FindExceptionHandler(table.code, 9, &handler));
  EXPECT_FALSE(FindExceptionHandler(table.code, 10, &handler));
}

TEST(ExceptionTable, InnerHandlerListedFirstWins) {
  // try: (outer 0..40)  try: (inner 10..20) ... except: -> 50   except: -> 60
  Table table({{10, 20, 50, 2}, {0, 40, 60, 0}});
  ExceptionHandler handler;
  ASSERT_TRUE(FindExceptionHandler(table.code, 15, &handler));
  EXPECT_EQ(handler.target, 50u);
  ASSERT_TRUE(FindExceptionHandler(table.code, 25, &handler));
  EXPECT_EQ(handler.target, 60u);
  ASSERT_TRUE(FindExceptionHandler(table.code, 5, &handler));
  EXPECT_EQ(handler.target, 60u);
}

TEST(ExceptionTable, EmptyOrMalformedTableHasNoHandlers) {
  RawCode empty = {};
  ExceptionHandler handler;
  EXPECT_FALSE(FindExceptionHandler(empty, 0, &handler));
  const uint8_t truncated[] = {0, 5, 0x80};
  RawCode code = {};
  code.exception_table = truncated;
  code.exception_table_size = sizeof truncated;
  EXPECT_FALSE(FindExceptionHandler(code, 1, &handler));
}

}  // namespace
}  // namespace vm
}  // namespace mica
