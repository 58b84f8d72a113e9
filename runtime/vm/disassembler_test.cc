// The round trip: assemble a program, disassemble it, compare with the expected listing.
#include "runtime/vm/disassembler.h"

#include <string.h>

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/vm/bytecode.h"
#include "runtime/vm/test_assembler.h"

namespace mica {
namespace vm {
namespace {

void AppendToString(void* context, const char* text, size_t length) {
  static_cast<std::string*>(context)->append(text, length);
}

std::string Listing(const RawCode& code, NameTable* names, bool children = true) {
  std::string text;
  DisassemblerOptions options;
  options.write = AppendToString;
  options.write_context = &text;
  options.name_text = NameTable::Lookup;
  options.name_context = names;
  options.children = children;
  Disassemble(code, options);
  return text;
}

TEST(Disassembler, RoundTripOfAProgramUsingEveryOperandKind) {
  NameTable names;
  std::string error;
  auto child =
      Assemble(".name inner\n.file demo.py\n.first_line 9\n.free 1\nLOAD_DEREF 0\nRETURN_VALUE", &names, &error);
  ASSERT_NE(child, nullptr) << error;
  auto code = Assemble(R"(
    .name demo
    .file demo.py
    .params 2
    .kwonly 1
    .locals 4
    .cells 1
    .flags varargs
    .slot_names a b k args cell
    .const None
    .const -7
    .handler try_start try_end handler 0
    .line 3
        LOAD_SMALL_INT -300
        LOAD_CONST 1
        BINARY_ADD
        STORE_FAST 1
    .line 4
    try_start:
        LOAD_GLOBAL print
        LOAD_FAST 0
        LOAD_ATTR upper
        LOAD_FAST 1
        LOAD_NONE
        CALL_FUNCTION_KW 1 sep end
        POP_TOP
    try_end:
        JUMP done
    handler:
        POP_TOP
    .line 2
    done:
        LOAD_CLOSURE 4
        MAKE_CLOSURE 0 0 1
        UNPACK_EX 1 2
        LOAD_CLASSDEREF 4 cell
        POP_JUMP_IF_TRUE out
        JUMP_FAR out
    out:
        BUILD_TUPLE 4
        RETURN_VALUE
  )",
                       &names, &error, {child->get()});
  ASSERT_NE(code, nullptr) << error;
  const std::string expected =
      R"(demo (demo.py:3) params=2 posonly=0 kwonly=1 locals=4 cells=1 free=0 stack=5 caches=2 flags=varargs
  const 0: None
  const 1: -7
  const 2: 'print'
  const 3: 'upper'
  const 4: 'sep'
  const 5: 'end'
  const 6: 'cell'
     0     3  LOAD_SMALL_INT -300
     3        LOAD_CONST 1 (-7)
     5        BINARY_ADD
     6        STORE_FAST 1 (b)
     8     4  LOAD_GLOBAL print (cache 0)
    11        LOAD_FAST 0 (a)
    13        LOAD_ATTR upper (cache 1)
    16        LOAD_FAST 1 (b)
    18        LOAD_NONE
    19        CALL_FUNCTION_KW 1 kw=(sep, end)
    24        POP_TOP
    25        JUMP -> 29
    28        POP_TOP
    29     2  LOAD_CLOSURE 4 (cell)
    31        MAKE_CLOSURE child=0 flags=0 cells=1
    35        UNPACK_EX 1 2
    38        LOAD_CLASSDEREF 4 (cell) cell
    41        POP_JUMP_IF_TRUE -> 49
    44        JUMP_FAR -> 49
    49        BUILD_TUPLE 4
    51        RETURN_VALUE
  handler 8..25 -> 28 depth 0

inner (demo.py:9) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=1 stack=1 caches=0 flags=none
     0     9  LOAD_DEREF 0
     2        RETURN_VALUE
)";
  EXPECT_EQ(Listing(code->code(), &names), expected);
}

TEST(Disassembler, BufferOutputTruncatesAndReportsTheFullLength) {
  NameTable names;
  std::string error;
  auto code = Assemble(".name f\n.file f.py\nLOAD_NONE\nRETURN_VALUE", &names, &error);
  ASSERT_NE(code, nullptr) << error;
  const std::string full = Listing(code->code(), &names);
  char buffer[512];
  EXPECT_EQ(DisassembleToBuffer(code->code(), buffer, sizeof buffer, NameTable::Lookup, &names), full.size());
  EXPECT_EQ(std::string(buffer), full);
  char small[10];
  memset(small, 'x', sizeof small);
  EXPECT_EQ(DisassembleToBuffer(code->code(), small, sizeof small, NameTable::Lookup, &names), full.size());
  EXPECT_EQ(std::string(small), full.substr(0, 9));
  // Without a name callback, names print as ids.
  DisassembleToBuffer(code->code(), buffer, sizeof buffer);
  EXPECT_EQ(std::string(buffer).substr(0, 10), "#1 (#2:1) ");
}

TEST(Disassembler, BadBytecodeEndsTheListing) {
  const uint8_t bytes[] = {static_cast<uint8_t>(Opcode::NOP), 0xff, static_cast<uint8_t>(Opcode::JUMP), 0};
  RawCode code = {};
  code.bytecode = bytes;
  code.bytecode_size = sizeof bytes;
  char buffer[512];
  DisassembleToBuffer(code, buffer, sizeof buffer);
  const std::string text = buffer;
  EXPECT_NE(text.find("     0     0  NOP\n     1  <bad bytecode>\n"), std::string::npos) << text;
}

TEST(Disassembler, EveryOpcodeDisassemblesByName) {
  for (uint32_t op = 0; op < kNumOpcodes; ++op) {
    // Generous zero operands: every format decodes from a run of zero bytes.
    const uint8_t bytes[] = {static_cast<uint8_t>(op), 0, 0, 0, 0, 0};
    Value constants[1] = {Value::Name(1)};
    RawCode code = {};
    code.bytecode = bytes;
    code.bytecode_size = sizeof bytes;
    code.constants = constants;
    code.num_constants = 1;
    Instruction insn;
    ASSERT_TRUE(DecodeInstruction(bytes, sizeof bytes, 0, &insn)) << op;
    std::string text;
    DisassemblerOptions options;
    options.write = AppendToString;
    options.write_context = &text;
    DisassembleInstruction(code, insn, options);
    EXPECT_EQ(text.rfind(OpcodeName(static_cast<Opcode>(op)), 0), 0u) << text;
    EXPECT_EQ(text.find("<bad"), std::string::npos) << text;
  }
}

}  // namespace
}  // namespace vm
}  // namespace mica
