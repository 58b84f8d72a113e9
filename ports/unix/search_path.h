// The module search path (sys.path) of the unix port, as MicroPython's unix port builds it:
//
//   [first] + MICROPYPATH's ':'-separated entries       when MICROPYPATH is set
//   [first] + ['.frozen', '~/.micropython/lib']         otherwise
//
// `first` is the script's directory (made absolute) for `mica script.py`, '' (the current directory) for -c, -m
// and the REPL. An empty MICROPYPATH entry also means the current directory, and a leading '~/' is the home
// directory. '.frozen' stands for the frozen modules compiled into the binary (runtime/mpy/frozen_module.h): a
// file in the current folder shadows a frozen module of the same name. (MicroPython's default also has /usr/lib/micropython; Mica leaves it out so that libraries built for
// MicroPython are not picked up by surprise.)
#ifndef MICA_PORTS_UNIX_SEARCH_PATH_H_
#define MICA_PORTS_UNIX_SEARCH_PATH_H_

namespace mica {

// Fills the runtime's search path (after InitExec). `script` is the script path, or null. False on MemoryError.
bool SetUpSearchPath(const char* script);

}  // namespace mica

#endif  // MICA_PORTS_UNIX_SEARCH_PATH_H_
