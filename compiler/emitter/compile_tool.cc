// compile_tool: compiles a Python file with the Mica compiler and prints the disassembly of every code object
// (constants spelled out), or the error; then the arena peak and the bytecode size.
//
// usage: compile_tool [--eval|--single] [--first-child] [--arena=BYTES] [--quiet] FILE   (FILE "-": stdin)
// --first-child lists only the module's first nested function (and its own children).
// Exit status: 0 compiled, 1 error, 2 usage or I/O error.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "compiler/emitter/compile.h"
#include "compiler/emitter/test_sink.h"

namespace {

size_t BytecodeSize(const mica::vm::RawCode& code) {
  size_t size = code.bytecode_size;
  for (uint32_t i = 0; i < code.num_children; ++i) size += BytecodeSize(*code.children[i]);
  return size;
}

}  // namespace

int main(int argc, char** argv) {
  mica::CompileMode mode = mica::CompileMode::kModule;
  size_t arena_size = 1 << 20;
  bool quiet = false;
  bool first_child = false;
  const char* path = nullptr;
  for (int i = 1; i < argc; ++i) {
    if (strcmp(argv[i], "--eval") == 0) {
      mode = mica::CompileMode::kEval;
    } else if (strcmp(argv[i], "--single") == 0) {
      mode = mica::CompileMode::kSingle;
    } else if (strncmp(argv[i], "--arena=", 8) == 0) {
      arena_size = strtoul(argv[i] + 8, nullptr, 10);
    } else if (strcmp(argv[i], "--first-child") == 0) {
      first_child = true;
    } else if (strcmp(argv[i], "--quiet") == 0) {
      quiet = true;
    } else if (path == nullptr) {
      path = argv[i];
    } else {
      path = nullptr;
      break;
    }
  }
  if (path == nullptr) {
    fprintf(stderr, "usage: compile_tool [--eval|--single] [--first-child] [--arena=BYTES] [--quiet] FILE\n");
    return 2;
  }
  std::string source;
  if (strcmp(path, "-") == 0) {
    source.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
      fprintf(stderr, "compile_tool: cannot read %s\n", path);
      return 2;
    }
    source.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  }
  mica::testing_emitter::TestCompiler compiler(arena_size);
  const mica::vm::RawCode* code = compiler.Compile(source, mode);
  if (code == nullptr) {
    printf("%s:%s\n", path, mica::testing_emitter::DescribeError(compiler.error()).c_str());
    return 1;
  }
  const mica::vm::RawCode* listed = first_child && code->num_children != 0 ? code->children[0] : code;
  if (!quiet) fputs((mica::testing_emitter::Listing(*listed, compiler.sink()) + "\n").c_str(), stdout);
  fprintf(stderr, "arena: %zu bytes peak; bytecode: %zu bytes in %zu code objects, for %zu bytes of source\n",
          compiler.arena_peak(), BytecodeSize(*code), compiler.sink().codes(), source.size());
  return 0;
}
