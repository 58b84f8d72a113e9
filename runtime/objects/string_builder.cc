#include "runtime/objects/string_builder.h"

#include <string.h>

#include "gc/heap.h"
#include "runtime/names.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/runtime_state.h"

namespace mica {

StringBuilder::~StringBuilder() {
  if (block_ != nullptr) State().heap->Free(block_);
}

bool StringBuilder::Reserve(size_t extra) {
  if (failed_) return false;
  if (extra <= capacity_ - length_) return true;
  size_t capacity = capacity_ + capacity_ / 2;
  if (capacity < 24) capacity = 24;
  if (capacity < length_ + extra) capacity = length_ + extra;
  if (capacity < length_) {  // wrapped
    failed_ = true;
    return false;
  }
  const size_t bytes = sizeof(StrObject) + capacity + 1;
  gc::Heap& heap = *State().heap;
  void* block = block_ == nullptr ? heap.Allocate(bytes, gc::kNoScan) : heap.Reallocate(block_, bytes);
  if (block == nullptr) {
    failed_ = true;
    return false;
  }
  block_ = static_cast<StrObject*>(block);
  capacity_ = capacity;
  return true;
}

void StringBuilder::Append(const char* data, size_t length) {
  if (length == 0 || !Reserve(length)) return;
  memcpy(block_->Text() + length_, data, length);
  length_ += length;
}

void StringBuilder::Append(const char* text) { Append(text, strlen(text)); }

void StringBuilder::AppendChar(char c) {
  if (!Reserve(1)) return;
  block_->Text()[length_++] = c;
}

void StringBuilder::AppendRepeated(char c, size_t count) {
  if (count == 0 || !Reserve(count)) return;
  memset(block_->Text() + length_, c, count);
  length_ += count;
}

void StringBuilder::AppendStr(Value str) {
  const char* data;
  size_t length;
  if (StrData(str, &data, &length)) Append(data, length);
}

void StringBuilder::Write(void* context, const char* data, size_t length) {
  static_cast<StringBuilder*>(context)->Append(data, length);
}

Printer StringBuilder::AsPrinter() { return Printer{&StringBuilder::Write, this}; }

const char* StringBuilder::data() const { return block_ == nullptr ? "" : block_->Text(); }

void StringBuilder::Truncate(size_t length) {
  if (length < length_) length_ = length;
}

Value StringBuilder::Finish() {
  StrObject* block = block_;
  const size_t length = length_;
  const bool failed = failed_;
  block_ = nullptr;
  length_ = 0;
  capacity_ = 0;
  failed_ = false;
  if (failed) {
    if (block != nullptr) State().heap->Free(block);
    return RaiseMemoryError();
  }
  if (length == 0) {
    if (block != nullptr) State().heap->Free(block);
    return Value::Name(names::kEmpty);
  }
  block->header.type = &kStrType;
  return FinishStr(block, length);
}

}  // namespace mica
