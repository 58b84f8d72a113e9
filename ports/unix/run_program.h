// Running the program the command line names: -c code, a script file, or -m module (found on sys.path and run
// as __main__). Each returns the process exit status: 0, 1 after printing the traceback of an uncaught
// exception, SystemExit's code; 2 when the script cannot be read, 1 when the module is not found (as CPython).
#ifndef MICA_PORTS_UNIX_RUN_PROGRAM_H_
#define MICA_PORTS_UNIX_RUN_PROGRAM_H_

namespace mica {

int RunCommand(const char* code);
int RunScript(const char* path);
int RunModule(const char* name);

}  // namespace mica

#endif  // MICA_PORTS_UNIX_RUN_PROGRAM_H_
