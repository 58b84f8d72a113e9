// Test fixtures for the heap: a heap over a host buffer with a root set the test controls, and helpers to run
// code with the conservative C stack scan on.
#ifndef MICA_GC_HEAP_TEST_UTIL_H_
#define MICA_GC_HEAP_TEST_UTIL_H_

#include <stddef.h>
#include <stdint.h>

#include <memory>
#include <string>
#include <vector>

#include "gc/heap.h"

namespace mica {
namespace gc {
namespace testing {

// Owns the memory and the Heap. Always created with new (see MakeHeap), never on the stack, so that the C stack
// scan does not find the heap's own pointers to its pool.
class TestHeap {
 public:
  // `misalign` shifts the start of the memory handed to Init by that many bytes.
  explicit TestHeap(size_t bytes, size_t misalign = 0)
      : memory_(new uint64_t[bytes / sizeof(uint64_t) + 4]),
        ok_(heap.Init(reinterpret_cast<char*>(memory_.get()) + misalign, bytes)) {
    heap.SetRootMarker(&MarkRoots, this);
  }

  bool ok() const { return ok_; }
  const void* memory() const { return memory_.get(); }

  Heap heap;
  std::vector<void*> roots;  // reported with MarkRange at every collection

 private:
  static void MarkRoots(Heap& heap, void* context) {
    auto* self = static_cast<TestHeap*>(context);
    heap.MarkRange(self->roots.data(), self->roots.data() + self->roots.size());
  }

  std::unique_ptr<uint64_t[]> memory_;
  bool ok_;
};

inline std::unique_ptr<TestHeap> MakeHeap(size_t bytes, size_t misalign = 0) {
  return std::unique_ptr<TestHeap>(new TestHeap(bytes, misalign));
}

// The block's words, to store pointers in it as the runtime would.
inline void** Slots(void* block) {
  return static_cast<void**>(block);
}

inline std::string Map(const Heap& heap) {
  std::string text;
  heap.DumpMap([](const char* s, size_t n, void* context) { static_cast<std::string*>(context)->append(s, n); }, &text);
  return text;
}

}  // namespace testing
}  // namespace gc
}  // namespace mica

#endif  // MICA_GC_HEAP_TEST_UTIL_H_
