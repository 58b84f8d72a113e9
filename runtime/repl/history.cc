#include "runtime/repl/history.h"

#include <string.h>

namespace mica {

void History::Add(const char* line, size_t length) {
  if (length == 0 || slot_count_ == 0 || length + 1 > slot_bytes_) return;
  bool blank = true;
  for (size_t i = 0; i < length; ++i) blank = blank && line[i] == ' ';
  if (blank) return;
  if (count_ > 0) {
    size_t newest_length;
    const char* newest = Get(0, &newest_length);
    if (newest_length == length && memcmp(newest, line, length) == 0) return;
  }
  newest_ = count_ == 0 ? 0 : (newest_ + 1) % slot_count_;
  memcpy(Slot(newest_), line, length);
  Slot(newest_)[length] = 0;
  if (count_ < slot_count_) ++count_;
}

const char* History::Get(size_t age, size_t* length) const {
  const size_t index = (newest_ + slot_count_ - age) % slot_count_;
  *length = strlen(Slot(index));
  return Slot(index);
}

}  // namespace mica
