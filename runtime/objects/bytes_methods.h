// Internal to bytes.cc, bytes_methods.cc and bytearray.cc: the read-only methods both types share, the slots'
// common parts, and helpers. Every method takes self (args[0]) as any bytes-like object and returns results of
// self's type.
#ifndef MICA_RUNTIME_OBJECTS_BYTES_METHODS_H_
#define MICA_RUNTIME_OBJECTS_BYTES_METHODS_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes.h"
#include "runtime/value.h"

namespace mica {

// A bytes-like object's data, valid until that object changes (nothing in a method runs Python code).
struct ByteSpan {
  const uint8_t* data = nullptr;
  size_t length = 0;
};
ByteSpan SelfBuffer(Value self);
// TypeError("a bytes-like object is required, not 'str'") for anything else.
Value RequireBuffer(Value v, ByteSpan* out);

// A new bytes or bytearray (whichever `like` is) with a copy of the data.
Value NewBytesLike(Value like, const uint8_t* data, size_t length);
// A result built in a scratch bytes object (AllocateBytes), shrunk to `length`, as `like`'s type.
Value FinishLength(Value like, BytesObject* result, size_t length);
// The bytes-like contents of `source` as made by bytes(source) / bytearray(source): an int (zeros), an iterable
// of ints, a buffer, or str with an encoding. Writes a bytes object.
Value BytesFromArgs(const char* what, const Value* args, uint32_t n_pos, uint32_t n_kw);
// A byte value from an int: ValueError("byte must be in range(0, 256)"), TypeError for non-ints.
Value ToByte(Value v, uint8_t* out);

// The common slots: comparisons, +, *, `in` between bytes-likes (`type` is the slot owner's, for results).
Value BytesLikeBinaryOp(const Type* type, BinaryOp op, Value lhs, Value rhs);
Value BytesLikeGetItem(Value self, Value index, const char* what);
Value BytesLikeGetIter(Value self);

// The shared methods, sorted by name (the member tables' order): X(name, min_args, max_args, function, flags).
// bytes.cc and bytearray.cc expand the list with their own owner type.
#define MICA_BYTES_SHARED_METHODS(X)                                          \
  X(capitalize, 1, 1, BytesCapitalize, 0)                                     \
  X(center, 2, 3, BytesCenter, 0)                                             \
  X(count, 2, 4, BytesCount, 0)                                               \
  X(decode, 1, 3, BytesDecode, kBuiltinTakesKeywords)                         \
  X(endswith, 2, 4, BytesEndsWith, 0)                                         \
  X(expandtabs, 1, 2, BytesExpandTabs, kBuiltinTakesKeywords)                 \
  X(find, 2, 4, BytesFind, 0)                                                 \
  X(fromhex, 2, 2, BytesFromHex, kBuiltinClassMethod)                         \
  X(hex, 1, 3, BytesHex, kBuiltinTakesKeywords)                               \
  X(index, 2, 4, BytesIndex, 0)                                               \
  X(isalnum, 1, 1, BytesIsAlnum, 0)                                           \
  X(isalpha, 1, 1, BytesIsAlpha, 0)                                           \
  X(isascii, 1, 1, BytesIsAscii, 0)                                           \
  X(isdigit, 1, 1, BytesIsDigit, 0)                                           \
  X(islower, 1, 1, BytesIsLower, 0)                                           \
  X(isspace, 1, 1, BytesIsSpace, 0)                                           \
  X(istitle, 1, 1, BytesIsTitle, 0)                                           \
  X(isupper, 1, 1, BytesIsUpper, 0)                                           \
  X(join, 2, 2, BytesJoin, 0)                                                 \
  X(ljust, 2, 3, BytesLJust, 0)                                               \
  X(lower, 1, 1, BytesLower, 0)                                               \
  X(lstrip, 1, 2, BytesLStrip, 0)                                             \
  X(maketrans, 2, 2, BytesMakeTrans, kBuiltinStatic)                          \
  X(partition, 2, 2, BytesPartition, 0)                                       \
  X(removeprefix, 2, 2, BytesRemovePrefix, 0)                                 \
  X(removesuffix, 2, 2, BytesRemoveSuffix, 0)                                 \
  X(replace, 3, 4, BytesReplace, 0)                                           \
  X(rfind, 2, 4, BytesRFind, 0)                                               \
  X(rindex, 2, 4, BytesRIndex, 0)                                             \
  X(rjust, 2, 3, BytesRJust, 0)                                               \
  X(rpartition, 2, 2, BytesRPartition, 0)                                     \
  X(rsplit, 1, 3, BytesRSplit, kBuiltinTakesKeywords)                         \
  X(rstrip, 1, 2, BytesRStrip, 0)                                             \
  X(split, 1, 3, BytesSplit, kBuiltinTakesKeywords)                           \
  X(splitlines, 1, 2, BytesSplitLines, kBuiltinTakesKeywords)                 \
  X(startswith, 2, 4, BytesStartsWith, 0)                                     \
  X(strip, 1, 2, BytesStrip, 0)                                               \
  X(swapcase, 1, 1, BytesSwapCase, 0)                                         \
  X(title, 1, 1, BytesTitle, 0)                                               \
  X(translate, 2, 3, BytesTranslate, kBuiltinTakesKeywords)                   \
  X(upper, 1, 1, BytesUpper, 0)                                               \
  X(zfill, 2, 2, BytesZFill, 0)

#define MICA_DECLARE_BYTES_METHOD(name, min, max, function, flags) \
  Value function(const Value* args, uint32_t n_pos, uint32_t n_kw);
MICA_BYTES_SHARED_METHODS(MICA_DECLARE_BYTES_METHOD)
#undef MICA_DECLARE_BYTES_METHOD

// The method objects and member entries for one owner type: expand inside that type's .cc file.
#define MICA_BYTES_METHOD_OBJECT(owner, name, min, max, function, flags) \
  constexpr BuiltinFunction k_##name = MakeMethod(owner, names::name, min, max, function, flags);
#define MICA_BYTES_MEMBER(name) {names::name, &k_##name.header},

// `a` and `b` (each sorted by name id) merged into one sorted table: bytearray's mutators join the shared methods.
template <size_t A, size_t B>
struct MergedMembers {
  Member items[A + B];
};
template <size_t A, size_t B>
constexpr MergedMembers<A, B> MergeMembers(const Member (&a)[A], const Member (&b)[B]) {
  MergedMembers<A, B> out{};
  size_t i = 0;
  size_t j = 0;
  for (size_t k = 0; k < A + B; ++k) {
    if (j == B || (i < A && a[i].name < b[j].name)) {
      out.items[k] = a[i++];
    } else {
      out.items[k] = b[j++];
    }
  }
  return out;
}

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_BYTES_METHODS_H_
