#include "runtime/vm/small_int_ops.h"

#include <stdint.h>

#include "gtest/gtest.h"
#include "runtime/value.h"

namespace mica {
namespace vm {
namespace {

constexpr intptr_t kMax = Value::kSmallIntMax;
constexpr intptr_t kMin = Value::kSmallIntMin;

using Operation = bool (*)(intptr_t, intptr_t, intptr_t*);

// The result, or a sentinel meaning "slow path".
constexpr intptr_t kSlow = INTPTR_MIN;
intptr_t Apply(Operation op, intptr_t a, intptr_t b) {
  intptr_t out = 0;
  return op(a, b, &out) ? out : kSlow;
}

TEST(SmallIntOps, AddAndSubtractLeaveTheRangeExactlyAtItsEdges) {
  EXPECT_EQ(Apply(SmallIntAdd, kMax - 1, 1), kMax);
  EXPECT_EQ(Apply(SmallIntAdd, kMax, 1), kSlow);
  EXPECT_EQ(Apply(SmallIntAdd, kMax, kMax), kSlow);
  EXPECT_EQ(Apply(SmallIntAdd, kMin, -1), kSlow);
  EXPECT_EQ(Apply(SmallIntAdd, kMin, kMax), -1);
  EXPECT_EQ(Apply(SmallIntSubtract, kMin + 1, 1), kMin);
  EXPECT_EQ(Apply(SmallIntSubtract, kMin, 1), kSlow);
  EXPECT_EQ(Apply(SmallIntSubtract, 0, kMin), kSlow);  // -kMin is kMax + 1
  EXPECT_EQ(Apply(SmallIntSubtract, -1, kMin), kMax);
}

TEST(SmallIntOps, MultiplyDetectsWordAndRangeOverflow) {
  EXPECT_EQ(Apply(SmallIntMultiply, 6, -7), -42);
  EXPECT_EQ(Apply(SmallIntMultiply, kMax / 2, 2), kMax - 1);
  EXPECT_EQ(Apply(SmallIntMultiply, kMax / 2 + 1, 2), kSlow);  // kMax + 1: fits a word, not a small int
  EXPECT_EQ(Apply(SmallIntMultiply, kMax, kMax), kSlow);       // overflows the word itself
  EXPECT_EQ(Apply(SmallIntMultiply, kMin, -1), kSlow);
  EXPECT_EQ(Apply(SmallIntMultiply, kMin / 2, 2), kMin);
}

TEST(SmallIntOps, FloorDivideAndModuloFollowPython) {
  struct Case {
    intptr_t a, b, quotient, remainder;
  };
  // Python: divmod(a, b) for every sign combination.
  const Case cases[] = {
      {7, 2, 3, 1},     {-7, 2, -4, 1},     {7, -2, -4, -1},        {-7, -2, 3, -1},      {6, 3, 2, 0},
      {-6, 3, -2, 0},   {6, -3, -2, 0},     {0, -5, 0, 0},          {1, 10, 0, 1},        {-1, 10, -1, 9},
      {1, -10, -1, -9}, {kMin, 1, kMin, 0}, {kMin, 2, kMin / 2, 0}, {kMax, -1, -kMax, 0}, {kMin, kMax, -2, kMax - 1}};
  for (const Case& c : cases) {
    EXPECT_EQ(Apply(SmallIntFloorDivide, c.a, c.b), c.quotient) << c.a << " // " << c.b;
    EXPECT_EQ(Apply(SmallIntModulo, c.a, c.b), c.remainder) << c.a << " % " << c.b;
  }
}

TEST(SmallIntOps, DivisionSlowPaths) {
  EXPECT_EQ(Apply(SmallIntFloorDivide, 1, 0), kSlow);  // ZeroDivisionError
  EXPECT_EQ(Apply(SmallIntModulo, 1, 0), kSlow);
  EXPECT_EQ(Apply(SmallIntFloorDivide, kMin, -1), kSlow);  // kMax + 1
  EXPECT_EQ(Apply(SmallIntModulo, kMin, -1), 0);
}

TEST(SmallIntOps, Power) {
  EXPECT_EQ(Apply(SmallIntPower, 2, 10), 1024);
  EXPECT_EQ(Apply(SmallIntPower, -3, 3), -27);
  EXPECT_EQ(Apply(SmallIntPower, 0, 0), 1);
  EXPECT_EQ(Apply(SmallIntPower, 7, 0), 1);
  EXPECT_EQ(Apply(SmallIntPower, 1, kMax), 1);
  EXPECT_EQ(Apply(SmallIntPower, -1, kMax), -1);
  EXPECT_EQ(Apply(SmallIntPower, -1, kMax - 1), 1);
  EXPECT_EQ(Apply(SmallIntPower, 0, kMax), 0);
  EXPECT_EQ(Apply(SmallIntPower, 2, kWordBits - 3), intptr_t{1} << (kWordBits - 3));
  EXPECT_EQ(Apply(SmallIntPower, 2, kWordBits - 2), kSlow);  // kMax + 1
  EXPECT_EQ(Apply(SmallIntPower, -2, kWordBits - 2), kSlow);
  EXPECT_EQ(Apply(SmallIntPower, -2, kWordBits - 3), -(intptr_t{1} << (kWordBits - 3)));
  EXPECT_EQ(Apply(SmallIntPower, 10, 100), kSlow);
  EXPECT_EQ(Apply(SmallIntPower, 2, -1), kSlow);  // a float
}

TEST(SmallIntOps, LeftShiftGoesToTheSlowPathWhenBitsWouldBeLost) {
  EXPECT_EQ(Apply(SmallIntLeftShift, 1, 4), 16);
  EXPECT_EQ(Apply(SmallIntLeftShift, -3, 2), -12);
  EXPECT_EQ(Apply(SmallIntLeftShift, 1, kWordBits - 3), intptr_t{1} << (kWordBits - 3));
  EXPECT_EQ(Apply(SmallIntLeftShift, 1, kWordBits - 2), kSlow);
  EXPECT_EQ(Apply(SmallIntLeftShift, -1, kWordBits - 2), kMin);  // exactly the most negative small int
  EXPECT_EQ(Apply(SmallIntLeftShift, 1, kWordBits - 1), kSlow);
  EXPECT_EQ(Apply(SmallIntLeftShift, 1, kWordBits), kSlow);
  EXPECT_EQ(Apply(SmallIntLeftShift, 1, 1000), kSlow);
  EXPECT_EQ(Apply(SmallIntLeftShift, 0, 1000), 0);
  EXPECT_EQ(Apply(SmallIntLeftShift, kMax, 1), kSlow);
  EXPECT_EQ(Apply(SmallIntLeftShift, 1, -1), kSlow);  // ValueError
}

TEST(SmallIntOps, RightShiftIsExactForAnyCount) {
  EXPECT_EQ(Apply(SmallIntRightShift, 16, 2), 4);
  EXPECT_EQ(Apply(SmallIntRightShift, -5, 1), -3);  // floors, like Python
  EXPECT_EQ(Apply(SmallIntRightShift, -5, 100), -1);
  EXPECT_EQ(Apply(SmallIntRightShift, 5, 100), 0);
  EXPECT_EQ(Apply(SmallIntRightShift, kMin, kWordBits - 1), -1);
  EXPECT_EQ(Apply(SmallIntRightShift, kMax, kMax), 0);
  EXPECT_EQ(Apply(SmallIntRightShift, 1, -1), kSlow);
}

TEST(SmallIntOps, NegateHasOneSlowCase) {
  intptr_t out = 0;
  EXPECT_TRUE(SmallIntNegate(kMax, &out));
  EXPECT_EQ(out, -kMax);
  EXPECT_FALSE(SmallIntNegate(kMin, &out));
  EXPECT_TRUE(SmallIntNegate(0, &out));
  EXPECT_EQ(out, 0);
}

}  // namespace
}  // namespace vm
}  // namespace mica
