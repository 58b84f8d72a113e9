#include "ports/unix/command_line.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

namespace mica {
namespace {

// "8M", "256k", "1048576": false for anything else (and for 0 or an overflow).
bool ParseSize(const char* text, size_t* out) {
  if (*text < '0' || *text > '9') return false;
  char* end = nullptr;
  const unsigned long long value = strtoull(text, &end, 10);
  unsigned long long scale = 1;
  if (*end == 'k' || *end == 'K') {
    scale = 1024;
    ++end;
  } else if (*end == 'm' || *end == 'M') {
    scale = 1024 * 1024;
    ++end;
  }
  if (*end != 0 || value == 0 || value > static_cast<unsigned long long>(SIZE_MAX) / scale) return false;
  *out = static_cast<size_t>(value * scale);
  return true;
}

bool Fail(char* error, size_t error_size, const char* format, const char* detail) {
  snprintf(error, error_size, format, detail);
  return false;
}

// One -X option: heapsize=<n>[kKmM] or emit=bytecode.
bool ParseImplementationOption(const char* option, Options* options, char* error, size_t error_size) {
  if (strncmp(option, "heapsize=", 9) == 0) {
    if (!ParseSize(option + 9, &options->heap_bytes)) return Fail(error, error_size, "bad heap size: %s", option + 9);
    return true;
  }
  if (strncmp(option, "emit=", 5) == 0) {
    const char* emitter = option + 5;
    if (strcmp(emitter, "bytecode") == 0) return true;
    if (strcmp(emitter, "native") == 0 || strcmp(emitter, "viper") == 0) {
      return Fail(error, error_size, "the %s emitter is not built yet: only -X emit=bytecode is available", emitter);
    }
    return Fail(error, error_size, "unknown emitter: %s (bytecode, native or viper)", emitter);
  }
  return Fail(error, error_size, "unknown implementation option: -X %s", option);
}

// -O, -OO..., -O<digit>: the level is the count of O's, or the number.
bool ParseOptimize(const char* arg, Options* options, char* error, size_t error_size) {
  const char* rest = arg + 2;
  if (*rest >= '0' && *rest <= '9' && rest[1] == 0) {
    options->optimize = static_cast<uint8_t>(*rest - '0');
    return true;
  }
  uint8_t level = 1;
  for (; *rest == 'O'; ++rest) ++level;
  if (*rest != 0) return Fail(error, error_size, "unknown option: %s", arg);
  options->optimize = level;
  return true;
}

}  // namespace

const char kUsage[] =
    "usage: mica [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename>] [<arg>...]\n"
    "Options:\n"
    "-h : print this help message and exit\n"
    "-i : inspect interactively after running the program\n"
    "-O[N] : apply optimisation level N (-O and above: no assert statements, __debug__ is False)\n"
    "-v : verbose (can be repeated)\n"
    "\n"
    "Implementation specific options (-X):\n"
    "  emit=bytecode : the code emitter (native and viper are not built yet)\n"
    "  heapsize=<n>[kKmM] : the heap size for the GC (default 8M)\n"
    "\n"
    "Environment: MICROPYPATH (module search path, ':'-separated), MICROPYINSPECT (as -i)\n";

ParseStatus ParseCommandLine(int argc, const char* const* argv, Options* options, char* error, size_t error_size) {
  if (error_size > 0) error[0] = 0;
  for (int i = 1; i < argc; ++i) {
    const char* arg = argv[i];
    if (arg[0] != '-' || arg[1] == 0) {  // the script ("-" alone is a file name too)
      options->program = Options::Program::kScript;
      options->target = arg;
      options->args = argv + i + 1;
      options->arg_count = argc - i - 1;
      return ParseStatus::kRun;
    }
    if (strcmp(arg, "-c") == 0 || strcmp(arg, "-m") == 0) {
      if (i + 1 >= argc) {
        Fail(error, error_size, "argument expected for the %s option", arg);
        return ParseStatus::kError;
      }
      options->program = arg[1] == 'c' ? Options::Program::kCommand : Options::Program::kModule;
      options->target = argv[i + 1];
      options->args = argv + i + 2;
      options->arg_count = argc - i - 2;
      return ParseStatus::kRun;
    }
    if (strcmp(arg, "-h") == 0) return ParseStatus::kHelp;
    if (strcmp(arg, "-i") == 0) {
      options->inspect = true;
    } else if (strcmp(arg, "-v") == 0) {
      if (options->verbose < UINT8_MAX) ++options->verbose;
    } else if (arg[1] == 'O') {
      if (!ParseOptimize(arg, options, error, error_size)) return ParseStatus::kError;
    } else if (arg[1] == 'X') {
      const char* option = arg[2] != 0 ? arg + 2 : (i + 1 < argc ? argv[++i] : nullptr);
      if (option == nullptr) {
        Fail(error, error_size, "argument expected for the %s option", "-X");
        return ParseStatus::kError;
      }
      if (!ParseImplementationOption(option, options, error, error_size)) return ParseStatus::kError;
    } else {
      Fail(error, error_size, "unknown option: %s", arg);
      return ParseStatus::kError;
    }
  }
  options->program = Options::Program::kRepl;
  return ParseStatus::kRun;
}

}  // namespace mica
