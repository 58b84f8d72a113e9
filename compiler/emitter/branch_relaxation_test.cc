// Functions larger than a jump16 can span: jumps are widened (JUMP_FAR, inverted conditional jumps over a
// JUMP_FAR, trampolines after FOR_ITER/FOR_RANGE/JUMP_IF_*_OR_POP), the code still verifies, and it runs.
#include <stdint.h>

#include <string>

#include "compiler/emitter/test_sink.h"
#include "gtest/gtest.h"
#include "runtime/vm/bytecode.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/vm_test_support.h"

namespace mica {
namespace testing_emitter {
namespace {

// `count` copies of `line` (each indented by `indent`).
std::string Repeat(const std::string& line, int count, const std::string& indent) {
  std::string out;
  for (int i = 0; i < count; ++i) out += indent + line + "\n";
  return out;
}

int CountOpcode(const vm::RawCode& code, vm::Opcode opcode) {
  int count = 0;
  vm::Instruction insn;
  for (uint32_t offset = 0; offset < code.bytecode_size; offset += insn.length) {
    if (!vm::DecodeInstruction(code.bytecode, code.bytecode_size, offset, &insn)) return -1;
    if (insn.opcode == opcode) ++count;
  }
  return count;
}

Value Execute(const vm::RawCode* code, std::initializer_list<Value> args, Value range = Value()) {
  static vm::TestVm* vm = new vm::TestVm(1 << 16, 64);
  vm->state().builtin_range = range;
  const std::vector<Value> arguments(args);
  return vm::Execute(&vm->state(), code, Value::None(), arguments.data(), arguments.size());
}

// `t += 1` 5000 times: 35 KB of code (7 bytes each) at the given indentation.
std::string BigBody(const std::string& indent) {
  return Repeat("t += 1", 5000, indent);
}

TEST(BranchRelaxation, FarLoopsAndConditionals) {
  const std::string source =
      "def f(x, range):\n"
      "    t = 0\n"
      "    while x:\n"  // the JUMP to the test and the backward POP_JUMP_IF_TRUE: far
      "        x -= 1\n" +
      BigBody("        ") +
      "    for i in range(3):\n"  // FOR_RANGE's exit and the backward JUMP: far
      "        if i != 1:\n" +    // POP_JUMP_IF_FALSE over a far body
      BigBody("            ") +
      "    return t\n";
  TestCompiler compiler(1 << 20);
  const vm::RawCode* module = compiler.Compile(source);
  ASSERT_NE(module, nullptr) << DescribeError(compiler.error());
  const vm::RawCode* f = module->children[0];
  EXPECT_GT(f->bytecode_size, 70000u);
  EXPECT_EQ(CountOpcode(*f, vm::Opcode::JUMP_FAR), 5);
  const Value range = Value::SmallInt(-77);
  const Value result = Execute(f, {Value::SmallInt(2), range}, range);
  ASSERT_TRUE(result.IsSmallInt());
  EXPECT_EQ(result.AsSmallInt(), 2 * 5000 + 2 * 5000);  // two turns of the while, i = 0 and 2 in the for
}

TEST(BranchRelaxation, FarShortCircuitAndGenericForLoop) {
  const std::string source =
      "def conjunction(x, g):\n"
      "    return x and g(" +
      Repeat("x + 1,", 7000, "") +
      ")\n"
      "def disjunction(x, g):\n"
      "    return x or g(" +
      Repeat("x + 2,", 7000, "") +
      ")\n"
      "def loop(xs):\n"
      "    t = 0\n"
      "    for x in xs:\n" +
      BigBody("        ") + "    return t\n";
  TestCompiler compiler(1 << 21);
  const vm::RawCode* module = compiler.Compile(source);
  ASSERT_NE(module, nullptr) << DescribeError(compiler.error());
  const vm::RawCode* conjunction = module->children[0];
  const vm::RawCode* disjunction = module->children[1];
  EXPECT_EQ(CountOpcode(*conjunction, vm::Opcode::JUMP_FAR), 1);  // JUMP_IF_FALSE_OR_POP's trampoline
  EXPECT_EQ(CountOpcode(*disjunction, vm::Opcode::JUMP_FAR), 1);
  EXPECT_GE(conjunction->max_stack, 7000);
  // The far jumps keep their operand: g (None here) is never called.
  const Value zero = Execute(conjunction, {Value::SmallInt(0), Value::None()});
  ASSERT_TRUE(zero.IsSmallInt());
  EXPECT_EQ(zero.AsSmallInt(), 0);
  const Value five = Execute(disjunction, {Value::SmallInt(5), Value::None()});
  ASSERT_TRUE(five.IsSmallInt());
  EXPECT_EQ(five.AsSmallInt(), 5);
  EXPECT_EQ(CountOpcode(*module->children[2], vm::Opcode::JUMP_FAR), 2);  // FOR_ITER's exit, the loop edge
}

TEST(BranchRelaxation, NearJumpsStayNear) {
  TestCompiler compiler(1 << 20);
  const vm::RawCode* module = compiler.Compile("def f(x):\n" + Repeat("x += 1", 4000, "    ") + "    while x:\n" +
                                               Repeat("x -= 1", 600, "        "));
  ASSERT_NE(module, nullptr) << DescribeError(compiler.error());
  EXPECT_EQ(CountOpcode(*module->children[0], vm::Opcode::JUMP_FAR), 0);
}

}  // namespace
}  // namespace testing_emitter
}  // namespace mica
