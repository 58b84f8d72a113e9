#include <string>

#include "gtest/gtest.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/slice.h"
#include "runtime/objects/test_support.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

using TupleTest = testing::RuntimeTest;

TEST_F(TupleTest, Basics) {
  EXPECT_EQ(ReprOf(T({I(1)})), "(1,)");
  EXPECT_EQ(ReprOf(T({})), "()");
  EXPECT_TRUE(T({}).Is(Value::FromObject(&kEmptyTuple.header)));
  EXPECT_EQ(ReprOp(BinaryOp::kAdd, T({I(1), I(2)}), T({I(3)})), "(1, 2, 3)");
  EXPECT_EQ(ReprOp(BinaryOp::kMultiply, T({I(1), I(2)}), I(2)), "(1, 2, 1, 2)");
  EXPECT_EQ(ReprOf(LoadSubscript(T({I(1), I(2), I(3)}), Keep(NewSlice(I(1), Value::None(), Value::None())))),
            "(2, 3)");
  EXPECT_EQ(ReprOf(Call(T({I(3), I(2), I(1)}), "index", {I(1)})), "2");
  EXPECT_EQ(ReprOf(Call(T({I(3), I(3), I(1)}), "count", {I(3)})), "2");
  EXPECT_EQ(ReprOp(BinaryOp::kLess, T({I(1), I(2)}), T({I(1), I(3)})), "True");
  EXPECT_EQ(ReprOp(BinaryOp::kEqual, T({I(1), S("a")}), T({I(1), S("a")})), "True");
  EXPECT_EQ(ErrorOf(StoreSubscript(T({I(1)}), I(0), I(2))), "TypeError: 'tuple' object does not support item assignment");
  EXPECT_EQ(ErrorOf(LoadSubscript(T({I(1)}), I(3))), "IndexError: tuple index out of range");
  const Value args[] = {L({I(1), I(2)})};
  EXPECT_EQ(ReprOf(CallValue(TypeValue(&kTupleType), args, 1, 0)), "(1, 2)");
}

TEST_F(TupleTest, HashLikeCPython) {
  EXPECT_EQ(ReprOf(Hash(T({I(1), I(2)}))), ReprOf(Hash(T({I(1), F(2.0)}))));
  if (sizeof(void*) == 8) {
    EXPECT_EQ(ReprOf(Hash(T({I(1), I(2)}))), "-3550055125485641917");
  }
  EXPECT_EQ(ErrorOf(Hash(T({L({})}))), "TypeError: unhashable type: 'list'");
}

}  // namespace
}  // namespace mica
