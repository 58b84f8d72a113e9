#include "runtime/names.h"

#include <string.h>

#include <set>
#include <string>

#include "gtest/gtest.h"
#include "runtime/value.h"

namespace mica {
namespace {

std::string Text(uint32_t id) { return std::string(names::kBuiltinTexts[id].chars, names::kBuiltinTexts[id].length); }

TEST(Names, TableIsSortedAndUnique) {
  for (uint32_t id = 1; id < names::kBuiltinCount; ++id) {
    EXPECT_LT(Text(id - 1), Text(id)) << "names.def is out of order at line for '" << Text(id) << "'";
  }
}

TEST(Names, EveryBuiltinIsFoundAtItsId) {
  for (uint32_t id = 0; id < names::kBuiltinCount; ++id) {
    const std::string text = Text(id);
    EXPECT_EQ(names::FindBuiltin(text.data(), text.size()), id) << text;
  }
}

TEST(Names, ConstantsMatchTheirText) {
  EXPECT_EQ(Text(names::__init__), "__init__");
  EXPECT_EQ(Text(names::append), "append");
  EXPECT_EQ(Text(names::int_), "int");
  EXPECT_EQ(Text(names::kAngleModule), "<module>");
  EXPECT_EQ(Text(names::kEmpty), "");
  EXPECT_EQ(Text(names::ZeroDivisionError), "ZeroDivisionError");
}

TEST(Names, UnknownTextsAreNotFound) {
  EXPECT_EQ(names::FindBuiltin("nonexistent_name", 16), names::kNotFound);
  EXPECT_EQ(names::FindBuiltin("__init", 6), names::kNotFound);     // a prefix of a name
  EXPECT_EQ(names::FindBuiltin("__init__x", 9), names::kNotFound);  // a name plus more
  EXPECT_EQ(names::FindBuiltin("~", 1), names::kNotFound);          // after every entry
}

TEST(Names, TextIsComparedByLengthNotTerminator) {
  // "append" followed by other bytes in the buffer: only the given length counts.
  const char buffer[] = "appendix";
  EXPECT_EQ(names::FindBuiltin(buffer, 6), static_cast<uint32_t>(names::append));
  EXPECT_EQ(names::FindBuiltin(buffer, 8), names::kNotFound);
}

TEST(Names, HashesArePrecomputedWithTheStringHash) {
  for (uint32_t id = 0; id < names::kBuiltinCount; ++id) {
    const auto& entry = names::kBuiltinTexts[id];
    EXPECT_EQ(entry.hash, names::HashBytes(entry.chars, entry.length));
  }
  // FNV-1a reference values.
  EXPECT_EQ(names::HashBytes("", 0), 2166136261u);
  EXPECT_EQ(names::HashBytes("a", 1), 0xe40c292cu);
}

TEST(Names, NameValuesAreIdentityComparable) {
  EXPECT_TRUE(Value::Name(names::__init__).Is(Value::Name(names::__init__)));
  EXPECT_FALSE(Value::Name(names::__init__).Is(Value::Name(names::__repr__)));
}

TEST(Names, TextTableIsConstant) {
  // The table must be constant data (flash on boards): a constexpr table of pointers to string literals.
  static_assert(sizeof(names::kBuiltinTexts) / sizeof(names::kBuiltinTexts[0]) == names::kBuiltinCount, "");
  std::set<std::string> seen;
  for (uint32_t id = 0; id < names::kBuiltinCount; ++id) EXPECT_TRUE(seen.insert(Text(id)).second);
}

}  // namespace
}  // namespace mica
