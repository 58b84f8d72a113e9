// The REPL's input history: the last few lines, in memory the port gives (static storage), no heap.
//
// The storage is cut into equal slots used as a ring; a line longer than a slot is not remembered, and a line
// equal to the most recent one is not stored twice. Nothing is persisted.
#ifndef MICA_RUNTIME_REPL_HISTORY_H_
#define MICA_RUNTIME_REPL_HISTORY_H_

#include <stddef.h>
#include <stdint.h>

namespace mica {

class History {
 public:
  // storage holds slot_count * slot_bytes bytes; each slot keeps one line of up to slot_bytes - 1 bytes.
  History(char* storage, size_t slot_count, size_t slot_bytes)
      : storage_(storage), slot_count_(slot_count), slot_bytes_(slot_bytes) {}

  void Add(const char* line, size_t length);
  size_t Count() const { return count_; }
  // Entry `age` (0 = the most recent), NUL-terminated; its length in *length. Precondition: age < Count().
  const char* Get(size_t age, size_t* length) const;

 private:
  char* Slot(size_t index) const { return storage_ + index * slot_bytes_; }

  char* storage_;
  size_t slot_count_;
  size_t slot_bytes_;
  size_t newest_ = 0;  // slot of the most recent entry
  size_t count_ = 0;
};

}  // namespace mica

#endif  // MICA_RUNTIME_REPL_HISTORY_H_
