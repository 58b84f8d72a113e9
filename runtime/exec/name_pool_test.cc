// The run-time name pool as the execution layer relies on it: one id per text, built-in names keep their
// constant ids, and ids survive collections.
#include <string.h>

#include "gc/heap.h"
#include "runtime/exec/exec_test_support.h"
#include "runtime/names.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"

namespace mica {
namespace {

using NamePoolTest = ExecTest;

TEST_F(NamePoolTest, SameTextSameId) {
  const Value a = InternName("spam_and_eggs", 13);
  const Value b = InternName("spam_and_eggs", 13);
  ASSERT_TRUE(a.IsName());
  EXPECT_TRUE(a.Is(b));
  EXPECT_GE(a.AsNameId(), static_cast<uint32_t>(names::kBuiltinCount));
  EXPECT_FALSE(a.Is(InternName("spam_and_ham", 12)));
}

TEST_F(NamePoolTest, BuiltinNamesKeepTheirIds) {
  EXPECT_EQ(InternName("__init__", 8).AsNameId(), static_cast<uint32_t>(names::__init__));
  EXPECT_EQ(InternName("print", 5).AsNameId(), static_cast<uint32_t>(names::print));
}

TEST_F(NamePoolTest, TextRoundTripsAndFindDoesNotIntern) {
  EXPECT_TRUE(FindName("never_seen_before", 17).IsNull());
  const Value name = InternName("never_seen_before", 17);
  const char* text;
  size_t length;
  ASSERT_TRUE(NameText(name.AsNameId(), &text, &length));
  EXPECT_EQ(std::string(text, length), "never_seen_before");
  EXPECT_TRUE(FindName("never_seen_before", 17).Is(name));
  EXPECT_EQ(NameHash(name.AsNameId()), names::HashBytes("never_seen_before", 17));
}

TEST_F(NamePoolTest, ManyNamesSurviveCollections) {
  char text[32];
  Value ids[500];
  for (int i = 0; i < 500; ++i) {
    const int n = snprintf(text, sizeof(text), "name_%d", i);
    ids[i] = InternName(text, static_cast<size_t>(n));
    ASSERT_TRUE(ids[i].IsName());
    if (i % 100 == 0) Heap().Collect();
  }
  Heap().Collect();
  for (int i = 0; i < 500; ++i) {
    const int n = snprintf(text, sizeof(text), "name_%d", i);
    EXPECT_TRUE(InternName(text, static_cast<size_t>(n)).Is(ids[i]));
    EXPECT_TRUE(StrEqualsText(ids[i], text, static_cast<size_t>(n)));
  }
}

}  // namespace
}  // namespace mica
