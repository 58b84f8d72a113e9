// The unix port's side of runtime/exec/port_files.h: POSIX calls, errors passed through as -errno (Linux numbers
// its errors as port_files.h does; the static_asserts keep a port to another C library honest).
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/exec/port_files.h"

static_assert(ENOENT == 2 && EEXIST == 17 && EISDIR == 21 && ENOTDIR == 20 && ENOTEMPTY == 39 && EBADF == 9,
              "port_files.h numbers errors as Linux does");

namespace mica {
namespace port {
namespace {

intptr_t Failure() { return -static_cast<intptr_t>(errno); }

}  // namespace

intptr_t FileOpen(const char* path, uint32_t flags) {
  int os_flags = O_CLOEXEC;
  if ((flags & kFileRead) != 0 && (flags & kFileWrite) != 0) {
    os_flags |= O_RDWR;
  } else if ((flags & kFileWrite) != 0) {
    os_flags |= O_WRONLY;
  } else {
    os_flags |= O_RDONLY;
  }
  if ((flags & kFileCreate) != 0) os_flags |= O_CREAT;
  if ((flags & kFileTruncate) != 0) os_flags |= O_TRUNC;
  if ((flags & kFileExclusive) != 0) os_flags |= O_EXCL;
  if ((flags & kFileAppend) != 0) os_flags |= O_APPEND;
  int fd;
  do {
    fd = open(path, os_flags, 0666);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) return Failure();
  // open() succeeds on a directory opened read-only; files of the io module are never directories.
  struct stat info;
  if (fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
    close(fd);
    return -EISDIR;
  }
  return fd;
}

intptr_t FileRead(intptr_t handle, void* data, size_t length) {
  for (;;) {
    const ssize_t n = read(static_cast<int>(handle), data, length);
    if (n >= 0) return n;
    if (errno != EINTR) return Failure();
  }
}

intptr_t FileWrite(intptr_t handle, const void* data, size_t length) {
  for (;;) {
    const ssize_t n = write(static_cast<int>(handle), data, length);
    if (n >= 0) return n;
    if (errno != EINTR) return Failure();
  }
}

int64_t FileSeek(intptr_t handle, int64_t offset, int whence) {
  const int os_whence = whence == 1 ? SEEK_CUR : whence == 2 ? SEEK_END : SEEK_SET;
  const off_t position = lseek(static_cast<int>(handle), static_cast<off_t>(offset), os_whence);
  if (position < 0) return Failure();
  return static_cast<int64_t>(position);
}

int FileSync(intptr_t) {
  return 0;  // writes go straight to the kernel; durability (fsync) is not what flush() promises
}

int FileClose(intptr_t handle) {
  // POSIX leaves the descriptor closed even when close() reports EINTR: never retry.
  return close(static_cast<int>(handle)) == 0 ? 0 : static_cast<int>(Failure());
}

int Stat(const char* path, FileStat* out) {
  struct stat info;
  if (stat(path, &info) != 0) return static_cast<int>(Failure());
  out->mode = static_cast<uint32_t>(info.st_mode);
  out->inode = static_cast<uint64_t>(info.st_ino);
  out->device = static_cast<uint64_t>(info.st_dev);
  out->links = static_cast<uint32_t>(info.st_nlink);
  out->uid = static_cast<uint32_t>(info.st_uid);
  out->gid = static_cast<uint32_t>(info.st_gid);
  out->size = static_cast<uint64_t>(info.st_size);
  out->access_time = static_cast<int64_t>(info.st_atime);
  out->modify_time = static_cast<int64_t>(info.st_mtime);
  out->change_time = static_cast<int64_t>(info.st_ctime);
  return 0;
}

intptr_t DirOpen(const char* path) {
  DIR* dir = opendir(path);
  if (dir == nullptr) return Failure();
  // Handles must be >= 0: a DIR* is at least 2-byte aligned, so shifting it right keeps every bit and clears the
  // sign bit (a 32-bit process may get upper-half addresses).
  return static_cast<intptr_t>(reinterpret_cast<uintptr_t>(dir) >> 1);
}

intptr_t DirNext(intptr_t handle, char* name, size_t capacity, uint32_t* mode) {
  DIR* dir = reinterpret_cast<DIR*>(static_cast<uintptr_t>(handle) << 1);
  for (;;) {
    errno = 0;
    const struct dirent* entry = readdir(dir);
    if (entry == nullptr) return errno == 0 ? 0 : Failure();
    const char* text = entry->d_name;
    if (strcmp(text, ".") == 0 || strcmp(text, "..") == 0) continue;
    const size_t length = strlen(text);
    if (length + 1 > capacity) return -ENAMETOOLONG;
    memcpy(name, text, length + 1);
    *mode = entry->d_type == DT_DIR ? kModeDirectory : entry->d_type == DT_REG ? kModeRegular : 0;
    return static_cast<intptr_t>(length);
  }
}

void DirClose(intptr_t handle) {
  closedir(reinterpret_cast<DIR*>(static_cast<uintptr_t>(handle) << 1));
}

int MakeDirectory(const char* path) { return mkdir(path, 0777) == 0 ? 0 : static_cast<int>(Failure()); }
int RemoveDirectory(const char* path) { return rmdir(path) == 0 ? 0 : static_cast<int>(Failure()); }
int RemoveFile(const char* path) { return unlink(path) == 0 ? 0 : static_cast<int>(Failure()); }
int Rename(const char* from, const char* to) { return rename(from, to) == 0 ? 0 : static_cast<int>(Failure()); }
int ChangeDirectory(const char* path) { return chdir(path) == 0 ? 0 : static_cast<int>(Failure()); }

intptr_t GetCurrentDirectory(char* buffer, size_t capacity) {
  if (getcwd(buffer, capacity) == nullptr) return Failure();
  return static_cast<intptr_t>(strlen(buffer));
}

const char* GetEnv(const char* name) { return getenv(name); }

int Urandom(void* data, size_t length) {
  const int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return static_cast<int>(Failure());
  unsigned char* out = static_cast<unsigned char*>(data);
  while (length > 0) {
    const ssize_t n = read(fd, out, length);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int error = n < 0 ? errno : EIO;
      close(fd);
      return -error;
    }
    out += n;
    length -= static_cast<size_t>(n);
  }
  close(fd);
  return 0;
}

}  // namespace port
}  // namespace mica
