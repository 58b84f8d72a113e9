// Tab completion's logic, apart from where names come from: the line editor hands the word before the cursor
// (`name` or `a.b.pre`) to a Completer, which offers every name that might follow to a CompletionSink. The sink
// keeps the matches' count and their longest common prefix (the editor inserts what that adds to the word), or,
// when asked to, prints the matches in columns as MicroPython does when a word has several.
#ifndef MICA_RUNTIME_REPL_COMPLETION_H_
#define MICA_RUNTIME_REPL_COMPLETION_H_

#include <stddef.h>

#include "runtime/repl/repl_io.h"

namespace mica {

class CompletionSink {
 public:
  // `prefix` is the part of the word after its last '.'. With `print_to` set, every match is also written there.
  CompletionSink(const char* prefix, size_t prefix_length, const ReplIo* print_to);

  // A candidate; ignored unless it starts with the prefix. Names starting with '_' only match a prefix that does.
  void Offer(const char* name, size_t length);

  size_t matches() const { return matches_; }
  // The text the word can be extended by (the matches' common prefix minus the typed prefix).
  const char* extension() const { return first_ + prefix_length_; }
  size_t extension_length() const { return common_length_ - prefix_length_; }

  // Printing: column width and line width of the match list.
  static constexpr size_t kColumnWidth = 16;
  static constexpr size_t kLineWidth = 80;

 private:
  const char* prefix_;
  size_t prefix_length_;
  const ReplIo* print_to_;
  size_t matches_ = 0;
  size_t column_ = 0;
  // A copy of the first match: the candidates' text may live in heap objects the completer lets go of.
  char first_[64];
  size_t common_length_ = 0;
};

// Offers the names that can complete `word` (which ends at the cursor) to `sink`.
using Completer = void (*)(void* context, const char* word, size_t length, CompletionSink* sink);

}  // namespace mica

#endif  // MICA_RUNTIME_REPL_COMPLETION_H_
