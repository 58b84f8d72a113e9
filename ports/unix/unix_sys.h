// The unix port's side of the sys module (runtime/modules/sys_port.h): main() records the program's arguments
// here before running it; sys.argv is made from them when the program first imports sys.
#ifndef MICA_PORTS_UNIX_UNIX_SYS_H_
#define MICA_PORTS_UNIX_UNIX_SYS_H_

#include <stddef.h>

namespace mica {

// sys.argv = [program] + args[0, count). The strings must outlive the program (argv's do).
void SetSysArgv(const char* program, const char* const* args, size_t count);

}  // namespace mica

#endif  // MICA_PORTS_UNIX_UNIX_SYS_H_
