// The unix port's own helpers around runtime/exec/port.h.
#ifndef MICA_PORTS_UNIX_UNIX_PORT_H_
#define MICA_PORTS_UNIX_UNIX_PORT_H_

namespace mica {
namespace unix_port {

// Writes out what WriteStdout buffered (before exiting, and before anything goes to stderr).
void FlushStdout();

}  // namespace unix_port
}  // namespace mica

#endif  // MICA_PORTS_UNIX_UNIX_PORT_H_
