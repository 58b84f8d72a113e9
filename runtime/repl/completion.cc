#include "runtime/repl/completion.h"

#include <string.h>

namespace mica {

CompletionSink::CompletionSink(const char* prefix, size_t prefix_length, const ReplIo* print_to)
    : prefix_(prefix), prefix_length_(prefix_length), print_to_(print_to) {}

void CompletionSink::Offer(const char* name, size_t length) {
  if (length < prefix_length_ || memcmp(name, prefix_, prefix_length_) != 0) return;
  if (length > 0 && name[0] == '_' && (prefix_length_ == 0 || prefix_[0] != '_')) return;
  if (matches_ == 0) {
    common_length_ = length < sizeof(first_) ? length : sizeof(first_);
    memcpy(first_, name, common_length_);
  } else {
    size_t same = prefix_length_;
    while (same < common_length_ && same < length && first_[same] == name[same]) ++same;
    common_length_ = same;
  }
  ++matches_;
  if (print_to_ == nullptr) return;
  // One name per column slot (wide names take several); a new line when the next one would pass the width.
  const size_t slots = length / kColumnWidth + 1;
  if (column_ > 0 && column_ + slots * kColumnWidth > kLineWidth) {
    print_to_->Write("\r\n");
    column_ = 0;
  }
  if (column_ == 0 && matches_ == 1) print_to_->Write("\r\n");
  print_to_->Write(name, length);
  static const char kSpaces[kColumnWidth + 1] = "                ";
  print_to_->Write(kSpaces, slots * kColumnWidth - length);
  column_ += slots * kColumnWidth;
}

}  // namespace mica
