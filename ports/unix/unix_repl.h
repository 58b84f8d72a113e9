// The unix port's interactive side: the REPL (runtime/repl) over the terminal on stdin, and the program read from
// stdin when it is not a terminal (`echo 'print(1)' | mica`, as MicroPython and CPython do).
#ifndef MICA_PORTS_UNIX_UNIX_REPL_H_
#define MICA_PORTS_UNIX_UNIX_REPL_H_

namespace mica {
namespace unix_port {

// `mica` with no script: the REPL on a terminal, else stdin run as a program. Returns the exit status.
int RunInteractiveOrStdin();

// The REPL, whatever stdin is (`-i`: after the script, in its __main__). Returns the exit status.
int RunInteractive();

}  // namespace unix_port
}  // namespace mica

#endif  // MICA_PORTS_UNIX_UNIX_REPL_H_
