// Size classes of the heap's segregated free lists, in granules.
//
// Classes 0..15 hold free chunks of exactly 1..16 granules: the sizes almost every Python object has, served by
// popping a list head with no search and no split. Classes 16..31 hold ranges that double: [17, 32), [32, 64), ...
// and the last one everything from 2^19 granules up; a request in a range class takes the best fit among the first
// few chunks of its own class, else the head of the next non-empty class. 32 classes fit one bit mask word.
#ifndef MICA_GC_SIZE_CLASS_H_
#define MICA_GC_SIZE_CLASS_H_

#include <stddef.h>
#include <stdint.h>

namespace mica {
namespace gc {

constexpr uint32_t kExactClasses = 16;
constexpr uint32_t kSizeClasses = 32;

// The class of a chunk (or request) of `granules` >= 1 granules.
constexpr uint32_t SizeClassOf(size_t granules) {
  if (granules <= kExactClasses) return static_cast<uint32_t>(granules - 1);
  // [16 * 2^k, 32 * 2^k) is class 16 + k (17..31 included in class 16): 12 + floor(log2(granules)), capped.
  const uint32_t log2 =
      sizeof(size_t) > 4 ? 63u - static_cast<uint32_t>(__builtin_clzll(static_cast<unsigned long long>(granules)))
                         : 31u - static_cast<uint32_t>(__builtin_clz(static_cast<unsigned int>(granules)));
  const uint32_t size_class = 12u + log2;
  return size_class < kSizeClasses - 1 ? size_class : kSizeClasses - 1;
}

// The smallest chunk size, in granules, that a class holds.
constexpr size_t SizeClassMinimum(uint32_t size_class) {
  if (size_class < kExactClasses) return size_class + 1;
  if (size_class == kExactClasses) return kExactClasses + 1;
  return static_cast<size_t>(kExactClasses) << (size_class - kExactClasses);
}

static_assert(SizeClassOf(1) == 0 && SizeClassOf(16) == 15, "exact classes");
static_assert(SizeClassOf(17) == 16 && SizeClassOf(31) == 16 && SizeClassOf(32) == 17, "first range class");
static_assert(SizeClassMinimum(17) == 32 && SizeClassOf(SizeClassMinimum(30)) == 30, "range minimums");
static_assert(SizeClassOf(size_t{1} << 19) == 31 && SizeClassOf(size_t{1} << 30) == 31, "last class");
static_assert(SizeClassOf((size_t{1} << 19) - 1) == 30 && SizeClassOf(63) == 17 && SizeClassOf(64) == 18, "ranges");

}  // namespace gc
}  // namespace mica

#endif  // MICA_GC_SIZE_CLASS_H_
