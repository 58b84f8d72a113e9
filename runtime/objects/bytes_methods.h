// Internal to bytes.cc and bytearray.cc: the read-only methods both types share, the slots' common parts, and
// helpers. Every method takes self (args[0]) as any bytes-like object and returns results of self's type.
#ifndef MICA_RUNTIME_OBJECTS_BYTES_METHODS_H_
#define MICA_RUNTIME_OBJECTS_BYTES_METHODS_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

// A new bytes or bytearray (whichever `like` is) with a copy of the data.
Value NewBytesLike(Value like, const uint8_t* data, size_t length);
// The bytes-like contents of `source` as made by bytes(source) / bytearray(source): an int (zeros), an iterable
// of ints, a buffer, or str with an encoding. Writes a bytes object.
Value BytesFromArgs(const char* what, const Value* args, uint32_t n_pos, uint32_t n_kw);
// A byte value from an int: ValueError("byte must be in range(0, 256)"), TypeError for non-ints.
Value ToByte(Value v, uint8_t* out);

// The common slots: comparisons, +, *, `in` between bytes-likes (`type` is the slot owner's, for results).
Value BytesLikeBinaryOp(const Type* type, BinaryOp op, Value lhs, Value rhs);
Value BytesLikeGetItem(Value self, Value index, const char* what);
Value BytesLikeGetIter(Value self);

// Shared methods (BuiltinFn).
Value BytesCount(const Value* args, uint32_t n_pos, uint32_t n_kw);
Value BytesDecode(const Value* args, uint32_t n_pos, uint32_t n_kw);
Value BytesEndsWith(const Value* args, uint32_t n_pos, uint32_t n_kw);
Value BytesFind(const Value* args, uint32_t n_pos, uint32_t n_kw);
Value BytesFromHex(const Value* args, uint32_t n_pos, uint32_t n_kw);
Value BytesHex(const Value* args, uint32_t n_pos, uint32_t n_kw);
Value BytesIndex(const Value* args, uint32_t n_pos, uint32_t n_kw);
Value BytesIsAlpha(const Value* args, uint32_t n_pos, uint32_t n_kw);
Value BytesIsDigit(const Value* args, uint32_t n_pos, uint32_t n_kw);
Value BytesIsSpace(const Value* args, uint32_t n_pos, uint32_t n_kw);
Value BytesJoin(const Value* args, uint32_t n_pos, uint32_t n_kw);
Value BytesLower(const Value* args, uint32_t n_pos, uint32_t n_kw);
Value BytesLStrip(const Value* args, uint32_t n_pos, uint32_t n_kw);
Value BytesReplace(const Value* args, uint32_t n_pos, uint32_t n_kw);
Value BytesRFind(const Value* args, uint32_t n_pos, uint32_t n_kw);
Value BytesRIndex(const Value* args, uint32_t n_pos, uint32_t n_kw);
Value BytesRSplit(const Value* args, uint32_t n_pos, uint32_t n_kw);
Value BytesRStrip(const Value* args, uint32_t n_pos, uint32_t n_kw);
Value BytesSplit(const Value* args, uint32_t n_pos, uint32_t n_kw);
Value BytesStartsWith(const Value* args, uint32_t n_pos, uint32_t n_kw);
Value BytesStrip(const Value* args, uint32_t n_pos, uint32_t n_kw);
Value BytesUpper(const Value* args, uint32_t n_pos, uint32_t n_kw);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_BYTES_METHODS_H_
