// The Thumb-2 native emitter's statements: assignments, control flow and loops (with the inline range counter).
#include "natives/thumb/native_function_emitter.h"

namespace mica {
namespace thumb {
namespace native_emitter_internal {

void NativeFunctionEmitter::EmitStatements(Span<ast::Stmt*> body) {
  for (ast::Stmt* statement : body) {
    if (failed()) return;
    EmitStatement(statement);
  }
}

void NativeFunctionEmitter::EmitStatement(const ast::Stmt* s) {
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

void NativeFunctionEmitter::EmitAugAssign(const ast::AugAssign* node) {
  const BinaryOp op =
      static_cast<BinaryOp>(static_cast<uint8_t>(RuntimeBinaryOp(node->op())) + kInplaceOffset);
  const ast::Expr* target = node->target;
  switch (target->kind) {
    case NodeKind::kName: {
      EmitLoadName(static_cast<const ast::Name*>(target));
      EmitBinaryWithRight(op, node->value);
      EmitStore(target);
      return;
    }
    case NodeKind::kAttribute: {
      const auto* attribute = static_cast<const ast::Attribute*>(target);
      uint32_t id;
      if (!NameId(source_ + attribute->attr.offset, attribute->attr.length, &id)) return;
      const uint32_t object = PushTemp();
      EmitExpression(attribute->value);
      StoreSlot(R0, object);
      LoadImm(R1, id);
      CallRuntime(RUNTIME_OFFSET(load_attr));
      EmitBinaryWithRight(op, node->value);
      Emit(MovReg(R2, R0));
      LoadSlot(R0, object);
      LoadImm(R1, id);
      CallRuntime(RUNTIME_OFFSET(store_attr));
      PopTemps(1);
      return;
    }
    case NodeKind::kSubscript: {
      const auto* subscript = static_cast<const ast::Subscript*>(target);
      const uint32_t object = PushTemp();
      const uint32_t index = PushTemp();
      EmitSubscriptOperands(subscript);
      StoreSlot(R0, object);
      StoreSlot(R1, index);
      CallRuntime(RUNTIME_OFFSET(load_subscript));
      EmitBinaryWithRight(op, node->value);
      Emit(MovReg(R2, R0));
      LoadSlot(R0, object);
      LoadSlot(R1, index);
      CallRuntime(RUNTIME_OFFSET(store_subscript));
      PopTemps(2);
      return;
    }
    default:
      Fail(target, "native code cannot assign to this target");
      return;
  }
}

bool NativeFunctionEmitter::IsRangeCall(const ast::Expr* iter) const {
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
void NativeFunctionEmitter::EmitFor(const ast::For* node) {
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

}  // namespace native_emitter_internal
}  // namespace thumb
}  // namespace mica
