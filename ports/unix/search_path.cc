#include "ports/unix/search_path.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/exec/exec.h"

namespace mica {
namespace {

// The directory of a script path, absolute when it can be resolved ("" for a bare file name that cannot).
bool AppendScriptDirectory(const char* script) {
  char resolved[PATH_MAX];
  const char* path = realpath(script, resolved) != nullptr ? resolved : script;
  const char* slash = strrchr(path, '/');
  if (slash == nullptr) return AppendSearchPath("", 0);
  if (slash == path) return AppendSearchPath("/", 1);
  return AppendSearchPath(path, static_cast<size_t>(slash - path));
}

// One MICROPYPATH entry: "~/x" is $HOME/x.
bool AppendEntry(const char* entry, size_t length) {
  const char* home = getenv("HOME");
  if (length >= 2 && entry[0] == '~' && entry[1] == '/' && home != nullptr) {
    char path[PATH_MAX];
    const int n = snprintf(path, sizeof(path), "%s%.*s", home, static_cast<int>(length - 1), entry + 1);
    if (n > 0 && static_cast<size_t>(n) < sizeof(path)) return AppendSearchPath(path, static_cast<size_t>(n));
  }
  return AppendSearchPath(entry, length);
}

bool AppendEntries(const char* list) {
  for (const char* start = list;;) {
    const char* colon = strchr(start, ':');
    const size_t length = colon != nullptr ? static_cast<size_t>(colon - start) : strlen(start);
    if (!AppendEntry(start, length)) return false;
    if (colon == nullptr) return true;
    start = colon + 1;
  }
}

}  // namespace

bool SetUpSearchPath(const char* script) {
  if (!(script != nullptr ? AppendScriptDirectory(script) : AppendSearchPath("", 0))) return false;
  const char* micropypath = getenv("MICROPYPATH");
  // MicroPython's default: the frozen modules (runtime/mpy/frozen_module.h) after the script's folder, then the
  // user's library. MICROPYPATH replaces both, as in MicroPython (list ".frozen" in it to keep them).
  return AppendEntries(micropypath != nullptr ? micropypath : ".frozen:~/.micropython/lib");
}

}  // namespace mica
