#include "runtime/exec/user_class.h"

#include "runtime/exec/exec_test_support.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/object_type.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

class UserClassTest : public ExecTest {
 protected:
  Value Class(const char* name, std::initializer_list<Value> bases) {
    const Value tuple = NewTuple(bases.begin(), bases.size());
    const Value dict = NewDict();
    return MakeClass(Name(name), tuple, dict);
  }

  std::string MroText(Value cls) {
    std::string text;
    const Value mro = AsClass(AsType(cls))->mro;
    for (size_t i = 0; i < TupleLength(mro); ++i) {
      if (i > 0) text += " ";
      text += TypeNameOf(AsType(TupleItems(mro)[i]));
    }
    return text;
  }
};

TEST_F(UserClassTest, DiamondMro) {
  const Value a = Class("A", {});
  const Value b = Class("B", {a});
  const Value c = Class("C", {a});
  const Value d = Class("D", {b, c});
  ASSERT_FALSE(d.IsException());
  EXPECT_EQ(MroText(d), "D B C A object");
  EXPECT_TRUE(IsSubclass(AsType(d), AsType(a)));
  EXPECT_FALSE(IsSubclass(AsType(a), AsType(d)));
  EXPECT_TRUE(IsSubclass(AsType(d), &kObjectType));
}

TEST_F(UserClassTest, InconsistentMroRaisesTypeError) {
  const Value a = Class("A", {});
  const Value b = Class("B", {});
  const Value x = Class("X", {a, b});
  const Value y = Class("Y", {b, a});
  ASSERT_FALSE(x.IsException());
  ASSERT_FALSE(y.IsException());
  EXPECT_TRUE(Class("Z", {x, y}).IsException());
  EXPECT_EQ(TakeError(),
            "TypeError: Cannot create a consistent method resolution order (MRO) for bases X, Y");
}

TEST_F(UserClassTest, DuplicateBaseRaisesTypeError) {
  const Value a = Class("A", {});
  EXPECT_TRUE(Class("B", {a, a}).IsException());
  EXPECT_EQ(TakeError(), "TypeError: duplicate base class A");
}

TEST_F(UserClassTest, ClassAttributesAreFoundThroughTheMro) {
  const Value a = Class("A", {});
  ASSERT_FALSE(DictStore(AsClass(AsType(a))->dict, Name("x"), Value::SmallInt(7)).IsException());
  const Value b = Class("B", {a});
  EXPECT_TRUE(ClassLookup(AsType(b), Name("x").AsNameId()).Is(Value::SmallInt(7)));
  const Value instance = CallValue(b, nullptr, 0, 0);
  ASSERT_FALSE(instance.IsException());
  EXPECT_TRUE(GetAttribute(instance, Name("x").AsNameId()).Is(Value::SmallInt(7)));
  ASSERT_FALSE(SetAttribute(instance, Name("x").AsNameId(), Value::SmallInt(8)).IsException());
  EXPECT_TRUE(GetAttribute(instance, Name("x").AsNameId()).Is(Value::SmallInt(8)));
  EXPECT_TRUE(GetAttribute(b, Name("x").AsNameId()).Is(Value::SmallInt(7)));
}

}  // namespace
}  // namespace mica
