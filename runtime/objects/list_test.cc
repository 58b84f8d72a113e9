#include <string>

#include "gtest/gtest.h"
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/list.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/slice.h"
#include "runtime/objects/test_support.h"
#include "runtime/objects/tuple.h"

namespace mica {
namespace {

class ListTest : public testing::RuntimeTest {
 protected:
  Value Range10() {
    const Value list = Keep(NewList());
    for (int i = 0; i < 10; ++i) ListAppend(list, Value::SmallInt(i));
    return list;
  }
  Value Slice(Value start, Value stop, Value step) { return Keep(NewSlice(start, stop, step)); }
};

TEST_F(ListTest, MethodsAndRepr) {
  const Value list = L({I(3), I(1), I(2)});
  EXPECT_EQ(ReprOf(list), "[3, 1, 2]");
  EXPECT_TRUE(Call(list, "append", {S("x")}).IsNone());
  EXPECT_EQ(ReprOf(list), "[3, 1, 2, 'x']");
  EXPECT_EQ(ReprOf(Call(list, "pop")), "'x'");
  EXPECT_TRUE(Call(list, "insert", {I(-1), I(9)}).IsNone());
  EXPECT_EQ(ReprOf(list), "[3, 1, 9, 2]");
  EXPECT_TRUE(Call(list, "extend", {T({I(5), I(6)})}).IsNone());
  EXPECT_TRUE(Call(list, "remove", {I(9)}).IsNone());
  EXPECT_EQ(ReprOf(list), "[3, 1, 2, 5, 6]");
  EXPECT_EQ(ReprOf(Call(list, "index", {I(5)})), "3");
  EXPECT_EQ(ReprOf(Call(list, "count", {I(1)})), "1");
  EXPECT_TRUE(Call(list, "reverse").IsNone());
  EXPECT_EQ(ReprOf(list), "[6, 5, 2, 1, 3]");
  const Value copy = Call(list, "copy");
  EXPECT_TRUE(Call(list, "clear").IsNone());
  EXPECT_EQ(ReprOf(list), "[]");
  EXPECT_EQ(ReprOf(copy), "[6, 5, 2, 1, 3]");
  EXPECT_EQ(ReprOf(Call(copy, "pop", {I(0)})), "6");
}

// Empty lists have no item block: concatenation, extension and slice assignment copy zero items from/to null.
TEST_F(ListTest, EmptyListsCopyNothing) {
  EXPECT_EQ(ReprOp(BinaryOp::kAdd, L({}), L({})), "[]");
  EXPECT_EQ(ReprOp(BinaryOp::kAdd, L({}), L({I(1)})), "[1]");
  EXPECT_EQ(ReprOp(BinaryOp::kAdd, L({I(1)}), L({})), "[1]");
  const Value list = L({});
  EXPECT_TRUE(Call(list, "extend", {L({})}).IsNone());
  EXPECT_TRUE(Call(list, "extend", {T({})}).IsNone());
  EXPECT_TRUE(Op(BinaryOp::kInplaceAdd, list, L({})).Is(list));
  EXPECT_TRUE(StoreSubscript(list, Slice(Value::None(), Value::None(), Value::None()), L({})).IsNone());
  EXPECT_EQ(ReprOf(list), "[]");
  EXPECT_TRUE(StoreSubscript(list, Slice(Value::None(), Value::None(), Value::None()), T({I(2)})).IsNone());
  EXPECT_EQ(ReprOf(list), "[2]");
}

TEST_F(ListTest, Errors) {
  EXPECT_EQ(ErrorOf(Call(L({}), "pop")), "IndexError: pop from empty list");
  EXPECT_EQ(ErrorOf(Call(L({I(1)}), "pop", {I(5)})), "IndexError: pop index out of range");
  EXPECT_EQ(ErrorOf(LoadSubscript(L({I(1)}), I(5))), "IndexError: list index out of range");
  EXPECT_EQ(ErrorOf(StoreSubscript(L({I(1)}), I(5), I(1))), "IndexError: list assignment index out of range");
  EXPECT_EQ(ErrorOf(Call(L({I(1)}), "remove", {I(5)})), "ValueError: list.remove(x): x not in list");
  EXPECT_EQ(ErrorOf(Call(L({I(1)}), "index", {I(5)})), "ValueError: 5 is not in list");
  EXPECT_EQ(ErrorOf(LoadSubscript(L({I(1)}), S("a"))), "TypeError: list indices must be integers or slices, not str");
  EXPECT_EQ(ErrorOf(Op(BinaryOp::kLess, L({I(1)}), L({S("a")}))),
            "TypeError: '<' not supported between instances of 'int' and 'str'");
  EXPECT_EQ(ErrorOf(Hash(L({}))), "TypeError: unhashable type: 'list'");
}

TEST_F(ListTest, Operators) {
  const Value list = L({I(1), I(2), I(3)});
  EXPECT_EQ(ReprOp(BinaryOp::kMultiply, list, I(2)), "[1, 2, 3, 1, 2, 3]");
  EXPECT_EQ(ReprOp(BinaryOp::kMultiply, I(2), list), "[1, 2, 3, 1, 2, 3]");
  EXPECT_EQ(ReprOp(BinaryOp::kAdd, list, L({I(4)})), "[1, 2, 3, 4]");
  EXPECT_EQ(ErrorOf(Op(BinaryOp::kAdd, list, T({I(4)}))),
            "TypeError: unsupported operand type(s) for +: 'list' and 'tuple'");
  const Value result = Op(BinaryOp::kInplaceAdd, list, T({I(4)}));
  EXPECT_TRUE(result.Is(list));
  EXPECT_EQ(ReprOf(list), "[1, 2, 3, 4]");
  EXPECT_TRUE(Op(BinaryOp::kInplaceAdd, list, list).Is(list));
  EXPECT_EQ(ReprOf(list), "[1, 2, 3, 4, 1, 2, 3, 4]");
  EXPECT_EQ(ReprOp(BinaryOp::kLess, L({I(1), I(2)}), L({I(1), I(2), I(3)})), "True");
  EXPECT_EQ(ReprOp(BinaryOp::kGreater, L({I(1), I(3)}), L({I(1), I(2), I(3)})), "True");
  EXPECT_EQ(ReprOp(BinaryOp::kEqual, L({I(1), F(2.0)}), L({I(1), I(2)})), "True");
  EXPECT_EQ(ReprOf(Contains(list, F(3.0))), "True");
  EXPECT_EQ(ReprOf(Contains(list, I(7))), "False");
}

TEST_F(ListTest, Slices) {
  const Value list = L({I(1), I(2), I(3)});
  EXPECT_EQ(ReprOf(LoadSubscript(list, Slice(Value::None(), Value::None(), I(-1)))), "[3, 2, 1]");
  EXPECT_EQ(ReprOf(LoadSubscript(list, Slice(I(-2), Value::None(), Value::None()))), "[2, 3]");
  EXPECT_EQ(ReprOf(LoadSubscript(list, Slice(I(10), Value::None(), Value::None()))), "[]");
  Value a = Range10();
  ASSERT_TRUE(StoreSubscript(a, Slice(I(2), I(5), Value::None()), L({S("x")})).IsNone());
  EXPECT_EQ(ReprOf(a), "[0, 1, 'x', 5, 6, 7, 8, 9]");
  a = Range10();
  ASSERT_TRUE(DeleteSubscript(a, Slice(Value::None(), Value::None(), I(3))).IsNone());
  EXPECT_EQ(ReprOf(a), "[1, 2, 4, 5, 7, 8]");
  a = Range10();
  ASSERT_TRUE(DeleteSubscript(a, Slice(I(-1), I(2), I(-3))).IsNone());
  EXPECT_EQ(ReprOf(a), "[0, 1, 2, 4, 5, 7, 8]");
  a = L({I(0), I(1), I(2), I(3), I(4), I(5)});
  ASSERT_TRUE(StoreSubscript(a, Slice(Value::None(), Value::None(), I(2)), L({I(9), I(9), I(9)})).IsNone());
  EXPECT_EQ(ReprOf(a), "[9, 1, 9, 3, 9, 5]");
  EXPECT_EQ(ErrorOf(StoreSubscript(a, Slice(Value::None(), Value::None(), I(2)), L({I(1)}))),
            "ValueError: attempt to assign sequence of size 1 to extended slice of size 3");
  ASSERT_TRUE(StoreSubscript(a, Slice(Value::None(), Value::None(), Value::None()), a).IsNone());
  EXPECT_EQ(ReprOf(a), "[9, 1, 9, 3, 9, 5]");
  ASSERT_TRUE(StoreSubscript(a, Slice(I(1), I(1), Value::None()), T({I(7), I(8)})).IsNone());
  EXPECT_EQ(ReprOf(a), "[9, 7, 8, 1, 9, 3, 9, 5]");
  ASSERT_TRUE(DeleteSubscript(a, I(0)).IsNone());
  EXPECT_EQ(ReprOf(a), "[7, 8, 1, 9, 3, 9, 5]");
}

TEST_F(ListTest, SelfReferenceRepr) {
  const Value list = L({I(1)});
  ListAppend(list, list);
  EXPECT_EQ(ReprOf(list), "[1, [...]]");
  EXPECT_EQ(ReprOf(Equals(list, list)), "True");
}

TEST_F(ListTest, SortIsStable) {
  // [(1,'a'),(0,'b'),(1,'c'),(0,'d')] sorted by the first item, both directions.
  const Value items = L({T({I(1), S("a")}), T({I(0), S("b")}), T({I(1), S("c")}), T({I(0), S("d")})});
  const Value sorted = Call(items, "copy");
  ASSERT_TRUE(Call(sorted, "sort").IsNone());
  EXPECT_EQ(ReprOf(sorted), "[(0, 'b'), (0, 'd'), (1, 'a'), (1, 'c')]");
  ASSERT_TRUE(Call(sorted, "sort", {}, {{"reverse", Value::True()}}).IsNone());
  EXPECT_EQ(ReprOf(sorted), "[(1, 'c'), (1, 'a'), (0, 'd'), (0, 'b')]");
}

Value FirstItem(const Value* args, uint32_t, uint32_t) { return TupleItems(args[0])[0]; }
constexpr BuiltinFunction kFirstItem = MakeBuiltin(0, 1, 1, FirstItem);

TEST_F(ListTest, SortWithKeyIsStableBothWays) {
  const Value key = Value::FromObject(&kFirstItem.header);
  const Value items = L({T({I(1), S("a")}), T({I(0), S("b")}), T({I(1), S("c")}), T({I(0), S("d")})});
  const Value forward = Call(items, "copy");
  ASSERT_TRUE(Call(forward, "sort", {}, {{"key", key}}).IsNone());
  EXPECT_EQ(ReprOf(forward), "[(0, 'b'), (0, 'd'), (1, 'a'), (1, 'c')]");
  const Value backward = Call(items, "copy");
  ASSERT_TRUE(Call(backward, "sort", {}, {{"key", key}, {"reverse", Value::True()}}).IsNone());
  EXPECT_EQ(ReprOf(backward), "[(1, 'a'), (1, 'c'), (0, 'b'), (0, 'd')]");
}

TEST_F(ListTest, SortLargeAndMixed) {
  const Value list = Keep(NewList());
  uint32_t state = 12345;
  for (int i = 0; i < 2000; ++i) {
    state = state * 1103515245u + 12345u;
    ListAppend(list, Value::SmallInt(static_cast<intptr_t>((state >> 8) % 1000)));
  }
  ListAppend(list, F(500.5));
  ASSERT_TRUE(Call(list, "sort").IsNone());
  const ListObject* sorted = AsList(list);
  for (uint32_t i = 1; i < sorted->length; ++i) {
    EXPECT_TRUE(Compare(BinaryOp::kLessEqual, sorted->items[i - 1], sorted->items[i]).IsTrue()) << i;
  }
  const Value mixed = L({I(1), S("a")});
  EXPECT_EQ(ErrorOf(Call(mixed, "sort")), "TypeError: '<' not supported between instances of 'str' and 'int'");
  EXPECT_EQ(ReprOf(Len(mixed)), "2");
  EXPECT_EQ(ErrorOf(Call(mixed, "sort", {I(1)})), "TypeError: sort() takes no positional arguments");
}

TEST_F(ListTest, Iteration) {
  const Value list = L({I(1), I(2)});
  const Value it = Keep(GetIter(list));
  EXPECT_EQ(ReprOf(IterNext(it)), "1");
  ListAppend(list, I(3));  // growing while iterating is seen, as in Python
  EXPECT_EQ(ReprOf(IterNext(it)), "2");
  EXPECT_EQ(ReprOf(IterNext(it)), "3");
  EXPECT_TRUE(IterNext(it).IsNull());
  EXPECT_TRUE(IterNext(it).IsNull());
}

}  // namespace
}  // namespace mica
