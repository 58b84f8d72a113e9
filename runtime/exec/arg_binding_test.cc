#include "runtime/exec/arg_binding.h"

#include <vector>

#include "runtime/exec/exec_test_support.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/raw_code.h"

namespace mica {
namespace {

// A RawCode with only what binding reads: the parameter counts, flags and slot names.
struct Signature {
  std::vector<uint32_t> names;
  vm::RawCode code{};
};

class ArgBindingTest : public ExecTest {
 protected:
  // def f(<positional>, *<varargs>, <kwonly>, **<varkw>) with `positional_only` of the positional ones before '/'.
  Signature Make(std::vector<const char*> positional, std::vector<const char*> kwonly, const char* varargs = nullptr,
                 const char* varkw = nullptr, uint16_t positional_only = 0) {
    Signature s;
    for (const char* p : positional) s.names.push_back(Name(p).AsNameId());
    for (const char* k : kwonly) s.names.push_back(Name(k).AsNameId());
    if (varargs != nullptr) s.names.push_back(Name(varargs).AsNameId());
    if (varkw != nullptr) s.names.push_back(Name(varkw).AsNameId());
    s.code.name = Name("f").AsNameId();
    s.code.num_positional = static_cast<uint16_t>(positional.size());
    s.code.num_positional_only = positional_only;
    s.code.num_kwonly = static_cast<uint16_t>(kwonly.size());
    s.code.num_locals = static_cast<uint16_t>(s.names.size());
    s.code.flags = static_cast<uint16_t>((varargs != nullptr ? vm::kCodeVarArgs : 0) |
                                         (varkw != nullptr ? vm::kCodeVarKeywords : 0));
    return s;
  }

  // Binds; returns the slots, or an empty vector with the error in *error.
  std::vector<Value> Bind(Signature& s, std::vector<Value> args, uint32_t n_kw = 0, Value defaults = Value(),
                          Value kwdefaults = Value(), std::string* error = nullptr) {
    s.code.slot_names = s.names.data();
    std::vector<Value> slots(vm::NumParameterSlots(s.code));
    const uint32_t n_pos = static_cast<uint32_t>(args.size() - 2 * n_kw);
    const Value result = BindArguments(s.code, defaults, kwdefaults, args.data(), n_pos, n_kw, slots.data());
    if (result.IsException()) {
      if (error != nullptr) *error = TakeError();
      return {};
    }
    return slots;
  }

  std::string BindError(Signature& s, std::vector<Value> args, uint32_t n_kw = 0, Value defaults = Value(),
                        Value kwdefaults = Value()) {
    std::string error;
    Bind(s, args, n_kw, defaults, kwdefaults, &error);
    return error;
  }

  static Value Int(int v) { return Value::SmallInt(v); }
};

TEST_F(ArgBindingTest, PositionalArguments) {
  Signature s = Make({"a", "b"}, {});
  const auto slots = Bind(s, {Int(1), Int(2)});
  ASSERT_EQ(slots.size(), 2u);
  EXPECT_TRUE(slots[0].Is(Int(1)));
  EXPECT_TRUE(slots[1].Is(Int(2)));
}

TEST_F(ArgBindingTest, KeywordsFillByName) {
  Signature s = Make({"a", "b"}, {});
  const auto slots = Bind(s, {Int(1), Name("b"), Int(2)}, 1);
  ASSERT_EQ(slots.size(), 2u);
  EXPECT_TRUE(slots[1].Is(Int(2)));
}

TEST_F(ArgBindingTest, DefaultsApplyToTheLastParameters) {
  Signature s = Make({"a", "b", "c"}, {});
  const Value defaults_items[2] = {Int(20), Int(30)};
  const Value defaults = NewTuple(defaults_items, 2);
  auto slots = Bind(s, {Int(1)}, 0, defaults);
  ASSERT_EQ(slots.size(), 3u);
  EXPECT_TRUE(slots[1].Is(Int(20)));
  EXPECT_TRUE(slots[2].Is(Int(30)));
  slots = Bind(s, {Int(1), Name("c"), Int(3)}, 1, defaults);
  ASSERT_EQ(slots.size(), 3u);
  EXPECT_TRUE(slots[1].Is(Int(20)));
  EXPECT_TRUE(slots[2].Is(Int(3)));
}

TEST_F(ArgBindingTest, VarArgsAndVarKeywords) {
  Signature s = Make({"a"}, {"k"}, "args", "kwargs");
  const auto slots = Bind(s, {Int(1), Int(2), Int(3), Name("k"), Int(4), Name("z"), Int(5)}, 2);
  ASSERT_EQ(slots.size(), 4u);
  EXPECT_TRUE(slots[0].Is(Int(1)));
  EXPECT_TRUE(slots[1].Is(Int(4)));
  ASSERT_TRUE(IsTuple(slots[2]));
  EXPECT_EQ(TupleLength(slots[2]), 2u);
  ASSERT_TRUE(IsDict(slots[3]));
  EXPECT_TRUE(DictLookup(slots[3], Name("z")).Is(Int(5)));
}

TEST_F(ArgBindingTest, KeywordOnlyDefaults) {
  Signature s = Make({}, {"x", "y"}, "args");
  const Value kwdefaults = NewDict();
  ASSERT_FALSE(DictStore(kwdefaults, Name("y"), Int(9)).IsException());
  const auto slots = Bind(s, {Name("x"), Int(1)}, 1, Value(), kwdefaults);
  ASSERT_EQ(slots.size(), 3u);
  EXPECT_TRUE(slots[1].Is(Int(9)));
}

TEST_F(ArgBindingTest, CPythonMessages) {
  Signature two = Make({"a", "b"}, {});
  EXPECT_EQ(BindError(two, {Int(1), Int(2), Int(3)}),
            "TypeError: f() takes 2 positional arguments but 3 were given");
  EXPECT_EQ(BindError(two, {Int(1)}), "TypeError: f() missing 1 required positional argument: 'b'");
  EXPECT_EQ(BindError(two, {}), "TypeError: f() missing 2 required positional arguments: 'a' and 'b'");
  EXPECT_EQ(BindError(two, {Int(1), Name("a"), Int(2)}, 1), "TypeError: f() got multiple values for argument 'a'");
  EXPECT_EQ(BindError(two, {Int(1), Int(2), Name("z"), Int(3)}, 1),
            "TypeError: f() got an unexpected keyword argument 'z'");

  Signature three = Make({"a", "b", "c"}, {});
  EXPECT_EQ(BindError(three, {}), "TypeError: f() missing 3 required positional arguments: 'a', 'b', and 'c'");
  const Value one_default = NewTuple(&static_cast<const Value&>(Value::SmallInt(0)), 1);
  EXPECT_EQ(BindError(three, {Int(1), Int(2), Int(3), Int(4)}, 0, one_default),
            "TypeError: f() takes from 2 to 3 positional arguments but 4 were given");

  Signature one = Make({"a"}, {});
  EXPECT_EQ(BindError(one, {Int(1), Int(2)}), "TypeError: f() takes 1 positional argument but 2 were given");
  Signature none = Make({}, {});
  EXPECT_EQ(BindError(none, {Int(1)}), "TypeError: f() takes 0 positional arguments but 1 was given");

  Signature kwonly = Make({}, {"k"}, "args");
  EXPECT_EQ(BindError(kwonly, {}), "TypeError: f() missing 1 required keyword-only argument: 'k'");

  Signature posonly = Make({"a", "b"}, {}, nullptr, nullptr, 1);
  EXPECT_EQ(BindError(posonly, {Name("a"), Int(1), Name("b"), Int(2)}, 2),
            "TypeError: f() got some positional-only arguments passed as keyword arguments: 'a'");
}

}  // namespace
}  // namespace mica
