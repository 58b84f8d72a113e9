// struct format strings: the byte-order prefix and the fields, with each field's size and offset.
//
// Pure layout arithmetic (no Python objects), so it is unit-tested on its own (struct_format_test.cc). '@' (the
// default) uses the target's C sizes and alignment (sizeof/alignof, so `long` is 4 bytes on 32-bit ARM and 8 on
// x86-64); '=', '<', '>' and '!' use the standard sizes without padding, and reject n, N and P as CPython does.
#ifndef MICA_RUNTIME_MODULES_STRUCT_STRUCT_FORMAT_H_
#define MICA_RUNTIME_MODULES_STRUCT_STRUCT_FORMAT_H_

#include <stddef.h>
#include <stdint.h>

namespace mica {
namespace structfmt {

enum class Status : uint8_t {
  kOk,
  kEnd,                  // no more fields
  kBadChar,              // "bad char in struct format"
  kRepeatWithoutFormat,  // "repeat count given without format specifier"
  kTooLong,              // "total struct size too long"
};

// One field: `count` items of `code` (for 's' and 'p', one item of `count` bytes).
struct Field {
  char code;
  size_t count;
  size_t size;    // bytes of one item (for 's'/'p': 1)
  size_t offset;  // where the field starts (after alignment padding)
};

// Walks a format string field by field, computing offsets.
class Parser {
 public:
  Parser(const char* text, size_t length);

  bool native_layout() const { return native_layout_; }  // '@': native sizes and alignment
  bool little_endian() const { return little_endian_; }
  // The next field, or kEnd / an error.
  Status Next(Field* field);
  // Bytes used so far (the total once Next returned kEnd).
  size_t size() const { return offset_; }

 private:
  const char* text_;
  size_t length_;
  size_t position_;
  size_t offset_;
  bool native_layout_;
  bool little_endian_;
};

// Bytes and Python items the whole format needs.
Status Measure(const char* text, size_t length, size_t* size, size_t* items);

// Whether `code` packs an integer, and whether it is signed.
bool IsIntegerCode(char code);
bool IsSignedCode(char code);

}  // namespace structfmt
}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_STRUCT_STRUCT_FORMAT_H_
