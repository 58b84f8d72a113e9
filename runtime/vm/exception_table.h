// The exception table: which bytecode ranges are protected by which handler.
//
// Mica uses a table instead of SETUP_*/POP_BLOCK instructions (docs/bytecode.md, "Exception handling" says
// why): entering and leaving a `try` costs nothing at run time, frames need no handler stack, and a generator
// frame saves nothing extra when it suspends.
//
// Each entry is four varints: start, length, target, depth. The instructions in [start, start + length) are
// protected (both ends are instruction boundaries, so any byte of an instruction identifies it): when one of them
// raises, the interpreter truncates the operand stack to `depth` values, pushes the exception and continues at
// `target`. Entries are searched in order and the first match wins, so the emitter lists an inner `try` before the one
// around it, which is the order it closes them in. Ranges of separate entries may overlap only in that nested way.
#ifndef MICA_RUNTIME_VM_EXCEPTION_TABLE_H_
#define MICA_RUNTIME_VM_EXCEPTION_TABLE_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/vm/raw_code.h"

namespace mica {
namespace vm {

struct ExceptionHandler {
  uint32_t start;   // first protected byte
  uint32_t end;     // one past the last protected byte
  uint32_t target;  // handler offset
  uint32_t depth;   // operand-stack depth the handler starts from (before the exception is pushed)
};

// Longest encoded entry.
constexpr size_t kMaxExceptionEntryBytes = 4 * 5;

// Writes one entry to `out` (room for kMaxExceptionEntryBytes) and returns its size.
size_t WriteExceptionHandler(const ExceptionHandler& handler, uint8_t* out);

// Iterates over the entries in order; Next returns false at the end (or at a malformed entry).
class ExceptionTableReader {
 public:
  explicit ExceptionTableReader(const RawCode& code)
      : position_(code.exception_table), end_(code.exception_table + code.exception_table_size) {}
  bool Next(ExceptionHandler* out);

 private:
  const uint8_t* position_;
  const uint8_t* end_;
};

// The handler for a fault at bytecode byte `offset` (any byte of the faulting instruction); false if none.
bool FindExceptionHandler(const RawCode& code, uint32_t offset, ExceptionHandler* out);

}  // namespace vm
}  // namespace mica

#endif  // MICA_RUNTIME_VM_EXCEPTION_TABLE_H_
