// for loops: the range specialisation (GET_RANGE_ITER / FOR_RANGE) and the generic iterator protocol.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/vm/bytecode.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/vm_test_support.h"

namespace mica {
namespace vm {
namespace {

constexpr intptr_t kMax = Value::kSmallIntMax;
constexpr intptr_t kMin = Value::kSmallIntMin;

// def f(range, a, b, c, want_last):
//     count = 0; last = None
//     for i in range(a, b, c): last = i; count += 1
//     return last if want_last else count
const char* kRangeLoop = R"(
    .params 5            # range, a, b, c, mode
    .locals 7            # + count, last
        LOAD_SMALL_INT 0
        STORE_FAST 5
        LOAD_NONE
        STORE_FAST 6
        LOAD_FAST 0
        LOAD_FAST 1
        LOAD_FAST 2
        LOAD_FAST 3
        GET_RANGE_ITER 3
    loop:
        FOR_RANGE done
        STORE_FAST 6
        LOAD_FAST 5
        LOAD_SMALL_INT 1
        INPLACE_ADD
        STORE_FAST 5
        JUMP loop
    done:
        LOAD_FAST 4
        POP_JUMP_IF_TRUE want_last
        LOAD_FAST 5
        RETURN_VALUE
    want_last:
        LOAD_FAST 6
        RETURN_VALUE
)";

class RangeLoop : public ::testing::Test {
 protected:
  void SetUp() override {
    vm_.state().builtin_range = vm_.Name("range");
    code_ = vm_.Build(kRangeLoop);
    ASSERT_NE(code_, nullptr);
  }
  Value Run(Value range, intptr_t a, intptr_t b, intptr_t c, bool want_last) {
    return vm_.Run(*code_, {range, Value::SmallInt(a), Value::SmallInt(b), Value::SmallInt(c), Value::Bool(want_last)});
  }
  // Count and last value of range(a, b, c), computed the slow and obvious way.
  static void Expected(intptr_t a, intptr_t b, intptr_t c, intptr_t* count, intptr_t* last) {
    *count = 0;
    *last = 0;
    if (c > 0) {
      for (int64_t i = a; i < b; i += c) ++*count, *last = static_cast<intptr_t>(i);
    } else {
      for (int64_t i = a; i > b; i += c) ++*count, *last = static_cast<intptr_t>(i);
    }
  }
  TestVm vm_;
  std::unique_ptr<AssembledCode> code_;
};

TEST_F(RangeLoop, StepsLikePythonRange) {
  const intptr_t cases[][3] = {{0, 10, 1},
                               {3, 10, 2},
                               {10, 0, -1},
                               {10, 0, -3},
                               {0, 0, 1},
                               {5, 0, 1},
                               {0, 5, -1},
                               {-5, 5, 3},
                               {0, 1, 100},
                               {-3, -10, -2},
                               {kMax - 2, kMax, 5},
                               {kMax - 10, kMax, 3},  // the step would leave the range
                               {kMin + 2, kMin, -5},
                               {kMin + 10, kMin, -4},
                               {kMax - 1, kMax, kMax},
                               {kMin + 1, kMin, kMin}};
  for (const auto& c : cases) {
    intptr_t count = 0, last = 0;
    Expected(c[0], c[1], c[2], &count, &last);
    const Value n = Run(vm_.Name("range"), c[0], c[1], c[2], false);
    ASSERT_TRUE(n.IsSmallInt()) << c[0] << " " << c[1] << " " << c[2];
    EXPECT_EQ(n.AsSmallInt(), count) << c[0] << " " << c[1] << " " << c[2];
    const Value l = Run(vm_.Name("range"), c[0], c[1], c[2], true);
    if (count == 0) {
      EXPECT_TRUE(l.IsNone());
    } else {
      ASSERT_TRUE(l.IsSmallInt());
      EXPECT_EQ(l.AsSmallInt(), last) << c[0] << " " << c[1] << " " << c[2];
    }
  }
  // Nothing left the loop: no hook ran, nothing was allocated.
  EXPECT_TRUE(vm_.log.empty()) << vm_.log[0];
}

TEST_F(RangeLoop, StepZeroIsTheRuntimesError) {
  vm_.call = [this](Value, const Value*, size_t) { return RaiseException(&vm_.state(), vm_.Name("ValueError")); };
  EXPECT_TRUE(Run(vm_.Name("range"), 0, 10, 0, false).IsException());
  ASSERT_EQ(vm_.log.size(), 1u);
  EXPECT_EQ(vm_.log[0], "call range 0 10 0");
  EXPECT_TRUE(vm_.state().error.exception.Is(vm_.Name("ValueError")));
}

TEST_F(RangeLoop, AnotherCallableTakesTheGenericPath) {
  // `range` was rebound: the loop calls it and iterates over what it returns.
  const Value list = vm_.MakeList({Value::SmallInt(4), Value::SmallInt(8)});
  vm_.call = [list](Value, const Value*, size_t) { return list; };
  EXPECT_EQ(Run(vm_.Name("my_range"), 0, 10, 1, false).AsSmallInt(), 2);
  EXPECT_EQ(Run(vm_.Name("my_range"), 0, 10, 1, true).AsSmallInt(), 8);
  ASSERT_GE(vm_.log.size(), 2u);
  EXPECT_EQ(vm_.log[0], "call my_range 0 10 1");
  EXPECT_EQ(vm_.log[1], "get_iter <object>");
}

TEST_F(RangeLoop, NonSmallIntArgumentsTakeTheGenericPath) {
  const Value list = vm_.MakeList({Value::SmallInt(1)});
  vm_.call = [list](Value, const Value*, size_t) { return list; };
  const Value result =
      vm_.Run(*code_, {vm_.Name("range"), Value::SmallInt(0), vm_.Name("big"), Value::SmallInt(1), Value::False()});
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 1);
  EXPECT_EQ(vm_.log[0], "call range 0 big 1");
}

TEST_F(RangeLoop, IterationSetUpErrorsPropagate) {
  const Value bogus = vm_.Name("not_an_iterator");
  vm_.call = [bogus](Value, const Value*, size_t) { return bogus; };
  EXPECT_TRUE(Run(vm_.Name("other"), 0, 3, 1, false).IsException());  // get_iter refuses a name
}

TEST(RangeLoopForms, OneAndTwoArgumentsAndBreak) {
  TestVm vm;
  vm.state().builtin_range = vm.Name("range");
  // total = 0; for i in range(n): if i == 3: break; total += i   ->   0 + 1 + 2
  // then: for j in range(2, 5): total += j                        ->   + 2 + 3 + 4
  auto code = vm.Build(R"(
    .params 2            # range, n
    .locals 4
        LOAD_SMALL_INT 0
        STORE_FAST 2
        LOAD_FAST 0
        LOAD_FAST 1
        GET_RANGE_ITER 1
    first:
        FOR_RANGE first_done
        STORE_FAST 3
        LOAD_FAST 3
        LOAD_SMALL_INT 3
        COMPARE_EQ
        POP_JUMP_IF_FALSE keep_going
        POP_TOP          # break: drop the loop's three slots
        POP_TOP
        POP_TOP
        JUMP first_done
    keep_going:
        LOAD_FAST 2
        LOAD_FAST 3
        INPLACE_ADD
        STORE_FAST 2
        JUMP first
    first_done:
        LOAD_FAST 0
        LOAD_SMALL_INT 2
        LOAD_SMALL_INT 5
        GET_RANGE_ITER 2
    second:
        FOR_RANGE second_done
        LOAD_FAST 2
        INPLACE_ADD
        STORE_FAST 2
        JUMP second
    second_done:
        LOAD_FAST 2
        RETURN_VALUE
  )");
  ASSERT_NE(code, nullptr);
  Value result = vm.Run(*code, {vm.Name("range"), Value::SmallInt(10)});
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 3 + 9);
  result = vm.Run(*code, {vm.Name("range"), Value::SmallInt(2)});
  EXPECT_EQ(result.AsSmallInt(), 1 + 9);
  EXPECT_TRUE(vm.log.empty());
}

TEST(GenericIteration, ForIterWalksAnIterator) {
  TestVm vm;
  auto code = vm.Build(R"(
    .params 1
    .locals 2
        LOAD_SMALL_INT 0
        STORE_FAST 1
        LOAD_FAST 0
        GET_ITER
    loop:
        FOR_ITER done
        LOAD_FAST 1
        ROT_TWO
        INPLACE_ADD
        STORE_FAST 1
        JUMP loop
    done:
        LOAD_FAST 1
        RETURN_VALUE
  )");
  ASSERT_NE(code, nullptr);
  const Value list = vm.MakeList({Value::SmallInt(1), Value::SmallInt(20), Value::SmallInt(300)});
  Value result = vm.Run(*code, {list});
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 321);
  result = vm.Run(*code, {vm.MakeList({})});
  EXPECT_EQ(result.AsSmallInt(), 0);
  EXPECT_TRUE(vm.Run(*code, {Value::None()}).IsException());  // not iterable
  EXPECT_EQ(vm.log.back(), "get_iter None");
}

}  // namespace
}  // namespace vm
}  // namespace mica
