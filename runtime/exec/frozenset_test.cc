// frozenset next to set: result types of mixed operators, hashing, repr, and the missing mutators.
#include <string>

#include "runtime/exec/exec_test_support.h"
#include "runtime/exec/set.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

using FrozenSetTest = ExecTest;

Value MakeSet(const Type* type, std::initializer_list<intptr_t> items) {
  const Value set = NewSet();
  for (intptr_t item : items) SetAdd(set, Value::SmallInt(item));
  if (type == &kSetType) return set;
  return CallValue(TypeValue(type), &set, 1, 0);
}

std::string ReprText(Value v) {
  const Value text = Repr(v);
  const char* data;
  size_t length;
  if (text.IsException() || !StrData(text, &data, &length)) return "<error>";
  return std::string(data, length);
}

TEST_F(FrozenSetTest, ReprAndTypes) {
  const Value f = MakeSet(&kFrozenSetType, {1, 2});
  const Value s = MakeSet(&kSetType, {2, 3});
  EXPECT_EQ(ReprText(f), "frozenset({1, 2})");
  EXPECT_EQ(ReprText(MakeSet(&kFrozenSetType, {})), "frozenset()");
  EXPECT_EQ(ReprText(BinaryOperation(BinaryOp::kOr, f, s)), "frozenset({1, 2, 3})");
  EXPECT_EQ(ReprText(BinaryOperation(BinaryOp::kOr, s, f)), "{2, 3, 1}");
  EXPECT_EQ(ReprText(BinaryOperation(BinaryOp::kAnd, f, s)), "frozenset({2})");
  EXPECT_EQ(ReprText(BinaryOperation(BinaryOp::kInplaceOr, f, s)), "frozenset({1, 2, 3})");
  EXPECT_EQ(ReprText(f), "frozenset({1, 2})");  // not mutated
  EXPECT_TRUE(Equals(f, MakeSet(&kSetType, {2, 1})).IsTrue());
}

TEST_F(FrozenSetTest, Hashing) {
  const Value a = MakeSet(&kFrozenSetType, {1, 2, 3});
  const Value b = MakeSet(&kFrozenSetType, {3, 2, 1});
  EXPECT_TRUE(Hash(a).Is(Hash(b)));
  EXPECT_TRUE(Hash(MakeSet(&kSetType, {1})).IsException());
  EXPECT_EQ(TakeError(), "TypeError: unhashable type: 'set'");
  EXPECT_TRUE(LoadAttr(a, Name("add").AsNameId()).IsException());
  TakeError();
  EXPECT_FALSE(LoadAttr(a, Name("union").AsNameId()).IsException());
}

}  // namespace
}  // namespace mica
