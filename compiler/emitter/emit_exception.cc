// try/except/else/finally and with/async with, as the exception-table patterns of docs/bytecode.md: no
// instruction on the way in, a handler that starts with PUSH_EXC_INFO, a cleanup handler that restores the
// exception being handled when a handler body raises, and the finally body emitted on both paths.
#include "compiler/emitter/function_emitter.h"

namespace mica {
namespace emit {

using vm::Opcode;

void FunctionEmitter::EmitAwaitTail() {
  code_.Emit(Opcode::GET_AWAITABLE);
  code_.Emit(Opcode::LOAD_NONE);
  code_.Emit(Opcode::YIELD_FROM);
}

void FunctionEmitter::EmitTry(const ast::Try* node) {
  if (!node->finalbody.empty()) {
    EmitTryFinally(node);
  } else {
    EmitTryExcept(node);
  }
}

// body_start: body; body_end: fin; JUMP after
// handler:    PUSH_EXC_INFO; fin; RERAISE          [after PUSH_EXC_INFO, cleanup) -> cleanup @ d+1
// cleanup:    ROT_TWO; POP_EXCEPT; RERAISE         [body_start, body_end) -> handler @ d
// after:
void FunctionEmitter::EmitTryFinally(const ast::Try* node) {
  const uint32_t depth = static_cast<uint32_t>(code_.depth());
  const Label handler = code_.NewLabel();
  const Label cleanup = code_.NewLabel();
  const Label after = code_.NewLabel();

  ProtectedRange body_range;
  body_range.handler = handler;
  body_range.depth = depth;
  Block body;
  body.kind = Block::Kind::kTryFinally;
  body.range = &body_range;
  body.try_node = node;
  code_.OpenRange(&body_range);
  PushBlock(&body);
  if (node->handlers.empty()) {
    EmitStatements(node->body);
  } else {
    EmitTryExcept(node);
  }
  PopBlock(&body);
  code_.CloseRange(&body_range);
  EmitStatements(node->finalbody);
  code_.EmitJump(Opcode::JUMP, after);

  code_.Place(handler);
  SetLine(node);
  code_.Emit(Opcode::PUSH_EXC_INFO);
  ProtectedRange handler_range;
  handler_range.handler = cleanup;
  handler_range.depth = depth + 1;
  Block exceptional;
  exceptional.kind = Block::Kind::kFinallyHandler;
  exceptional.range = &handler_range;
  code_.OpenRange(&handler_range);
  PushBlock(&exceptional);
  EmitStatements(node->finalbody);
  code_.Emit(Opcode::RERAISE);
  PopBlock(&exceptional);
  code_.CloseRange(&handler_range);

  code_.Place(cleanup);
  code_.Emit(Opcode::ROT_TWO);
  code_.Emit(Opcode::POP_EXCEPT);
  code_.Emit(Opcode::RERAISE);
  code_.Place(after);
}

// body_start: body; body_end: else; JUMP after
// handler:    PUSH_EXC_INFO                                                   # prev exc
// h_start:    LOAD E; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next; STORE e; h
// h_end:      POP_EXCEPT; LOAD_NONE; STORE e; DELETE e; JUMP after
// next:       (the next clause) ... RERAISE                                   # no clause matched
// cleanup:    ROT_TWO; POP_EXCEPT; RERAISE
// after:      table: the clauses -> cleanup @ d+1 (paused at each exit); [body_start, body_end) -> handler @ d
void FunctionEmitter::EmitTryExcept(const ast::Try* node) {
  const uint32_t depth = static_cast<uint32_t>(code_.depth());
  const Label handler = code_.NewLabel();
  const Label cleanup = code_.NewLabel();
  const Label after = code_.NewLabel();

  ProtectedRange body_range;
  body_range.handler = handler;
  body_range.depth = depth;
  Block body;
  body.kind = Block::Kind::kTryExcept;
  body.range = &body_range;
  code_.OpenRange(&body_range);
  PushBlock(&body);
  EmitStatements(node->body);
  PopBlock(&body);
  code_.CloseRange(&body_range);
  EmitStatements(node->orelse);
  code_.EmitJump(Opcode::JUMP, after);

  code_.Place(handler);
  SetLine(node->handlers[0]);
  code_.Emit(Opcode::PUSH_EXC_INFO);
  ProtectedRange cleanup_range;
  cleanup_range.handler = cleanup;
  cleanup_range.depth = depth + 1;
  code_.OpenRange(&cleanup_range);
  for (ast::ExceptHandler* clause : node->handlers) {
    if (!reachable()) break;
    position_ = clause;
    SetLine(clause);
    const Label next = code_.NewLabel();
    if (clause->type != nullptr) {
      EmitExpression(clause->type);
      code_.Emit(Opcode::CHECK_EXC_MATCH);
      code_.EmitJump(Opcode::POP_JUMP_IF_FALSE, next);
    }
    if (clause->name.empty()) {
      code_.Emit(Opcode::POP_TOP);
    } else {
      EmitName(clause->name, ast::ExprContext::kStore, clause);
    }
    Block body_block;
    body_block.kind = Block::Kind::kExceptHandler;
    body_block.range = &cleanup_range;
    body_block.name = clause->name;
    PushBlock(&body_block);
    EmitStatements(clause->body);
    PopBlock(&body_block);
    if (reachable()) {
      code_.CloseRange(&cleanup_range);
      code_.Emit(Opcode::POP_EXCEPT);
      if (!clause->name.empty()) {
        code_.Emit(Opcode::LOAD_NONE);
        EmitName(clause->name, ast::ExprContext::kStore, clause);
        EmitName(clause->name, ast::ExprContext::kDel, clause);
      }
      code_.EmitJump(Opcode::JUMP, after);
      code_.OpenRange(&cleanup_range);
    }
    code_.Place(next);
  }
  code_.Emit(Opcode::RERAISE);  // no clause matched (unreachable after a bare except)
  code_.CloseRange(&cleanup_range);

  code_.Place(cleanup);
  code_.Emit(Opcode::ROT_TWO);
  code_.Emit(Opcode::POP_EXCEPT);
  code_.Emit(Opcode::RERAISE);
  code_.Place(after);
}

// LOAD mgr; BEFORE_WITH; STORE x                                      # exit mgr
// body_start: body; body_end: LOAD_NONE x3; CALL_METHOD 3; POP_TOP; JUMP after
// handler:    PUSH_EXC_INFO                                           # exit mgr prev exc
// w_start:    WITH_EXCEPT_START; POP_JUMP_IF_TRUE suppress; RERAISE
// suppress:   POP_TOP; POP_EXCEPT; POP_TOP; POP_TOP; JUMP after
// cleanup:    ROT_TWO; POP_EXCEPT; RERAISE
// table: [w_start, suppress) -> cleanup @ d+3; [body_start, body_end) -> handler @ d+2
// Several items nest, the first outermost; async with awaits __aenter__, __aexit__ and its handler's result.
void FunctionEmitter::EmitWith(const ast::With* node, uint32_t item_index) {
  if (item_index == node->items.count) {
    EmitStatements(node->body);
    return;
  }
  const bool async = node->is_async();
  const ast::WithItem* item = node->items[item_index];
  const uint32_t depth = static_cast<uint32_t>(code_.depth());
  const Label handler = code_.NewLabel();
  const Label cleanup = code_.NewLabel();
  const Label suppress = code_.NewLabel();
  const Label after = code_.NewLabel();

  EmitExpression(item->context_expr);
  SetLine(node);
  if (async) {
    code_.Emit(Opcode::BEFORE_ASYNC_WITH);
    code_.Emit(Opcode::LOAD_NONE);
    code_.Emit(Opcode::YIELD_FROM);
  } else {
    code_.Emit(Opcode::BEFORE_WITH);
  }
  if (item->optional_vars != nullptr) {
    EmitStore(item->optional_vars);
  } else {
    code_.Emit(Opcode::POP_TOP);
  }

  ProtectedRange body_range;
  body_range.handler = handler;
  body_range.depth = depth + 2;
  Block body;
  body.kind = async ? Block::Kind::kAsyncWith : Block::Kind::kWith;
  body.range = &body_range;
  code_.OpenRange(&body_range);
  PushBlock(&body);
  EmitWith(node, item_index + 1);
  PopBlock(&body);
  code_.CloseRange(&body_range);
  SetLine(node);
  code_.Emit(Opcode::LOAD_NONE);
  code_.Emit(Opcode::LOAD_NONE);
  code_.Emit(Opcode::LOAD_NONE);
  code_.Emit(Opcode::CALL_METHOD, 3);
  if (async) EmitAwaitTail();
  code_.Emit(Opcode::POP_TOP);
  code_.EmitJump(Opcode::JUMP, after);

  code_.Place(handler);
  SetLine(node);
  code_.Emit(Opcode::PUSH_EXC_INFO);
  ProtectedRange exit_range;
  exit_range.handler = cleanup;
  exit_range.depth = depth + 3;
  code_.OpenRange(&exit_range);
  code_.Emit(Opcode::WITH_EXCEPT_START);
  if (async) EmitAwaitTail();
  code_.EmitJump(Opcode::POP_JUMP_IF_TRUE, suppress);
  code_.Emit(Opcode::RERAISE);
  code_.CloseRange(&exit_range);
  code_.Place(suppress);
  code_.Emit(Opcode::POP_TOP);
  code_.Emit(Opcode::POP_EXCEPT);
  code_.Emit(Opcode::POP_TOP);
  code_.Emit(Opcode::POP_TOP);
  code_.EmitJump(Opcode::JUMP, after);

  code_.Place(cleanup);
  code_.Emit(Opcode::ROT_TWO);
  code_.Emit(Opcode::POP_EXCEPT);
  code_.Emit(Opcode::RERAISE);
  code_.Place(after);
}

}  // namespace emit
}  // namespace mica
