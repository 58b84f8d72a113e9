// runtime/exec/port_executable.h for Linux: heap memory is not executable, so machine code is copied into one
// region mapped read-write-execute on first use (kRegionBytes, never unmapped) and handed out by a bump pointer.
// Code is never given back (a function's machine code is small and usually lives as long as its module); when
// the region is full, making more code fails and the compiler raises MemoryError.
#include <string.h>
#include <sys/mman.h>

#include "runtime/exec/port_executable.h"

namespace mica {
namespace port {
namespace {

constexpr size_t kRegionBytes = 256 * 1024;
constexpr size_t kAlignment = 8;

uint8_t* g_region = nullptr;
size_t g_used = 0;

}  // namespace

const void* MakeExecutable(const uint8_t* code, size_t size, bool thumb) {
  if (g_region == nullptr) {
    void* mapped = mmap(nullptr, kRegionBytes, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED) return nullptr;
    g_region = static_cast<uint8_t*>(mapped);
  }
  const size_t at = (g_used + kAlignment - 1) & ~(kAlignment - 1);
  if (size > kRegionBytes - at) return nullptr;
  uint8_t* entry = g_region + at;
  memcpy(entry, code, size);
  g_used = at + size;
  __builtin___clear_cache(reinterpret_cast<char*>(entry), reinterpret_cast<char*>(entry + size));
  return reinterpret_cast<const void*>(reinterpret_cast<uintptr_t>(entry) | (thumb ? 1u : 0u));
}

}  // namespace port
}  // namespace mica
