// The Thumb-2 native emitter. Code shape (docs/native.md, "Calling convention"):
//
//   push {r4, r5, r6, r7, lr}; sub sp, #frame       r7 = runtime table, r6 = globals, r5 = interrupt flag
//   [sp + 4*i]: fast local i (parameters first), then the temporaries of expression evaluation
//   every expression leaves its value in r0; every runtime call is followed by `cmp r0, #Exception; beq exit`
//   exit: add sp, #frame; pop {r4, r5, r6, r7, pc}   (r0: the result, or Value::Exception())
//
// Values live in the frame (the C stack, which the collector scans conservatively) whenever a call can happen.
// Every branch is the 32-bit form, so instruction sizes do not depend on label positions: three passes (count
// labels and temporaries, place labels, write) give the code without relaxation.
#include "natives/thumb/native_emitter.h"

#include <stddef.h>
#include <string.h>

#include "natives/native_runtime.h"
#include "natives/thumb/encoder.h"
#include "runtime/object.h"

namespace mica {
namespace thumb {
namespace {

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

BinaryOp RuntimeBinaryOp(ast::BinaryOp op) {
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
bool OrderingOp(ast::CompareOp op, BinaryOp* runtime_op, Cond* cond) {
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
struct FrameBuiltin {
  const char* name;
  uint32_t explicit_args;
  const char* message;
};
constexpr FrameBuiltin kFrameBuiltins[] = {
    {"dir", 1, "native code does not support dir() without an argument"},
    {"eval", 2, "native code does not support eval() without a globals dict"},
    {"exec", 2, "native code does not support exec() without a globals dict"},
    {"globals", 1, "native code does not support globals()"},
    {"locals", 1, "native code does not support locals()"},
    {"super", 1, "native code does not support super() without arguments"},
    {"vars", 1, "native code does not support vars() without an argument"},
};

Cond Invert(Cond cond) { return static_cast<Cond>(static_cast<uint32_t>(cond) ^ 1); }

class Emitter {
 public:
  Emitter(const char* source, const ast::FunctionDef* def, const natives::NativeHost& host, SyntaxError* error)
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

  void EmitLoadName(const ast::Name* name) {
    const int32_t slot = SlotOf(name);
    if (slot == natives::kUnsupportedName) return;
    if (slot >= 0) {
      LoadSlot(R0, static_cast<uint32_t>(slot));
      if (static_cast<uint32_t>(slot) >= host_.num_positional) {  // parameters are always bound
        const uint32_t bound = NewLabel();
        Emit(CmpImm(R0, kUnboundBits));
        BranchIf(Cond::kNe, bound);
        uint32_t id;
        if (!NameId(source_ + name->id.offset, name->id.length, &id)) return;
        LoadImm(R0, id);
        CallRuntime(RUNTIME_OFFSET(unbound_local));
        Bind(bound);
      }
      return;
    }
    Value constant;
    if (host_.constant(host_.context, name, &constant)) {  // a module-level const()
      LoadValue(R0, constant);
      return;
    }
    if (failed()) return;
    uint32_t id;
    if (!NameId(source_ + name->id.offset, name->id.length, &id)) return;
    Emit(MovReg(R0, kGlobalsReg));
    LoadImm(R1, id);
    CallRuntime(RUNTIME_OFFSET(load_global));
  }

  // Stores r0 to `target`.
  void EmitStore(const ast::Expr* target) {
    if (failed()) return;
    switch (target->kind) {
      case NodeKind::kName: {
        const auto* name = static_cast<const ast::Name*>(target);
        const int32_t slot = SlotOf(name);
        if (slot == natives::kUnsupportedName) return;
        if (slot >= 0) {
          StoreSlot(R0, static_cast<uint32_t>(slot));
          return;
        }
        uint32_t id;
        if (!NameId(source_ + name->id.offset, name->id.length, &id)) return;
        Emit(MovReg(R2, R0));
        Emit(MovReg(R0, kGlobalsReg));
        LoadImm(R1, id);
        CallRuntime(RUNTIME_OFFSET(store_global));
        return;
      }
      case NodeKind::kAttribute: {
        const auto* attribute = static_cast<const ast::Attribute*>(target);
        const uint32_t value = PushTemp();
        StoreSlot(R0, value);
        EmitExpression(attribute->value);
        uint32_t id;
        if (!NameId(source_ + attribute->attr.offset, attribute->attr.length, &id)) return;
        LoadImm(R1, id);
        LoadSlot(R2, value);
        CallRuntime(RUNTIME_OFFSET(store_attr));
        PopTemps(1);
        return;
      }
      case NodeKind::kSubscript: {
        const auto* subscript = static_cast<const ast::Subscript*>(target);
        const uint32_t value = PushTemp();
        StoreSlot(R0, value);
        const uint32_t object = PushTemp();
        EmitExpression(subscript->value);
        StoreSlot(R0, object);
        EmitIndex(subscript->slice);
        Emit(MovReg(R1, R0));
        LoadSlot(R0, object);
        LoadSlot(R2, value);
        CallRuntime(RUNTIME_OFFSET(store_subscript));
        PopTemps(2);
        return;
      }
      case NodeKind::kTuple:
      case NodeKind::kList: {
        const auto* sequence = static_cast<const ast::Sequence*>(target);
        const uint32_t n = sequence->elts.count;
        for (ast::Expr* item : sequence->elts) {
          if (item->kind == NodeKind::kStarred) {
            Fail(item, "native code does not support starred assignment");
            return;
          }
        }
        const uint32_t first = host_.num_locals + depth_;
        for (uint32_t i = 0; i < n; ++i) PushTemp();
        if (n == 0) PushTemp();  // the out address stays inside the frame
        LoadImm(R1, n);
        SlotAddress(R2, first);
        CallRuntime(RUNTIME_OFFSET(unpack));
        for (uint32_t i = 0; i < n; ++i) {
          LoadSlot(R0, first + i);
          EmitStore(sequence->elts[i]);
        }
        PopTemps(n == 0 ? 1 : n);
        return;
      }
      default:
        Fail(target, "native code cannot assign to this target");
        return;
    }
  }

  // ---- Expressions (value in r0) -------------------------------------------------------------------------
  bool IsConstantKind(NodeKind kind) const {
    switch (kind) {
      case NodeKind::kConstant:
      case NodeKind::kInt:
      case NodeKind::kFloat:
      case NodeKind::kImaginary:
      case NodeKind::kStr:
      case NodeKind::kBytes:
      case NodeKind::kBinOp:
      case NodeKind::kUnaryOp:
      case NodeKind::kTuple:
        return true;
      default:
        return false;
    }
  }

  void EmitExpression(const ast::Expr* e) {
    if (failed()) return;
    if (IsConstantKind(e->kind)) {
      Value constant;
      if (host_.constant(host_.context, e, &constant)) {
        LoadValue(R0, constant);
        return;
      }
      if (failed()) return;
    }
    switch (e->kind) {
      case NodeKind::kName:
        EmitLoadName(static_cast<const ast::Name*>(e));
        return;
      case NodeKind::kBinOp: {
        const auto* node = static_cast<const ast::BinOp*>(e);
        const uint32_t left = PushTemp();
        EmitExpression(node->left);
        StoreSlot(R0, left);
        EmitExpression(node->right);
        Emit(MovReg(R2, R0));
        LoadSlot(R1, left);
        PopTemps(1);
        EmitBinary(RuntimeBinaryOp(node->op()));
        return;
      }
      case NodeKind::kUnaryOp:
        EmitUnary(static_cast<const ast::UnaryOpExpr*>(e));
        return;
      case NodeKind::kBoolOp:
        EmitBoolOp(static_cast<const ast::BoolOp*>(e));
        return;
      case NodeKind::kCompare:
        EmitCompareValue(static_cast<const ast::Compare*>(e));
        return;
      case NodeKind::kIfExp: {
        const auto* node = static_cast<const ast::IfExp*>(e);
        const uint32_t orelse = NewLabel();
        const uint32_t done = NewLabel();
        EmitCondition(node->test, false, orelse);
        EmitExpression(node->body);
        Branch(done);
        Bind(orelse);
        EmitExpression(node->orelse);
        Bind(done);
        return;
      }
      case NodeKind::kCall:
        EmitCall(static_cast<const ast::Call*>(e));
        return;
      case NodeKind::kAttribute: {
        const auto* node = static_cast<const ast::Attribute*>(e);
        EmitExpression(node->value);
        uint32_t id;
        if (!NameId(source_ + node->attr.offset, node->attr.length, &id)) return;
        LoadImm(R1, id);
        CallRuntime(RUNTIME_OFFSET(load_attr));
        return;
      }
      case NodeKind::kSubscript: {
        const auto* node = static_cast<const ast::Subscript*>(e);
        const uint32_t object = PushTemp();
        EmitExpression(node->value);
        StoreSlot(R0, object);
        EmitIndex(node->slice);
        Emit(MovReg(R1, R0));
        LoadSlot(R0, object);
        PopTemps(1);
        CallRuntime(RUNTIME_OFFSET(load_subscript));
        return;
      }
      case NodeKind::kList:
      case NodeKind::kTuple: {
        const auto* node = static_cast<const ast::Sequence*>(e);
        const uint32_t first = EmitItems(node->elts);
        SlotAddress(R0, first);
        LoadImm(R1, node->elts.count);
        PopTemps(node->elts.count == 0 ? 1 : node->elts.count);
        CallRuntime(e->kind == NodeKind::kList ? RUNTIME_OFFSET(build_list) : RUNTIME_OFFSET(build_tuple));
        return;
      }
      case NodeKind::kDict: {
        const auto* node = static_cast<const ast::Dict*>(e);
        const uint32_t n = node->keys.count;
        const uint32_t first = host_.num_locals + depth_;
        for (uint32_t i = 0; i < n; ++i) {
          if (node->keys[i] == nullptr) {
            Fail(node->values[i], "native code does not support ** in dict displays");
            return;
          }
          const uint32_t key = PushTemp();
          EmitExpression(node->keys[i]);
          StoreSlot(R0, key);
          const uint32_t value = PushTemp();
          EmitExpression(node->values[i]);
          StoreSlot(R0, value);
        }
        if (n == 0) PushTemp();
        SlotAddress(R0, first);
        LoadImm(R1, n);
        PopTemps(n == 0 ? 1 : 2 * n);
        CallRuntime(RUNTIME_OFFSET(build_dict));
        return;
      }
      case NodeKind::kConstant:
      case NodeKind::kInt:
      case NodeKind::kFloat:
      case NodeKind::kImaginary:
      case NodeKind::kStr:
      case NodeKind::kBytes:
        OutOfMemory();  // host_.constant declined a literal: only when the heap is full
        return;
      case NodeKind::kLambda:
        Fail(e, "native code does not support lambda");
        return;
      case NodeKind::kListComp:
      case NodeKind::kSetComp:
      case NodeKind::kDictComp:
      case NodeKind::kGeneratorExp:
        Fail(e, "native code does not support comprehensions");
        return;
      case NodeKind::kYield:
      case NodeKind::kYieldFrom:
        Fail(e, "native code does not support yield");
        return;
      case NodeKind::kAwait:
        Fail(e, "native code does not support await");
        return;
      case NodeKind::kNamedExpr:
        Fail(e, "native code does not support :=");
        return;
      case NodeKind::kSet:
        Fail(e, "native code does not support set displays");
        return;
      case NodeKind::kJoinedStr:
        Fail(e, "native code does not support f-strings");
        return;
      case NodeKind::kStarred:
        Fail(e, "native code does not support * unpacking");
        return;
      default:
        Fail(e, "native code does not support this expression");
        return;
    }
  }

  // Items into consecutive temporaries (at least one, so the address is inside the frame); the first's slot.
  uint32_t EmitItems(Span<ast::Expr*> items) {
    const uint32_t first = host_.num_locals + depth_;
    for (ast::Expr* item : items) {
      if (item->kind == NodeKind::kStarred) {
        Fail(item, "native code does not support * unpacking");
        return first;
      }
      const uint32_t slot = PushTemp();
      EmitExpression(item);
      StoreSlot(R0, slot);
    }
    if (items.count == 0) PushTemp();
    return first;
  }

  // A subscript's index: a slice object for `a:b:c`.
  void EmitIndex(const ast::Expr* slice) {
    if (slice->kind != NodeKind::kSlice) {
      EmitExpression(slice);
      return;
    }
    const auto* node = static_cast<const ast::Slice*>(slice);
    const ast::Expr* parts[3] = {node->lower, node->upper, node->step};
    const uint32_t first = host_.num_locals + depth_;
    for (const ast::Expr* part : parts) {
      const uint32_t slot = PushTemp();
      if (part == nullptr) {
        LoadImm(R0, kNoneBits);
      } else {
        EmitExpression(part);
      }
      StoreSlot(R0, slot);
    }
    LoadSlot(R0, first);
    LoadSlot(R1, first + 1);
    LoadSlot(R2, first + 2);
    PopTemps(3);
    CallRuntime(RUNTIME_OFFSET(build_slice));
  }

  // r0 = r1 op r2. Small ints stay inline for + - * & | ^ unless the result overflows.
  void EmitBinary(BinaryOp op) {
    const uint32_t slow = NewLabel();
    const uint32_t done = NewLabel();
    const BinaryOp plain = static_cast<uint8_t>(op) >= static_cast<uint8_t>(BinaryOp::kInplaceAdd) &&
                                   static_cast<uint8_t>(op) <= static_cast<uint8_t>(BinaryOp::kInplaceXor)
                               ? static_cast<BinaryOp>(static_cast<uint8_t>(op) - kInplaceOffset)
                               : op;
    bool inline_path = true;
    switch (plain) {
      case BinaryOp::kAdd:  // (2a+1) + (2b+1) - 1
        BranchUnlessBothSmall(R1, R2, slow);
        Emit(SubsImm3(R0, R2, 1));
        Emit(AddsReg(R0, R1, R0));
        BranchIf(Cond::kVs, slow);
        break;
      case BinaryOp::kSubtract:  // (2a+1) - (2b+1) + 1
        BranchUnlessBothSmall(R1, R2, slow);
        Emit(SubsReg(R0, R1, R2));
        BranchIf(Cond::kVs, slow);
        Emit(AddsImm8(R0, 1));
        break;
      case BinaryOp::kMultiply:  // a * 2b = 2ab, kept when the 64-bit product fits the word; then + 1
        BranchUnlessBothSmall(R1, R2, slow);
        Emit(ShiftImm(Shift::kAsr, R0, R1, 1));
        Emit(SubsImm3(R3, R2, 1));
        Emit(Smull(R0, R3, R0, R3));
        Emit(ShiftImm(Shift::kAsr, kCallReg, R0, 31));
        Emit(CmpReg(R3, kCallReg));
        BranchIf(Cond::kNe, slow);
        Emit(AddsImm8(R0, 1));
        break;
      case BinaryOp::kAnd:
      case BinaryOp::kOr:
      case BinaryOp::kXor:
        BranchUnlessBothSmall(R1, R2, slow);
        Emit(MovReg(R0, R1));
        if (plain == BinaryOp::kAnd) {
          Emit(Alu(AluOp::kAnd, R0, R2));
        } else if (plain == BinaryOp::kOr) {
          Emit(Alu(AluOp::kOrr, R0, R2));
        } else {
          Emit(Alu(AluOp::kEor, R0, R2));
          Emit(MovsImm(R3, 1));
          Emit(Alu(AluOp::kOrr, R0, R3));
        }
        break;
      default:
        inline_path = false;
        break;
    }
    if (inline_path) Branch(done);
    Bind(slow);
    LoadImm(R0, static_cast<uint32_t>(op));
    CallRuntime(RUNTIME_OFFSET(binary_op));
    Bind(done);
  }

  void EmitUnary(const ast::UnaryOpExpr* node) {
    if (node->op() == ast::UnaryOp::kNot) {
      const uint32_t is_false = NewLabel();
      const uint32_t done = NewLabel();
      EmitCondition(node->operand, false, is_false);
      LoadImm(R0, kFalseBits);
      Branch(done);
      Bind(is_false);
      LoadImm(R0, kTrueBits);
      Bind(done);
      return;
    }
    EmitExpression(node->operand);
    UnaryOp op = UnaryOp::kPositive;
    if (node->op() == ast::UnaryOp::kUSub) op = UnaryOp::kNegative;
    if (node->op() == ast::UnaryOp::kInvert) op = UnaryOp::kInvert;
    const uint32_t slow = NewLabel();
    const uint32_t done = NewLabel();
    if (op == UnaryOp::kNegative) {  // -(2a+1) + 2 = 2(-a)+1, overflowing only for the smallest int
      Emit(ShiftImm(Shift::kLsr, R1, R0, 1));
      BranchIf(Cond::kCc, slow);
      Emit(Alu(AluOp::kRsb, R1, R0));
      Emit(AddsImm8(R1, 2));
      BranchIf(Cond::kVs, slow);
      Emit(MovReg(R0, R1));
      Branch(done);
    }
    Bind(slow);
    Emit(MovReg(R1, R0));
    LoadImm(R0, static_cast<uint32_t>(op));
    CallRuntime(RUNTIME_OFFSET(unary_op));
    Bind(done);
  }

  // `a or b` / `a and b`: the deciding operand's value.
  void EmitBoolOp(const ast::BoolOp* node) {
    const uint32_t result = PushTemp();
    const uint32_t done = NewLabel();
    const bool is_or = node->op() == ast::BoolOpKind::kOr;
    for (uint32_t i = 0; i < node->values.count; ++i) {
      EmitExpression(node->values[i]);
      StoreSlot(R0, result);
      if (i + 1 < node->values.count) EmitTruthBranch(is_or, done);
    }
    Bind(done);
    LoadSlot(R0, result);
    PopTemps(1);
  }

  // r0 = r1 op r2 for one comparison.
  void EmitCompareRegs(ast::CompareOp op) {
    BinaryOp runtime_op;
    Cond cond;
    if (OrderingOp(op, &runtime_op, &cond)) {
      const uint32_t slow = NewLabel();
      const uint32_t done = NewLabel();
      BranchUnlessBothSmall(R1, R2, slow);
      Emit(CmpReg(R1, R2));
      BoolFromFlags(cond);
      Branch(done);
      Bind(slow);
      LoadImm(R0, static_cast<uint32_t>(runtime_op));
      CallRuntime(RUNTIME_OFFSET(compare));
      Bind(done);
      return;
    }
    switch (op) {
      case ast::CompareOp::kIs:
      case ast::CompareOp::kIsNot:
        Emit(CmpReg(R1, R2));
        BoolFromFlags(op == ast::CompareOp::kIs ? Cond::kEq : Cond::kNe);
        return;
      default:  // in, not in: contains(container, item)
        Emit(MovReg(R0, R2));
        CallRuntime(RUNTIME_OFFSET(contains));
        if (op == ast::CompareOp::kNotIn) {
          LoadImm(R1, kTrueBits ^ kFalseBits);
          Emit(Alu(AluOp::kEor, R0, R1));
        }
        return;
    }
  }

  // a < b < c: each comparison's value; the first false one is the result (b evaluated once).
  void EmitCompareValue(const ast::Compare* node) {
    const uint32_t left = PushTemp();
    const uint32_t result = PushTemp();
    const uint32_t done = NewLabel();
    EmitExpression(node->left);
    StoreSlot(R0, left);
    for (uint32_t i = 0; i < node->comparators.count; ++i) {
      EmitExpression(node->comparators[i]);
      Emit(MovReg(R2, R0));
      LoadSlot(R1, left);
      StoreSlot(R2, left);  // the right operand is the next comparison's left
      EmitCompareRegs(node->ops[i]);
      if (i + 1 < node->comparators.count) {
        StoreSlot(R0, result);
        EmitTruthBranch(false, done);
      }
    }
    const uint32_t end = NewLabel();
    Branch(end);
    Bind(done);
    LoadSlot(R0, result);
    Bind(end);
    PopTemps(2);
  }

  // Branches to `label` when the truth of r0 is `jump_if` (r0 clobbered).
  void EmitTruthBranch(bool jump_if, uint32_t label) {
    const uint32_t other = NewLabel();
    Emit(CmpImm(R0, kTrueBits));
    BranchIf(Cond::kEq, jump_if ? label : other);
    Emit(CmpImm(R0, kFalseBits));
    BranchIf(Cond::kEq, jump_if ? other : label);
    CallRuntime(RUNTIME_OFFSET(truth));
    Emit(CmpImm(R0, kTrueBits));
    BranchIf(jump_if ? Cond::kEq : Cond::kNe, label);
    Bind(other);
  }

  // Jumps to `label` when the truth of `e` is `jump_if`; compares of small ints and and/or/not need no values.
  void EmitCondition(const ast::Expr* e, bool jump_if, uint32_t label) {
    if (failed()) return;
    if (e->kind == NodeKind::kUnaryOp && static_cast<const ast::UnaryOpExpr*>(e)->op() == ast::UnaryOp::kNot) {
      EmitCondition(static_cast<const ast::UnaryOpExpr*>(e)->operand, !jump_if, label);
      return;
    }
    if (e->kind == NodeKind::kBoolOp) {
      const auto* node = static_cast<const ast::BoolOp*>(e);
      const bool is_or = node->op() == ast::BoolOpKind::kOr;
      const uint32_t skip = NewLabel();
      for (uint32_t i = 0; i < node->values.count; ++i) {
        const bool last = i + 1 == node->values.count;
        if (last) {
          EmitCondition(node->values[i], jump_if, label);
        } else if (is_or == jump_if) {
          EmitCondition(node->values[i], jump_if, label);  // one decides it: jump
        } else {
          EmitCondition(node->values[i], !jump_if, skip);  // one decides the opposite: fall out
        }
      }
      Bind(skip);
      return;
    }
    BinaryOp runtime_op;
    Cond cond;
    if (e->kind == NodeKind::kCompare) {
      const auto* node = static_cast<const ast::Compare*>(e);
      if (node->comparators.count == 1 && OrderingOp(node->ops[0], &runtime_op, &cond)) {
        const uint32_t left = PushTemp();
        EmitExpression(node->left);
        StoreSlot(R0, left);
        EmitExpression(node->comparators[0]);
        Emit(MovReg(R2, R0));
        LoadSlot(R1, left);
        PopTemps(1);
        const uint32_t slow = NewLabel();
        const uint32_t done = NewLabel();
        BranchUnlessBothSmall(R1, R2, slow);
        Emit(CmpReg(R1, R2));
        BranchIf(jump_if ? cond : Invert(cond), label);
        Branch(done);
        Bind(slow);
        LoadImm(R0, static_cast<uint32_t>(runtime_op));
        CallRuntime(RUNTIME_OFFSET(compare));
        EmitTruthBranch(jump_if, label);
        Bind(done);
        return;
      }
    }
    EmitExpression(e);
    EmitTruthBranch(jump_if, label);
  }

  // f(args, k=v) and obj.m(args, k=v).
  void EmitCall(const ast::Call* node) {
    for (ast::Keyword* keyword : node->keywords) {
      if (keyword->arg.empty()) {
        Fail(keyword, "native code does not support ** arguments");
        return;
      }
    }
    if (node->func->kind == NodeKind::kName) {
      const auto* name = static_cast<const ast::Name*>(node->func);
      for (const FrameBuiltin& builtin : kFrameBuiltins) {
        if (name->id.length == strlen(builtin.name) &&
            memcmp(source_ + name->id.offset, builtin.name, name->id.length) == 0 &&
            node->args.count < builtin.explicit_args && SlotOf(name) == natives::kGlobalName) {
          Fail(node, builtin.message);
          return;
        }
      }
    }
    const bool method = node->func->kind == NodeKind::kAttribute;
    const uint32_t base = PushTemp();
    if (method) {
      EmitExpression(static_cast<const ast::Attribute*>(node->func)->value);
    } else {
      EmitExpression(node->func);
    }
    StoreSlot(R0, base);
    const uint32_t n_pos = node->args.count;
    const uint32_t n_kw = node->keywords.count;
    for (ast::Expr* arg : node->args) {
      if (arg->kind == NodeKind::kStarred) {
        Fail(arg, "native code does not support * arguments");
        return;
      }
      const uint32_t slot = PushTemp();
      EmitExpression(arg);
      StoreSlot(R0, slot);
    }
    for (ast::Keyword* keyword : node->keywords) {
      uint32_t id;
      if (!NameId(source_ + keyword->arg.offset, keyword->arg.length, &id)) return;
      const uint32_t name_slot = PushTemp();
      LoadValue(R0, Value::Name(id));
      StoreSlot(R0, name_slot);
      const uint32_t value_slot = PushTemp();
      EmitExpression(keyword->value);
      StoreSlot(R0, value_slot);
    }
    if (n_pos + n_kw == 0) PushTemp();  // the argument address stays inside the frame
    LoadSlot(R0, base);
    if (method) {
      const auto* attribute = static_cast<const ast::Attribute*>(node->func);
      uint32_t id;
      if (!NameId(source_ + attribute->attr.offset, attribute->attr.length, &id)) return;
      LoadImm(R1, id);
      SlotAddress(R2, base + 1);
      LoadImm(R3, n_pos | n_kw << 16);
      CallRuntime(RUNTIME_OFFSET(call_method));
    } else {
      SlotAddress(R1, base + 1);
      LoadImm(R2, n_pos);
      LoadImm(R3, n_kw);
      CallRuntime(RUNTIME_OFFSET(call));
    }
    PopTemps(1 + (n_pos + n_kw == 0 ? 1 : n_pos + 2 * n_kw));
  }

  // ---- Statements ----------------------------------------------------------------------------------------
  void EmitStatements(Span<ast::Stmt*> body) {
    for (ast::Stmt* statement : body) {
      if (failed()) return;
      EmitStatement(statement);
    }
  }

  void EmitStatement(const ast::Stmt* s) {
    switch (s->kind) {
      case NodeKind::kExprStmt:
        EmitExpression(static_cast<const ast::ExprStmt*>(s)->value);
        return;
      case NodeKind::kPass:
      case NodeKind::kGlobal:
        return;
      case NodeKind::kAssign: {
        const auto* node = static_cast<const ast::Assign*>(s);
        EmitExpression(node->value);
        if (node->targets.count == 1) {
          EmitStore(node->targets[0]);
          return;
        }
        const uint32_t value = PushTemp();
        StoreSlot(R0, value);
        for (ast::Expr* target : node->targets) {
          LoadSlot(R0, value);
          EmitStore(target);
        }
        PopTemps(1);
        return;
      }
      case NodeKind::kAugAssign:
        EmitAugAssign(static_cast<const ast::AugAssign*>(s));
        return;
      case NodeKind::kReturn: {
        const auto* node = static_cast<const ast::Return*>(s);
        if (node->value != nullptr) {
          EmitExpression(node->value);
        } else {
          LoadImm(R0, kNoneBits);
        }
        Branch(exit_label_);
        return;
      }
      case NodeKind::kIf: {
        const auto* node = static_cast<const ast::If*>(s);
        const uint32_t orelse = NewLabel();
        const uint32_t done = NewLabel();
        EmitCondition(node->test, false, orelse);
        EmitStatements(node->body);
        Branch(done);
        Bind(orelse);
        EmitStatements(node->orelse);
        Bind(done);
        return;
      }
      case NodeKind::kWhile: {
        const auto* node = static_cast<const ast::While*>(s);
        Loop loop = {NewLabel(), NewLabel(), loop_};
        const uint32_t orelse = NewLabel();
        Bind(loop.continue_label);
        EmitPoll();
        EmitCondition(node->test, false, orelse);
        loop_ = &loop;
        EmitStatements(node->body);
        loop_ = loop.parent;
        Branch(loop.continue_label);
        Bind(orelse);
        EmitStatements(node->orelse);
        Bind(loop.break_label);
        return;
      }
      case NodeKind::kFor:
        EmitFor(static_cast<const ast::For*>(s));
        return;
      case NodeKind::kBreak:
      case NodeKind::kContinue:
        if (loop_ == nullptr) {
          Fail(s, s->kind == NodeKind::kBreak ? "'break' outside loop" : "'continue' not properly in loop");
          return;
        }
        Branch(s->kind == NodeKind::kBreak ? loop_->break_label : loop_->continue_label);
        return;
      case NodeKind::kRaise: {
        const auto* node = static_cast<const ast::Raise*>(s);
        if (node->exc == nullptr) {
          Fail(s, "native code does not support bare raise");
          return;
        }
        if (node->cause != nullptr) {
          Fail(s, "native code does not support raise ... from");
          return;
        }
        EmitExpression(node->exc);
        CallRuntime(RUNTIME_OFFSET(raise));
        return;
      }
      case NodeKind::kTry:
        Fail(s, "native code does not support try");
        return;
      case NodeKind::kWith:
        Fail(s, "native code does not support with");
        return;
      case NodeKind::kFunctionDef:
        Fail(s, "native code does not support nested functions");
        return;
      case NodeKind::kClassDef:
        Fail(s, "native code does not support class definitions");
        return;
      case NodeKind::kDelete:
        Fail(s, "native code does not support del");
        return;
      case NodeKind::kImport:
      case NodeKind::kImportFrom:
        Fail(s, "native code does not support import");
        return;
      case NodeKind::kNonlocal:
        Fail(s, "native code does not support closures");
        return;
      case NodeKind::kAssert:
        Fail(s, "native code does not support assert");
        return;
      case NodeKind::kAnnAssign:
        Fail(s, "native code does not support annotated assignment");
        return;
      default:
        Fail(s, "native code does not support this statement");
        return;
    }
  }

  void EmitAugAssign(const ast::AugAssign* node) {
    const BinaryOp op =
        static_cast<BinaryOp>(static_cast<uint8_t>(RuntimeBinaryOp(node->op())) + kInplaceOffset);
    const ast::Expr* target = node->target;
    switch (target->kind) {
      case NodeKind::kName: {
        const uint32_t current = PushTemp();
        EmitLoadName(static_cast<const ast::Name*>(target));
        StoreSlot(R0, current);
        EmitExpression(node->value);
        Emit(MovReg(R2, R0));
        LoadSlot(R1, current);
        PopTemps(1);
        EmitBinary(op);
        EmitStore(target);
        return;
      }
      case NodeKind::kAttribute: {
        const auto* attribute = static_cast<const ast::Attribute*>(target);
        uint32_t id;
        if (!NameId(source_ + attribute->attr.offset, attribute->attr.length, &id)) return;
        const uint32_t object = PushTemp();
        const uint32_t current = PushTemp();
        EmitExpression(attribute->value);
        StoreSlot(R0, object);
        LoadImm(R1, id);
        CallRuntime(RUNTIME_OFFSET(load_attr));
        StoreSlot(R0, current);
        EmitExpression(node->value);
        Emit(MovReg(R2, R0));
        LoadSlot(R1, current);
        EmitBinary(op);
        Emit(MovReg(R2, R0));
        LoadSlot(R0, object);
        LoadImm(R1, id);
        CallRuntime(RUNTIME_OFFSET(store_attr));
        PopTemps(2);
        return;
      }
      case NodeKind::kSubscript: {
        const auto* subscript = static_cast<const ast::Subscript*>(target);
        const uint32_t object = PushTemp();
        const uint32_t index = PushTemp();
        const uint32_t current = PushTemp();
        EmitExpression(subscript->value);
        StoreSlot(R0, object);
        EmitIndex(subscript->slice);
        StoreSlot(R0, index);
        Emit(MovReg(R1, R0));
        LoadSlot(R0, object);
        CallRuntime(RUNTIME_OFFSET(load_subscript));
        StoreSlot(R0, current);
        EmitExpression(node->value);
        Emit(MovReg(R2, R0));
        LoadSlot(R1, current);
        EmitBinary(op);
        Emit(MovReg(R2, R0));
        LoadSlot(R0, object);
        LoadSlot(R1, index);
        CallRuntime(RUNTIME_OFFSET(store_subscript));
        PopTemps(3);
        return;
      }
      default:
        Fail(target, "native code cannot assign to this target");
        return;
    }
  }

  bool IsRangeCall(const ast::Expr* iter) const {
    if (iter->kind != NodeKind::kCall) return false;
    const auto* call = static_cast<const ast::Call*>(iter);
    if (call->func->kind != NodeKind::kName || call->keywords.count != 0) return false;
    if (call->args.count < 1 || call->args.count > 2) return false;
    for (ast::Expr* arg : call->args) {
      if (arg->kind == NodeKind::kStarred) return false;
    }
    const ast::Ident id = static_cast<const ast::Name*>(call->func)->id;
    return id.length == 5 && memcmp(source_ + id.offset, "range", 5) == 0;
  }

  // for x in it: the iterator in a temporary; `for i in range(a, b)` with the built-in range and small ints
  // keeps (null, current, stop) there instead and counts in registers, allocating nothing.
  void EmitFor(const ast::For* node) {
    if (node->is_async()) {
      Fail(node, "native code does not support async for");
      return;
    }
    const uint32_t iterator = PushTemp();
    const uint32_t current = PushTemp();
    const uint32_t stop = PushTemp();
    Loop loop = {NewLabel(), NewLabel(), loop_};
    const uint32_t orelse = NewLabel();
    const uint32_t next_generic = NewLabel();
    const uint32_t have_item = NewLabel();
    if (IsRangeCall(node->iter)) {
      const auto* call = static_cast<const ast::Call*>(node->iter);
      const bool one = call->args.count == 1;
      const uint32_t generic = NewLabel();
      const uint32_t start_loop = NewLabel();
      EmitExpression(call->func);
      StoreSlot(R0, iterator);
      if (one) {
        LoadValue(R0, Value::SmallInt(0));
        StoreSlot(R0, current);
        EmitExpression(call->args[0]);
        StoreSlot(R0, stop);
      } else {
        EmitExpression(call->args[0]);
        StoreSlot(R0, current);
        EmitExpression(call->args[1]);
        StoreSlot(R0, stop);
      }
      LoadSlot(R0, iterator);
      Emit(Mem(MemOp::kLdr, kCallReg, kRuntimeReg, RUNTIME_OFFSET(is_builtin_range)));
      Emit(Blx(kCallReg));
      Emit(CmpImm(R0, 0));
      BranchIf(Cond::kEq, generic);
      LoadSlot(R1, current);
      LoadSlot(R2, stop);
      BranchUnlessBothSmall(R1, R2, generic);
      LoadImm(R0, 0);
      StoreSlot(R0, iterator);
      Branch(start_loop);
      Bind(generic);  // range shadowed or not small ints: call it and iterate
      LoadSlot(R0, iterator);
      SlotAddress(R1, one ? stop : current);
      LoadImm(R2, call->args.count);
      LoadImm(R3, 0);
      CallRuntime(RUNTIME_OFFSET(call));
      CallRuntime(RUNTIME_OFFSET(get_iter));
      StoreSlot(R0, iterator);
      Bind(start_loop);
    } else {
      EmitExpression(node->iter);
      CallRuntime(RUNTIME_OFFSET(get_iter));
      StoreSlot(R0, iterator);
    }
    Bind(loop.continue_label);
    EmitPoll();
    LoadSlot(R0, iterator);
    Emit(CmpImm(R0, 0));
    BranchIf(Cond::kNe, next_generic);
    LoadSlot(R0, current);
    LoadSlot(R1, stop);
    Emit(CmpReg(R0, R1));
    BranchIf(Cond::kGe, orelse);
    Emit(AddsImm3(R1, R0, 2));  // +1 on the tagged word; below stop, so it cannot overflow
    StoreSlot(R1, current);
    Branch(have_item);
    Bind(next_generic);
    CallRuntime(RUNTIME_OFFSET(iter_next));
    Emit(CmpImm(R0, 0));
    BranchIf(Cond::kEq, orelse);
    Bind(have_item);
    EmitStore(node->target);
    loop_ = &loop;
    EmitStatements(node->body);
    loop_ = loop.parent;
    Branch(loop.continue_label);
    Bind(orelse);
    EmitStatements(node->orelse);
    Bind(loop.break_label);
    PopTemps(3);
  }

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

}  // namespace

bool EmitNativeFunction(const char* source, const ast::FunctionDef* def, const natives::NativeHost& host,
                        Arena* arena, natives::NativeOutput* out, SyntaxError* error) {
  Emitter emitter(source, def, host, error);
  return emitter.Run(arena, out);
}

}  // namespace thumb
}  // namespace mica
