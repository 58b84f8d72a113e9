// The Thumb-2 native emitter's state and machinery, shared by its two halves: native_emitter_expressions.cc and
// native_emitter_statements.cc define the Emit* methods declared here; native_emitter.cc runs it. Internal to
// natives/thumb (the public entry is native_emitter.h).
//
// Code shape (docs/native.md, "Calling convention"):
//
//   push {r4, r5, r6, r7, lr}; sub sp, #frame       r7 = runtime table, r6 = globals, r5 = interrupt flag
//   [sp + 4*i]: fast local i (parameters first), then the temporaries of expression evaluation
//   every expression leaves its value in r0; every runtime call is followed by `cmp r0, #Exception; beq exit`
//   exit: add sp, #frame; pop {r4, r5, r6, r7, pc}   (r0: the result, or Value::Exception())
//
// Values live in the frame (the C stack, which the collector scans conservatively) whenever a call can happen.
// Every branch is the 32-bit form, so instruction sizes do not depend on label positions: three passes (count
// labels and temporaries, place labels, write) give the code without relaxation.
#ifndef MICA_NATIVES_THUMB_NATIVE_FUNCTION_EMITTER_H_
#define MICA_NATIVES_THUMB_NATIVE_FUNCTION_EMITTER_H_

#include <stddef.h>
#include <string.h>

#include "natives/native_runtime.h"
#include "natives/thumb/encoder.h"
#include "natives/thumb/native_emitter.h"
#include "runtime/object.h"

namespace mica {
namespace thumb {
namespace native_emitter_internal {

using ast::NodeKind;
using natives::NativeRuntime;

constexpr uint32_t R0 = 0, R1 = 1, R2 = 2, R3 = 3, R4 = 4;
constexpr uint32_t kRuntimeReg = 7, kGlobalsReg = 6, kInterruptReg = 5, kCallReg = 4;

constexpr uint32_t kExceptionBits = static_cast<uint32_t>(Value::Exception().bits());
constexpr uint32_t kUnboundBits = static_cast<uint32_t>(Value::Unbound().bits());
constexpr uint32_t kTrueBits = static_cast<uint32_t>(Value::True().bits());
constexpr uint32_t kFalseBits = static_cast<uint32_t>(Value::False().bits());
constexpr uint32_t kNoneBits = static_cast<uint32_t>(Value::None().bits());
static_assert(kExceptionBits < 256 && kUnboundBits < 256 && kTrueBits < 256 && kFalseBits < 256,
              "the special values compare with an 8-bit immediate");

// Frame slots reachable with the narrow sp-relative forms (ldr/str/add up to 1020 bytes).
constexpr uint32_t kMaxSlots = 250;

#define RUNTIME_OFFSET(field) static_cast<uint32_t>(offsetof(NativeRuntime, field))

struct Loop {
  uint32_t break_label;
  uint32_t continue_label;
  Loop* parent;
};

inline BinaryOp RuntimeBinaryOp(ast::BinaryOp op) {
  switch (op) {
    case ast::BinaryOp::kAdd: return BinaryOp::kAdd;
    case ast::BinaryOp::kSub: return BinaryOp::kSubtract;
    case ast::BinaryOp::kMult: return BinaryOp::kMultiply;
    case ast::BinaryOp::kMatMult: return BinaryOp::kMatMultiply;
    case ast::BinaryOp::kDiv: return BinaryOp::kTrueDivide;
    case ast::BinaryOp::kMod: return BinaryOp::kModulo;
    case ast::BinaryOp::kPow: return BinaryOp::kPower;
    case ast::BinaryOp::kLShift: return BinaryOp::kLShift;
    case ast::BinaryOp::kRShift: return BinaryOp::kRShift;
    case ast::BinaryOp::kBitOr: return BinaryOp::kOr;
    case ast::BinaryOp::kBitXor: return BinaryOp::kXor;
    case ast::BinaryOp::kBitAnd: return BinaryOp::kAnd;
    case ast::BinaryOp::kFloorDiv: return BinaryOp::kFloorDivide;
  }
  return BinaryOp::kAdd;
}

// The ordering and equality comparisons: the runtime operator and the signed condition that is true for two
// small ints (their tagged words order the same way as the ints).
inline bool OrderingOp(ast::CompareOp op, BinaryOp* runtime_op, Cond* cond) {
  switch (op) {
    case ast::CompareOp::kEq: *runtime_op = BinaryOp::kEqual; *cond = Cond::kEq; return true;
    case ast::CompareOp::kNotEq: *runtime_op = BinaryOp::kNotEqual; *cond = Cond::kNe; return true;
    case ast::CompareOp::kLt: *runtime_op = BinaryOp::kLess; *cond = Cond::kLt; return true;
    case ast::CompareOp::kLtE: *runtime_op = BinaryOp::kLessEqual; *cond = Cond::kLe; return true;
    case ast::CompareOp::kGt: *runtime_op = BinaryOp::kGreater; *cond = Cond::kGt; return true;
    case ast::CompareOp::kGtE: *runtime_op = BinaryOp::kGreaterEqual; *cond = Cond::kGe; return true;
    default: return false;
  }
}

// Builtins that read the calling frame (its globals or locals): native code has no VM frame, so they would see
// their caller's. Refused when called with fewer arguments than this (their namespace then comes from the frame).

inline Cond Invert(Cond cond) { return static_cast<Cond>(static_cast<uint32_t>(cond) ^ 1); }

class NativeFunctionEmitter {
 public:
  NativeFunctionEmitter(const char* source, const ast::FunctionDef* def, const natives::NativeHost& host, SyntaxError* error)
      : source_(source), def_(def), host_(host), error_(error) {}

  bool Run(Arena* arena, natives::NativeOutput* out) {
    if (!CheckSignature()) return false;
    // Pass 0: count labels and temporaries.
    RunPass(0);
    if (error_->failed()) return false;
    frame_slots_ = host_.num_locals + max_depth_;
    if (frame_slots_ % 2 == 0) ++frame_slots_;  // 20 bytes pushed + frame = a multiple of 8 (AAPCS)
    if (frame_slots_ > kMaxSlots) return Fail(def_, "native function too large: too many locals and temporaries");
    labels_ = static_cast<uint32_t*>(arena->Allocate((label_count_ + 1) * sizeof(uint32_t), alignof(uint32_t)));
    if (labels_ == nullptr) return OutOfMemory();
    RunPass(1);
    if (error_->failed()) return false;
    const uint32_t size = pos_;
    buffer_ = static_cast<uint8_t*>(arena->Allocate(size, 4));
    if (buffer_ == nullptr) return OutOfMemory();
    RunPass(2);
    if (error_->failed()) return false;
    if (pos_ != size) return Fail(def_, "internal compiler error");
    out->code = buffer_;
    out->size = size;
    return true;
  }

 private:
  // ---- Errors --------------------------------------------------------------------------------------------
  bool Fail(const ast::Node* at, const char* message) {
    if (error_->failed()) return false;
    error_->kind = ErrorKind::kSyntaxError;
    error_->message = message;
    error_->line = at->line;
    error_->column = at->column;
    return false;
  }
  bool OutOfMemory() {
    if (error_->failed()) return false;
    error_->kind = ErrorKind::kMemoryError;
    error_->message = "out of memory";
    error_->line = def_->line;
    error_->column = def_->column;
    return false;
  }
  bool failed() const { return error_->failed(); }

  bool CheckSignature() {
    if (def_->is_async()) return Fail(def_, "native code does not support async def");
    const ast::Arguments* args = def_->args;
    if (args != nullptr &&
        (args->vararg != nullptr || args->kwarg != nullptr || args->keyword_only.count != 0)) {
      return Fail(def_, "native code does not support *args, **kwargs or keyword-only parameters");
    }
    return true;
  }

  // ---- Code and labels -----------------------------------------------------------------------------------
  void RunPass(int pass) {
    pass_ = pass;
    pos_ = 0;
    label_count_ = 0;
    depth_ = 0;
    loop_ = nullptr;
    exit_label_ = NewLabel();
    for (uint32_t i = 0; i < natives::kNativeCodeOffset; i += 2) Emit(Narrow(0));  // the entry address (Install)
    EmitPrologue();
    EmitStatements(def_->body);
    LoadImm(R0, kNoneBits);  // falling off the end returns None
    Bind(exit_label_);
    EmitEpilogue();
  }

  void Emit(Encoding e) {
    if (pass_ == 2) {
      for (uint32_t i = 0; i < e.count; ++i) {
        buffer_[pos_ + 2 * i] = static_cast<uint8_t>(e.half[i]);
        buffer_[pos_ + 2 * i + 1] = static_cast<uint8_t>(e.half[i] >> 8);
      }
    }
    pos_ += 2 * e.count;
  }

  uint32_t NewLabel() { return label_count_++; }
  void Bind(uint32_t label) {
    if (pass_ >= 1) labels_[label] = pos_;
  }
  int32_t BranchOffset(uint32_t label) const {
    return pass_ == 2 ? static_cast<int32_t>(labels_[label]) - static_cast<int32_t>(pos_ + 4) : 0;
  }
  void Branch(uint32_t label) { Emit(BWide(BranchOffset(label))); }
  void BranchIf(Cond cond, uint32_t label) { Emit(BCondWide(cond, BranchOffset(label))); }

  // ---- Registers, slots, calls ---------------------------------------------------------------------------
  void LoadImm(uint32_t reg, uint32_t value) {
    if (value < 256) {
      Emit(MovsImm(reg, value));
      return;
    }
    Emit(Movw(reg, value & 0xFFFF));
    if ((value >> 16) != 0) Emit(Movt(reg, value >> 16));
  }
  void LoadValue(uint32_t reg, Value value) { LoadImm(reg, static_cast<uint32_t>(value.bits())); }
  void LoadSlot(uint32_t reg, uint32_t slot) { Emit(Mem(MemOp::kLdr, reg, kSp, slot * 4)); }
  void StoreSlot(uint32_t reg, uint32_t slot) { Emit(Mem(MemOp::kStr, reg, kSp, slot * 4)); }
  void SlotAddress(uint32_t reg, uint32_t slot) { Emit(AddRdSpImm(reg, slot * 4)); }

  uint32_t PushTemp() {
    const uint32_t slot = host_.num_locals + depth_++;
    if (depth_ > max_depth_) max_depth_ = depth_;
    return slot;
  }
  void PopTemps(uint32_t n) { depth_ -= n; }

  // A runtime entry: r0-r3 are its arguments; its result (checked) is in r0.
  void CallRuntime(uint32_t offset) {
    Emit(Mem(MemOp::kLdr, kCallReg, kRuntimeReg, offset));
    Emit(Blx(kCallReg));
    CheckException();
  }
  void CheckException() {
    Emit(CmpImm(R0, kExceptionBits));
    BranchIf(Cond::kEq, exit_label_);
  }

  void EmitPrologue() {
    Emit(Push(0xF0, true));
    for (uint32_t left = frame_slots_ * 4; left != 0;) {
      const uint32_t step = left > 508 ? 508 : left;
      Emit(SubSpImm(step));
      left -= step;
    }
    Emit(MovReg(kRuntimeReg, R0));
    Emit(MovReg(kGlobalsReg, R1));
    Emit(MovReg(kInterruptReg, R3));
    for (uint32_t i = 0; i < host_.num_positional; ++i) {
      Emit(Mem(MemOp::kLdr, R0, R2, i * 4));
      StoreSlot(R0, i);
    }
    if (host_.num_locals > host_.num_positional) {
      LoadImm(R0, kUnboundBits);
      for (uint32_t i = host_.num_positional; i < host_.num_locals; ++i) StoreSlot(R0, i);
    }
  }

  void EmitEpilogue() {
    for (uint32_t left = frame_slots_ * 4; left != 0;) {
      const uint32_t step = left > 508 ? 508 : left;
      Emit(AddSpImm(step));
      left -= step;
    }
    Emit(Pop(0xF0, true));
  }

  // Backward branches poll the VM's interrupt flag (Ctrl-C, micropython.schedule), as the VM's jumps do.
  void EmitPoll() {
    const uint32_t skip = NewLabel();
    Emit(Mem(MemOp::kLdrb, R0, kInterruptReg, 0));
    Emit(CmpImm(R0, 0));
    BranchIf(Cond::kEq, skip);
    CallRuntime(RUNTIME_OFFSET(poll));
    Bind(skip);
  }

  // Branches to `label` unless r0 and r1 are both small ints (clobbers r3).
  void BranchUnlessBothSmall(uint32_t a, uint32_t b, uint32_t label) {
    Emit(MovReg(R3, a));
    Emit(Alu(AluOp::kAnd, R3, b));
    Emit(ShiftImm(Shift::kLsr, R3, R3, 1));  // bit 0 (the small-int tag of both) -> carry
    BranchIf(Cond::kCc, label);
  }

  // r0 = True if `cond` holds for the flags, else False.
  void BoolFromFlags(Cond cond) {
    const uint32_t yes = NewLabel();
    const uint32_t done = NewLabel();
    BranchIf(cond, yes);
    LoadImm(R0, kFalseBits);
    Branch(done);
    Bind(yes);
    LoadImm(R0, kTrueBits);
    Bind(done);
  }

  // ---- Names ---------------------------------------------------------------------------------------------
  bool NameId(const char* text, uint32_t length, uint32_t* id) {
    if (!host_.name(host_.context, text, length, id)) return OutOfMemory();
    return true;
  }
  int32_t SlotOf(const ast::Name* name) {
    const int32_t slot = host_.local_slot(host_.context, source_ + name->id.offset, name->id.length);
    if (slot == natives::kUnsupportedName) Fail(name, "native code does not support closures");
    return slot;
  }
  void EmitLoadName(const ast::Name* name);
  // Stores r0 to `target`.
  void EmitStore(const ast::Expr* target);

  // ---- Expressions (value in r0) -------------------------------------------------------------------------
  bool IsConstantKind(NodeKind kind) const;
  void EmitExpression(const ast::Expr* e);
  // Items into consecutive temporaries (at least one, so the address is inside the frame); the first's slot.
  uint32_t EmitItems(Span<ast::Expr*> items);
  // A subscript's index: a slice object for `a:b:c`.
  void EmitIndex(const ast::Expr* slice);
  // r0 = the subscripted object, r1 = the index, evaluated in that order.
  void EmitSubscriptOperands(const ast::Subscript* subscript);
  // r0 = r1 op r2. Small ints stay inline for + - * & | ^ unless the result overflows.
  void EmitBinary(BinaryOp op);
  // r0 = r0 op right: the left operand is already in r0 (kept in a temporary while `right` is evaluated).
  void EmitBinaryWithRight(BinaryOp op, const ast::Expr* right);
  void EmitUnary(const ast::UnaryOpExpr* node);
  // `a or b` / `a and b`: the deciding operand's value.
  void EmitBoolOp(const ast::BoolOp* node);
  // r0 = r1 op r2 for one comparison.
  void EmitCompareRegs(ast::CompareOp op);
  // a < b < c: each comparison's value; the first false one is the result (b evaluated once).
  void EmitCompareValue(const ast::Compare* node);
  // Branches to `label` when the truth of r0 is `jump_if` (r0 clobbered).
  void EmitTruthBranch(bool jump_if, uint32_t label);
  // Jumps to `label` when the truth of `e` is `jump_if`; compares of small ints and and/or/not need no values.
  void EmitCondition(const ast::Expr* e, bool jump_if, uint32_t label);
  // f(args, k=v) and obj.m(args, k=v).
  void EmitCall(const ast::Call* node);

  // ---- Statements ----------------------------------------------------------------------------------------
  void EmitStatements(Span<ast::Stmt*> body);
  void EmitStatement(const ast::Stmt* s);
  void EmitAugAssign(const ast::AugAssign* node);
  bool IsRangeCall(const ast::Expr* iter) const;
  // for x in it: the iterator in a temporary; `for i in range(a, b)` with the built-in range and small ints
  // keeps (null, current, stop) there instead and counts in registers, allocating nothing.
  void EmitFor(const ast::For* node);

  const char* source_;
  const ast::FunctionDef* def_;
  const natives::NativeHost& host_;
  SyntaxError* error_;

  int pass_ = 0;
  uint32_t pos_ = 0;
  uint8_t* buffer_ = nullptr;
  uint32_t* labels_ = nullptr;
  uint32_t label_count_ = 0;
  uint32_t exit_label_ = 0;
  uint32_t depth_ = 0;
  uint32_t max_depth_ = 0;
  uint32_t frame_slots_ = 1;
  Loop* loop_ = nullptr;
};

}  // namespace native_emitter_internal
}  // namespace thumb
}  // namespace mica

#endif  // MICA_NATIVES_THUMB_NATIVE_FUNCTION_EMITTER_H_
