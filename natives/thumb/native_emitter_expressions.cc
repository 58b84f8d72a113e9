// The Thumb-2 native emitter's expressions (each leaves its value in r0), names, stores and calls.
#include "natives/thumb/native_function_emitter.h"

namespace mica {
namespace thumb {
namespace native_emitter_internal {

namespace {

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

}  // namespace

void NativeFunctionEmitter::EmitLoadName(const ast::Name* name) {
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
void NativeFunctionEmitter::EmitStore(const ast::Expr* target) {
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
      EmitSubscriptOperands(subscript);
      LoadSlot(R2, value);
      CallRuntime(RUNTIME_OFFSET(store_subscript));
      PopTemps(1);
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

bool NativeFunctionEmitter::IsConstantKind(NodeKind kind) const {
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

void NativeFunctionEmitter::EmitExpression(const ast::Expr* e) {
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
      EmitExpression(node->left);
      EmitBinaryWithRight(RuntimeBinaryOp(node->op()), node->right);
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
      EmitSubscriptOperands(static_cast<const ast::Subscript*>(e));
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
uint32_t NativeFunctionEmitter::EmitItems(Span<ast::Expr*> items) {
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

void NativeFunctionEmitter::EmitSubscriptOperands(const ast::Subscript* subscript) {
  const uint32_t object = PushTemp();
  EmitExpression(subscript->value);
  StoreSlot(R0, object);
  EmitIndex(subscript->slice);
  Emit(MovReg(R1, R0));
  LoadSlot(R0, object);
  PopTemps(1);
}

// A subscript's index: a slice object for `a:b:c`.
void NativeFunctionEmitter::EmitIndex(const ast::Expr* slice) {
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
void NativeFunctionEmitter::EmitBinaryWithRight(BinaryOp op, const ast::Expr* right) {
  const uint32_t left = PushTemp();
  StoreSlot(R0, left);
  EmitExpression(right);
  Emit(MovReg(R2, R0));
  LoadSlot(R1, left);
  PopTemps(1);
  EmitBinary(op);
}

void NativeFunctionEmitter::EmitBinary(BinaryOp op) {
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

void NativeFunctionEmitter::EmitUnary(const ast::UnaryOpExpr* node) {
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
void NativeFunctionEmitter::EmitBoolOp(const ast::BoolOp* node) {
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
void NativeFunctionEmitter::EmitCompareRegs(ast::CompareOp op) {
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
void NativeFunctionEmitter::EmitCompareValue(const ast::Compare* node) {
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
void NativeFunctionEmitter::EmitTruthBranch(bool jump_if, uint32_t label) {
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
void NativeFunctionEmitter::EmitCondition(const ast::Expr* e, bool jump_if, uint32_t label) {
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
void NativeFunctionEmitter::EmitCall(const ast::Call* node) {
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

}  // namespace native_emitter_internal
}  // namespace thumb
}  // namespace mica
