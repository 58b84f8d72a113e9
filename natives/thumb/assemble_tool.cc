// Host tool for encoder_gnu_as_test: reads a table whose lines are `python instruction | GNU as instruction`,
// assembles the Python column as the body of one `@micropython.asm_thumb` function with the front end, and
// writes the machine code to <out.bin> and the GNU column (with the same prologue and epilogue) to <out.s>.
// Prints a listing (offset, bytes, instruction) to stdout so a mismatch can be located.
#include <stdio.h>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/arena.h"
#include "compiler/ast.h"
#include "compiler/parser.h"
#include "natives/thumb/inline_asm.h"

namespace {

std::string Trim(const std::string& s) {
  const size_t a = s.find_first_not_of(" \t");
  if (a == std::string::npos) return "";
  return s.substr(a, s.find_last_not_of(" \t") - a + 1);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: assemble_tool table.txt out.bin out.s\n";
    return 2;
  }
  std::ifstream table(argv[1]);
  std::string line, python = "def f(r0, r1, r2, r3):\n", gnu = ".syntax unified\n.thumb\n.text\n";
  gnu += "push {r4, r5, r6, r7, lr}\n";
  std::vector<std::string> rows;
  while (std::getline(table, line)) {
    if (Trim(line).empty() || Trim(line)[0] == '#') continue;
    const size_t bar = line.find('|');
    if (bar == std::string::npos) {
      std::cerr << "no '|' in: " << line << "\n";
      return 2;
    }
    python += "    " + Trim(line.substr(0, bar)) + "\n";
    gnu += Trim(line.substr(bar + 1)) + "\n";
    rows.push_back(Trim(line.substr(0, bar)));
  }
  gnu += "pop {r4, r5, r6, r7, pc}\n";
  std::vector<char> block(1 << 22);
  mica::Arena arena(block.data(), block.size());
  const mica::ParseResult parsed = mica::Parse(python.data(), static_cast<uint32_t>(python.size()), &arena);
  if (!parsed.ok()) {
    std::cerr << "parse error line " << parsed.error.line << ": " << parsed.error.message << "\n";
    return 1;
  }
  auto* module = static_cast<mica::ast::Module*>(parsed.root);
  auto* def = static_cast<const mica::ast::FunctionDef*>(module->body[0]);
  mica::natives::AssembledCode code;
  mica::SyntaxError error;
  if (!mica::thumb::AssembleFunction(python.data(), def, &arena, &code, &error)) {
    std::cerr << "assembler error line " << error.line << ": " << error.message << "\n";
    return 1;
  }
  std::ofstream(argv[2], std::ios::binary).write(reinterpret_cast<const char*>(code.code), code.size);
  std::ofstream(argv[3]) << gnu;
  for (uint32_t i = 0; i < code.size; i += 2) {
    printf("%04x: %02x%02x\n", i, code.code[i], i + 1 < code.size ? code.code[i + 1] : 0);
  }
  return 0;
}
