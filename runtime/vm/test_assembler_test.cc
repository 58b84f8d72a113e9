// The test assembler itself: what it computes and what it rejects.
#include "runtime/vm/test_assembler.h"

#include <string>

#include "gtest/gtest.h"
#include "runtime/vm/bytecode.h"

namespace mica {
namespace vm {
namespace {

std::string ErrorOf(const std::string& source) {
  NameTable names;
  std::string error;
  EXPECT_EQ(Assemble(source, &names, &error), nullptr) << source;
  return error;
}

TEST(TestAssembler, ComputesMaxStackAlongEveryPath) {
  NameTable names;
  std::string error;
  auto code = Assemble(R"(
        LOAD_NONE
        POP_JUMP_IF_FALSE deep
        LOAD_SMALL_INT 1
        RETURN_VALUE
    deep:
        LOAD_SMALL_INT 1
        LOAD_SMALL_INT 2
        LOAD_SMALL_INT 3
        BUILD_TUPLE 3
        RETURN_VALUE
  )",
                       &names, &error);
  ASSERT_NE(code, nullptr) << error;
  EXPECT_EQ(code->code().max_stack, 3);
}

TEST(TestAssembler, HandlersEnterWithTheExceptionPushed) {
  NameTable names;
  std::string error;
  auto code = Assemble(R"(
    .handler a b h 2
        LOAD_NONE
        LOAD_NONE
    a:
        LOAD_NONE
        RETURN_VALUE
    b:
    h:
        POP_TOP
        BUILD_TUPLE 2
        RETURN_VALUE
  )",
                       &names, &error);
  ASSERT_NE(code, nullptr) << error;
  EXPECT_EQ(code->code().max_stack, 3);
  EXPECT_EQ(code->code().exception_table_size, 4u);
}

TEST(TestAssembler, NamesAreInternedOnceAndCacheSlotsNumbered) {
  NameTable names;
  std::string error;
  auto code =
      Assemble("LOAD_GLOBAL x\nLOAD_ATTR y\nLOAD_ATTR y 5\nLOAD_GLOBAL x\nPOP_TOP\nRETURN_VALUE", &names, &error);
  ASSERT_NE(code, nullptr) << error;
  EXPECT_EQ(code->code().num_constants, 2);
  EXPECT_TRUE(code->code().constants[0].Is(Value::Name(names.Intern("x"))));
  EXPECT_EQ(code->code().num_cache_slots, 7);
  EXPECT_EQ(code->bytecode()[2], 0);   // first LOAD_GLOBAL: slot 0
  EXPECT_EQ(code->bytecode()[5], 1);   // first LOAD_ATTR: slot 1
  EXPECT_EQ(code->bytecode()[8], 5);   // explicit
  EXPECT_EQ(code->bytecode()[11], 6);  // next free after 5
}

TEST(TestAssembler, RejectsBrokenPrograms) {
  EXPECT_NE(ErrorOf("FROB 1").find("unknown instruction"), std::string::npos);
  EXPECT_NE(ErrorOf("LOAD_NONE 1\nRETURN_VALUE").find("takes 0 operand"), std::string::npos);
  EXPECT_NE(ErrorOf("JUMP nowhere").find("undefined label"), std::string::npos);
  EXPECT_NE(ErrorOf("POP_TOP\nLOAD_NONE\nRETURN_VALUE").find("underflow"), std::string::npos);
  EXPECT_NE(ErrorOf("LOAD_NONE").find("runs off the end"), std::string::npos);
  EXPECT_NE(ErrorOf("LOAD_NONE\nPOP_JUMP_IF_TRUE x\nLOAD_NONE\nx:\nRETURN_VALUE").find("disagrees"), std::string::npos);
  EXPECT_NE(ErrorOf(".bogus 1").find("unknown directive"), std::string::npos);
  EXPECT_NE(ErrorOf("a:\na:\nLOAD_NONE\nRETURN_VALUE").find("defined twice"), std::string::npos);
  EXPECT_NE(ErrorOf("LOAD_GLOBAL 3x\nRETURN_VALUE").find("not a name"), std::string::npos);
  EXPECT_EQ(ErrorOf("LOAD_NONE\n\nFROB").substr(0, 7), "line 3:");
}

TEST(TestAssembler, CommentsLabelsOnInstructionLinesAndCase) {
  NameTable names;
  std::string error;
  auto code = Assemble("start: load_none   # a comment\n  return_value ; another", &names, &error);
  ASSERT_NE(code, nullptr) << error;
  EXPECT_EQ(code->LabelOffset("start"), 0);
  EXPECT_EQ(code->bytecode().size(), 2u);
}

}  // namespace
}  // namespace vm
}  // namespace mica
