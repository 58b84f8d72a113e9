// Comprehensions and generator expressions, compiled as nested functions (docs/bytecode.md):
//
//   [e for x in xs if c]     MAKE_FUNCTION child 0; LOAD xs; GET_ITER; CALL_FUNCTION 1
//                            child: BUILD_LIST 0; LOAD_FAST 0; top: FOR_ITER end; STORE_FAST x;
//                                   c; POP_JUMP_IF_FALSE top; e; LIST_APPEND 2; JUMP top; end: RETURN_VALUE
//
// Why functions rather than inline loops: the iteration variables stay out of the enclosing scope (Python 3
// semantics) without renaming or saving them, a generator expression must be a function anyway, and the
// code is the same for all four kinds. The price is a function object per evaluation, which the runtime
// allocates and frees like any call frame.
//
// The first iterable is evaluated outside and passed as the hidden parameter ".0" (already an iterator).
// Later `for`s over range(...) use the range loop. An async comprehension (async for, or await inside)
// is a coroutine that the caller awaits; an async generator expression is an async generator.
#include "compiler/emitter/function_emitter.h"

namespace mica {
namespace emit {

using ast::NodeKind;
using vm::Opcode;

namespace {

Span<ast::Comprehension*> Generators(const ast::Expr* node) {
  if (node->kind == NodeKind::kDictComp) return static_cast<const ast::DictComp*>(node)->generators;
  return static_cast<const ast::Comp*>(node)->generators;
}

}  // namespace

void FunctionEmitter::EmitComprehension(const ast::Expr* node) {
  const Span<ast::Comprehension*> generators = Generators(node);
  const Scope* child = scope_->FindChild(node);
  if (child == nullptr) {
    Fail(node, "internal compiler error");
    return;
  }
  EmitMakeFunction(node, 0);
  EmitExpression(generators[0]->iter);
  code_.Emit(generators[0]->is_async() ? Opcode::GET_AITER : Opcode::GET_ITER);
  code_.Emit(Opcode::CALL_FUNCTION, 1);
  if ((child->flags & kScopeCoroutine) != 0 && node->kind != NodeKind::kGeneratorExp) EmitAwaitTail();
}

void FunctionEmitter::EmitComprehensionBody() {
  const ast::Expr* node = static_cast<const ast::Expr*>(scope_->node);
  EmitPrologue();
  uint32_t depth = 1;  // the collection being built is below everything the loops push
  switch (node->kind) {
    case NodeKind::kListComp:
      code_.Emit(Opcode::BUILD_LIST, 0);
      break;
    case NodeKind::kSetComp:
      code_.Emit(Opcode::BUILD_SET, 0);
      break;
    case NodeKind::kDictComp:
      code_.Emit(Opcode::BUILD_MAP, 0);
      break;
    default:
      depth = 0;
      break;
  }
  EmitComprehensionLoop(node, Generators(node), 0, depth);
  if (node->kind == NodeKind::kGeneratorExp) code_.Emit(Opcode::LOAD_NONE);
  code_.Emit(Opcode::RETURN_VALUE);
}

// One `for` clause and everything inside it; `depth` counts the stack entries below this loop's own, so the
// element lands in the collection with LIST_APPEND/SET_ADD/MAP_ADD (depth + this loop's entries).
void FunctionEmitter::EmitComprehensionLoop(const ast::Expr* node, Span<ast::Comprehension*> generators, uint32_t index,
                                            uint32_t depth) {
  const ast::Comprehension* generator = generators[index];
  const bool async = generator->is_async();
  uint32_t loop_values = 1;
  SetLine(generator);
  if (index == 0) {
    code_.Emit(Opcode::LOAD_FAST, 0);  // ".0"
  } else if (async) {
    EmitExpression(generator->iter);
    code_.Emit(Opcode::GET_AITER);
  } else {
    loop_values = EmitIterator(generator->iter);
  }
  const Label top = code_.NewLabel();
  const Label end = code_.NewLabel();
  code_.Place(top);
  if (async) {
    ProtectedRange next;
    next.handler = end;
    next.depth = static_cast<uint32_t>(code_.depth());
    code_.OpenRange(&next);
    code_.Emit(Opcode::GET_ANEXT);
    code_.Emit(Opcode::LOAD_NONE);
    code_.Emit(Opcode::YIELD_FROM);
    code_.CloseRange(&next);
  } else {
    code_.EmitJump(loop_values == 3 ? Opcode::FOR_RANGE : Opcode::FOR_ITER, end);
  }
  EmitStore(generator->target);
  for (const ast::Expr* condition : generator->ifs) EmitCondition(condition, false, top);
  const uint32_t inner = depth + loop_values;
  if (index + 1 < generators.count) {
    EmitComprehensionLoop(node, generators, index + 1, inner);
  } else {
    switch (node->kind) {
      case NodeKind::kListComp:
        EmitExpression(static_cast<const ast::Comp*>(node)->elt);
        code_.Emit(Opcode::LIST_APPEND, inner);
        break;
      case NodeKind::kSetComp:
        EmitExpression(static_cast<const ast::Comp*>(node)->elt);
        code_.Emit(Opcode::SET_ADD, inner);
        break;
      case NodeKind::kDictComp: {
        auto* dict = static_cast<const ast::DictComp*>(node);
        EmitExpression(dict->key);
        EmitExpression(dict->value);
        code_.Emit(Opcode::MAP_ADD, inner);
        break;
      }
      default:
        EmitExpression(static_cast<const ast::Comp*>(node)->elt);
        code_.Emit(Opcode::YIELD_VALUE);
        code_.Emit(Opcode::POP_TOP);
        break;
    }
  }
  code_.EmitJump(Opcode::JUMP, top);
  code_.Place(end);
  if (async) code_.Emit(Opcode::END_ASYNC_FOR);
}

}  // namespace emit
}  // namespace mica
