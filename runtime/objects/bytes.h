// bytes: an immutable sequence of bytes, data inline after the header (gc::kNoScan). The empty bytes is a constant
// object in flash (kEmptyBytes). Hashes with names::HashBytes, like str, so b"ab" and "ab" hash alike (as in
// CPython) while never comparing equal.
//
// The buffer protocol: GetBuffer() gives the data and length of any bytes-like object (bytes, bytearray,
// memoryview); bytes(), bytearray(), join, comparisons and `in` accept any of them.
//
// str.encode, int.to_bytes and int.from_bytes are implemented here and listed in str's and int's member tables:
//   str.encode:     MakeMethod(&kStrType, names::encode, 1, 3, StrEncodeMethod, kBuiltinTakesKeywords)
//   int.to_bytes:   MakeMethod(&kIntType, names::to_bytes, 1, 4, IntToBytesMethod, kBuiltinTakesKeywords)
//   int.from_bytes: MakeMethod(&kIntType, names::from_bytes, 2, 4, IntFromBytesMethod,
//                              kBuiltinTakesKeywords | kBuiltinClassMethod)
#ifndef MICA_RUNTIME_OBJECTS_BYTES_H_
#define MICA_RUNTIME_OBJECTS_BYTES_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

struct BytesObject {
  Object header;
  uint32_t hash;    // names::HashBytes of the data
  uint32_t length;
  uint8_t* Data() { return reinterpret_cast<uint8_t*>(this + 1); }
  const uint8_t* Data() const { return reinterpret_cast<const uint8_t*>(this + 1); }
};

extern const Type kBytesType;
extern const BytesObject kEmptyBytes;

bool IsBytes(Value v);
// Any bytes-like object (bytes, bytearray, memoryview): its data and length (valid until the next allocation for a
// bytearray, which may grow). False (nothing written) for anything else.
bool GetBuffer(Value v, const uint8_t** data, size_t* length);

// A bytes with a copy of data[0..length) (length 0: kEmptyBytes); Value::Exception() with MemoryError pending.
Value NewBytes(const void* data, size_t length);
// A zeroed bytes of `length` bytes to fill, then FinishBytes (sets the hash). Null with MemoryError pending.
BytesObject* AllocateBytes(size_t length);
Value FinishBytes(BytesObject* bytes);

// repr() of a bytes-like payload: b'...' with CPython's quote choice and escapes.
void PrintBytesRepr(const Printer& printer, const uint8_t* data, size_t length);

// Encodes/decodes text (bytes_codecs.cc): encoding "utf-8", "ascii" or "latin-1" (with CPython's aliases, any
// case); errors "strict", "ignore" or "replace".
// LookupError for an unknown encoding, UnicodeError for undecodable/unencodable data.
Value EncodeStr(Value str, Value encoding, Value errors);
Value DecodeBytes(const uint8_t* data, size_t length, Value encoding, Value errors);

// Built-in methods for other types' tables (see the hook points above): args[0] is self.
Value StrEncodeMethod(const Value* args, uint32_t n_pos, uint32_t n_kw);
Value IntToBytesMethod(const Value* args, uint32_t n_pos, uint32_t n_kw);
Value IntFromBytesMethod(const Value* args, uint32_t n_pos, uint32_t n_kw);

Value BytesMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_BYTES_H_
