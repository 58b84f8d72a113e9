// What a port provides to the runtime: reading source files and the console streams.
//
// These are plain functions the runtime declares and every port (or test) defines, so the runtime has no
// knowledge of file systems or consoles. They never raise: failures are reported by the return value, and the
// caller decides which Python exception that means (ImportError for a module that cannot be read).
#ifndef MICA_RUNTIME_EXEC_PORT_H_
#define MICA_RUNTIME_EXEC_PORT_H_

#include <stddef.h>
#include <stdint.h>

namespace mica {
namespace port {

enum class PathKind : uint8_t { kMissing, kFile, kDirectory };

// What is at `path` (a NUL-terminated string).
PathKind StatPath(const char* path);

// The whole file, NUL-terminated, in a block from AllocateRaw(length + 1, gc::kNoScan) (runtime/objects/
// allocator.h), its length (without the NUL) in *length. Null if it cannot be read; if the heap is full,
// MemoryError is pending (AllocateRaw raised it) and null is returned as well.
char* ReadSourceFile(const char* path, size_t* length);

// Console output. stdout may be buffered by the port; stderr writes flush stdout first, so the two streams
// interleave as the program wrote them.
void WriteStdout(const char* data, size_t length);
void WriteStderr(const char* data, size_t length);
// Writes out what stdout has buffered (before the program waits for input, for example).
void FlushStdout();

// Console input: the next byte from stdin, or -1 at end of input. Blocks until a byte is there.
int ReadStdinByte();

}  // namespace port
}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_PORT_H_
