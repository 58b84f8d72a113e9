#include "runtime/mpy/frozen_module.h"

#include <string.h>

namespace mica {
namespace mpy {
namespace {

// True if `file` is the file of module `name`: its dots read as slashes, then "/__init__.py" for a package or
// ".py" for a module. Compared in place, so the lookup allocates nothing.
bool FileNamesModule(const char* file, size_t length, const FrozenModule& module) {
  size_t i = 0;
  for (const char* p = module.name; *p != '\0'; ++p, ++i) {
    const char expected = *p == '.' ? '/' : *p;
    if (i >= length || file[i] != expected) return false;
  }
  const char* suffix = module.is_package ? "/__init__.py" : ".py";
  const size_t suffix_length = strlen(suffix);
  return length - i == suffix_length && memcmp(file + i, suffix, suffix_length) == 0;
}

}  // namespace

size_t FrozenPathPrefix(const char* path, size_t length) {
  if (length <= kFrozenPathEntryLength || memcmp(path, kFrozenPathEntry, kFrozenPathEntryLength) != 0) return 0;
  return path[kFrozenPathEntryLength] == '/' ? kFrozenPathEntryLength + 1 : 0;
}

const FrozenModule* FindFrozenFile(const FrozenModuleList* const* lists, const char* file, size_t length) {
  for (; lists != nullptr && *lists != nullptr; ++lists) {
    const FrozenModuleList& list = **lists;
    for (uint32_t i = 0; i < list.count; ++i) {
      if (FileNamesModule(file, length, list.modules[i])) return &list.modules[i];
    }
  }
  return nullptr;
}

}  // namespace mpy
}  // namespace mica
