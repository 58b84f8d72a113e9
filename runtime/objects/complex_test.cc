#include <math.h>

#include <string>

#include "gtest/gtest.h"
#include "runtime/names.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/test_support.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

using ComplexTest = testing::RuntimeTest;

TEST_F(ComplexTest, Repr) {
  EXPECT_EQ(ReprOf(Keep(NewComplex(1, 2))), "(1+2j)");
  EXPECT_EQ(ReprOf(Keep(NewComplex(0, 1))), "1j");
  EXPECT_EQ(ReprOf(Keep(NewComplex(-0.0, -1))), "(-0-1j)");
  EXPECT_EQ(ReprOf(Keep(NewComplex(1.5, -0.0))), "(1.5-0j)");
  EXPECT_EQ(ReprOf(Keep(NewComplex(INFINITY, NAN))), "(inf+nanj)");
}

TEST_F(ComplexTest, Arithmetic) {
  const Value a = Keep(NewComplex(1, 2));
  EXPECT_EQ(ReprOp(BinaryOp::kMultiply, a, Keep(NewComplex(3, -4))), "(11+2j)");
  EXPECT_EQ(ReprOp(BinaryOp::kAdd, I(1), a), "(2+2j)");
  EXPECT_EQ(ReprOp(BinaryOp::kSubtract, a, F(0.5)), "(0.5+2j)");
  EXPECT_EQ(ReprOp(BinaryOp::kTrueDivide, a, I(2)), "(0.5+1j)");
  EXPECT_EQ(ReprOp(BinaryOp::kPower, a, I(2)), "(-3+4j)");
  EXPECT_EQ(ErrorOf(Op(BinaryOp::kTrueDivide, a, I(0))), "ZeroDivisionError: complex division by zero");
  EXPECT_EQ(ReprOf(UnaryOperation(UnaryOp::kAbs, Keep(NewComplex(3, 4)))), "5.0");
  EXPECT_EQ(ReprOf(Call(a, "conjugate")), "(1-2j)");
  EXPECT_EQ(ReprOf(LoadAttr(a, names::imag)), "2.0");
  EXPECT_EQ(ReprOp(BinaryOp::kEqual, Keep(NewComplex(2, 0)), I(2)), "True");
  EXPECT_EQ(ReprOp(BinaryOp::kEqual, F(2.0), Keep(NewComplex(2, 0))), "True");
  EXPECT_EQ(ReprOf(Hash(Keep(NewComplex(2, 0)))), ReprOf(Hash(I(2))));
  EXPECT_EQ(ErrorOf(Op(BinaryOp::kLess, a, a)),
            "TypeError: '<' not supported between instances of 'complex' and 'complex'");
}

TEST_F(ComplexTest, Constructor) {
  const Value type = TypeValue(&kComplexType);
  const Value text[] = {S(" (1-2.5J) ")};
  EXPECT_EQ(ReprOf(CallValue(type, text, 1, 0)), "(1-2.5j)");
  const Value parts[] = {I(1), F(2)};
  EXPECT_EQ(ReprOf(CallValue(type, parts, 2, 0)), "(1+2j)");
  const Value bad[] = {S("1+")};
  EXPECT_EQ(ErrorOf(CallValue(type, bad, 1, 0)), "ValueError: complex() arg is a malformed string");
  EXPECT_EQ(ReprOf(ComplexFromText("-j", 2)), "-1j");
}

}  // namespace
}  // namespace mica
