// The `mica` command line, compatible with MicroPython's unix `micropython`:
//
//   mica [-h] [-i] [-O<level>] [-v] [-X <option>] [-c <command> | -m <module> | <script>] [<args>...]
//
// Options come before the program; everything after `-c <command>`, `-m <module>` or `<script>` belongs to the
// program (sys.argv[1:]). Without a program, mica runs the REPL. This file only parses: it reads nothing from the
// environment and prints nothing, so it is unit-tested on its own (command_line_test.cc).
#ifndef MICA_PORTS_UNIX_COMMAND_LINE_H_
#define MICA_PORTS_UNIX_COMMAND_LINE_H_

#include <stddef.h>
#include <stdint.h>

namespace mica {

constexpr size_t kDefaultHeapBytes = 8 * 1024 * 1024;

struct Options {
  enum class Program : uint8_t { kRepl, kCommand, kModule, kScript };
  Program program = Program::kRepl;
  const char* target = nullptr;  // the code (-c), the module name (-m) or the script path
  // sys.argv[1:]: what followed the program on the command line.
  const char* const* args = nullptr;
  int arg_count = 0;
  size_t heap_bytes = kDefaultHeapBytes;  // -X heapsize=<n>[kKmM]
  uint8_t optimize = 0;                   // -O, -OO, -O<level>: 1 and above strip asserts, __debug__ is False
  uint8_t verbose = 0;                    // -v, repeatable (accepted; nothing is traced yet)
  bool inspect = false;                   // -i: the REPL after the program (MICROPYINSPECT does the same)
};

enum class ParseStatus : uint8_t {
  kRun,    // run *options
  kHelp,   // -h: print kUsage to stdout, exit 0
  kError,  // *error says why: print it and kUsage to stderr, exit 2
};

// Parses argv[1, argc). On kError, error[0, error_size) holds a one-line message without a newline.
ParseStatus ParseCommandLine(int argc, const char* const* argv, Options* options, char* error, size_t error_size);

// The help text (-h), several lines ending with a newline.
extern const char kUsage[];

}  // namespace mica

#endif  // MICA_PORTS_UNIX_COMMAND_LINE_H_
