// The unix port's side of runtime/exec/port.h: files through POSIX calls, stdout through a buffer that is
// flushed before anything goes to stderr and at exit.
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gc/heap.h"
#include "runtime/exec/port.h"
#include "runtime/objects/allocator.h"

namespace mica {
namespace {

char stdout_buffer[8192];
size_t stdout_used = 0;

void WriteAll(int fd, const char* data, size_t length) {
  while (length > 0) {
    const ssize_t n = write(fd, data, length);
    if (n < 0) {
      if (errno == EINTR) continue;
      return;
    }
    data += n;
    length -= static_cast<size_t>(n);
  }
}

}  // namespace

namespace port {

void FlushStdout() {
  if (stdout_used > 0) WriteAll(1, stdout_buffer, stdout_used);
  stdout_used = 0;
}

int ReadStdinByte() {
  unsigned char c;
  for (;;) {
    const ssize_t n = read(0, &c, 1);
    if (n == 1) return c;
    if (n < 0 && errno == EINTR) continue;
    return -1;
  }
}

PathKind StatPath(const char* path) {
  struct stat info;
  if (stat(path, &info) != 0) return PathKind::kMissing;
  if (S_ISDIR(info.st_mode)) return PathKind::kDirectory;
  if (S_ISREG(info.st_mode)) return PathKind::kFile;
  return PathKind::kMissing;
}

char* ReadSourceFile(const char* path, size_t* length) {
  const int fd = open(path, O_RDONLY);
  if (fd < 0) return nullptr;
  struct stat info;
  if (fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    close(fd);
    return nullptr;
  }
  const size_t size = static_cast<size_t>(info.st_size);
  char* text = static_cast<char*>(AllocateRaw(size + 1, gc::kNoScan));
  if (text == nullptr) {
    close(fd);
    return nullptr;
  }
  size_t done = 0;
  while (done < size) {
    const ssize_t n = read(fd, text + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  close(fd);
  text[done] = 0;
  *length = done;
  return text;
}

void WriteStdout(const char* data, size_t length) {
  if (length >= sizeof(stdout_buffer)) {
    FlushStdout();
    WriteAll(1, data, length);
    return;
  }
  if (stdout_used + length > sizeof(stdout_buffer)) FlushStdout();
  memcpy(stdout_buffer + stdout_used, data, length);
  stdout_used += length;
}

void WriteStderr(const char* data, size_t length) {
  FlushStdout();
  WriteAll(2, data, length);
}

}  // namespace port
}  // namespace mica
