// A growable byte buffer in the GC heap for REPL input (a compound statement, a paste, a raw-REPL program),
// whose size is not known in advance. Keep it in a local variable: the collector finds the block through the
// conservative scan of the C stack. Its destructor gives the block back.
#ifndef MICA_RUNTIME_REPL_TEXT_BUFFER_H_
#define MICA_RUNTIME_REPL_TEXT_BUFFER_H_

#include <stddef.h>

namespace mica {

class TextBuffer {
 public:
  TextBuffer() = default;
  TextBuffer(const TextBuffer&) = delete;
  TextBuffer& operator=(const TextBuffer&) = delete;
  ~TextBuffer();

  // False when the heap is full (no exception is left pending; the buffer keeps what it had).
  bool Append(const char* data, size_t length);
  bool AppendByte(char c) { return Append(&c, 1); }
  void Clear() { length_ = 0; }
  void Truncate(size_t length) {
    if (length < length_) length_ = length;
  }

  const char* data() const { return data_ != nullptr ? data_ : ""; }
  size_t length() const { return length_; }

 private:
  char* data_ = nullptr;
  size_t length_ = 0;
  size_t capacity_ = 0;
};

}  // namespace mica

#endif  // MICA_RUNTIME_REPL_TEXT_BUFFER_H_
