// Arbitrary-precision integer arithmetic on digit arrays: the engine under Python's int object.
//
// The int object owns the memory (a sign and a digit array in the GC heap); this library only computes. See
// digits.h for the representation and the contract every function follows (no allocation, caller-sized output
// and scratch buffers, normalised lengths, Status for failures). One header per job:
//   compare.h        ordering                   add_subtract.h   + and -
//   multiply.h       * (Karatsuba, squaring)    divide.h         //, %, divmod (floor semantics)
//   shift.h          << and >>                  bitwise.h        &, |, ^, ~ (infinite two's complement)
//   power.h          ** and pow(a, b, m)        int64_convert.h  to and from 64-bit machine integers
//   float_convert.h  int(float), float(int)     text_format.h    str(), hex() and friends, any base 2..36
//   text_parse.h     int(text, base)            bytes_convert.h  int.to_bytes(), int.from_bytes()
//   hash.h           hash()
#ifndef MICA_RUNTIME_BIGINT_BIGINT_H_
#define MICA_RUNTIME_BIGINT_BIGINT_H_

#include "runtime/bigint/add_subtract.h"
#include "runtime/bigint/bitwise.h"
#include "runtime/bigint/bytes_convert.h"
#include "runtime/bigint/compare.h"
#include "runtime/bigint/digits.h"
#include "runtime/bigint/divide.h"
#include "runtime/bigint/float_convert.h"
#include "runtime/bigint/hash.h"
#include "runtime/bigint/int64_convert.h"
#include "runtime/bigint/multiply.h"
#include "runtime/bigint/power.h"
#include "runtime/bigint/shift.h"
#include "runtime/bigint/text_format.h"
#include "runtime/bigint/text_parse.h"

#endif  // MICA_RUNTIME_BIGINT_BIGINT_H_
