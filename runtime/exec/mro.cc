#include "runtime/exec/mro.h"

namespace mica {
namespace {

// Whether `candidate` appears in the tail (after the current head) of any sequence.
bool InSomeTail(const Type* candidate, const Type* const* const* sequences, const uint32_t* lengths,
                uint32_t count, const uint32_t* cursors) {
  for (uint32_t i = 0; i < count; ++i) {
    for (uint32_t j = cursors[i] + 1; j < lengths[i]; ++j) {
      if (sequences[i][j] == candidate) return true;
    }
  }
  return false;
}

}  // namespace

uint32_t C3Merge(const Type* head, const Type* const* const* sequences, const uint32_t* lengths, uint32_t count,
                 uint32_t* cursors, const Type** out) {
  uint32_t written = 0;
  out[written++] = head;
  for (uint32_t i = 0; i < count; ++i) cursors[i] = 0;
  for (;;) {
    // The first head (in sequence order) that is in no tail is next.
    const Type* next = nullptr;
    bool any_left = false;
    for (uint32_t i = 0; i < count && next == nullptr; ++i) {
      if (cursors[i] >= lengths[i]) continue;
      any_left = true;
      const Type* candidate = sequences[i][cursors[i]];
      if (!InSomeTail(candidate, sequences, lengths, count, cursors)) next = candidate;
    }
    if (!any_left) return written;
    if (next == nullptr) return 0;
    out[written++] = next;
    for (uint32_t i = 0; i < count; ++i) {
      if (cursors[i] < lengths[i] && sequences[i][cursors[i]] == next) ++cursors[i];
    }
  }
}

}  // namespace mica
