// CodeBuilder: the byte-level half of the emitter for one function - instructions, labels and jumps, stack
// depth, the line table, the exception table, the constant table and the children.
//
// It works in passes over the same emission code (FunctionEmitter runs the AST walk once per pass):
//
//   measuring passes  nothing is written; offsets, label positions, jumps, table sizes and the constant table
//                     are recorded. Settle() then widens every jump whose target is out of jump16 range (to
//                     JUMP_FAR or a trampoline, docs/bytecode.md "Branch relaxation") and asks for another pass
//                     until nothing changes - one pass in practice.
//   the final pass    PrepareFinal() allocates every output table at its exact size; the same walk writes the
//                     bytes. Forward jumps use the label positions of the last measuring pass, which the final
//                     pass reproduces exactly (checked at every label), so no jump is ever patched.
//
// Why passes instead of a list of instructions: a buffered instruction costs ~16 bytes of arena where its code
// is ~2, and a 128 KiB board must compile a 200-line module. The passes cost time, not memory.
//
// Stack depth is tracked per instruction with the stack effects of opcodes.def: an instruction that cannot be
// reached (after a jump, return or raise, until a label that something jumps to) is not emitted at all, and a
// label takes its depth from the jumps to it, checking that every path agrees. max_stack is the exact maximum.
// Exception-table entries close in the order the emitter leaves ranges (innermost first) and make their
// handler label reachable with depth + 1 (the pushed exception).
#ifndef MICA_COMPILER_EMITTER_CODE_BUILDER_H_
#define MICA_COMPILER_EMITTER_CODE_BUILDER_H_

#include <stddef.h>
#include <stdint.h>

#include "compiler/arena.h"
#include "compiler/emitter/arena_vector.h"
#include "runtime/value.h"
#include "runtime/vm/bytecode.h"
#include "runtime/vm/raw_code.h"

namespace mica {
namespace emit {

// A position in the code, created before it is known. Ids count labels in creation order, which every pass
// repeats, so an id names the same place in each pass.
struct Label {
  uint32_t id = UINT32_MAX;
};

// One protected range of the exception table while it is being emitted: the emitter opens it, may pause it
// (close it and open it again) around code it must not cover (a `finally` copied for a `break`), and closes it.
struct ProtectedRange {
  Label handler;
  uint32_t depth = 0;  // operand-stack depth at the handler, before the exception is pushed
  uint32_t start = 0;
  bool open = false;
};

// What a constant is, so that a later use (or the next pass) finds the same entry without creating it again.
enum class ConstantKind : uint8_t {
  kName,       // an interned name; text
  kLiteral,    // a literal decoded from its source text; text is the source, tag says which decoding
  kInt,        // an int with this 64-bit value (bits), too big for a small int on the target
  kFloat,      // bits of the double
  kImaginary,  // bits of the double
  kNode,       // a value built from an AST node (a folded tuple, an import's name list); bits = node address
  kSpecial,    // a special constant (Ellipsis); bits = Value bits
};

struct ConstantKey {
  ConstantKind kind = ConstantKind::kName;
  uint8_t tag = 0;
  uint32_t length = 0;
  const char* text = nullptr;
  uint64_t bits = 0;
};

enum class BuildError : uint8_t {
  kNone,
  kOutOfMemory,  // the arena is full
  kTooComplex,   // more than 65535 constants, children, stack entries or cache slots
  kInternal,     // an emitter bug: inconsistent stack depths or layout between passes
};

class CodeBuilder {
 public:
  CodeBuilder(Arena* arena, uint32_t first_line) : arena_(arena), first_line_(first_line) {}
  CodeBuilder(const CodeBuilder&) = delete;
  CodeBuilder& operator=(const CodeBuilder&) = delete;

  // ---- Passes ----------------------------------------------------------------------------------------------
  void BeginPass(bool final);
  // After a measuring pass: true when every jump reaches its target (the layout is settled).
  bool Settle();
  // Allocates the output tables; the next pass must be BeginPass(true).
  bool PrepareFinal();
  // After the final pass: writes the exception table and fills the table fields of `code` (bytecode, constants,
  // children, line and exception tables, max_stack, num_cache_slots).
  bool Finish(vm::RawCode* code);
  bool final_pass() const { return final_; }

  // ---- State -----------------------------------------------------------------------------------------------
  uint32_t offset() const { return offset_; }
  int32_t depth() const { return depth_; }
  bool reachable() const { return reachable_; }
  void SetLine(uint32_t line) { line_ = line; }
  uint32_t line() const { return line_; }
  BuildError error() const { return error_; }
  bool failed() const { return error_ != BuildError::kNone; }
  void Fail(BuildError error);

  // ---- Instructions (ignored while unreachable) ------------------------------------------------------------
  // Any opcode whose operands are plain varints (kNone, kUint, kConst, kName, kLocal, kLocalName, kUintPair,
  // kFunction, kClosure): a, b, c in order.
  void Emit(vm::Opcode op, uint32_t a = 0, uint32_t b = 0, uint32_t c = 0);
  void EmitSmallInt(int64_t value);
  // A kNameCached instruction; the cache slot is the next free one.
  void EmitCached(vm::Opcode op, uint32_t name);
  void EmitCallKw(vm::Opcode op, uint32_t positional, const uint32_t* names, uint32_t count);
  // JUMP, POP_JUMP_IF_*, JUMP_IF_*_OR_POP, FOR_ITER, FOR_RANGE: near, or widened by Settle().
  void EmitJump(vm::Opcode op, Label target);

  // ---- Labels ----------------------------------------------------------------------------------------------
  Label NewLabel();
  // Reachable afterwards if it was reachable before or anything jumped here.
  void Place(Label label);
  // The top of a loop whose backward jump comes later: reachable if the loop is.
  void PlaceLoopTop(Label label, bool loop_reachable);

  // ---- Exception ranges ------------------------------------------------------------------------------------
  void OpenRange(ProtectedRange* range);
  void CloseRange(ProtectedRange* range);

  // ---- Constants and children ------------------------------------------------------------------------------
  // The index of the constant with this key, or -1.
  int32_t FindConstant(const ConstantKey& key) const;
  // Adds a constant (measuring passes only); its index, or -1 after recording an error.
  int32_t AddConstant(const ConstantKey& key, Value value);
  uint32_t constant_count() const { return constants_.count(); }
  Value constant(uint32_t index) const { return constants_[index].value; }
  // The index of the next nested function, in emission order.
  uint32_t NextChild() { return child_count_++; }
  void SetChild(uint32_t index, const vm::RawCode* child);

 private:
  struct LabelInfo {
    uint32_t position;
    uint32_t prev_position;  // from the previous pass: where forward jumps go
    int32_t depth;
    uint8_t flags;
  };
  struct JumpRecord {
    uint32_t end;  // end of the near jump instruction (where its offset counts from)
    uint32_t label;
  };
  struct HandlerRecord {
    uint32_t start;
    uint32_t end;
    uint32_t label;
    uint32_t depth;
  };
  struct ConstantEntry {
    ConstantKey key;
    uint32_t hash;
    Value value;
  };

  static uint32_t HashKey(const ConstantKey& key);
  static bool SameKey(const ConstantKey& a, const ConstantKey& b);

  bool Begin();  // common start of an instruction: false if it is not emitted
  void After(const vm::Instruction& instruction);
  void Put(uint8_t byte);
  void PutVarUint(uint64_t value);
  void PutJump16(int32_t value);
  void PutJump32(int32_t value);
  void NoteLine();
  void NoteLabelDepth(LabelInfo* label, int32_t depth);
  uint32_t TargetOf(const LabelInfo& label) const;
  bool IsFar(uint32_t jump) const;
  uint32_t HandlerTableSize() const;

  Arena* arena_;
  uint32_t first_line_;
  bool final_ = false;
  BuildError error_ = BuildError::kNone;

  // Per pass.
  uint32_t offset_ = 0;
  int32_t depth_ = 0;
  int32_t max_depth_ = 0;
  bool reachable_ = true;
  uint32_t line_ = 0;
  uint32_t table_line_ = 0;  // the line table's current line and offset
  uint32_t table_offset_ = 0;
  uint32_t line_table_size_ = 0;
  uint32_t label_count_ = 0;
  uint32_t jump_count_ = 0;
  uint32_t cache_slots_ = 0;
  uint32_t child_count_ = 0;

  // Across passes.
  ArenaVector<LabelInfo> labels_;
  ArenaVector<JumpRecord> jumps_;
  ArenaVector<HandlerRecord> handlers_;
  ArenaVector<ConstantEntry> constants_;
  uint8_t* far_ = nullptr;  // one bit per jump, allocated when the first jump must be widened
  uint32_t far_bits_ = 0;

  // The settled layout (from the last measuring pass) and the final pass's output.
  uint32_t measured_bytecode_ = 0;
  uint32_t measured_line_table_ = 0;
  uint32_t measured_handlers_ = 0;
  uint32_t measured_children_ = 0;
  uint8_t* bytecode_ = nullptr;
  uint8_t* line_table_ = nullptr;
  uint8_t* handler_table_ = nullptr;
  Value* constant_values_ = nullptr;
  const vm::RawCode** children_ = nullptr;
};

}  // namespace emit
}  // namespace mica

#endif  // MICA_COMPILER_EMITTER_CODE_BUILDER_H_
