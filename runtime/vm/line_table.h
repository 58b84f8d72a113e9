// The compressed line-number table: which source line each bytecode offset came from.
//
// Decoding starts at (offset 0, line = RawCode::first_line). Each entry moves the offset forward by a byte
// delta and the line by a signed delta, and says "from this offset on, the code is on this line". The emitter
// writes an entry whenever it starts an instruction on a different line than the last entry recorded. Entries:
//
//   0LLLBBBB                    offset += B (0..15), line += L (0..7): one byte for the common case
//   10BBBBBB <zigzag varint>    offset += B (0..63), line += the signed varint (any distance, backwards too)
//   11xxxxxx                    reserved; a decoder stops here
//
// Longer offset gaps chain entries with line delta 0. The table is only read when something asks for a line
// (a traceback, a warning, the disassembler), never while code runs, so it is tuned for size: about one byte
// per source line.
#ifndef MICA_RUNTIME_VM_LINE_TABLE_H_
#define MICA_RUNTIME_VM_LINE_TABLE_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/vm/raw_code.h"

namespace mica {
namespace vm {

// Bytes an entry moving by (offset_delta, line_delta) takes, chaining included; and the entry itself, written
// to `out`, which needs LineEntrySize(..) bytes. Returns the bytes written.
size_t LineEntrySize(uint32_t offset_delta, int32_t line_delta);
size_t WriteLineEntry(uint32_t offset_delta, int32_t line_delta, uint8_t* out);

// Walks a line table forward. LineAt(offset) may be called with non-decreasing offsets, so a traversal of the
// whole function (the disassembler) decodes the table once.
class LineTableReader {
 public:
  explicit LineTableReader(const RawCode& code);

  // The line of the instruction that contains byte `offset`.
  uint32_t LineAt(uint32_t offset);

 private:
  // Decodes the next entry into next_offset_/next_line_; false at the end of the table.
  bool Peek();

  const uint8_t* position_;
  const uint8_t* end_;
  uint32_t offset_ = 0;
  uint32_t line_;
  bool has_next_ = false;
  uint32_t next_offset_ = 0;
  uint32_t next_line_ = 0;
  const uint8_t* after_next_ = nullptr;
};

// One-shot lookup from the start of the table (what a traceback does for each frame).
uint32_t LineForOffset(const RawCode& code, uint32_t offset);

}  // namespace vm
}  // namespace mica

#endif  // MICA_RUNTIME_VM_LINE_TABLE_H_
