#include "runtime/value.h"

#include <stdint.h>

#include "gtest/gtest.h"

namespace mica {
namespace {

TEST(Value, SmallIntRangeIsOneBitLessThanAWord) {
  constexpr int bits = sizeof(uintptr_t) * 8;
  EXPECT_EQ(Value::kSmallIntMax, (intptr_t{1} << (bits - 2)) - 1);
  EXPECT_EQ(Value::kSmallIntMin, -(intptr_t{1} << (bits - 2)));
  EXPECT_TRUE(Value::FitsSmallInt(Value::kSmallIntMax));
  EXPECT_TRUE(Value::FitsSmallInt(Value::kSmallIntMin));
  EXPECT_FALSE(Value::FitsSmallInt(int64_t{Value::kSmallIntMax} + 1));
  EXPECT_FALSE(Value::FitsSmallInt(int64_t{Value::kSmallIntMin} - 1));
}

TEST(Value, SmallIntRoundTrip) {
  const intptr_t samples[] = {0, 1, -1, 2, -2, 12345, -12345, Value::kSmallIntMax, Value::kSmallIntMin,
                              Value::kSmallIntMax - 1, Value::kSmallIntMin + 1};
  for (intptr_t v : samples) {
    const Value value = Value::SmallInt(v);
    EXPECT_TRUE(value.IsSmallInt()) << v;
    EXPECT_FALSE(value.IsObject()) << v;
    EXPECT_FALSE(value.IsName()) << v;
    EXPECT_FALSE(value.IsSpecial()) << v;
    EXPECT_EQ(value.AsSmallInt(), v);
  }
}

TEST(Value, EqualSmallIntsAreTheSameWord) {
  EXPECT_TRUE(Value::SmallInt(42).Is(Value::SmallInt(42)));
  EXPECT_FALSE(Value::SmallInt(42).Is(Value::SmallInt(-42)));
}

TEST(Value, Names) {
  const uint32_t ids[] = {0, 1, 7, 1000, (1u << 20)};
  for (uint32_t id : ids) {
    const Value name = Value::Name(id);
    EXPECT_TRUE(name.IsName());
    EXPECT_FALSE(name.IsSmallInt());
    EXPECT_FALSE(name.IsSpecial());
    EXPECT_FALSE(name.IsObject());
    EXPECT_EQ(name.AsNameId(), id);
  }
}

TEST(Value, SpecialConstantsAreDistinct) {
  const Value all[] = {Value::None(),           Value::False(),     Value::True(),   Value::Ellipsis(),
                       Value::NotImplemented(), Value::Exception(), Value::Unbound()};
  for (size_t i = 0; i < sizeof all / sizeof all[0]; ++i) {
    EXPECT_TRUE(all[i].IsSpecial()) << i;
    EXPECT_FALSE(all[i].IsObject()) << i;
    EXPECT_FALSE(all[i].IsSmallInt()) << i;
    EXPECT_FALSE(all[i].IsNull()) << i;
    for (size_t j = 0; j < i; ++j) EXPECT_FALSE(all[i].Is(all[j])) << i << " vs " << j;
  }
  EXPECT_TRUE(Value::None().IsNone());
  EXPECT_TRUE(Value::Bool(true).IsTrue());
  EXPECT_TRUE(Value::Bool(false).IsFalse());
  EXPECT_TRUE(Value::True().IsBool());
  EXPECT_FALSE(Value::None().IsBool());
  EXPECT_TRUE(Value::Exception().IsException());
  EXPECT_TRUE(Value::Unbound().IsUnbound());
}

TEST(Value, ObjectPointers) {
  alignas(8) static uint32_t storage[4];
  const Object* object = reinterpret_cast<const Object*>(storage);
  const Value value = Value::FromObject(object);
  EXPECT_TRUE(value.IsObject());
  EXPECT_FALSE(value.IsSmallInt());
  EXPECT_FALSE(value.IsName());
  EXPECT_FALSE(value.IsSpecial());
  EXPECT_EQ(value.AsObject(), object);
  EXPECT_FALSE(Value().IsObject());
  EXPECT_TRUE(Value().IsNull());
}

Value Fails() { return Value::Exception(); }
Value Succeeds() { return Value::SmallInt(1); }

Value PropagatesFailure() {
  MICA_TRY(Fails());
  return Value::None();
}

Value PassesSuccessThrough() {
  MICA_TRY(Succeeds());
  return Value::None();
}

TEST(Value, TryPropagatesPendingException) {
  EXPECT_TRUE(PropagatesFailure().IsException());
  EXPECT_TRUE(PassesSuccessThrough().IsNone());
}

}  // namespace
}  // namespace mica
