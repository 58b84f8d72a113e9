// mpy-freeze: turns .mpy files into the C++ source of a frozen-module table (frozen_source.h).
//
//   mpy-freeze --symbol kFrozenFoo -o out.cc [--module NAME FILE.mpy | --package NAME FILE.mpy]...
//
// NAME is the dotted module name; --package marks a package's __init__. toolchains/frozen.bzl runs it at build
// time (exec configuration). Exit status: 0 written, 1 bad input (the reason on stderr), 2 usage or I/O error.
#include <stdio.h>
#include <string.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "compiler/mpy/frozen_source.h"

namespace {

int Usage(const char* problem) {
  fprintf(stderr, "mpy-freeze: %s\n", problem);
  fprintf(stderr, "usage: mpy-freeze --symbol NAME -o out.cc [--module NAME FILE.mpy | --package NAME FILE.mpy]...\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string symbol;
  std::string output;
  std::vector<mica::mpy::FrozenInput> modules;
  for (int i = 1; i < argc; ++i) {
    const char* arg = argv[i];
    if (strcmp(arg, "--symbol") == 0 || strcmp(arg, "-o") == 0) {
      if (i + 1 >= argc) return Usage("option needs a value");
      (arg[1] == 'o' ? output : symbol) = argv[++i];
    } else if (strcmp(arg, "--module") == 0 || strcmp(arg, "--package") == 0) {
      if (i + 2 >= argc) return Usage("--module and --package take a name and a file");
      mica::mpy::FrozenInput module;
      module.name = argv[i + 1];
      module.is_package = strcmp(arg, "--package") == 0;
      std::ifstream file(argv[i + 2], std::ios::binary);
      if (!file) {
        fprintf(stderr, "mpy-freeze: cannot read %s\n", argv[i + 2]);
        return 2;
      }
      module.image.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
      modules.push_back(std::move(module));
      i += 2;
    } else {
      return Usage("unknown argument");
    }
  }
  if (symbol.empty() || output.empty()) return Usage("--symbol and -o are required");
  std::string source;
  std::string error;
  if (!mica::mpy::WriteFrozenSource(modules, symbol, &source, &error)) {
    fprintf(stderr, "mpy-freeze: %s\n", error.c_str());
    return 1;
  }
  std::ofstream out(output, std::ios::binary | std::ios::trunc);
  out << source;
  out.close();
  if (!out) {
    fprintf(stderr, "mpy-freeze: cannot write %s\n", output.c_str());
    return 2;
  }
  return 0;
}
