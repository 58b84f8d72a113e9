// Assignments: targets of every kind (names, attributes, subscripts, unpacking with a star), chained and
// augmented assignment, annotated assignment, del, and module constants (micropython.const()).
#include "compiler/emitter/function_emitter.h"

namespace mica {
namespace emit {

using ast::NodeKind;
using vm::Opcode;

namespace {

Opcode InplaceOpcode(ast::BinaryOp op) {
  switch (op) {
    case ast::BinaryOp::kAdd:
      return Opcode::INPLACE_ADD;
    case ast::BinaryOp::kSub:
      return Opcode::INPLACE_SUBTRACT;
    case ast::BinaryOp::kMult:
      return Opcode::INPLACE_MULTIPLY;
    case ast::BinaryOp::kMatMult:
      return Opcode::INPLACE_MATRIX_MULTIPLY;
    case ast::BinaryOp::kDiv:
      return Opcode::INPLACE_TRUE_DIVIDE;
    case ast::BinaryOp::kMod:
      return Opcode::INPLACE_MODULO;
    case ast::BinaryOp::kPow:
      return Opcode::INPLACE_POWER;
    case ast::BinaryOp::kLShift:
      return Opcode::INPLACE_LSHIFT;
    case ast::BinaryOp::kRShift:
      return Opcode::INPLACE_RSHIFT;
    case ast::BinaryOp::kBitOr:
      return Opcode::INPLACE_OR;
    case ast::BinaryOp::kBitXor:
      return Opcode::INPLACE_XOR;
    case ast::BinaryOp::kBitAnd:
      return Opcode::INPLACE_AND;
    case ast::BinaryOp::kFloorDiv:
      return Opcode::INPLACE_FLOOR_DIVIDE;
  }
  return Opcode::INPLACE_ADD;
}

}  // namespace

bool FunctionEmitter::IsModuleConstantDefinition(const ast::Stmt* statement, const ModuleConstant** out) const {
  if (scope_->kind != ScopeKind::kModule) return false;
  for (const ModuleConstant* constant = ctx_->scopes->constants; constant != nullptr; constant = constant->next) {
    if (constant->statement == statement) {
      *out = constant;
      return true;
    }
  }
  return false;
}

void FunctionEmitter::EmitAssign(const ast::Assign* node) {
  const ModuleConstant* constant = nullptr;
  if (IsModuleConstantDefinition(node, &constant)) {
    // X = const(expr): the folded value is stored; a private _X is not stored at all (as MicroPython).
    if (constant->length != 0 && constant->text[0] == '_') return;
    EmitFolded(constant->value);
    EmitStore(node->targets[0]);
    return;
  }
  if (node->targets.count == 1 && EmitSwap(node->targets[0], node->value)) return;
  EmitExpression(node->value);
  for (uint32_t i = 0; i < node->targets.count; ++i) {
    if (i + 1 < node->targets.count) code_.Emit(Opcode::DUP_TOP);
    EmitStore(node->targets[i]);
  }
}

// `a, b = b, a` and `(x0, y0), (x1, y1) = p, q` (two or three targets and values, no star): the values are
// rotated on the stack instead of being packed into a tuple and unpacked again.
bool FunctionEmitter::EmitSwap(const ast::Expr* target, const ast::Expr* value) {
  if ((target->kind != NodeKind::kTuple && target->kind != NodeKind::kList) ||
      (value->kind != NodeKind::kTuple && value->kind != NodeKind::kList)) {
    return false;
  }
  const Span<ast::Expr*>& targets = static_cast<const ast::Sequence*>(target)->elts;
  const Span<ast::Expr*>& values = static_cast<const ast::Sequence*>(value)->elts;
  if (targets.count != values.count || targets.count < 2 || targets.count > 3) return false;
  for (uint32_t i = 0; i < targets.count; ++i) {
    if (targets[i]->kind == NodeKind::kStarred || values[i]->kind == NodeKind::kStarred) return false;
  }
  for (const ast::Expr* item : values) EmitExpression(item);
  if (targets.count == 3) code_.Emit(Opcode::ROT_THREE);
  code_.Emit(Opcode::ROT_TWO);
  for (const ast::Expr* item : targets) EmitStore(item);
  return true;
}

// Stores the value on top of the stack into `target`.
void FunctionEmitter::EmitStore(const ast::Expr* target) {
  switch (target->kind) {
    case NodeKind::kName:
      EmitName(static_cast<const ast::Name*>(target)->id, ast::ExprContext::kStore, target);
      return;
    case NodeKind::kAttribute: {
      auto* attribute = static_cast<const ast::Attribute*>(target);
      EmitExpression(attribute->value);
      code_.EmitCached(Opcode::STORE_ATTR, NameIndex(attribute->attr));
      return;
    }
    case NodeKind::kSubscript: {
      auto* subscript = static_cast<const ast::Subscript*>(target);
      EmitExpression(subscript->value);
      EmitSubscriptKey(subscript->slice);
      code_.Emit(Opcode::STORE_SUBSCR);
      return;
    }
    case NodeKind::kTuple:
    case NodeKind::kList: {
      const Span<ast::Expr*>& items = static_cast<const ast::Sequence*>(target)->elts;
      uint32_t star = items.count;
      for (uint32_t i = 0; i < items.count; ++i) {
        if (items[i]->kind == NodeKind::kStarred) star = i;
      }
      if (star == items.count) {
        code_.Emit(Opcode::UNPACK_SEQUENCE, items.count);
      } else {
        code_.Emit(Opcode::UNPACK_EX, star, items.count - star - 1);
      }
      for (const ast::Expr* item : items) EmitStore(item);
      return;
    }
    case NodeKind::kStarred:
      EmitStore(static_cast<const ast::Starred*>(target)->value);
      return;
    default:
      Fail(target, "cannot assign to expression");
      return;
  }
}

// x op= v as LOAD x; v; INPLACE_op; STORE x, keeping the object (and key) of an attribute or subscript target.
void FunctionEmitter::EmitAugAssign(const ast::AugAssign* node) {
  const Opcode op = InplaceOpcode(node->op());
  const ast::Expr* target = node->target;
  switch (target->kind) {
    case NodeKind::kName: {
      const ast::Ident id = static_cast<const ast::Name*>(target)->id;
      EmitName(id, ast::ExprContext::kLoad, target);
      EmitExpression(node->value);
      code_.Emit(op);
      EmitName(id, ast::ExprContext::kStore, target);
      return;
    }
    case NodeKind::kAttribute: {
      auto* attribute = static_cast<const ast::Attribute*>(target);
      const uint32_t name = NameIndex(attribute->attr);
      EmitExpression(attribute->value);
      code_.Emit(Opcode::DUP_TOP);
      code_.EmitCached(Opcode::LOAD_ATTR, name);
      EmitExpression(node->value);
      code_.Emit(op);
      code_.Emit(Opcode::ROT_TWO);
      code_.EmitCached(Opcode::STORE_ATTR, name);
      return;
    }
    case NodeKind::kSubscript: {
      auto* subscript = static_cast<const ast::Subscript*>(target);
      EmitExpression(subscript->value);
      EmitSubscriptKey(subscript->slice);
      code_.Emit(Opcode::DUP_TOP_TWO);
      code_.Emit(Opcode::BINARY_SUBSCR);
      EmitExpression(node->value);
      code_.Emit(op);
      code_.Emit(Opcode::ROT_THREE);
      code_.Emit(Opcode::STORE_SUBSCR);
      return;
    }
    default:
      Fail(target, "illegal expression for augmented assignment");
      return;
  }
}

// The annotation is not evaluated (docs/bytecode.md); without a value nothing happens.
void FunctionEmitter::EmitAnnAssign(const ast::AnnAssign* node) {
  if (node->value == nullptr) return;
  EmitExpression(node->value);
  EmitStore(node->target);
}

void FunctionEmitter::EmitDelete(const ast::Delete* node) {
  for (const ast::Expr* target : node->targets) EmitDeleteTarget(target);
}

void FunctionEmitter::EmitDeleteTarget(const ast::Expr* target) {
  switch (target->kind) {
    case NodeKind::kName:
      EmitName(static_cast<const ast::Name*>(target)->id, ast::ExprContext::kDel, target);
      return;
    case NodeKind::kAttribute: {
      auto* attribute = static_cast<const ast::Attribute*>(target);
      EmitExpression(attribute->value);
      code_.Emit(Opcode::DELETE_ATTR, NameIndex(attribute->attr));
      return;
    }
    case NodeKind::kSubscript: {
      auto* subscript = static_cast<const ast::Subscript*>(target);
      EmitExpression(subscript->value);
      EmitSubscriptKey(subscript->slice);
      code_.Emit(Opcode::DELETE_SUBSCR);
      return;
    }
    case NodeKind::kTuple:
    case NodeKind::kList:
      for (const ast::Expr* item : static_cast<const ast::Sequence*>(target)->elts) EmitDeleteTarget(item);
      return;
    default:
      Fail(target, "cannot delete expression");
      return;
  }
}

}  // namespace emit
}  // namespace mica
