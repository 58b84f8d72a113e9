#include <string>

#include "gc/heap.h"
#include "gtest/gtest.h"
#include "runtime/names.h"
#include "runtime/objects/bytearray.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/list.h"
#include "runtime/objects/memoryview.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/slice.h"
#include "runtime/objects/test_support.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

using MemoryViewTest = testing::RuntimeTest;

Value View(Value base) { return MemoryViewMakeNew(&kMemoryViewType, &base, 1, 0); }

TEST_F(MemoryViewTest, ReadOnlyOverBytes) {
  const Value m = Keep(View(Keep(NewBytes("hello", 5))));
  EXPECT_EQ(ReprOf(Len(m)), "5");
  EXPECT_EQ(ReprOf(LoadSubscript(m, I(1))), "101");
  EXPECT_EQ(ReprOf(LoadSubscript(m, I(-1))), "111");
  EXPECT_EQ(ReprOf(LoadAttr(m, names::readonly)), "True");
  EXPECT_EQ(ReprOf(Call(m, "tobytes")), "b'hello'");
  EXPECT_EQ(ReprOf(Call(m, "tolist")), "[104, 101, 108, 108, 111]");
  EXPECT_EQ(ReprOf(Call(m, "hex")), "'68656c6c6f'");
  EXPECT_EQ(ReprOf(CallValue(TypeValue(&kBytesType), &m, 1, 0)), "b'hello'");
  EXPECT_EQ(ReprOf(m).substr(0, 13), "<memory at 0x");
  EXPECT_EQ(ErrorOf(StoreSubscript(m, I(0), I(1))), "TypeError: cannot modify read-only memory");
  EXPECT_EQ(ErrorOf(LoadSubscript(m, I(5))), "IndexError: memoryview index out of range");
  EXPECT_EQ(ErrorOf(Hash(m)), "TypeError: unhashable type: 'memoryview'");
  EXPECT_EQ(ErrorOf(View(I(3))), "TypeError: memoryview: a bytes-like object is required, not 'int'");
}

TEST_F(MemoryViewTest, SlicesShareMemory) {
  const Value ba = Keep(NewByteArray("abcdef", 6));
  const Value v = Keep(View(ba));
  EXPECT_EQ(ReprOf(LoadAttr(v, names::readonly)), "False");
  const Value s = Keep(LoadSubscript(v, Keep(NewSlice(I(2), I(5), Value::None()))));
  EXPECT_EQ(ReprOf(Len(s)), "3");
  EXPECT_TRUE(StoreSubscript(s, I(0), I(90)).IsNone());
  EXPECT_EQ(ReprOf(ba), "bytearray(b'abZdef')");
  EXPECT_TRUE(StoreSubscript(v, Keep(NewSlice(I(0), I(2), Value::None())), Keep(NewBytes("XY", 2))).IsNone());
  EXPECT_EQ(ReprOf(ba), "bytearray(b'XYZdef')");
  EXPECT_EQ(ErrorOf(StoreSubscript(v, Keep(NewSlice(I(0), I(2), Value::None())), Keep(NewBytes("X", 1)))),
            "ValueError: memoryview assignment: lvalue and rvalue have different structures");
  EXPECT_EQ(ErrorOf(StoreSubscript(v, I(0), I(256))), "ValueError: byte must be in range(0, 256)");
  EXPECT_EQ(ErrorOf(LoadSubscript(v, Keep(NewSlice(Value::None(), Value::None(), I(2))))),
            "NotImplementedError: only slices with step=1 (aka None) are supported");
  EXPECT_EQ(ErrorOf(DeleteSubscript(v, I(0))), "TypeError: cannot delete memory");
  // A view of a view flattens to the base; growing the bytearray moves its block and the view follows.
  const Value s2 = Keep(View(s));
  EXPECT_EQ(ReprOf(Call(ba, "extend", {Keep(NewBytes("0123456789012345678901234567890123456789", 40))})), "None");
  EXPECT_EQ(ReprOf(Call(s2, "tobytes")), "b'Zde'");
  EXPECT_EQ(ReprOp(BinaryOp::kEqual, s2, Keep(NewBytes("Zde", 3))), "True");
  EXPECT_EQ(ReprOp(BinaryOp::kEqual, Keep(NewBytes("Zde", 3)), s2), "True");
  EXPECT_EQ(ReprOp(BinaryOp::kNotEqual, s2, Keep(NewBytes("Zd", 2))), "True");
  EXPECT_EQ(ReprOf(CallValue(TypeValue(&kListType), &s2, 1, 0)), "[90, 100, 101]");
  // Shrinking under the view: it sees only what is left.
  EXPECT_EQ(ReprOf(Call(ba, "clear")), "None");
  EXPECT_EQ(ReprOf(Len(s2)), "0");
  EXPECT_EQ(ReprOf(Call(v, "release")), "None");
  EXPECT_EQ(ErrorOf(Len(v)), "ValueError: operation forbidden on released memoryview object");
}

TEST_F(MemoryViewTest, ViewKeepsBaseAlive) {
  const Value v = Keep(View(NewByteArray("keep me", 7)));
  for (int i = 0; i < 200; ++i) NewBytes("garbage garbage garbage garbage", 31);
  Heap().Collect();
  EXPECT_EQ(ReprOf(Call(v, "tobytes")), "b'keep me'");
}

}  // namespace
}  // namespace mica
