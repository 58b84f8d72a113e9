#include "runtime/modules/struct/struct_format.h"

#include "runtime/core_config.h"

namespace mica {
namespace structfmt {
namespace {

constexpr bool kTargetLittleEndian = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__;

// Size of a code in the standard layout; 0 for codes it does not have.
size_t StandardSize(char code) {
  switch (code) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p':
      return 1;
    case 'h': case 'H': case 'e':
      return 2;
    case 'i': case 'I': case 'l': case 'L': case 'f':
      return 4;
    case 'q': case 'Q': case 'd':
      return 8;
    default:
      return 0;
  }
}

// Size and alignment of a code in the native layout (the C types CPython maps them to); false if unknown.
bool NativeSize(char code, size_t* size, size_t* align) {
  switch (code) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p':
      *size = *align = 1;
      return true;
    case 'h': case 'H': case 'e':
      *size = sizeof(short);
      *align = alignof(short);
      return true;
    case 'i': case 'I':
      *size = sizeof(int);
      *align = alignof(int);
      return true;
    case 'l': case 'L':
      *size = sizeof(long);
      *align = alignof(long);
      return true;
    case 'q': case 'Q':
      *size = sizeof(long long);
      *align = alignof(long long);
      return true;
    case 'n': case 'N':
      *size = sizeof(size_t);
      *align = alignof(size_t);
      return true;
    case 'P':
      *size = sizeof(void*);
      *align = alignof(void*);
      return true;
    case 'f':
      *size = sizeof(float);
      *align = alignof(float);
      return true;
    case 'd':
      *size = sizeof(double);
      *align = alignof(double);
      return true;
    default:
      return false;
  }
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

constexpr size_t kMaxSize = static_cast<size_t>(-1) / 2;

}  // namespace

Parser::Parser(const char* text, size_t length)
    : text_(text), length_(length), position_(0), offset_(0), native_layout_(true),
      little_endian_(kTargetLittleEndian) {
  if (length_ == 0) return;
  switch (text_[0]) {
    case '@': native_layout_ = true; break;
    case '=': native_layout_ = false; break;
    case '<': native_layout_ = false; little_endian_ = true; break;
    case '>': case '!': native_layout_ = false; little_endian_ = false; break;
    default: return;
  }
  position_ = 1;
}

Status Parser::Next(Field* field) {
  while (position_ < length_ && IsSpace(text_[position_])) ++position_;
  if (position_ == length_) return Status::kEnd;
  size_t count = 1;
  if (text_[position_] >= '0' && text_[position_] <= '9') {
    count = 0;
    while (position_ < length_ && text_[position_] >= '0' && text_[position_] <= '9') {
      if (count > kMaxSize / 10) return Status::kTooLong;
      count = count * 10 + static_cast<size_t>(text_[position_] - '0');
      ++position_;
    }
    if (position_ == length_) return Status::kRepeatWithoutFormat;
  }
  const char code = text_[position_++];
  // A build without float (float = none) has no float fields: e, f and d are unknown codes there.
  if (!kHasFloat && (code == 'e' || code == 'f' || code == 'd')) return Status::kBadChar;
  size_t size = 0;
  size_t align = 1;
  if (native_layout_) {
    if (!NativeSize(code, &size, &align)) return Status::kBadChar;
  } else {
    size = StandardSize(code);
    if (size == 0) return Status::kBadChar;
  }
  size_t offset = offset_;
  if (native_layout_) offset = (offset + align - 1) / align * align;
  if (count != 0 && size > (kMaxSize - offset) / count) return Status::kTooLong;
  field->code = code;
  field->count = count;
  field->size = size;
  field->offset = offset;
  offset_ = offset + size * count;
  return Status::kOk;
}

Status Measure(const char* text, size_t length, size_t* size, size_t* items) {
  Parser parser(text, length);
  *items = 0;
  Field field;
  for (;;) {
    const Status status = parser.Next(&field);
    if (status == Status::kEnd) break;
    if (status != Status::kOk) return status;
    if (field.code == 's' || field.code == 'p') {
      *items += 1;
    } else if (field.code != 'x') {
      *items += field.count;
    }
  }
  *size = parser.size();
  return Status::kOk;
}

bool IsIntegerCode(char code) {
  switch (code) {
    case 'b': case 'B': case 'h': case 'H': case 'i': case 'I': case 'l': case 'L': case 'q': case 'Q':
    case 'n': case 'N': case 'P':
      return true;
    default:
      return false;
  }
}

bool IsSignedCode(char code) {
  return code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q' || code == 'n';
}

}  // namespace structfmt
}  // namespace mica
