#include <string>

#include "gtest/gtest.h"
#include "runtime/names.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/float.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/test_support.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

class DictTest : public testing::RuntimeTest {
 protected:
  Value D() { return Keep(NewDict()); }
};

TEST_F(DictTest, OrderAfterDeletesAndReinserts) {
  const Value d = D();
  ASSERT_TRUE(DictStore(d, S("a"), I(1)).IsNone());
  ASSERT_TRUE(DictStore(d, S("b"), I(2)).IsNone());
  ASSERT_TRUE(DictStore(d, S("c"), I(3)).IsNone());
  ASSERT_TRUE(DeleteSubscript(d, S("b")).IsNone());
  ASSERT_TRUE(StoreSubscript(d, S("b"), I(4)).IsNone());
  ASSERT_TRUE(StoreSubscript(d, N("a"), I(5)).IsNone());  // a name finds the str key
  EXPECT_EQ(ReprOf(d), "{'a': 5, 'c': 3, 'b': 4}");
  EXPECT_EQ(ReprOf(Call(d, "keys")), "dict_keys(['a', 'c', 'b'])");
  EXPECT_EQ(ReprOf(Call(d, "values")), "dict_values([5, 3, 4])");
  EXPECT_EQ(ReprOf(Call(d, "items")), "dict_items([('a', 5), ('c', 3), ('b', 4)])");
  EXPECT_EQ(ReprOf(Len(d)), "3");
}

TEST_F(DictTest, Methods) {
  const Value d = D();
  DictStore(d, S("a"), I(5));
  DictStore(d, S("c"), I(3));
  DictStore(d, S("b"), I(4));
  EXPECT_EQ(ReprOf(Call(d, "get", {S("z")})), "None");
  EXPECT_EQ(ReprOf(Call(d, "get", {S("z"), I(0)})), "0");
  EXPECT_EQ(ReprOf(Call(d, "setdefault", {S("q"), I(7)})), "7");
  EXPECT_EQ(ReprOf(Call(d, "pop", {S("q")})), "7");
  EXPECT_EQ(ReprOf(Call(d, "popitem")), "('b', 4)");
  EXPECT_EQ(ReprOf(d), "{'a': 5, 'c': 3}");
  EXPECT_EQ(ErrorOf(LoadSubscript(d, S("zz"))), "KeyError: 'zz'");
  EXPECT_EQ(ErrorOf(Call(D(), "popitem")), "KeyError: 'popitem(): dictionary is empty'");
  EXPECT_EQ(ErrorOf(StoreSubscript(d, L({}), I(1))), "TypeError: unhashable type: 'list'");
  const Value copy = Call(d, "copy");
  ASSERT_TRUE(Call(copy, "update", {L({T({I(1), I(2)})})}, {{"x", I(5)}}).IsNone());
  EXPECT_EQ(ReprOf(copy), "{'a': 5, 'c': 3, 1: 2, 'x': 5}");
  ASSERT_TRUE(Call(copy, "clear").IsNone());
  EXPECT_EQ(ReprOf(copy), "{}");
  const Value fromkeys = LoadAttr(TypeValue(&kDictType), names::fromkeys);
  const Value args[] = {S("ab"), I(0)};
  EXPECT_EQ(ReprOf(CallValue(fromkeys, args, 2, 0)), "{'a': 0, 'b': 0}");
  EXPECT_EQ(ReprOp(BinaryOp::kOr, d, Keep(CallValue(fromkeys, args, 2, 0))), "{'a': 0, 'c': 3, 'b': 0}");
}

TEST_F(DictTest, ViewsCompareAsSets) {
  const Value a = D();
  const Value b = D();
  DictStore(a, S("x"), I(1));
  DictStore(a, S("y"), I(2));
  DictStore(b, S("y"), I(2));
  DictStore(b, S("x"), I(1));
  const Value ak = Keep(Call(a, "keys"));
  const Value bk = Keep(Call(b, "keys"));
  EXPECT_EQ(ReprOp(BinaryOp::kEqual, ak, bk), "True");
  EXPECT_EQ(ReprOp(BinaryOp::kNotEqual, ak, bk), "False");
  EXPECT_EQ(ReprOp(BinaryOp::kEqual, Keep(Call(a, "items")), Keep(Call(b, "items"))), "True");
  const Value av = Keep(Call(a, "values"));
  EXPECT_EQ(ReprOp(BinaryOp::kEqual, av, Keep(Call(b, "values"))), "False");
  EXPECT_EQ(ReprOp(BinaryOp::kEqual, av, av), "True");  // identity only
  DictStore(b, S("z"), I(3));
  EXPECT_EQ(ReprOp(BinaryOp::kEqual, ak, bk), "False");
  EXPECT_EQ(ReprOp(BinaryOp::kLess, ak, bk), "True");
  EXPECT_EQ(ReprOp(BinaryOp::kLessEqual, ak, bk), "True");
  EXPECT_EQ(ReprOp(BinaryOp::kGreater, ak, bk), "False");
  EXPECT_EQ(ReprOp(BinaryOp::kGreaterEqual, bk, ak), "True");
  DictStore(b, S("x"), I(9));
  EXPECT_EQ(ReprOp(BinaryOp::kLess, Keep(Call(a, "items")), Keep(Call(b, "items"))), "False");
}

TEST_F(DictTest, Constructor) {
  const Value dict_type = TypeValue(&kDictType);
  const Value args[] = {L({T({I(1), I(2)}), T({I(3), I(4)})}), N("x"), I(5)};
  EXPECT_EQ(ReprOf(CallValue(dict_type, args, 1, 1)), "{1: 2, 3: 4, 'x': 5}");
  const Value bad1[] = {L({I(1)})};
  EXPECT_EQ(ErrorOf(CallValue(dict_type, bad1, 1, 0)),
            "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
  const Value bad2[] = {L({T({I(1)})})};
  EXPECT_EQ(ErrorOf(CallValue(dict_type, bad2, 1, 0)),
            "ValueError: dictionary update sequence element #0 has length 1; 2 is required");
}

TEST_F(DictTest, NumericKeysUnify) {
  const Value d = D();
  DictStore(d, I(1), S("int"));
  DictStore(d, F(1.0), S("float"));
  DictStore(d, Value::True(), S("bool"));
  EXPECT_EQ(ReprOf(d), "{1: 'bool'}");
  const Value big = Op(BinaryOp::kPower, I(2), I(100));
  DictStore(d, big, S("big"));
  EXPECT_EQ(ReprOf(DictLookup(d, Op(BinaryOp::kPower, I(2), I(100)))), "'big'");
  EXPECT_EQ(ReprOf(DictLookup(d, Keep(NewFloat(1267650600228229401496703205376.0)))), "'big'");
}

TEST_F(DictTest, SelfReference) {
  const Value d = D();
  DictStore(d, S("self"), d);
  EXPECT_EQ(ReprOf(d), "{'self': {...}}");
}

TEST_F(DictTest, LookupNameFastPath) {
  const Value d = D();
  const Value x = N("some_global");
  DictStore(d, x, I(1));
  DictStore(d, S("other"), I(2));  // a str object key
  EXPECT_EQ(ReprOf(DictLookupName(d, x.AsNameId())), "1");
  EXPECT_EQ(ReprOf(DictLookupName(d, N("other").AsNameId())), "2");
  EXPECT_TRUE(DictLookupName(d, N("missing").AsNameId()).IsNull());
  const uint32_t version = AsDict(d)->version;
  DictStoreName(d, x.AsNameId(), I(3));
  EXPECT_NE(AsDict(d)->version, version);
}

TEST_F(DictTest, ManyEntriesGrowAndShrink) {
  const Value d = D();
  for (int i = 0; i < 5000; ++i) ASSERT_TRUE(DictStore(d, I(i * 7), I(i)).IsNone());
  for (int i = 0; i < 5000; i += 2) ASSERT_FALSE(DictRemove(d, I(i * 7)).IsNull());
  EXPECT_EQ(ReprOf(Len(d)), "2500");
  for (int i = 0; i < 5000; ++i) {
    const Value v = DictLookup(d, Value::SmallInt(i * 7));
    if (i % 2 == 0) {
      EXPECT_TRUE(v.IsNull()) << i;
    } else {
      EXPECT_EQ(ReprOf(v), std::to_string(i));
    }
  }
  // Order: survivors in insertion order, then a reinserted key last.
  DictStore(d, I(0), S("again"));
  size_t position = 0;
  Value key;
  Value value;
  ASSERT_TRUE(DictNext(d, &position, &key, &value));
  EXPECT_EQ(ReprOf(key), "7");
  Value last_key;
  while (DictNext(d, &position, &key, &value)) last_key = key;
  EXPECT_EQ(ReprOf(last_key), "0");
  for (int i = 0; i < 5000; ++i) DictRemove(d, Value::SmallInt(i * 7));
  EXPECT_EQ(ReprOf(d), "{}");
}

TEST_F(DictTest, IterationDetectsResize) {
  const Value d = D();
  DictStore(d, I(1), I(1));
  const Value it = Keep(GetIter(d));
  EXPECT_EQ(ReprOf(IterNext(it)), "1");
  DictStore(d, I(2), I(2));
  EXPECT_EQ(ErrorOf(IterNext(it)), "RuntimeError: dictionary changed size during iteration");
  EXPECT_EQ(ReprOf(Contains(Call(d, "items"), T({I(2), I(2)}))), "True");
  EXPECT_EQ(ReprOf(Contains(Call(d, "values"), I(2))), "True");
  EXPECT_EQ(ReprOf(Contains(d, I(3))), "False");
}

}  // namespace
}  // namespace mica
