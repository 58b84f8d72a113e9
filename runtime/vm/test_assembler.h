// A host-only assembler for tests: RawCode from a readable program text, so VM tests read like small programs.
//
//   .name fib
//   .params 1
//   .locals 1
//   .const null                 # patched later with SetConstant (the function itself)
//   .line 2
//       LOAD_FAST 0
//       LOAD_SMALL_INT 2
//       COMPARE_LT
//       POP_JUMP_IF_FALSE recurse
//       LOAD_FAST 0
//       RETURN_VALUE
//   recurse:
//       ...
//
// One instruction per line: a mnemonic (any case) and its operands separated by spaces; `label:` on its own line
// or before an instruction; `#` or `;` start a comment. Operands by format (bytecode.h): kUint, kLocal, kConst,
// kSmallInt take integers; kName takes an identifier (interned and added to the constant table); kNameCached an
// identifier and an optional cache slot (else the next free one); kLocalName a slot and an identifier; jumps a
// label; kUintPair two integers; kFunction child and flags; kClosure child, flags and cells; kCallKw the
// positional count followed by the keyword names.
//
// Directives: .name ID, .file ID, .first_line N, .line N (the source line of what follows), .params N,
// .posonly N, .kwonly N, .locals N, .cells N, .free N, .flags generator|coroutine|async_generator|varargs|varkw|
// namespace|class_cell..., .const VALUE (integer, None, True, False, Ellipsis, 'name' or null), .handler START END
// TARGET DEPTH (labels; an exception-table entry, inner ones first), .stack N (override the computed maximum),
// .slot_names ID... .
//
// The assembler computes max_stack by following the control flow with the stack effects of opcodes.def, and
// rejects programs whose depth goes negative or disagrees where paths meet - the checks the real emitter makes.
#ifndef MICA_RUNTIME_VM_TEST_ASSEMBLER_H_
#define MICA_RUNTIME_VM_TEST_ASSEMBLER_H_

#include <stdint.h>

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "runtime/value.h"
#include "runtime/vm/raw_code.h"

namespace mica {
namespace vm {

// Interned names for tests: ids from 1 up, text <-> id.
class NameTable {
 public:
  uint32_t Intern(const std::string& text);
  // The text of `id`, or null if it was never interned.
  const char* Text(uint32_t id) const;
  // For DisassemblerOptions::name_text, with the table as context.
  static const char* Lookup(void* table, uint32_t id);

 private:
  std::map<std::string, uint32_t> ids_;
  std::deque<std::string> texts_;  // a deque keeps c_str() pointers stable as it grows
};

// A RawCode together with the storage it points into.
class AssembledCode {
 public:
  AssembledCode() = default;
  AssembledCode(const AssembledCode&) = delete;
  AssembledCode& operator=(const AssembledCode&) = delete;

  const RawCode& code() const { return code_; }
  const RawCode* get() const { return &code_; }
  // Replaces a constant (e.g. a `.const null` placeholder with the function itself).
  void SetConstant(size_t index, Value value) { constants_.at(index) = value; }
  const std::vector<uint8_t>& bytecode() const { return bytecode_; }
  // The offset of `label`, or -1.
  int64_t LabelOffset(const std::string& label) const;

 private:
  friend class Assembler;
  RawCode code_ = {};
  std::vector<uint8_t> bytecode_;
  std::vector<uint8_t> line_table_;
  std::vector<uint8_t> exception_table_;
  std::vector<Value> constants_;
  std::vector<const RawCode*> children_;
  std::vector<uint32_t> slot_names_;
  std::map<std::string, uint32_t> labels_;
};

// Assembles `source`. On error returns null and sets *error to "line N: what". `children` are the nested
// functions MAKE_FUNCTION/MAKE_CLOSURE refer to by index.
std::unique_ptr<AssembledCode> Assemble(const std::string& source, NameTable* names, std::string* error,
                                        const std::vector<const RawCode*>& children = {});

}  // namespace vm
}  // namespace mica

#endif  // MICA_RUNTIME_VM_TEST_ASSEMBLER_H_
