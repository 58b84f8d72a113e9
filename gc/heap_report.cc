// What the heap tells about itself: statistics (gc.mem_alloc/mem_free), the fragmentation map
// (micropython.mem_info(1)) and the consistency check the tests run after every step.
#include "gc/heap.h"

namespace mica {
namespace gc {
namespace {

// A line of the map being built: 64 granule characters and an offset fit in 96 bytes.
struct Line {
  static constexpr size_t kCapacity = 96;
  char text[kCapacity];
  size_t length = 0;

  void Put(char c) {
    if (length < kCapacity) text[length++] = c;
  }
  void PutText(const char* s) {
    while (*s != 0) Put(*s++);
  }
  void PutDecimal(size_t value) {
    char digits[24];
    size_t n = 0;
    do {
      digits[n++] = static_cast<char>('0' + value % 10);
      value /= 10;
    } while (value != 0);
    while (n > 0) Put(digits[--n]);
  }
  void PutHex(size_t value, size_t min_digits) {
    char digits[2 * sizeof(size_t)];
    size_t n = 0;
    do {
      digits[n++] = "0123456789abcdef"[value & 15u];
      value >>= 4;
    } while (value != 0);
    while (n < min_digits && n < sizeof digits) digits[n++] = '0';
    while (n > 0) Put(digits[--n]);
  }
  void Flush(Heap::TextWriter write, void* context) {
    write(text, length, context);
    length = 0;
  }
};

constexpr size_t kGranulesPerLine = 64;

}  // namespace

HeapStats Heap::Stats() const {
  HeapStats stats;
  stats.total_bytes = granules_ * kGranuleBytes;
  stats.used_bytes = used_granules_ * kGranuleBytes;
  stats.free_bytes = stats.total_bytes - stats.used_bytes;
  stats.metadata_bytes = metadata_bytes_;
  stats.collections = collections_;
  stats.last_marked_blocks = last_marked_blocks_;
  stats.last_scanned_words = last_scanned_words_;
  stats.last_mark_overflows = last_mark_overflows_;
  // Free chunks never touch each other, so each one is a fragment. O(free chunks).
  size_t largest = 0;
  for (uint32_t size_class = 0; size_class < kSizeClasses; ++size_class) {
    for (uintptr_t chunk = free_heads_[size_class]; chunk != 0; chunk = reinterpret_cast<const Word*>(chunk)[0]) {
      const size_t granules = FreeGranules((chunk - pool_) / kGranuleBytes);
      if (granules > largest) largest = granules;
      ++stats.free_fragments;
    }
  }
  stats.largest_free_bytes = largest * kGranuleBytes;
  return stats;
}

void Heap::DumpMap(TextWriter write, void* context) const {
  const HeapStats stats = Stats();
  Line line;
  line.PutText("heap: total ");
  line.PutDecimal(stats.total_bytes);
  line.PutText(", used ");
  line.PutDecimal(stats.used_bytes);
  line.PutText(", free ");
  line.PutDecimal(stats.free_bytes);
  line.PutText(", largest free ");
  line.PutDecimal(stats.largest_free_bytes);
  line.PutText(", fragments ");
  line.PutDecimal(stats.free_fragments);
  line.PutText(", granule ");
  line.PutDecimal(kGranuleBytes);
  line.Put('\n');
  line.Flush(write, context);

  size_t free_lines = 0;  // all-free lines not printed yet
  char inside = '.';      // what a granule that does not start a chunk shows: '.' in a free chunk, '=' in a block
  for (size_t first = 0; first < granules_; first += kGranulesPerLine) {
    const size_t end = first + kGranulesPerLine < granules_ ? first + kGranulesPerLine : granules_;
    line.PutHex(first * kGranuleBytes, 8);
    line.PutText(": ");
    bool all_free = true;
    for (size_t g = first; g < end; ++g) {
      char c = inside;
      if (TestBit(boundary_, g)) {
        static constexpr char kHeads[] = {'h', 'n', 'f', '.'};  // indexed by Kind
        c = kHeads[KindAt(g)];
        inside = c == '.' ? '.' : '=';
      }
      all_free = all_free && c == '.';
      line.Put(c);
    }
    line.Put('\n');
    if (all_free && end - first == kGranulesPerLine) {
      ++free_lines;
      line.length = 0;
      continue;
    }
    if (free_lines > 0) {
      Line folded;
      folded.PutText("        (");
      folded.PutDecimal(free_lines);
      folded.PutText(free_lines == 1 ? " line all free)\n" : " lines all free)\n");
      folded.Flush(write, context);
      free_lines = 0;
    }
    line.Flush(write, context);
  }
  if (free_lines > 0) {
    line.PutText("        (");
    line.PutDecimal(free_lines);
    line.PutText(free_lines == 1 ? " line all free)\n" : " lines all free)\n");
    line.Flush(write, context);
  }
}

bool Heap::CheckConsistency() const {
  if (granules_ == 0) return true;
  if (collecting_ || mark_stack_depth_ != 0 || overflow_pending_) return false;
  if (!TestBit(boundary_, 0) || !TestBit(boundary_, granules_)) return false;
  for (size_t w = 0; w < BitWords(plane_words_); ++w) {
    if (overflow_cards_[w] != 0) return false;
  }
  // Walk every chunk: table bits, free chunk sizes and footers, no two free chunks side by side, used total.
  size_t used = 0;
  size_t free_chunks = 0;
  bool previous_free = false;
  for (size_t head = 0; head < granules_;) {
    const size_t end = FindNextSet(boundary_, head + 1, granules_ + 1);
    const size_t granules = end - head;
    const Kind kind = KindAt(head);
    for (size_t g = head; g < end; ++g) {
      if (TestBit(mark_, g)) return false;  // marks exist only during a collection
      const bool footer = kind == kFree && granules >= 2 && g == end - 1;
      if (g != head && KindAt(g) != (footer ? kFree : kScanned)) return false;
    }
    if (kind == kFree) {
      if (previous_free || FreeGranules(head) != granules) return false;
      if (granules >= 2 && static_cast<size_t>(At(end)[-1]) != granules) return false;
      ++free_chunks;
    } else {
      used += granules;
    }
    previous_free = kind == kFree;
    head = end;
  }
  if (used != used_granules_) return false;
  // Every free chunk is on the list of its class, once, with consistent back links.
  size_t listed = 0;
  for (uint32_t size_class = 0; size_class < kSizeClasses; ++size_class) {
    if (((nonempty_classes_ >> size_class) & 1u) != (free_heads_[size_class] != 0 ? 1u : 0u)) return false;
    uintptr_t previous = 0;
    for (uintptr_t chunk = free_heads_[size_class]; chunk != 0; chunk = reinterpret_cast<const Word*>(chunk)[0]) {
      const uintptr_t offset = chunk - pool_;
      if (offset >= granules_ * kGranuleBytes || offset % kGranuleBytes != 0) return false;
      const size_t head = offset / kGranuleBytes;
      if (!TestBit(boundary_, head) || KindAt(head) != kFree) return false;
      if (SizeClassOf(FreeGranules(head)) != size_class) return false;
      if (reinterpret_cast<const Word*>(chunk)[1] != previous) return false;
      if (++listed > free_chunks) return false;  // also stops a cycle
      previous = chunk;
    }
  }
  return listed == free_chunks;
}

}  // namespace gc
}  // namespace mica
