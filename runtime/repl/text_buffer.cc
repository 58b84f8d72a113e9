#include "runtime/repl/text_buffer.h"

#include <string.h>

#include "gc/heap.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/errors.h"

namespace mica {

TextBuffer::~TextBuffer() {
  FreeRaw(data_);
}

bool TextBuffer::Append(const char* data, size_t length) {
  if (length_ + length > capacity_) {
    size_t capacity = capacity_ == 0 ? 256 : capacity_;
    while (capacity < length_ + length) capacity *= 2;
    void* block = data_ == nullptr ? AllocateRaw(capacity, gc::kNoScan) : ReallocateRaw(data_, capacity);
    if (block == nullptr) {
      ClearPendingException();
      return false;
    }
    data_ = static_cast<char*>(block);
    capacity_ = capacity;
  }
  memcpy(data_ + length_, data, length);
  length_ += length;
  return true;
}

}  // namespace mica
