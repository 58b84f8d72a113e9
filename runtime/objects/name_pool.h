// Names interned at run time: identifiers in user code, attribute names made from strs (getattr(o, "x")).
//
// Ids continue after the built-in ones (names::kBuiltinCount + i); each has a str object holding its text, kept in
// RuntimeState::names and reachable from the state's root marker, so names are immortal. Lookup by text is an
// open-addressing table over the names' hashes. Built-in names are found with names::FindBuiltin first, so a given
// text always gets the same id.
#ifndef MICA_RUNTIME_OBJECTS_NAME_POOL_H_
#define MICA_RUNTIME_OBJECTS_NAME_POOL_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/value.h"

namespace mica {

// The name with this text (a Value::Name), interning it if new; Value::Exception() with MemoryError pending.
Value InternName(const char* data, size_t length);
// A str value (name or object) as a name.
Value StrToName(Value str);
// The name with this text if it is already interned, else the null Value (never allocates).
Value FindName(const char* data, size_t length);

// The text and hash of a name id; false for an id that does not exist.
bool NameText(uint32_t id, const char** data, size_t* length);
uint32_t NameHash(uint32_t id);

// Number of names interned at run time.
size_t RuntimeNameCount();

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_NAME_POOL_H_
