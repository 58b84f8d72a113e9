#include "runtime/vm/line_table.h"

#include <stdint.h>

#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/vm/test_assembler.h"

namespace mica {
namespace vm {
namespace {

// A table built from (instruction offset, line) pairs, the way an emitter builds it.
struct Table {
  std::vector<uint8_t> bytes;
  RawCode code = {};
  Table(uint32_t first_line, const std::vector<std::pair<uint32_t, uint32_t>>& entries) {
    uint32_t offset = 0;
    uint32_t line = first_line;
    for (const auto& entry : entries) {
      const int32_t line_delta = static_cast<int32_t>(entry.second - line);
      const size_t at = bytes.size();
      bytes.resize(at + LineEntrySize(entry.first - offset, line_delta));
      EXPECT_EQ(WriteLineEntry(entry.first - offset, line_delta, bytes.data() + at), bytes.size() - at);
      offset = entry.first;
      line = entry.second;
    }
    code.first_line = first_line;
    code.line_table = bytes.data();
    code.line_table_size = static_cast<uint32_t>(bytes.size());
  }
};

TEST(LineTable, EmptyTableIsTheFirstLineEverywhere) {
  Table table(7, {});
  EXPECT_EQ(LineForOffset(table.code, 0), 7u);
  EXPECT_EQ(LineForOffset(table.code, 1000), 7u);
}

TEST(LineTable, CommonStepsTakeOneByte) {
  EXPECT_EQ(LineEntrySize(0, 0), 1u);
  EXPECT_EQ(LineEntrySize(15, 7), 1u);
  EXPECT_EQ(LineEntrySize(16, 1), 2u);  // long form
  EXPECT_EQ(LineEntrySize(3, 8), 2u);
  EXPECT_EQ(LineEntrySize(3, -1), 2u);  // backwards
  EXPECT_EQ(LineEntrySize(63, -60), 2u);
  EXPECT_EQ(LineEntrySize(64, 1), 3u);  // one hop of 63, then a short entry
  EXPECT_EQ(LineEntrySize(200, 1000), 9u);
  uint8_t byte = 0;
  EXPECT_EQ(WriteLineEntry(5, 2, &byte), 1u);
  EXPECT_EQ(byte, 0x25);
}

TEST(LineTable, LooksUpLinesForwardAndBackward) {
  // Line 1 from 0, line 3 from 4, line 2 from 10 (a loop condition placed at the bottom), line 40 from 300.
  Table table(1, {{4, 3}, {10, 2}, {300, 40}, {301, 39}});
  const std::pair<uint32_t, uint32_t> expected[] = {{0, 1},   {3, 1},    {4, 3},    {9, 3},    {10, 2},
                                                    {299, 2}, {300, 40}, {301, 39}, {5000, 39}};
  for (const auto& e : expected) EXPECT_EQ(LineForOffset(table.code, e.first), e.second) << e.first;
  LineTableReader reader(table.code);
  for (const auto& e : expected) EXPECT_EQ(reader.LineAt(e.first), e.second) << e.first;
}

TEST(LineTable, LineOfAnEntryAtOffsetZeroReplacesTheFirstLine) {
  Table table(10, {{0, 12}, {2, 13}});
  EXPECT_EQ(LineForOffset(table.code, 0), 12u);
  EXPECT_EQ(LineForOffset(table.code, 1), 12u);
  EXPECT_EQ(LineForOffset(table.code, 2), 13u);
}

TEST(LineTable, ReservedFormEndsTheTable) {
  const uint8_t bytes[] = {0x13, 0xc0, 0x11};
  RawCode code = {};
  code.first_line = 1;
  code.line_table = bytes;
  code.line_table_size = sizeof bytes;
  EXPECT_EQ(LineForOffset(code, 100), 2u);
}

TEST(LineTable, TruncatedLongEntryIsIgnored) {
  const uint8_t bytes[] = {0x13, 0x85};
  RawCode code = {};
  code.first_line = 1;
  code.line_table = bytes;
  code.line_table_size = sizeof bytes;
  EXPECT_EQ(LineForOffset(code, 100), 2u);
}

TEST(LineTable, AssemblerLineDirectivesMapToInstructions) {
  NameTable names;
  std::string error;
  auto code = Assemble(R"(
    .line 5
        LOAD_SMALL_INT 1
    .line 6
    second:
        LOAD_SMALL_INT 2
        BINARY_ADD
    .line 4
    third:
        RETURN_VALUE
  )",
                       &names, &error);
  ASSERT_NE(code, nullptr) << error;
  EXPECT_EQ(code->code().first_line, 5u);
  EXPECT_EQ(LineForOffset(code->code(), 0), 5u);
  EXPECT_EQ(LineForOffset(code->code(), 1), 5u);
  EXPECT_EQ(LineForOffset(code->code(), static_cast<uint32_t>(code->LabelOffset("second"))), 6u);
  EXPECT_EQ(LineForOffset(code->code(), static_cast<uint32_t>(code->LabelOffset("third"))), 4u);
}

}  // namespace
}  // namespace vm
}  // namespace mica
