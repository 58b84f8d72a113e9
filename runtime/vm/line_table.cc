#include "runtime/vm/line_table.h"

#include "runtime/vm/operand_encoding.h"

namespace mica {
namespace vm {
namespace {

constexpr uint32_t kShortOffsetMax = 15;
constexpr int32_t kShortLineMax = 7;
constexpr uint32_t kLongOffsetMax = 63;
constexpr uint8_t kLongTag = 0x80;
constexpr uint8_t kTagMask = 0xc0;

uint32_t ZigZag32(int32_t v) {
  return (static_cast<uint32_t>(v) << 1) ^ (v < 0 ? ~0u : 0u);
}

int32_t UnZigZag32(uint32_t u) {
  return static_cast<int32_t>(u >> 1) ^ -static_cast<int32_t>(u & 1);
}

}  // namespace

size_t LineEntrySize(uint32_t offset_delta, int32_t line_delta) {
  size_t size = 0;
  while (offset_delta > kLongOffsetMax) {
    size += 2;
    offset_delta -= kLongOffsetMax;
  }
  if (offset_delta <= kShortOffsetMax && line_delta >= 0 && line_delta <= kShortLineMax) return size + 1;
  return size + 1 + VarUintSize(ZigZag32(line_delta));
}

size_t WriteLineEntry(uint32_t offset_delta, int32_t line_delta, uint8_t* out) {
  size_t n = 0;
  // A long gap: hops of 63 bytes that keep the line, then the entry that changes it.
  while (offset_delta > kLongOffsetMax) {
    out[n++] = kLongTag | kLongOffsetMax;
    out[n++] = 0;
    offset_delta -= kLongOffsetMax;
  }
  if (offset_delta <= kShortOffsetMax && line_delta >= 0 && line_delta <= kShortLineMax) {
    out[n++] = static_cast<uint8_t>((line_delta << 4) | offset_delta);
    return n;
  }
  out[n++] = static_cast<uint8_t>(kLongTag | offset_delta);
  return n + WriteVarUint(ZigZag32(line_delta), out + n);
}

LineTableReader::LineTableReader(const RawCode& code)
    : position_(code.line_table), end_(code.line_table + code.line_table_size), line_(code.first_line) {
  has_next_ = code.line_table != nullptr && Peek();
}

bool LineTableReader::Peek() {
  if (position_ >= end_) return false;
  const uint8_t* p = position_;
  const uint8_t byte = *p++;
  uint32_t offset_delta;
  int32_t line_delta;
  if ((byte & kLongTag) == 0) {
    offset_delta = byte & 0x0f;
    line_delta = byte >> 4;
  } else if ((byte & kTagMask) == kLongTag) {
    offset_delta = byte & kLongOffsetMax;
    uint32_t zigzag = 0;
    if (!ReadVarUintChecked(p, end_, &zigzag)) return false;
    line_delta = UnZigZag32(zigzag);
  } else {
    return false;  // reserved form: a newer table than this decoder
  }
  next_offset_ = offset_ + offset_delta;
  next_line_ = line_ + static_cast<uint32_t>(line_delta);
  after_next_ = p;
  return true;
}

uint32_t LineTableReader::LineAt(uint32_t offset) {
  while (has_next_ && next_offset_ <= offset) {
    offset_ = next_offset_;
    line_ = next_line_;
    position_ = after_next_;
    has_next_ = Peek();
  }
  return line_;
}

uint32_t LineForOffset(const RawCode& code, uint32_t offset) {
  LineTableReader reader(code);
  return reader.LineAt(offset);
}

}  // namespace vm
}  // namespace mica
