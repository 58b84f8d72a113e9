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

// Bounds beyond the machine word (on 32-bit ARM small ints have 31 bits, so 2**40 is a big int there).
TEST_F(RangeSliceTest, BigBounds) {
  const Value two40 = Op(BinaryOp::kPower, I(2), I(40));
  const Value args[] = {two40, Op(BinaryOp::kAdd, two40, I(3))};
  const Value r = Keep(CallValue(TypeValue(&kRangeType), args, 2, 0));
  EXPECT_EQ(ReprOf(r), "range(1099511627776, 1099511627779)");
  EXPECT_EQ(ReprOf(Keep(ListFromIterable(r))), "[1099511627776, 1099511627777, 1099511627778]");
  EXPECT_EQ(ReprOf(Len(r)), "3");
  EXPECT_EQ(ReprOf(LoadSubscript(r, I(-1))), "1099511627778");
  EXPECT_EQ(ReprOf(Contains(r, Op(BinaryOp::kAdd, two40, I(1)))), "True");
  EXPECT_EQ(ReprOf(Contains(r, I(1))), "False");
  EXPECT_EQ(ReprOf(LoadAttr(r, names::stop)), "1099511627779");

  const Value args2[] = {I(0), Op(BinaryOp::kPower, I(2), I(33)), Op(BinaryOp::kPower, I(2), I(30))};
  const Value r2 = Keep(CallValue(TypeValue(&kRangeType), args2, 3, 0));
  EXPECT_EQ(ReprOf(Len(r2)), "8");
  EXPECT_EQ(ReprOf(LoadSubscript(r2, I(7))), "7516192768");
  EXPECT_EQ(ReprOf(LoadSubscript(r2, Slice(Value::None(), Value::None(), I(-2)))),
            "range(7516192768, -1073741824, -2147483648)");
  EXPECT_EQ(ReprOf(Call(r2, "index", {Op(BinaryOp::kPower, I(2), I(32))})), "4");

  // Beyond 64 bits everywhere: range(0, 10**20, 3).
  const Value args3[] = {I(0), Big("100000000000000000000"), I(3)};
  const Value big = Keep(CallValue(TypeValue(&kRangeType), args3, 3, 0));
  EXPECT_EQ(ReprOf(Len(big)), "33333333333333333334");
  EXPECT_EQ(ReprOf(LoadSubscript(big, I(-1))), "99999999999999999999");
  EXPECT_EQ(ReprOf(LoadSubscript(big, Big("1000000000000000000"))), "3000000000000000000");
  EXPECT_EQ(ReprOf(Contains(big, Big("99999999999999999998"))), "False");
  EXPECT_EQ(ReprOf(Contains(big, Big("99999999999999999999"))), "True");
  EXPECT_EQ(ErrorOf(LoadSubscript(big, Big("33333333333333333334"))), "IndexError: range object index out of range");
  const Value it = Keep(GetIter(big));
  EXPECT_EQ(ReprOf(IterNext(it)), "0");
  EXPECT_EQ(ReprOf(IterNext(it)), "3");
  const Value args4[] = {Big("-100000000000000000000"), Big("-100000000000000000006"), I(-2)};
  EXPECT_EQ(ReprOf(Keep(ListFromIterable(Keep(CallValue(TypeValue(&kRangeType), args4, 3, 0))))),
            "[-100000000000000000000, -100000000000000000002, -100000000000000000004]");
  const Value args5[] = {Big("100000000000000000000"), Big("100000000000000000000")};
  const Value empty = Keep(CallValue(TypeValue(&kRangeType), args5, 2, 0));
  EXPECT_EQ(ReprOf(Len(empty)), "0");
  EXPECT_EQ(ReprOp(BinaryOp::kEqual, empty, R(0, 0, 1)), "True");
  EXPECT_EQ(ReprOf(Hash(empty)), ReprOf(Hash(R(0, 0, 1))));
  EXPECT_EQ(ReprOp(BinaryOp::kEqual, big, big), "True");
  EXPECT_EQ(ReprOf(R(1, 2, 1)), "range(1, 2)");
  const Value args6[] = {Value::True(), I(3)};
  EXPECT_EQ(ReprOf(CallValue(TypeValue(&kRangeType), args6, 2, 0)), "range(1, 3)");
  const Value args7[] = {I(0), I(1), Big("0")};
  EXPECT_EQ(ErrorOf(CallValue(TypeValue(&kRangeType), args7, 3, 0)), "ValueError: range() arg 3 must not be zero");
  const Value args8[] = {F(1.0)};
  EXPECT_EQ(ErrorOf(CallValue(TypeValue(&kRangeType), args8, 1, 0)),
            "TypeError: 'float' object cannot be interpreted as an integer");
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
