// parse_tool: parses a Python file with the Mica front end and prints the AST dump, or the error.
//
// usage: parse_tool [--eval] [--arena=BYTES] [--quiet] FILE   (FILE "-" reads standard input)
// Exit status: 0 parsed, 1 syntax error, 2 usage or I/O error.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <iostream>
#include <iterator>
#include <fstream>
#include <string>
#include <vector>

#include "compiler/arena.h"
#include "compiler/ast_dump.h"
#include "compiler/parser.h"

namespace {

const char* ErrorName(mica::ErrorKind kind) {
  switch (kind) {
    case mica::ErrorKind::kIndentationError: return "IndentationError";
    case mica::ErrorKind::kTabError: return "TabError";
    case mica::ErrorKind::kMemoryError: return "MemoryError";
    default: return "SyntaxError";
  }
}

}  // namespace

int main(int argc, char** argv) {
  mica::ParseOptions options;
  size_t arena_size = 1 << 20;
  bool quiet = false;
  const char* path = nullptr;
  for (int i = 1; i < argc; ++i) {
    if (strcmp(argv[i], "--eval") == 0) {
      options.mode = mica::ParseMode::kEval;
    } else if (strncmp(argv[i], "--arena=", 8) == 0) {
      arena_size = strtoul(argv[i] + 8, nullptr, 10);
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
    fprintf(stderr, "usage: parse_tool [--eval] [--arena=BYTES] [--quiet] FILE\n");
    return 2;
  }
  std::string source;
  if (strcmp(path, "-") == 0) {
    source.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
      fprintf(stderr, "parse_tool: cannot read %s\n", path);
      return 2;
    }
    source.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  }
  std::vector<unsigned char> block(arena_size);
  mica::Arena arena(block.data(), block.size());
  const mica::ParseResult result =
      mica::Parse(source.data(), static_cast<uint32_t>(source.size()), &arena, options);
  if (!result.ok()) {
    printf("%s:%u:%u: %s: %s%s\n", path, static_cast<unsigned>(result.error.line),
           static_cast<unsigned>(result.error.column), ErrorName(result.error.kind), result.error.message,
           result.error.at_end_of_input ? " (at end of input)" : "");
    return 1;
  }
  if (!quiet) fputs(mica::DumpAst(result.root, source.c_str()).c_str(), stdout);
  fprintf(stderr, "arena: %zu bytes peak for %zu bytes of source\n", arena.peak(), source.size());
  return 0;
}
