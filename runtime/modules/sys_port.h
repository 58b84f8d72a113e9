// What a port that lists the `sys` module provides to it: the program's arguments and the platform name.
//
// Plain functions the port defines (ports/unix/unix_sys.cc), read once when `sys` is first imported, so the
// module needs no setter and no global the port must remember to fill in before running the program.
#ifndef MICA_RUNTIME_MODULES_SYS_PORT_H_
#define MICA_RUNTIME_MODULES_SYS_PORT_H_

#include <stddef.h>

namespace mica {
namespace port {

// sys.argv is [program] + args[0, count): program is the script path ('' for -c, the module name for -m), args
// what followed it on the command line. NUL-terminated UTF-8 strings that live as long as the program. A board
// without a command line sets program to null: sys.argv is [].
struct SysArguments {
  const char* program;
  const char* const* args;
  size_t count;
};
SysArguments SysArgv();

// sys.platform: "linux" on the unix port, the board's name ("pyboard", "esp8266", "rv32") on a board.
const char* SysPlatform();

}  // namespace port
}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_SYS_PORT_H_
