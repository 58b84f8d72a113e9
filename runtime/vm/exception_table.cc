#include "runtime/vm/exception_table.h"

#include "runtime/vm/operand_encoding.h"

namespace mica {
namespace vm {

size_t WriteExceptionHandler(const ExceptionHandler& handler, uint8_t* out) {
  size_t n = WriteVarUint(handler.start, out);
  n += WriteVarUint(handler.end - handler.start, out + n);
  n += WriteVarUint(handler.target, out + n);
  n += WriteVarUint(handler.depth, out + n);
  return n;
}

bool ExceptionTableReader::Next(ExceptionHandler* out) {
  if (position_ == nullptr || position_ >= end_) return false;
  uint32_t start = 0, length = 0, target = 0, depth = 0;
  if (!ReadVarUintChecked(position_, end_, &start) || !ReadVarUintChecked(position_, end_, &length) ||
      !ReadVarUintChecked(position_, end_, &target) || !ReadVarUintChecked(position_, end_, &depth)) {
    position_ = end_;
    return false;
  }
  *out = ExceptionHandler{start, start + length, target, depth};
  return true;
}

bool FindExceptionHandler(const RawCode& code, uint32_t offset, ExceptionHandler* out) {
  ExceptionTableReader reader(code);
  ExceptionHandler handler;
  while (reader.Next(&handler)) {
    if (offset >= handler.start && offset < handler.end) {
      *out = handler;
      return true;
    }
  }
  return false;
}

}  // namespace vm
}  // namespace mica
