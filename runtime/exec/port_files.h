// What a port provides for files and directories: the `io` and `os` modules (runtime/modules) reach the file
// system only through these functions, so the runtime never calls POSIX and a board can back them with FatFS,
// LittleFS or nothing at all.
//
// Conventions: paths are NUL-terminated UTF-8. Every function that can fail returns a negative errno on failure,
// numbered as Linux numbers them (ENOENT = 2, EEXIST = 17, ...; runtime/modules/errno_table.h lists them), which
// is also MicroPython's numbering on every port: a port whose C library numbers errors differently translates.
// Nothing here raises or allocates from the GC heap; the caller turns a negative result into OSError.
#ifndef MICA_RUNTIME_EXEC_PORT_FILES_H_
#define MICA_RUNTIME_EXEC_PORT_FILES_H_

#include <stddef.h>
#include <stdint.h>

namespace mica {
namespace port {

// FileOpen flags; exactly one of kFileRead / kFileWrite / kFileRead | kFileWrite.
enum FileOpenFlags : uint32_t {
  kFileRead = 1u << 0,
  kFileWrite = 1u << 1,
  kFileCreate = 1u << 2,     // create when missing
  kFileTruncate = 1u << 3,   // empty an existing file
  kFileExclusive = 1u << 4,  // with kFileCreate: fail with EEXIST if the file exists (and leave it untouched)
  kFileAppend = 1u << 5,     // every write goes to the end
};

// A handle (>= 0) or -errno. Opening a directory fails with -EISDIR.
intptr_t FileOpen(const char* path, uint32_t flags);
// Bytes read (0 at end of file) or -errno. May return fewer than `length` bytes.
intptr_t FileRead(intptr_t handle, void* data, size_t length);
// Bytes written or -errno. May write fewer than `length` bytes.
intptr_t FileWrite(intptr_t handle, const void* data, size_t length);
// whence: 0 from the start, 1 from the current position, 2 from the end. The new position or -errno.
int64_t FileSeek(intptr_t handle, int64_t offset, int whence);
// Pushes written data to the device (fsync-like where the medium needs it). 0 or -errno.
int FileSync(intptr_t handle);
// 0 or -errno; the handle is invalid afterwards whatever the result.
int FileClose(intptr_t handle);

// File modes as POSIX encodes them (MicroPython's os.stat uses the same values).
constexpr uint32_t kModeDirectory = 0x4000;  // S_IFDIR
constexpr uint32_t kModeRegular = 0x8000;    // S_IFREG
constexpr uint32_t kModeTypeMask = 0xF000;   // S_IFMT

struct FileStat {
  uint32_t mode;  // type bits (above) | permission bits
  uint64_t inode;
  uint64_t device;
  uint32_t links;
  uint32_t uid;
  uint32_t gid;
  uint64_t size;
  int64_t access_time;  // seconds since the port's epoch
  int64_t modify_time;
  int64_t change_time;
};

// 0 with *out filled, or -errno.
int Stat(const char* path, FileStat* out);

// Directory listing: open, then the names one by one (without "." and ".."), then close.
intptr_t DirOpen(const char* path);  // a handle (>= 0) or -errno
// Copies the next entry's name (NUL-terminated) into name[0, capacity) and its kModeDirectory/kModeRegular type
// (0 when unknown) into *mode. Returns the name's length, 0 at the end, or -errno (-ENAMETOOLONG if it does not
// fit).
intptr_t DirNext(intptr_t dir, char* name, size_t capacity, uint32_t* mode);
void DirClose(intptr_t dir);

int MakeDirectory(const char* path);    // 0 or -errno
int RemoveDirectory(const char* path);  // an empty directory
int RemoveFile(const char* path);
int Rename(const char* from, const char* to);  // replaces `to` if it is a file, as POSIX rename does
int ChangeDirectory(const char* path);
// The current directory into buffer[0, capacity), NUL-terminated: its length, or -errno (-ERANGE: too small).
intptr_t GetCurrentDirectory(char* buffer, size_t capacity);

// The environment variable `name`, or null when unset (or when the port has no environment). The text stays
// valid until the environment changes.
const char* GetEnv(const char* name);

// `length` random bytes from the best source the port has. 0 or -errno.
int Urandom(void* data, size_t length);

}  // namespace port
}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_PORT_FILES_H_
