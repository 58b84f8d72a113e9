#include <string>

#include "gtest/gtest.h"
#include "runtime/names.h"
#include "runtime/objects/list.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/range.h"
#include "runtime/objects/slice.h"
#include "runtime/objects/test_support.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

class RangeSliceTest : public testing::RuntimeTest {
 protected:
  Value R(int64_t start, int64_t stop, int64_t step) {
    return Keep(NewRange(static_cast<intptr_t>(start), static_cast<intptr_t>(stop), static_cast<intptr_t>(step)));
  }
  Value Slice(Value start, Value stop, Value step) { return Keep(NewSlice(start, stop, step)); }
};

TEST_F(RangeSliceTest, Range) {
  const Value r = R(0, 10, 3);
  EXPECT_EQ(ReprOf(r), "range(0, 10, 3)");
  EXPECT_EQ(ReprOf(Keep(ListFromIterable(r))), "[0, 3, 6, 9]");
  EXPECT_EQ(ReprOf(Len(r)), "4");
  EXPECT_EQ(ReprOf(LoadSubscript(r, I(1))), "3");
  EXPECT_EQ(ReprOf(LoadSubscript(r, I(-1))), "9");
  EXPECT_EQ(ReprOf(LoadSubscript(r, Slice(I(1), Value::None(), Value::None()))), "range(3, 12, 3)");
  EXPECT_EQ(ReprOf(LoadSubscript(r, Slice(Value::None(), Value::None(), I(-1)))), "range(9, -3, -3)");
  EXPECT_EQ(ReprOf(Contains(r, I(9))), "True");
  EXPECT_EQ(ReprOf(Contains(r, I(4))), "False");
  EXPECT_EQ(ReprOf(Contains(r, F(3.0))), "True");
  EXPECT_EQ(ReprOf(R(0, 5, 1)), "range(0, 5)");
  EXPECT_EQ(ReprOf(Keep(ListFromIterable(R(10, 0, -2)))), "[10, 8, 6, 4, 2]");
  EXPECT_EQ(ReprOf(Len(R(0, 0, 1))), "0");
  EXPECT_EQ(ReprOf(Call(r, "index", {I(6)})), "2");
  EXPECT_EQ(ReprOp(BinaryOp::kEqual, R(0, 3, 1), R(0, 3, 1)), "True");
  EXPECT_EQ(ReprOp(BinaryOp::kEqual, R(0, 0, 1), R(5, 2, 1)), "True");
  EXPECT_EQ(ErrorOf(LoadSubscript(R(0, 3, 1), I(5))), "IndexError: range object index out of range");
  const Value args[] = {I(0), I(1), I(0)};
  EXPECT_EQ(ErrorOf(CallValue(TypeValue(&kRangeType), args, 3, 0)), "ValueError: range() arg 3 must not be zero");
  const Value args2[] = {I(5)};
  EXPECT_EQ(ReprOf(CallValue(TypeValue(&kRangeType), args2, 1, 0)), "range(0, 5)");
  EXPECT_EQ(ReprOf(LoadAttr(r, names::step)), "3");
  EXPECT_EQ(ReprOf(Hash(R(0, 3, 1))), ReprOf(Hash(R(0, 3, 1))));
}

TEST_F(RangeSliceTest, Slice) {
  EXPECT_EQ(ReprOf(Slice(I(1), I(2), Value::None())), "slice(1, 2, None)");
  EXPECT_EQ(ReprOf(Call(Slice(I(1), I(10), I(2)), "indices", {I(5)})), "(1, 5, 2)");
  EXPECT_EQ(ReprOf(Call(Slice(Value::None(), Value::None(), I(-1)), "indices", {I(4)})), "(3, -1, -1)");
  EXPECT_EQ(ErrorOf(Call(Slice(Value::None(), Value::None(), I(0)), "indices", {I(4)})),
            "ValueError: slice step cannot be zero");
  EXPECT_EQ(ErrorOf(Call(Slice(S("a"), Value::None(), Value::None()), "indices", {I(4)})),
            "TypeError: slice indices must be integers or None or have an __index__ method");
  const Value huge = Op(BinaryOp::kPower, I(10), I(30));
  EXPECT_EQ(ReprOf(Call(Slice(Value::None(), huge, Value::None()), "indices", {I(4)})), "(0, 4, 1)");
  EXPECT_EQ(ReprOp(BinaryOp::kEqual, Slice(I(1), I(2), Value::None()), Slice(I(1), I(2), Value::None())), "True");
}

}  // namespace
}  // namespace mica
