#include "runtime/bigint/compare.h"

namespace mica {
namespace bigint {

int CompareMagnitudes(const Digit* a, size_t a_length, const Digit* b, size_t b_length) {
  if (a_length != b_length) return a_length < b_length ? -1 : 1;
  for (size_t i = a_length; i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

int Compare(BigView a, BigView b) {
  if (a.negative != b.negative) return a.negative ? -1 : 1;
  const int order = CompareMagnitudes(a.digits, a.length, b.digits, b.length);
  return a.negative ? -order : order;
}

}  // namespace bigint
}  // namespace mica
