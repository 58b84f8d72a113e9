// Span<T>: a read-only view of `count` items of type T laid out contiguously (in the compiler's arena).
//
// The AST stores every list (statements of a body, arguments of a call, ...) as a Span, so the emitter can use
// `list.count`, `list[i]` and range-for. A Span owns nothing; the arena that holds its items outlives it.
#ifndef MICA_COMPILER_SPAN_H_
#define MICA_COMPILER_SPAN_H_

#include <stdint.h>

namespace mica {

template <typename T>
struct Span {
  T* items = nullptr;
  uint32_t count = 0;

  T* begin() const { return items; }
  T* end() const { return items + count; }
  T& operator[](uint32_t index) const { return items[index]; }
  bool empty() const { return count == 0; }
};

}  // namespace mica

#endif  // MICA_COMPILER_SPAN_H_
