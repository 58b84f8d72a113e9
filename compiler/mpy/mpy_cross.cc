// mpy-cross: compiles a Python file to a .mpy file (docs/mpy-format.md). MicroPython's common flags:
//
//   mpy-cross [-o out.mpy] [-s source_name] [-O<n>] [-march=<arch>] [-X emit=bytecode] [-v] [--version] file.py
//
// The output goes to file.mpy beside file.py unless -o says otherwise; -s sets the file name recorded for
// tracebacks (default: the path as given). Mica's bytecode does not depend on the architecture, so -march
// only checks that the name is one MicroPython knows. -O1 and above leave out asserts (__debug__ is False).
// Exit status: 0 written, 1 compile error (printed as file:line:column: Kind: message), 2 usage or I/O error.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "compiler/mpy/mpy_writer.h"
#include "runtime/mpy/mpy_format.h"
#include "runtime/vm/bytecode.h"

namespace {

constexpr const char* kArchitectures[] = {"x86", "x64", "armv6", "armv6m", "armv7m", "armv7em", "armv7emsp",
                                          "armv7emdp", "xtensa", "xtensawin", "rv32imc", "rv32imac", "debug"};

int Usage(const char* problem) {
  if (problem != nullptr) fprintf(stderr, "mpy-cross: %s\n", problem);
  fprintf(stderr,
          "usage: mpy-cross [-o out.mpy] [-s source_name] [-O<n>] [-march=<arch>] [-X emit=bytecode] [-v] "
          "[--version] file.py\n");
  return 2;
}

bool KnownArchitecture(const char* name) {
  for (const char* arch : kArchitectures) {
    if (strcmp(arch, name) == 0) return true;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  const char* input = nullptr;
  std::string output;
  std::string source_name;
  bool verbose = false;
  mica::CompileOptions options = mica::mpy::MpyCompileOptions();
  for (int i = 1; i < argc; ++i) {
    const char* arg = argv[i];
    if (strcmp(arg, "-o") == 0 || strcmp(arg, "-s") == 0 || strcmp(arg, "-X") == 0) {
      if (i + 1 >= argc) return Usage("option needs a value");
      const char* value = argv[++i];
      if (arg[1] == 'o') {
        output = value;
      } else if (arg[1] == 's') {
        source_name = value;
      } else if (strcmp(value, "emit=bytecode") != 0) {
        return Usage("only -X emit=bytecode is supported");
      }
    } else if (strncmp(arg, "-O", 2) == 0) {
      const char* level = arg + 2;
      int n = 0;
      if (*level == '\0') {
        n = 1;
      } else if (strspn(level, "O") == strlen(level)) {
        n = 1 + static_cast<int>(strlen(level));
      } else if (strspn(level, "0123456789") == strlen(level)) {
        n = atoi(level);
      } else {
        return Usage("bad -O level");
      }
      options.optimize = n > 0;
    } else if (strncmp(arg, "-march=", 7) == 0) {
      if (!KnownArchitecture(arg + 7)) return Usage("unknown architecture");
    } else if (strcmp(arg, "-v") == 0) {
      verbose = true;
    } else if (strcmp(arg, "--version") == 0) {
      printf("mpy-cross (Mica) .mpy format %u, bytecode %u\n", unsigned{mica::mpy::kFormatVersion},
             unsigned{mica::vm::kBytecodeVersion});
      return 0;
    } else if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
      Usage(nullptr);
      return 0;
    } else if (arg[0] == '-' && arg[1] != '\0') {
      return Usage("unknown option");
    } else if (input == nullptr) {
      input = arg;
    } else {
      return Usage("more than one input file");
    }
  }
  if (input == nullptr) return Usage("no input file");
  std::ifstream file(input, std::ios::binary);
  if (!file) {
    fprintf(stderr, "mpy-cross: cannot read %s\n", input);
    return 2;
  }
  const std::string source((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  if (source_name.empty()) source_name = input;
  if (output.empty()) {
    output = input;
    if (output.size() > 3 && output.compare(output.size() - 3, 3, ".py") == 0) output.resize(output.size() - 3);
    output += ".mpy";
  }
  std::vector<uint8_t> mpy;
  std::string error;
  if (!mica::mpy::CompileToMpy(source, source_name, options, &mpy, &error)) {
    fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }
  std::ofstream out(output, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(mpy.data()), static_cast<std::streamsize>(mpy.size()));
  out.close();
  if (!out) {
    fprintf(stderr, "mpy-cross: cannot write %s\n", output.c_str());
    return 2;
  }
  if (verbose) fprintf(stderr, "%s: %zu bytes of source -> %s: %zu bytes\n", input, source.size(), output.c_str(), mpy.size());
  return 0;
}
