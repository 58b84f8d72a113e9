// MemoryError when the heap is exhausted, and a runtime that keeps working afterwards. Also the sizes of the
// basic objects (printed, for the record) and the GC safety of containers under collection.
#include <stdio.h>

#include <string>

#include "gc/heap.h"
#include "gtest/gtest.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/list.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/objects/test_support.h"

namespace mica {
namespace {

class MemoryTest : public testing::RuntimeTest {
 protected:
  MemoryTest() : RuntimeTest(256 * 1024) {}
};

TEST_F(MemoryTest, ExhaustionRaisesMemoryErrorAndRecovers) {
  const Value list = Keep(NewList());
  size_t appended = 0;
  Value result;
  while (true) {
    const Value item = NewStr("0123456789abcdef0123456789abcdef", 32);
    if (item.IsException()) {
      result = item;
      break;
    }
    result = ListAppend(list, item);
    if (result.IsException()) break;
    ++appended;
  }
  EXPECT_GT(appended, 1000u);
  EXPECT_TRUE(PendingIs(&kMemoryErrorType));
  EXPECT_EQ(ReprOf(Keep(PendingException())), "MemoryError()");
  ClearPendingException();
  // Repr with a full heap fails cleanly too.
  EXPECT_TRUE(Repr(list).IsException());
  EXPECT_TRUE(PendingIs(&kMemoryErrorType));
  ClearPendingException();
  // Free the list's items: everything works again.
  ListClear(list);
  Heap().Collect();
  EXPECT_EQ(ReprOf(L({I(1), S("two"), F(3.0)})), "[1, 'two', 3.0]");
  EXPECT_TRUE(Heap().CheckConsistency());
}

TEST_F(MemoryTest, RaiseFormatWithFullHeapGivesMemoryError) {
  Heap().Lock();
  EXPECT_TRUE(RaiseFormat(&kValueErrorType, "%d", 1).IsException());
  EXPECT_TRUE(PendingIs(&kMemoryErrorType));
  Heap().Unlock();
  ClearPendingException();
}

TEST_F(MemoryTest, DeepNestingHitsTheStackLimit) {
  Value chains[2];
  for (Value& outer : chains) {
    outer = Keep(NewList());
    Value inner = outer;
    for (int i = 0; i < 1500; ++i) {
      const Value next = NewList();
      ASSERT_FALSE(next.IsException());
      ASSERT_TRUE(ListAppend(inner, next).IsNone());
      inner = next;
    }
  }
  State().c_stack_limit = reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) - 48 * 1024;
  EXPECT_EQ(ErrorOf(Repr(chains[0])), "RuntimeError: maximum recursion depth exceeded");
  EXPECT_EQ(ErrorOf(Equals(chains[0], chains[1])), "RuntimeError: maximum recursion depth exceeded");
  State().c_stack_limit = 0;
  EXPECT_EQ(State().repr_guard_depth, 0u);
}

TEST_F(MemoryTest, ObjectSizes) {
  const size_t empty_list = Heap().BlockSize(Keep(NewList()).AsObject());
  const size_t empty_dict = Heap().BlockSize(Keep(NewDict()).AsObject());
  const size_t one_char = Heap().BlockSize(S("a").AsObject());
  const size_t small_int_tuple = Heap().BlockSize(T({I(1), I(2)}).AsObject());
  const size_t a_float = Heap().BlockSize(F(1.5).AsObject());
  printf("bytes per object (%zu-bit): empty list %zu, empty dict %zu, 1-char str %zu, 2-tuple %zu, float %zu\n",
         sizeof(void*) * 8, empty_list, empty_dict, one_char, small_int_tuple, a_float);
  if (sizeof(void*) == 4) {
    EXPECT_EQ(empty_list, 16u);
    EXPECT_EQ(empty_dict, 32u);
    EXPECT_EQ(one_char, 24u);
    EXPECT_EQ(a_float, 16u);
  }
}

TEST_F(MemoryTest, ContainersSurviveCollections) {
  Heap().SetStressMode(true);
  const Value d = Keep(NewDict());
  for (int i = 0; i < 200; ++i) {
    const Value key = NewStr(std::to_string(i).c_str(), std::to_string(i).size());
    ASSERT_FALSE(key.IsException());
    const Value value = NewListFrom(&key, 1);
    ASSERT_FALSE(value.IsException());
    ASSERT_TRUE(DictStore(d, key, value).IsNone());
  }
  Heap().SetStressMode(false);
  Heap().Collect();
  EXPECT_EQ(ReprOf(DictLookup(d, S("123"))), "['123']");
  EXPECT_EQ(ReprOf(Len(d)), "200");
}

}  // namespace
}  // namespace mica
