// Interned names (MicroPython's "qstrs"): the built-in ones, known at compile time.
//
// Every name the runtime itself uses is listed once in runtime/names.def. From that list come `names::Id`
// constants (names::__init__, names::append, ...), a constant text table with precomputed hashes (flash on
// boards), and FindBuiltin(), a binary search over the sorted texts. A name value is Value::Name(id); equal names
// are the same word, so comparing names never touches their text. Names interned at run time (identifiers in
// user code) get ids from kBuiltinCount upwards from a pool in the GC heap (runtime/objects/name_pool.h).
#ifndef MICA_RUNTIME_NAMES_H_
#define MICA_RUNTIME_NAMES_H_

#include <stddef.h>
#include <stdint.h>

namespace mica {
namespace names {

enum Id : uint16_t {
#define MICA_NAME(identifier, text) identifier,
#include "runtime/names.def"
#undef MICA_NAME
  kBuiltinCount,
};

constexpr uint32_t kNotFound = UINT32_MAX;

// The hash every string-like value uses (str objects store it; names carry it in their table), so a name and a
// str with the same text hash alike. FNV-1a, 32 bits: cheap on cores without a fast multiplier-accumulator,
// and good enough for open-addressing tables that also compare the hash before the text.
constexpr uint32_t HashBytes(const char* data, size_t length) {
  uint32_t hash = 2166136261u;
  for (size_t i = 0; i < length; ++i) {
    hash ^= static_cast<uint8_t>(data[i]);
    hash *= 16777619u;
  }
  return hash;
}

struct BuiltinText {
  const char* chars;
  uint16_t length;
  uint32_t hash;
};

extern const BuiltinText kBuiltinTexts[kBuiltinCount];

// The id of the built-in name with this text, or kNotFound.
uint32_t FindBuiltin(const char* data, size_t length);

}  // namespace names
}  // namespace mica

#endif  // MICA_RUNTIME_NAMES_H_
