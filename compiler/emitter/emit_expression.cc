// Expressions: operators (folded when constant), conditions compiled to jumps, boolean short-circuit, chained
// comparisons, conditional expressions, subscripts and slices, displays with starred items, f-strings,
// yield/await. Calls are in emit_call.cc and comprehensions in emit_comprehension.cc.
#include "compiler/emitter/function_emitter.h"

namespace mica {
namespace emit {

using ast::NodeKind;
using vm::Opcode;

namespace {

Opcode BinaryOpcode(ast::BinaryOp op) {
  switch (op) {
    case ast::BinaryOp::kAdd:
      return Opcode::BINARY_ADD;
    case ast::BinaryOp::kSub:
      return Opcode::BINARY_SUBTRACT;
    case ast::BinaryOp::kMult:
      return Opcode::BINARY_MULTIPLY;
    case ast::BinaryOp::kMatMult:
      return Opcode::BINARY_MATRIX_MULTIPLY;
    case ast::BinaryOp::kDiv:
      return Opcode::BINARY_TRUE_DIVIDE;
    case ast::BinaryOp::kMod:
      return Opcode::BINARY_MODULO;
    case ast::BinaryOp::kPow:
      return Opcode::BINARY_POWER;
    case ast::BinaryOp::kLShift:
      return Opcode::BINARY_LSHIFT;
    case ast::BinaryOp::kRShift:
      return Opcode::BINARY_RSHIFT;
    case ast::BinaryOp::kBitOr:
      return Opcode::BINARY_OR;
    case ast::BinaryOp::kBitXor:
      return Opcode::BINARY_XOR;
    case ast::BinaryOp::kBitAnd:
      return Opcode::BINARY_AND;
    case ast::BinaryOp::kFloorDiv:
      return Opcode::BINARY_FLOOR_DIVIDE;
  }
  return Opcode::BINARY_ADD;
}

Opcode UnaryOpcode(ast::UnaryOp op) {
  switch (op) {
    case ast::UnaryOp::kInvert:
      return Opcode::UNARY_INVERT;
    case ast::UnaryOp::kNot:
      return Opcode::UNARY_NOT;
    case ast::UnaryOp::kUAdd:
      return Opcode::UNARY_POSITIVE;
    case ast::UnaryOp::kUSub:
      return Opcode::UNARY_NEGATIVE;
  }
  return Opcode::UNARY_NOT;
}

Opcode CompareOpcode(ast::CompareOp op) {
  switch (op) {
    case ast::CompareOp::kEq:
      return Opcode::COMPARE_EQ;
    case ast::CompareOp::kNotEq:
      return Opcode::COMPARE_NE;
    case ast::CompareOp::kLt:
      return Opcode::COMPARE_LT;
    case ast::CompareOp::kLtE:
      return Opcode::COMPARE_LE;
    case ast::CompareOp::kGt:
      return Opcode::COMPARE_GT;
    case ast::CompareOp::kGtE:
      return Opcode::COMPARE_GE;
    case ast::CompareOp::kIs:
      return Opcode::COMPARE_IS;
    case ast::CompareOp::kIsNot:
      return Opcode::COMPARE_IS_NOT;
    case ast::CompareOp::kIn:
      return Opcode::COMPARE_IN;
    case ast::CompareOp::kNotIn:
      return Opcode::COMPARE_NOT_IN;
  }
  return Opcode::COMPARE_EQ;
}

// Kinds whose value FoldConstant may know.
bool MayFold(NodeKind kind) {
  switch (kind) {
    case NodeKind::kBinOp:
    case NodeKind::kUnaryOp:
    case NodeKind::kConstant:
    case NodeKind::kInt:
    case NodeKind::kFloat:
    case NodeKind::kImaginary:
    case NodeKind::kName:
    case NodeKind::kTuple:
      return true;
    default:
      return false;
  }
}

}  // namespace

void FunctionEmitter::EmitExpression(const ast::Expr* expression) {
  if (expression == nullptr || !reachable() || failed()) return;
  // The instructions of this expression carry its line; its operands' own lines are restored afterwards.
  const uint32_t outer_line = code_.line();
  SetLine(expression);
  FoldedValue folded;
  if (MayFold(expression->kind) && Fold(expression, &folded)) {
    EmitFolded(folded);
    code_.SetLine(outer_line);
    return;
  }
  switch (expression->kind) {
    case NodeKind::kBoolOp:
      EmitBoolOp(static_cast<const ast::BoolOp*>(expression));
      break;
    case NodeKind::kNamedExpr: {
      auto* node = static_cast<const ast::NamedExpr*>(expression);
      EmitExpression(node->value);
      code_.Emit(Opcode::DUP_TOP);
      EmitStore(node->target);
      break;
    }
    case NodeKind::kBinOp: {
      auto* node = static_cast<const ast::BinOp*>(expression);
      EmitExpression(node->left);
      EmitExpression(node->right);
      code_.Emit(BinaryOpcode(node->op()));
      break;
    }
    case NodeKind::kUnaryOp: {
      auto* node = static_cast<const ast::UnaryOpExpr*>(expression);
      EmitExpression(node->operand);
      code_.Emit(UnaryOpcode(node->op()));
      break;
    }
    case NodeKind::kLambda:
      EmitLambda(static_cast<const ast::Lambda*>(expression));
      break;
    case NodeKind::kIfExp:
      EmitIfExp(static_cast<const ast::IfExp*>(expression));
      break;
    case NodeKind::kDict:
      EmitDict(static_cast<const ast::Dict*>(expression));
      break;
    case NodeKind::kSet:
      EmitSequence(expression, static_cast<const ast::Set*>(expression)->elts, Opcode::BUILD_SET, Opcode::SET_ADD,
                   Opcode::SET_UPDATE);
      break;
    case NodeKind::kList:
      EmitSequence(expression, static_cast<const ast::Sequence*>(expression)->elts, Opcode::BUILD_LIST,
                   Opcode::LIST_APPEND, Opcode::LIST_EXTEND);
      break;
    case NodeKind::kTuple:
      EmitSequence(expression, static_cast<const ast::Sequence*>(expression)->elts, Opcode::BUILD_TUPLE,
                   Opcode::LIST_APPEND, Opcode::LIST_EXTEND);
      break;
    case NodeKind::kListComp:
    case NodeKind::kSetComp:
    case NodeKind::kDictComp:
    case NodeKind::kGeneratorExp:
      EmitComprehension(expression);
      break;
    case NodeKind::kAwait:
      EmitExpression(static_cast<const ast::UnaryLike*>(expression)->value);
      EmitAwaitTail();
      break;
    case NodeKind::kYield:
    case NodeKind::kYieldFrom:
      EmitYield(expression);
      break;
    case NodeKind::kCompare:
      EmitCompare(static_cast<const ast::Compare*>(expression));
      break;
    case NodeKind::kCall:
      EmitCall(static_cast<const ast::Call*>(expression));
      break;
    case NodeKind::kFormattedValue:
      EmitFormattedValue(static_cast<const ast::FormattedValue*>(expression));
      break;
    case NodeKind::kJoinedStr:
      EmitJoinedStr(static_cast<const ast::JoinedStr*>(expression));
      break;
    case NodeKind::kFStringText:
    case NodeKind::kStr:
    case NodeKind::kBytes:
      EmitStringPiece(expression);
      break;
    case NodeKind::kAttribute: {
      auto* node = static_cast<const ast::Attribute*>(expression);
      EmitExpression(node->value);
      code_.EmitCached(Opcode::LOAD_ATTR, NameIndex(node->attr));
      break;
    }
    case NodeKind::kSubscript: {
      auto* node = static_cast<const ast::Subscript*>(expression);
      EmitExpression(node->value);
      EmitSubscriptKey(node->slice);
      code_.Emit(Opcode::BINARY_SUBSCR);
      break;
    }
    case NodeKind::kName: {
      auto* node = static_cast<const ast::Name*>(expression);
      EmitName(node->id, node->ctx(), node);
      break;
    }
    case NodeKind::kSlice:
      EmitSlice(static_cast<const ast::Slice*>(expression));
      break;
    default:  // a starred expression outside a display or call (the parser rejects those)
      Fail(expression, "can't use starred expression here");
      break;
  }
  code_.SetLine(outer_line);
}

// Jumps to `target` when the truth of `expression` is `jump_if`, else falls through. `not`, `and` and `or`
// become jumps rather than values, and a constant test becomes an unconditional jump or nothing.
void FunctionEmitter::EmitCondition(const ast::Expr* expression, bool jump_if, Label target) {
  if (!reachable() || failed()) return;
  FoldedValue folded;
  if (MayFold(expression->kind) && Fold(expression, &folded)) {
    const int truth = FoldedTruth(folded, ctx_->source);
    if (truth >= 0) {
      if ((truth == 1) == jump_if) code_.EmitJump(Opcode::JUMP, target);
      return;
    }
  }
  if (expression->kind == NodeKind::kUnaryOp) {
    auto* node = static_cast<const ast::UnaryOpExpr*>(expression);
    if (node->op() == ast::UnaryOp::kNot) {
      EmitCondition(node->operand, !jump_if, target);
      return;
    }
  }
  if (expression->kind == NodeKind::kBoolOp) {
    auto* node = static_cast<const ast::BoolOp*>(expression);
    // `a and b` jumps when false as soon as one value is false; it jumps when true only if the last one is
    // true after all the others were. `or` is the mirror image.
    const bool all_must = node->op() == ast::BoolOpKind::kAnd;
    const uint32_t last = node->values.count - 1;
    if (jump_if != all_must) {
      for (const ast::Expr* value : node->values) EmitCondition(value, jump_if, target);
      return;
    }
    const Label skip = code_.NewLabel();
    for (uint32_t i = 0; i < last; ++i) EmitCondition(node->values[i], !jump_if, skip);
    EmitCondition(node->values[last], jump_if, target);
    code_.Place(skip);
    return;
  }
  EmitExpression(expression);
  code_.EmitJump(jump_if ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, target);
}

// a and b: LOAD a; JUMP_IF_FALSE_OR_POP end; LOAD b; end:
void FunctionEmitter::EmitBoolOp(const ast::BoolOp* node) {
  const Opcode jump = node->op() == ast::BoolOpKind::kAnd ? Opcode::JUMP_IF_FALSE_OR_POP : Opcode::JUMP_IF_TRUE_OR_POP;
  const Label end = code_.NewLabel();
  const uint32_t last = node->values.count - 1;
  for (uint32_t i = 0; i < last; ++i) {
    EmitExpression(node->values[i]);
    code_.EmitJump(jump, end);
  }
  EmitExpression(node->values[last]);
  code_.Place(end);
}

// a < b < c: LOAD a; LOAD b; DUP_TOP; ROT_THREE; COMPARE_LT; JUMP_IF_FALSE_OR_POP clean; LOAD c; COMPARE_LT;
// JUMP end; clean: ROT_TWO; POP_TOP; end:
void FunctionEmitter::EmitCompare(const ast::Compare* node) {
  EmitExpression(node->left);
  const uint32_t count = node->comparators.count;
  if (count == 1) {
    EmitExpression(node->comparators[0]);
    code_.Emit(CompareOpcode(node->ops[0]));
    return;
  }
  const Label clean = code_.NewLabel();
  const Label end = code_.NewLabel();
  for (uint32_t i = 0; i + 1 < count; ++i) {
    EmitExpression(node->comparators[i]);
    code_.Emit(Opcode::DUP_TOP);
    code_.Emit(Opcode::ROT_THREE);
    code_.Emit(CompareOpcode(node->ops[i]));
    code_.EmitJump(Opcode::JUMP_IF_FALSE_OR_POP, clean);
  }
  EmitExpression(node->comparators[count - 1]);
  code_.Emit(CompareOpcode(node->ops[count - 1]));
  code_.EmitJump(Opcode::JUMP, end);
  code_.Place(clean);
  code_.Emit(Opcode::ROT_TWO);
  code_.Emit(Opcode::POP_TOP);
  code_.Place(end);
}

void FunctionEmitter::EmitIfExp(const ast::IfExp* node) {
  FoldedValue folded;
  const int truth = Fold(node->test, &folded) ? FoldedTruth(folded, ctx_->source) : -1;
  if (truth >= 0) {
    EmitExpression(truth == 1 ? node->body : node->orelse);
    return;
  }
  const Label otherwise = code_.NewLabel();
  const Label end = code_.NewLabel();
  EmitCondition(node->test, false, otherwise);
  EmitExpression(node->body);
  code_.EmitJump(Opcode::JUMP, end);
  code_.Place(otherwise);
  EmitExpression(node->orelse);
  code_.Place(end);
}

// The key of a subscript: an expression, a slice, or a tuple that may hold slices (a[1:2, ::3]).
void FunctionEmitter::EmitSubscriptKey(const ast::Expr* slice) {
  if (slice->kind == NodeKind::kSlice) {
    EmitSlice(static_cast<const ast::Slice*>(slice));
    return;
  }
  if (slice->kind == NodeKind::kTuple) {
    const Span<ast::Expr*>& items = static_cast<const ast::Sequence*>(slice)->elts;
    bool has_slice = false;
    for (const ast::Expr* item : items) has_slice = has_slice || item->kind == NodeKind::kSlice;
    if (has_slice) {
      for (const ast::Expr* item : items) EmitSubscriptKey(item);
      code_.Emit(Opcode::BUILD_TUPLE, items.count);
      return;
    }
  }
  EmitExpression(slice);
}

void FunctionEmitter::EmitSlice(const ast::Slice* node) {
  const ast::Expr* parts[] = {node->lower, node->upper, node->step};
  const uint32_t count = node->step != nullptr ? 3 : 2;
  for (uint32_t i = 0; i < count; ++i) {
    if (parts[i] != nullptr) {
      EmitExpression(parts[i]);
    } else {
      code_.Emit(Opcode::LOAD_NONE);
    }
  }
  code_.Emit(Opcode::BUILD_SLICE, count);
}

// [a, b] is BUILD_LIST 2. With a starred item, the items before it build the list (a tuple is built as a list
// and converted), then each later item is appended or each iterable extends it: [a, *b, c] is LOAD a;
// BUILD_LIST 1; LOAD b; LIST_EXTEND 1; LOAD c; LIST_APPEND 1.
void FunctionEmitter::EmitSequence(const ast::Expr* node, Span<ast::Expr*> items, Opcode build, Opcode add,
                                   Opcode extend) {
  uint32_t star = items.count;
  for (uint32_t i = 0; i < items.count && star == items.count; ++i) {
    if (items[i]->kind == NodeKind::kStarred) star = i;
  }
  for (uint32_t i = 0; i < star; ++i) EmitExpression(items[i]);
  if (star == items.count) {
    code_.Emit(build, items.count);
    return;
  }
  const bool tuple = node->kind == NodeKind::kTuple;
  code_.Emit(tuple ? Opcode::BUILD_LIST : build, star);
  for (uint32_t i = star; i < items.count; ++i) {
    if (items[i]->kind == NodeKind::kStarred) {
      EmitExpression(static_cast<const ast::Starred*>(items[i])->value);
      code_.Emit(extend, 1);
    } else {
      EmitExpression(items[i]);
      code_.Emit(add, 1);
    }
  }
  if (tuple) code_.Emit(Opcode::LIST_TO_TUPLE);
}

// {k: v, **m, k2: v2}: the pairs before the first ** build the dict; then DICT_UPDATE 1 per mapping and
// MAP_ADD 1 per pair.
void FunctionEmitter::EmitDict(const ast::Dict* node) {
  const uint32_t count = node->values.count;
  uint32_t first_unpack = count;
  for (uint32_t i = 0; i < count && first_unpack == count; ++i) {
    if (node->keys[i] == nullptr) first_unpack = i;
  }
  for (uint32_t i = 0; i < first_unpack; ++i) {
    EmitExpression(node->keys[i]);
    EmitExpression(node->values[i]);
  }
  code_.Emit(Opcode::BUILD_MAP, first_unpack);
  for (uint32_t i = first_unpack; i < count; ++i) {
    if (node->keys[i] == nullptr) {
      EmitExpression(node->values[i]);
      code_.Emit(Opcode::DICT_UPDATE, 1);
    } else {
      EmitExpression(node->keys[i]);
      EmitExpression(node->values[i]);
      code_.Emit(Opcode::MAP_ADD, 1);
    }
  }
}

// f"a{x!r:>{w}}": LOAD_CONST 'a'; LOAD x; LOAD_CONST '>'; LOAD w; FORMAT_VALUE 0; BUILD_STRING 2; FORMAT_VALUE 6;
// BUILD_STRING 2. One piece needs no BUILD_STRING.
void FunctionEmitter::EmitJoinedStr(const ast::JoinedStr* node) {
  if (node->values.empty()) {
    EmitEmptyString();
    return;
  }
  for (const ast::Expr* value : node->values) {
    if (value->kind == NodeKind::kFormattedValue) {
      EmitFormattedValue(static_cast<const ast::FormattedValue*>(value));
    } else {
      EmitStringPiece(value);
    }
  }
  if (node->values.count > 1) code_.Emit(Opcode::BUILD_STRING, node->values.count);
}

void FunctionEmitter::EmitFormattedValue(const ast::FormattedValue* node) {
  EmitExpression(node->value);
  uint32_t flags = 0;
  switch (node->conversion()) {
    case ast::Conversion::kStr:
      flags = 1;
      break;
    case ast::Conversion::kRepr:
      flags = 2;
      break;
    case ast::Conversion::kAscii:
      flags = 3;
      break;
    default:
      break;
  }
  if (node->format_spec != nullptr) {
    if (node->format_spec->kind == NodeKind::kJoinedStr) {
      EmitJoinedStr(static_cast<const ast::JoinedStr*>(node->format_spec));
    } else {
      EmitExpression(node->format_spec);
    }
    flags |= vm::kFormatHasSpec;
  }
  code_.Emit(Opcode::FORMAT_VALUE, flags);
}

// yield x: LOAD x; YIELD_VALUE (the sent value is the result). yield from it: GET_YIELD_FROM_ITER; LOAD_NONE;
// YIELD_FROM.
void FunctionEmitter::EmitYield(const ast::Expr* node) {
  const ast::Expr* value = static_cast<const ast::UnaryLike*>(node)->value;
  if (node->kind == NodeKind::kYieldFrom) {
    EmitExpression(value);
    code_.Emit(Opcode::GET_YIELD_FROM_ITER);
    code_.Emit(Opcode::LOAD_NONE);
    code_.Emit(Opcode::YIELD_FROM);
    return;
  }
  if (value != nullptr) {
    EmitExpression(value);
  } else {
    code_.Emit(Opcode::LOAD_NONE);
  }
  code_.Emit(Opcode::YIELD_VALUE);
}

}  // namespace emit
}  // namespace mica
