#include "runtime/modules/array/array_items.h"

#include <string.h>

namespace mica {
namespace array_items {
namespace {

constexpr Format kFormats[] = {
    {'b', 1, Kind::kSigned, "signed char"},
    {'B', 1, Kind::kUnsigned, "unsigned byte integer"},
    {'h', sizeof(short), Kind::kSigned, "signed short integer"},
    {'H', sizeof(unsigned short), Kind::kUnsigned, "unsigned short"},
    {'i', sizeof(int), Kind::kSigned, "signed integer"},
    {'I', sizeof(unsigned int), Kind::kUnsigned, "unsigned int"},
    {'l', sizeof(long), Kind::kSigned, "signed long integer"},
    {'L', sizeof(unsigned long), Kind::kUnsigned, "unsigned long"},
    {'q', sizeof(long long), Kind::kSigned, "signed long long integer"},
    {'Q', sizeof(unsigned long long), Kind::kUnsigned, "unsigned long long"},
    {'f', sizeof(float), Kind::kFloat, "float"},
    {'d', sizeof(double), Kind::kFloat, "double"},
};

}  // namespace

const Format* FindFormat(char code) {
  for (const Format& format : kFormats) {
    if (format.code == code) return &format;
  }
  return nullptr;
}

Range CheckSigned(const Format& format, int64_t value) {
  if (format.kind == Kind::kUnsigned) {
    return value < 0 ? Range::kBelow : CheckUnsigned(format, static_cast<uint64_t>(value));
  }
  if (format.size >= 8) return Range::kFits;
  const int64_t max = (int64_t{1} << (format.size * 8 - 1)) - 1;
  if (value > max) return Range::kAbove;
  if (value < -max - 1) return Range::kBelow;
  return Range::kFits;
}

Range CheckUnsigned(const Format& format, uint64_t value) {
  if (format.kind == Kind::kSigned) {
    return value > static_cast<uint64_t>(INT64_MAX) ? Range::kAbove : CheckSigned(format, static_cast<int64_t>(value));
  }
  if (format.size >= 8) return Range::kFits;
  return value >> (format.size * 8) != 0 ? Range::kAbove : Range::kFits;
}

void StoreInteger(const Format& format, uint8_t* slot, uint64_t bits) {
  // Little-endian targets only (all four are): the low `size` bytes of the value are the item.
  uint8_t bytes[8];
  for (int i = 0; i < 8; ++i) bytes[i] = static_cast<uint8_t>(bits >> (8 * i));
  memcpy(slot, bytes, format.size);
}

void StoreFloat(const Format& format, uint8_t* slot, double value) {
  if (format.size == sizeof(float)) {
    const float narrow = static_cast<float>(value);
    memcpy(slot, &narrow, sizeof(narrow));
  } else {
    memcpy(slot, &value, sizeof(value));
  }
}

uint64_t LoadUnsigned(const Format& format, const uint8_t* slot) {
  uint64_t bits = 0;
  for (int i = format.size - 1; i >= 0; --i) bits = (bits << 8) | slot[i];
  return bits;
}

int64_t LoadSigned(const Format& format, const uint8_t* slot) {
  const uint64_t bits = LoadUnsigned(format, slot);
  if (format.size >= 8) return static_cast<int64_t>(bits);
  const uint64_t sign = uint64_t{1} << (format.size * 8 - 1);
  return static_cast<int64_t>((bits ^ sign) - sign);  // sign-extends without shifting a negative value
}

double LoadFloat(const Format& format, const uint8_t* slot) {
  if (format.size == sizeof(float)) {
    float narrow;
    memcpy(&narrow, slot, sizeof(narrow));
    return narrow;
  }
  double value;
  memcpy(&value, slot, sizeof(value));
  return value;
}

}  // namespace array_items
}  // namespace mica
