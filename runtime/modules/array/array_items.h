// The item formats of array.array: each type code's size (C's sizes on the target, as CPython uses, so 'l' is 8
// bytes on 64-bit Linux and 4 on 32-bit boards), its range, and the conversion of one item to and from memory.
// Pure arithmetic on byte buffers (memcpy, so items need no alignment), unit-tested on the host and on ARM.
#ifndef MICA_RUNTIME_MODULES_ARRAY_ARRAY_ITEMS_H_
#define MICA_RUNTIME_MODULES_ARRAY_ARRAY_ITEMS_H_

#include <stddef.h>
#include <stdint.h>

namespace mica {
namespace array_items {

enum class Kind : uint8_t { kSigned, kUnsigned, kFloat };

struct Format {
  char code;
  uint8_t size;      // bytes per item
  Kind kind;
  const char* what;  // CPython's name of the C type in OverflowError messages ("signed char")
};

// The format of a type code, or null for a bad one.
const Format* FindFormat(char code);

// Whether an integer fits the format. An unsigned value above INT64_MAX is passed as `high` = true with its
// low 64 bits in `value` (only 'Q' and, on LP64, 'L' take it); negative values give below = true.
enum class Range : uint8_t { kFits, kBelow, kAbove };
Range CheckSigned(const Format& format, int64_t value);
Range CheckUnsigned(const Format& format, uint64_t value);

// Stores one item (the value must fit: check first). `slot` points at `format.size` bytes.
void StoreInteger(const Format& format, uint8_t* slot, uint64_t bits);  // two's complement bits, truncated
void StoreFloat(const Format& format, uint8_t* slot, double value);

// Loads one item: integers sign- or zero-extended to 64 bits, floats widened to double.
int64_t LoadSigned(const Format& format, const uint8_t* slot);
uint64_t LoadUnsigned(const Format& format, const uint8_t* slot);
double LoadFloat(const Format& format, const uint8_t* slot);

}  // namespace array_items
}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_ARRAY_ARRAY_ITEMS_H_
