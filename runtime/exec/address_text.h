// "0x7f3a2c001230": how default reprs show an object's address.
#ifndef MICA_RUNTIME_EXEC_ADDRESS_TEXT_H_
#define MICA_RUNTIME_EXEC_ADDRESS_TEXT_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"

namespace mica {

inline void PrintAddress(const Printer& printer, const void* address) {
  char text[2 + 2 * sizeof(uintptr_t)];
  uintptr_t value = reinterpret_cast<uintptr_t>(address);
  size_t n = sizeof(text);
  do {
    const uint32_t digit = static_cast<uint32_t>(value & 15);
    text[--n] = static_cast<char>(digit < 10 ? '0' + digit : 'a' + digit - 10);
    value >>= 4;
  } while (value != 0);
  text[--n] = 'x';
  text[--n] = '0';
  printer.Write(text + n, sizeof(text) - n);
}

}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_ADDRESS_TEXT_H_
