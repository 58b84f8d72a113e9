#include "compiler/emitter/code_builder.h"

#include <string.h>

#include "runtime/vm/exception_table.h"
#include "runtime/vm/line_table.h"
#include "runtime/vm/operand_encoding.h"

namespace mica {
namespace emit {
namespace {

using vm::Opcode;

constexpr uint32_t kUnplaced = UINT32_MAX;
constexpr uint32_t kMaxTableEntries = 65535;

enum LabelFlags : uint8_t {
  kLabelPlaced = 1 << 0,
  kLabelReferenced = 1 << 1,  // a jump or a protected range targets it
  kLabelHasDepth = 1 << 2,
};

vm::Instruction MakeInstruction(Opcode op, uint32_t a, uint32_t b, uint32_t c) {
  vm::Instruction instruction = {};
  instruction.opcode = op;
  instruction.format = vm::OpcodeFormat(op);
  instruction.a = a;
  instruction.b = b;
  instruction.c = c;
  return instruction;
}

Opcode Inverted(Opcode op) {
  return op == Opcode::POP_JUMP_IF_FALSE ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE;
}

}  // namespace

void CodeBuilder::Fail(BuildError error) {
  if (error_ == BuildError::kNone) error_ = error;
  reachable_ = false;
}

// ---- Passes ----------------------------------------------------------------------------------------------------

void CodeBuilder::BeginPass(bool final) {
  final_ = final;
  offset_ = 0;
  depth_ = 0;
  max_depth_ = 0;
  reachable_ = !failed();
  line_ = first_line_;
  table_line_ = first_line_;
  table_offset_ = 0;
  line_table_size_ = 0;
  label_count_ = 0;
  jump_count_ = 0;
  cache_slots_ = 0;
  child_count_ = 0;
  for (uint32_t i = 0; i < labels_.count(); ++i) {
    LabelInfo& label = labels_[i];
    label.prev_position = label.position;
    label.position = kUnplaced;
    label.depth = 0;
    label.flags = 0;
  }
  jumps_.Clear();
  handlers_.Clear();
}

bool CodeBuilder::Settle() {
  if (failed()) return true;
  for (uint32_t i = 0; i < label_count_; ++i) {
    const LabelInfo& label = labels_[i];
    if ((label.flags & kLabelReferenced) != 0 && (label.flags & kLabelPlaced) == 0) {
      Fail(BuildError::kInternal);
      return true;
    }
  }
  bool settled = true;
  for (uint32_t j = 0; j < jumps_.count(); ++j) {
    if (IsFar(j)) continue;
    const int64_t distance = static_cast<int64_t>(labels_[jumps_[j].label].position) - jumps_[j].end;
    if (distance >= vm::kJumpMin && distance <= vm::kJumpMax) continue;
    if (far_ == nullptr) {
      far_bits_ = jumps_.count();
      far_ = static_cast<uint8_t*>(arena_->Allocate((far_bits_ + 7) / 8, 1));
      if (far_ == nullptr) {
        Fail(BuildError::kOutOfMemory);
        return true;
      }
      memset(far_, 0, (far_bits_ + 7) / 8);
    }
    if (j >= far_bits_) {
      Fail(BuildError::kInternal);
      return true;
    }
    far_[j / 8] = static_cast<uint8_t>(far_[j / 8] | (1u << (j % 8)));
    settled = false;
  }
  measured_bytecode_ = offset_;
  measured_line_table_ = line_table_size_;
  measured_handlers_ = HandlerTableSize();
  measured_children_ = child_count_;
  if (static_cast<uint32_t>(max_depth_) > kMaxTableEntries || cache_slots_ > kMaxTableEntries ||
      child_count_ > kMaxTableEntries) {
    Fail(BuildError::kTooComplex);
  }
  return settled;
}

bool CodeBuilder::PrepareFinal() {
  if (failed()) return false;
  bytecode_ = static_cast<uint8_t*>(arena_->Allocate(measured_bytecode_ + 1, 1));
  line_table_ = static_cast<uint8_t*>(arena_->Allocate(measured_line_table_ + 1, 1));
  handler_table_ = static_cast<uint8_t*>(arena_->Allocate(measured_handlers_ + 1, 1));
  constant_values_ = static_cast<Value*>(arena_->Allocate((constants_.count() + 1) * sizeof(Value), alignof(Value)));
  children_ = static_cast<const vm::RawCode**>(
      arena_->Allocate((measured_children_ + 1) * sizeof(const vm::RawCode*), alignof(const vm::RawCode*)));
  if (bytecode_ == nullptr || line_table_ == nullptr || handler_table_ == nullptr || constant_values_ == nullptr ||
      children_ == nullptr) {
    Fail(BuildError::kOutOfMemory);
    return false;
  }
  for (uint32_t i = 0; i < constants_.count(); ++i) constant_values_[i] = constants_[i].value;
  for (uint32_t i = 0; i < measured_children_; ++i) children_[i] = nullptr;
  labels_.Freeze();
  jumps_.Freeze();
  handlers_.Freeze();
  constants_.Freeze();
  return true;
}

bool CodeBuilder::Finish(vm::RawCode* code) {
  if (failed()) return false;
  if (offset_ != measured_bytecode_ || line_table_size_ != measured_line_table_ || child_count_ != measured_children_ ||
      HandlerTableSize() != measured_handlers_) {
    Fail(BuildError::kInternal);
    return false;
  }
  uint32_t written = 0;
  for (uint32_t i = 0; i < handlers_.count(); ++i) {
    const HandlerRecord& record = handlers_[i];
    const vm::ExceptionHandler handler = {record.start, record.end, labels_[record.label].position, record.depth};
    uint8_t entry[vm::kMaxExceptionEntryBytes];
    const size_t size = vm::WriteExceptionHandler(handler, entry);
    memcpy(handler_table_ + written, entry, size);
    written += static_cast<uint32_t>(size);
  }
  for (uint32_t i = 0; i < measured_children_; ++i) {
    if (children_[i] == nullptr) {
      Fail(BuildError::kInternal);
      return false;
    }
  }
  code->bytecode = bytecode_;
  code->bytecode_size = offset_;
  code->constants = constant_values_;
  code->num_constants = static_cast<uint16_t>(constants_.count());
  code->children = children_;
  code->num_children = static_cast<uint16_t>(measured_children_);
  code->line_table = line_table_;
  code->line_table_size = line_table_size_;
  code->exception_table = handler_table_;
  code->exception_table_size = written;
  code->first_line = first_line_;
  code->max_stack = static_cast<uint16_t>(max_depth_);
  code->num_cache_slots = static_cast<uint16_t>(cache_slots_);
  return true;
}

uint32_t CodeBuilder::HandlerTableSize() const {
  uint32_t size = 0;
  for (uint32_t i = 0; i < handlers_.count(); ++i) {
    const HandlerRecord& record = handlers_[i];
    const uint32_t target = labels_[record.label].position;
    size += static_cast<uint32_t>(vm::VarUintSize(record.start) + vm::VarUintSize(record.end - record.start) +
                                  vm::VarUintSize(target == kUnplaced ? 0 : target) + vm::VarUintSize(record.depth));
  }
  return size;
}

// ---- Bytes -----------------------------------------------------------------------------------------------------

void CodeBuilder::Put(uint8_t byte) {
  if (final_) {
    if (offset_ >= measured_bytecode_) {
      Fail(BuildError::kInternal);
      return;
    }
    bytecode_[offset_] = byte;
  }
  ++offset_;
}

void CodeBuilder::PutVarUint(uint64_t value) {
  uint8_t bytes[vm::kMaxVarUint64Bytes];
  const size_t size = vm::WriteVarUint(value, bytes);
  for (size_t i = 0; i < size; ++i) Put(bytes[i]);
}

void CodeBuilder::PutJump16(int32_t value) {
  uint8_t bytes[2];
  vm::WriteJump16(value, bytes);
  Put(bytes[0]);
  Put(bytes[1]);
}

void CodeBuilder::PutJump32(int32_t value) {
  uint8_t bytes[4];
  vm::WriteJump32(value, bytes);
  for (uint8_t byte : bytes) Put(byte);
}

void CodeBuilder::NoteLine() {
  if (line_ == table_line_) return;
  const uint32_t offset_delta = offset_ - table_offset_;
  const int32_t line_delta = static_cast<int32_t>(line_ - table_line_);
  const size_t size = vm::LineEntrySize(offset_delta, line_delta);
  if (final_) {
    if (line_table_size_ + size > measured_line_table_) {
      Fail(BuildError::kInternal);
      return;
    }
    vm::WriteLineEntry(offset_delta, line_delta, line_table_ + line_table_size_);
  }
  line_table_size_ += static_cast<uint32_t>(size);
  table_line_ = line_;
  table_offset_ = offset_;
}

// ---- Instructions ----------------------------------------------------------------------------------------------

bool CodeBuilder::Begin() {
  if (!reachable_) return false;
  NoteLine();
  return true;
}

void CodeBuilder::After(const vm::Instruction& instruction) {
  depth_ += vm::StackEffect(instruction, false);
  if (depth_ < 0) {
    Fail(BuildError::kInternal);
    return;
  }
  if (depth_ > max_depth_) max_depth_ = depth_;
  if (vm::EndsBlock(instruction.opcode)) reachable_ = false;
}

void CodeBuilder::Emit(Opcode op, uint32_t a, uint32_t b, uint32_t c) {
  if (!Begin()) return;
  Put(static_cast<uint8_t>(op));
  switch (vm::OpcodeFormat(op)) {
    case vm::OperandFormat::kNone:
      break;
    case vm::OperandFormat::kUint:
    case vm::OperandFormat::kConst:
    case vm::OperandFormat::kName:
    case vm::OperandFormat::kLocal:
      PutVarUint(a);
      break;
    case vm::OperandFormat::kLocalName:
    case vm::OperandFormat::kUintPair:
    case vm::OperandFormat::kFunction:
      PutVarUint(a);
      PutVarUint(b);
      break;
    case vm::OperandFormat::kClosure:
      PutVarUint(a);
      PutVarUint(b);
      PutVarUint(c);
      break;
    default:  // the other formats have their own Emit* methods
      Fail(BuildError::kInternal);
      return;
  }
  After(MakeInstruction(op, a, b, c));
}

void CodeBuilder::EmitSmallInt(int64_t value) {
  if (!Begin()) return;
  Put(static_cast<uint8_t>(Opcode::LOAD_SMALL_INT));
  PutVarUint(vm::EncodeZigZag(value));
  After(MakeInstruction(Opcode::LOAD_SMALL_INT, 0, 0, 0));
}

void CodeBuilder::EmitCached(Opcode op, uint32_t name) {
  if (!Begin()) return;
  const uint32_t slot = cache_slots_++;
  Put(static_cast<uint8_t>(op));
  PutVarUint(name);
  PutVarUint(slot);
  After(MakeInstruction(op, name, slot, 0));
}

void CodeBuilder::EmitCallKw(Opcode op, uint32_t positional, const uint32_t* names, uint32_t count) {
  if (!Begin()) return;
  Put(static_cast<uint8_t>(op));
  PutVarUint(positional);
  PutVarUint(count);
  for (uint32_t i = 0; i < count; ++i) PutVarUint(names[i]);
  After(MakeInstruction(op, positional, count, 0));
}

bool CodeBuilder::IsFar(uint32_t jump) const {
  return far_ != nullptr && jump < far_bits_ && (far_[jump / 8] & (1u << (jump % 8))) != 0;
}

uint32_t CodeBuilder::TargetOf(const LabelInfo& label) const {
  if ((label.flags & kLabelPlaced) != 0) return label.position;
  return label.prev_position != kUnplaced ? label.prev_position : offset_;
}

void CodeBuilder::NoteLabelDepth(LabelInfo* label, int32_t depth) {
  if ((label->flags & kLabelHasDepth) != 0 && label->depth != depth) {
    Fail(BuildError::kInternal);
    return;
  }
  label->depth = depth;
  label->flags |= kLabelHasDepth;
}

void CodeBuilder::EmitJump(Opcode op, Label target) {
  if (!Begin()) return;
  if (target.id >= label_count_) {
    Fail(BuildError::kInternal);
    return;
  }
  const vm::Instruction instruction = MakeInstruction(op, 0, 0, 0);
  LabelInfo& label = labels_[target.id];
  NoteLabelDepth(&label, depth_ + vm::StackEffect(instruction, true));
  label.flags |= kLabelReferenced;
  const uint32_t jump = jump_count_++;
  if (!IsFar(jump)) {
    Put(static_cast<uint8_t>(op));
    const uint32_t end = offset_ + 2;
    PutJump16(static_cast<int32_t>(static_cast<int64_t>(TargetOf(label)) - end));
    if (!jumps_.Push(arena_, JumpRecord{end, target.id}))
      Fail(final_ ? BuildError::kInternal : BuildError::kOutOfMemory);
  } else {
    // Branch relaxation (docs/bytecode.md): JUMP becomes JUMP_FAR; a conditional pop-jump is inverted over a
    // JUMP_FAR; the others keep their near form, aimed at a JUMP_FAR that a JUMP skips on the fall-through path.
    if (op == Opcode::JUMP) {
      Put(static_cast<uint8_t>(Opcode::JUMP_FAR));
    } else if (op == Opcode::POP_JUMP_IF_FALSE || op == Opcode::POP_JUMP_IF_TRUE) {
      Put(static_cast<uint8_t>(Inverted(op)));
      PutJump16(5);
      Put(static_cast<uint8_t>(Opcode::JUMP_FAR));
    } else {
      Put(static_cast<uint8_t>(op));
      PutJump16(3);
      Put(static_cast<uint8_t>(Opcode::JUMP));
      PutJump16(5);
      Put(static_cast<uint8_t>(Opcode::JUMP_FAR));
    }
    const uint32_t end = offset_ + 4;
    PutJump32(static_cast<int32_t>(static_cast<int64_t>(TargetOf(label)) - end));
    if (!jumps_.Push(arena_, JumpRecord{end, target.id}))
      Fail(final_ ? BuildError::kInternal : BuildError::kOutOfMemory);
  }
  After(instruction);
  if (op == Opcode::JUMP) reachable_ = false;
}

// ---- Labels ----------------------------------------------------------------------------------------------------

Label CodeBuilder::NewLabel() {
  Label label;
  label.id = label_count_;
  if (label_count_ == labels_.count()) {
    if (!labels_.Push(arena_, LabelInfo{kUnplaced, kUnplaced, 0, 0})) {
      Fail(final_ ? BuildError::kInternal : BuildError::kOutOfMemory);
      return label;
    }
  }
  ++label_count_;
  return label;
}

void CodeBuilder::Place(Label target) {
  if (target.id >= label_count_) {
    Fail(BuildError::kInternal);
    return;
  }
  LabelInfo& label = labels_[target.id];
  label.position = offset_;
  label.flags |= kLabelPlaced;
  if (final_ && label.position != label.prev_position) {
    Fail(BuildError::kInternal);
    return;
  }
  if ((label.flags & kLabelReferenced) != 0) {
    if (reachable_ && depth_ != label.depth) {
      Fail(BuildError::kInternal);
      return;
    }
    depth_ = label.depth;
    if (depth_ > max_depth_) max_depth_ = depth_;  // a handler starts with the exception pushed
    reachable_ = !failed();
  } else if (reachable_) {
    label.depth = depth_;
    label.flags |= kLabelHasDepth;
  }
}

void CodeBuilder::PlaceLoopTop(Label label, bool loop_reachable) {
  if (loop_reachable && !failed()) reachable_ = true;
  Place(label);
}

// ---- Exception ranges --------------------------------------------------------------------------------------------

void CodeBuilder::OpenRange(ProtectedRange* range) {
  range->start = offset_;
  range->open = true;
}

void CodeBuilder::CloseRange(ProtectedRange* range) {
  if (!range->open) return;
  range->open = false;
  if (offset_ == range->start || failed()) return;
  if (range->handler.id >= label_count_) {
    Fail(BuildError::kInternal);
    return;
  }
  LabelInfo& label = labels_[range->handler.id];
  NoteLabelDepth(&label, static_cast<int32_t>(range->depth) + 1);
  label.flags |= kLabelReferenced;
  if (!handlers_.Push(arena_, HandlerRecord{range->start, offset_, range->handler.id, range->depth})) {
    Fail(final_ ? BuildError::kInternal : BuildError::kOutOfMemory);
  }
}

// ---- Constants and children --------------------------------------------------------------------------------------

uint32_t CodeBuilder::HashKey(const ConstantKey& key) {
  uint32_t hash = 2166136261u ^ static_cast<uint32_t>(key.kind) ^ (static_cast<uint32_t>(key.tag) << 8);
  for (uint32_t i = 0; i < key.length; ++i) {
    hash ^= static_cast<uint8_t>(key.text[i]);
    hash *= 16777619u;
  }
  for (int i = 0; i < 8; ++i) {
    hash ^= static_cast<uint8_t>(key.bits >> (8 * i));
    hash *= 16777619u;
  }
  return hash;
}

bool CodeBuilder::SameKey(const ConstantKey& a, const ConstantKey& b) {
  return a.kind == b.kind && a.tag == b.tag && a.length == b.length && a.bits == b.bits &&
         (a.length == 0 || memcmp(a.text, b.text, a.length) == 0);
}

int32_t CodeBuilder::FindConstant(const ConstantKey& key) const {
  const uint32_t hash = HashKey(key);
  for (uint32_t i = 0; i < constants_.count(); ++i) {
    if (constants_[i].hash == hash && SameKey(constants_[i].key, key)) return static_cast<int32_t>(i);
  }
  return -1;
}

int32_t CodeBuilder::AddConstant(const ConstantKey& key, Value value) {
  if (failed()) return -1;
  if (final_) {
    Fail(BuildError::kInternal);
    return -1;
  }
  if (constants_.count() >= kMaxTableEntries) {
    Fail(BuildError::kTooComplex);
    return -1;
  }
  if (!constants_.Push(arena_, ConstantEntry{key, HashKey(key), value})) {
    Fail(BuildError::kOutOfMemory);
    return -1;
  }
  return static_cast<int32_t>(constants_.count() - 1);
}

void CodeBuilder::SetChild(uint32_t index, const vm::RawCode* child) {
  if (!final_ || index >= measured_children_) {
    Fail(BuildError::kInternal);
    return;
  }
  children_[index] = child;
}

}  // namespace emit
}  // namespace mica
