#include <string>

#include "gtest/gtest.h"
#include "runtime/names.h"
#include "runtime/objects/bound_method.h"
#include "runtime/objects/builtin_function.h"
#include "gc/heap.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/list.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/int.h"
#include "runtime/objects/none_bool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/object_type.h"
#include "runtime/objects/test_support.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

using ObjectOpsTest = testing::RuntimeTest;

TEST_F(ObjectOpsTest, TypeOfImmediates) {
  EXPECT_EQ(ReprOf(TypeValue(TypeOf(I(1)))), "<class 'int'>");
  EXPECT_EQ(ReprOf(TypeValue(TypeOf(Value::None()))), "<class 'NoneType'>");
  EXPECT_EQ(ReprOf(TypeValue(TypeOf(Value::True()))), "<class 'bool'>");
  EXPECT_EQ(ReprOf(TypeValue(TypeOf(Value::Ellipsis()))), "<class 'ellipsis'>");
  EXPECT_EQ(ReprOf(TypeValue(TypeOf(Value::NotImplemented()))), "<class 'NotImplementedType'>");
  EXPECT_EQ(ReprOf(TypeValue(TypeOf(N("x")))), "<class 'str'>");
  EXPECT_EQ(ReprOf(TypeValue(TypeOf(TypeValue(&kIntType)))), "<class 'type'>");
  EXPECT_EQ(ReprOf(Value::Ellipsis()), "Ellipsis");
  EXPECT_EQ(ReprOf(Value::NotImplemented()), "NotImplemented");
  EXPECT_EQ(ReprOf(Value::None()), "None");
  const Value args[] = {S("x")};
  EXPECT_EQ(ReprOf(CallValue(TypeValue(&kTypeType), args, 1, 0)), "<class 'str'>");
  EXPECT_TRUE(IsInstance(I(1), &kObjectType));
  const Value object = Keep(CallValue(TypeValue(&kObjectType), nullptr, 0, 0));
  EXPECT_EQ(ReprOf(object).substr(0, 20), "<object object at 0x");
}

TEST_F(ObjectOpsTest, ErrorMessages) {
  EXPECT_EQ(ErrorOf(LoadSubscript(Value::None(), I(0))), "TypeError: 'NoneType' object is not subscriptable");
  EXPECT_EQ(ErrorOf(Len(I(5))), "TypeError: object of type 'int' has no len()");
  EXPECT_EQ(ErrorOf(GetIter(I(5))), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(ErrorOf(LoadAttr(I(5), names::append)), "AttributeError: 'int' object has no attribute 'append'");
  EXPECT_EQ(ErrorOf(CallValue(I(5), nullptr, 0, 0)), "TypeError: 'int' object is not callable");
  EXPECT_EQ(ErrorOf(UnaryOperation(UnaryOp::kNegative, S("a"))), "TypeError: bad operand type for unary -: 'str'");
  EXPECT_EQ(ErrorOf(UnaryOperation(UnaryOp::kAbs, S("a"))), "TypeError: bad operand type for abs(): 'str'");
  EXPECT_EQ(ErrorOf(LoadAttr(TypeValue(&kIntType), names::append)),
            "AttributeError: type object 'int' has no attribute 'append'");
  EXPECT_EQ(ErrorOf(StoreAttr(L({}), names::append, I(1))),
            "AttributeError: 'list' object attribute 'append' is read-only");
  EXPECT_EQ(ErrorOf(Contains(I(1), I(1))), "TypeError: argument of type 'int' is not iterable");
  EXPECT_EQ(ErrorOf(IterNext(L({}))), "TypeError: 'list' object is not an iterator");
}

TEST_F(ObjectOpsTest, MethodsAndBoundMethods) {
  const Value list = L({});
  const Value append = LoadAttr(list, names::append);
  EXPECT_TRUE(IsBoundMethod(append));
  const Value args[] = {I(7)};
  EXPECT_TRUE(CallValue(append, args, 1, 0).IsNone());
  EXPECT_EQ(ReprOf(list), "[7]");
  EXPECT_EQ(ReprOf(LoadAttr(append, names::__name__)), "'append'");
  Value method[2];
  ASSERT_TRUE(LoadMethod(list, names::append, method).IsNone());
  EXPECT_TRUE(IsBuiltinFunction(method[0]));
  EXPECT_TRUE(method[1].Is(list));
  EXPECT_EQ(ReprOf(method[0]), "<method 'append' of 'list' objects>");
  EXPECT_TRUE(CallMethod(list, names::append, args, 1).IsNone());
  EXPECT_EQ(ReprOf(list), "[7, 7]");
  EXPECT_EQ(ReprOf(LoadAttr(TypeValue(&kIntType), names::__name__)), "'int'");
  EXPECT_EQ(ReprOf(LoadAttr(I(3), names::__class__)), "<class 'int'>");
  EXPECT_EQ(ReprOf(Equals(append, Keep(LoadAttr(list, names::append)))), "True");
  EXPECT_EQ(ReprOf(append).substr(0, 44), "<built-in method append of list object at 0x");
}

TEST_F(ObjectOpsTest, TruthAndEquality) {
  EXPECT_EQ(ReprOf(Truth(L({}))), "False");
  EXPECT_EQ(ReprOf(Truth(L({I(0)}))), "True");
  EXPECT_EQ(ReprOf(Truth(F(0.0))), "False");
  EXPECT_EQ(ReprOf(Truth(Value::None())), "False");
  EXPECT_EQ(ReprOf(Truth(Op(BinaryOp::kPower, I(2), I(100)))), "True");
  EXPECT_EQ(ReprOf(Equals(Value::None(), Value::None())), "True");
  EXPECT_EQ(ReprOf(Equals(Value::None(), I(0))), "False");
  EXPECT_EQ(ReprOp(BinaryOp::kNotEqual, L({I(1)}), L({I(2)})), "True");
  EXPECT_EQ(ReprOf(Hash(Value::None())), ReprOf(Hash(Value::None())));
}

TEST_F(ObjectOpsTest, ArgumentCounts) {
  EXPECT_EQ(ErrorOf(Call(L({}), "append")), "TypeError: append() takes exactly 1 argument (0 given)");
  EXPECT_EQ(ErrorOf(Call(L({}), "append", {}, {{"x", I(1)}})), "TypeError: append() takes no keyword arguments");
  EXPECT_EQ(ErrorOf(Call(L({}), "pop", {I(1), I(2)})), "TypeError: pop() takes at most 1 argument (2 given)");
  EXPECT_EQ(ErrorOf(CheckArgCount("f", 3, 0, 2, 2)), "TypeError: f() takes exactly 2 arguments (3 given)");
}

}  // namespace
}  // namespace mica

namespace mica {
namespace {

TEST_F(ObjectOpsTest, StressModeCollectsOnEveryAllocation) {
  const uint32_t before = Heap().Stats().collections;
  for (int i = 0; i < 10; ++i) Keep(NewList());
  const uint32_t collections = Heap().Stats().collections - before;
  if (StressMode()) {
    EXPECT_GE(collections, 10u);
  } else {
    EXPECT_EQ(collections, 0u);
  }
}

}  // namespace
}  // namespace mica
