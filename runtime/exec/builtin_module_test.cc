// Built-in modules: found by import before the file system, constants read from their tables, stores shadowing
// them, init run once at first import (and its failure leaving nothing registered).
#include "runtime/exec/builtin_module.h"

#include "runtime/exec/exec_state.h"
#include "runtime/exec/exec_test_support.h"
#include "runtime/exec/module.h"
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/object_ops.h"

namespace mica {
namespace {

Value Twice(const Value* args, uint32_t, uint32_t) { return Value::SmallInt(args[0].AsSmallInt() * 2); }
constexpr BuiltinFunction kTwice = MakeBuiltin(names::add, 1, 1, Twice);

constexpr ModuleMember kMembers[] = {
    ModuleObjectMember(names::add, &kTwice.header),
    ModuleValueMember(names::value, Value::SmallInt(42)),
};
static_assert(ModuleMembersSorted(kMembers, 2), "sorted");

int g_init_calls = 0;
Value InitStoresState(Value module) {
  ++g_init_calls;
  return DictStoreName(AsModule(module)->dict, names::args, Value::True());
}
Value InitFails(Value) { return RaiseNew(&kValueErrorType, "cannot start"); }

const BuiltinModuleDef kGood = {names::math, kMembers, 2, InitStoresState};
const BuiltinModuleDef kBad = {names::cmath, kMembers, 2, InitFails};
const BuiltinModuleDef* const kModules[] = {&kGood, &kBad, nullptr};

class BuiltinModuleTest : public ExecTest {
 protected:
  void SetUp() override {
    ExecTest::SetUp();
    Exec().builtin_modules = kModules;
    g_init_calls = 0;
  }
  static Value Import(uint32_t name) {
    return ImportName(Value::Name(name), Value(), Value::None(), Value::SmallInt(0));
  }
};

TEST_F(BuiltinModuleTest, ImportFindsTheTableAndRunsInitOnce) {
  const Value module = Import(names::math);
  ASSERT_TRUE(IsModule(module));
  EXPECT_TRUE(Import(names::math).Is(module));
  EXPECT_EQ(g_init_calls, 1);
  EXPECT_EQ(LoadAttr(module, names::value).AsSmallInt(), 42);
  EXPECT_TRUE(LoadAttr(module, names::args).IsTrue());
  const Value function = LoadAttr(module, names::add);
  const Value three = Value::SmallInt(3);
  EXPECT_EQ(CallValue(function, &three, 1, 0).AsSmallInt(), 6);
  EXPECT_EQ(DictLength(AsModule(module)->dict), 2u);  // __name__ and the init's state: no copies of constants
}

TEST_F(BuiltinModuleTest, StoresShadowConstantsAndGlobalsListEverything) {
  const Value module = Import(names::math);
  ASSERT_TRUE(StoreAttr(module, names::value, Value::SmallInt(7)).IsNone());
  EXPECT_EQ(LoadAttr(module, names::value).AsSmallInt(), 7);
  const Value globals = ModuleGlobals(module);
  EXPECT_EQ(DictLength(globals), 4u);  // __name__, args, value (stored), add (copied)
  EXPECT_EQ(DictLookupName(globals, names::value).AsSmallInt(), 7);
}

TEST_F(BuiltinModuleTest, FailedInitUnregisters) {
  EXPECT_TRUE(Import(names::cmath).IsException());
  EXPECT_EQ(TakeError(), "ValueError: cannot start");
  EXPECT_TRUE(DictLookup(Exec().modules, Value::Name(names::cmath)).IsNull());
}

TEST_F(BuiltinModuleTest, MissingMembersAreNull) {
  EXPECT_TRUE(BuiltinModuleMember(&kGood, names::zip).IsNull());
  EXPECT_EQ(FindBuiltinModule(names::zip), nullptr);
  EXPECT_EQ(FindBuiltinModule(names::cmath), &kBad);
}

}  // namespace
}  // namespace mica
