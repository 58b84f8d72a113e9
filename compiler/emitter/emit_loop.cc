// Loops (while, for, the range loop, async for) and the statements that leave blocks early: break, continue,
// return. Leaving a block runs its exit code: a copy of a finally body, POP_EXCEPT for a handler, __exit__ for
// a with; `finally` bodies are therefore emitted once per way out (docs/bytecode.md, "Exception handling").
#include <string.h>

#include "compiler/emitter/function_emitter.h"

namespace mica {
namespace emit {

using ast::NodeKind;
using vm::Opcode;

void FunctionEmitter::PushBlock(Block* block) {
  block->parent = block_;
  block_ = block;
}

void FunctionEmitter::PopBlock(Block* block) {
  block_ = block->parent;
}

void FunctionEmitter::EmitLoopBody(Block* loop, Span<ast::Stmt*> body) {
  PushBlock(loop);
  EmitStatements(body);
  PopBlock(loop);
}

// `while test: body else: orelse` as JUMP test; top: body; test: test; POP_JUMP_IF_TRUE top; orelse: one jump
// per iteration. A constant test drops the test (while True) or the loop (while False).
void FunctionEmitter::EmitWhile(const ast::While* node) {
  FoldedValue value;
  const int truth = Fold(node->test, &value) ? FoldedTruth(value, ctx_->source) : -1;
  if (truth == 0) {
    EmitStatements(node->orelse);
    return;
  }
  Block loop;
  loop.kind = Block::Kind::kLoop;
  loop.break_label = code_.NewLabel();
  const Label top = code_.NewLabel();
  if (truth == 1) {
    loop.continue_label = top;
    code_.Place(top);
    EmitLoopBody(&loop, node->body);
    code_.EmitJump(Opcode::JUMP, top);
    code_.Place(loop.break_label);  // the else clause never runs: the loop only ends by break
    return;
  }
  const Label test = code_.NewLabel();
  loop.continue_label = test;
  const bool loop_reachable = reachable();
  code_.EmitJump(Opcode::JUMP, test);
  code_.PlaceLoopTop(top, loop_reachable);
  EmitLoopBody(&loop, node->body);
  code_.Place(test);
  SetLine(node);
  EmitCondition(node->test, true, top);
  EmitStatements(node->orelse);
  code_.Place(loop.break_label);
}

bool FunctionEmitter::IsRangeCall(const ast::Expr* iter) const {
  if (iter->kind != NodeKind::kCall) return false;
  auto* call = static_cast<const ast::Call*>(iter);
  if (call->func->kind != NodeKind::kName || call->keywords.count != 0 || call->args.count < 1 ||
      call->args.count > 3) {
    return false;
  }
  const ast::Ident id = static_cast<const ast::Name*>(call->func)->id;
  if (id.length != 5 || memcmp(Text(id), "range", 5) != 0) return false;
  for (const ast::Expr* arg : call->args) {
    if (arg->kind == NodeKind::kStarred) return false;
  }
  return true;
}

// `range(...)` loads `range` however it is bound (GET_RANGE_ITER checks at run time that it is the built-in).
uint32_t FunctionEmitter::EmitIterator(const ast::Expr* iter) {
  if (IsRangeCall(iter)) {
    auto* call = static_cast<const ast::Call*>(iter);
    EmitExpression(call->func);
    for (const ast::Expr* arg : call->args) EmitExpression(arg);
    code_.Emit(Opcode::GET_RANGE_ITER, call->args.count);
    return 3;
  }
  EmitExpression(iter);
  code_.Emit(Opcode::GET_ITER);
  return 1;
}

// LOAD it; GET_ITER; top: FOR_ITER else; STORE x; body; JUMP top; else: orelse; break:
void FunctionEmitter::EmitFor(const ast::For* node) {
  if (node->is_async()) {
    EmitAsyncFor(node);
    return;
  }
  Block loop;
  loop.kind = Block::Kind::kLoop;
  loop.break_label = code_.NewLabel();
  const Label top = code_.NewLabel();
  const Label exhausted = code_.NewLabel();
  loop.continue_label = top;
  loop.loop_values = static_cast<uint8_t>(EmitIterator(node->iter));
  code_.Place(top);
  SetLine(node);
  code_.EmitJump(loop.loop_values == 3 ? Opcode::FOR_RANGE : Opcode::FOR_ITER, exhausted);
  EmitStore(node->target);
  EmitLoopBody(&loop, node->body);
  code_.EmitJump(Opcode::JUMP, top);
  code_.Place(exhausted);
  EmitStatements(node->orelse);
  code_.Place(loop.break_label);
}

// LOAD a; GET_AITER; top: GET_ANEXT; LOAD_NONE; YIELD_FROM; STORE x; body; JUMP top; end: END_ASYNC_FOR, with
// [GET_ANEXT, STORE x) -> end: StopAsyncIteration ends the loop.
void FunctionEmitter::EmitAsyncFor(const ast::For* node) {
  Block loop;
  loop.kind = Block::Kind::kLoop;
  loop.break_label = code_.NewLabel();
  const Label top = code_.NewLabel();
  const Label end = code_.NewLabel();
  loop.continue_label = top;
  loop.loop_values = 1;
  EmitExpression(node->iter);
  code_.Emit(Opcode::GET_AITER);
  code_.Place(top);
  SetLine(node);
  ProtectedRange next;
  next.handler = end;
  next.depth = static_cast<uint32_t>(code_.depth());
  code_.OpenRange(&next);
  code_.Emit(Opcode::GET_ANEXT);
  code_.Emit(Opcode::LOAD_NONE);
  code_.Emit(Opcode::YIELD_FROM);
  code_.CloseRange(&next);
  EmitStore(node->target);
  EmitLoopBody(&loop, node->body);
  code_.EmitJump(Opcode::JUMP, top);
  code_.Place(end);
  SetLine(node);
  code_.Emit(Opcode::END_ASYNC_FOR);
  EmitStatements(node->orelse);
  code_.Place(loop.break_label);
}

// ---- Leaving blocks --------------------------------------------------------------------------------------------

// The exits of the blocks from the innermost up to `until` (exclusive; null for a return). Each block's range
// pauses first, and its exit code is emitted with the enclosing blocks current (so a finally body copied here
// that itself breaks out of a loop unwinds only what encloses it). keep_top: a return value on the top of the
// stack stays there.
//
// Invariant: when a block's exit runs, the stack holds exactly what was there when the block was entered, plus
// the block's own values, plus the kept value. break and continue never pass a loop (they stop at the innermost
// one); a return does, and leaves the loop's values to RETURN_VALUE - unless a finally further out runs first,
// whose body could break out of an outer loop and so needs the stack exact.
void FunctionEmitter::UnwindTo(Block* until, bool keep_top) {
  Block* const innermost = block_;
  const ast::Node* const position = position_;
  const uint32_t line = code_.line();
  bool finally_outside = false;
  for (Block* block = innermost; block != until && block != nullptr; block = block->parent) {
    finally_outside = finally_outside || block->kind == Block::Kind::kTryFinally;
  }
  for (Block* block = innermost; block != until && block != nullptr; block = block->parent) {
    if (block->range != nullptr && block->range->open) {
      code_.CloseRange(block->range);
      block->paused = true;
    }
    block_ = block->parent;
    if (block->kind == Block::Kind::kLoop) {
      bool finally_beyond = false;
      for (const Block* outer = block->parent; outer != until && outer != nullptr; outer = outer->parent) {
        finally_beyond = finally_beyond || outer->kind == Block::Kind::kTryFinally;
      }
      if (finally_outside && finally_beyond) PopLoopValues(block, keep_top);
    } else {
      EmitBlockExit(block, keep_top);
    }
    code_.SetLine(line);
  }
  block_ = innermost;
  position_ = position;
}

void FunctionEmitter::PopLoopValues(const Block* loop, bool keep_top) {
  if (keep_top && loop->loop_values != 0) code_.Emit(loop->loop_values == 3 ? Opcode::ROT_FOUR : Opcode::ROT_TWO);
  for (uint32_t i = 0; i < loop->loop_values; ++i) code_.Emit(Opcode::POP_TOP);
}

// A finally body run on the way out. During a return the value waits below it: a break or continue inside the
// body abandons the return, so a kPopValue block tells them to drop the value.
void FunctionEmitter::EmitFinallyCopy(const Block* block, bool keep_top) {
  if (!keep_top) {
    EmitStatements(block->try_node->finalbody);
    return;
  }
  Block value;
  value.kind = Block::Kind::kPopValue;
  PushBlock(&value);
  EmitStatements(block->try_node->finalbody);
  PopBlock(&value);
}

void FunctionEmitter::ResumeRanges(Block* until) {
  for (Block* block = block_; block != until && block != nullptr; block = block->parent) {
    if (!block->paused) continue;
    code_.OpenRange(block->range);
    block->paused = false;
  }
}

void FunctionEmitter::EmitBlockExit(const Block* block, bool keep_top) {
  switch (block->kind) {
    case Block::Kind::kLoop:       // handled by UnwindTo
    case Block::Kind::kTryExcept:  // nothing to undo
      return;
    case Block::Kind::kTryFinally:
      EmitFinallyCopy(block, keep_top);
      return;
    case Block::Kind::kPopValue:  // value [new value]
      if (keep_top) code_.Emit(Opcode::ROT_TWO);
      code_.Emit(Opcode::POP_TOP);
      return;
    case Block::Kind::kFinallyHandler:  // prev exc [value]
      if (keep_top) code_.Emit(Opcode::ROT_THREE);
      code_.Emit(Opcode::POP_TOP);
      code_.Emit(Opcode::POP_EXCEPT);
      return;
    case Block::Kind::kExceptHandler:  // prev [value]
      if (keep_top) code_.Emit(Opcode::ROT_TWO);
      code_.Emit(Opcode::POP_EXCEPT);
      if (!block->name.empty()) {
        code_.Emit(Opcode::LOAD_NONE);
        EmitName(block->name, ast::ExprContext::kStore, position_);
        EmitName(block->name, ast::ExprContext::kDel, position_);
      }
      return;
    case Block::Kind::kWith:  // exit mgr [value]
    case Block::Kind::kAsyncWith:
      if (keep_top) code_.Emit(Opcode::ROT_THREE);
      code_.Emit(Opcode::LOAD_NONE);
      code_.Emit(Opcode::LOAD_NONE);
      code_.Emit(Opcode::LOAD_NONE);
      code_.Emit(Opcode::CALL_METHOD, 3);
      if (block->kind == Block::Kind::kAsyncWith) EmitAwaitTail();
      code_.Emit(Opcode::POP_TOP);
      return;
  }
}

void FunctionEmitter::EmitBreakOrContinue(const ast::Stmt* node, bool is_break) {
  Block* loop = block_;
  while (loop != nullptr && loop->kind != Block::Kind::kLoop) loop = loop->parent;
  if (loop == nullptr) {  // scope analysis rejects these; a break in a comprehension cannot be written
    Fail(node, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    return;
  }
  UnwindTo(loop, false);
  if (is_break) {
    for (uint32_t i = 0; i < loop->loop_values; ++i) code_.Emit(Opcode::POP_TOP);
    code_.EmitJump(Opcode::JUMP, loop->break_label);
  } else {
    code_.EmitJump(Opcode::JUMP, loop->continue_label);
  }
  ResumeRanges(loop);
}

// A value with effects is computed before the blocks are left (and stays on the stack across their exits); a
// constant is loaded after them.
void FunctionEmitter::EmitReturn(const ast::Return* node) {
  FoldedValue value;
  const bool constant = node->value == nullptr || Fold(node->value, &value);
  if (constant) {
    UnwindTo(nullptr, false);
    if (node->value == nullptr) {
      code_.Emit(Opcode::LOAD_NONE);
    } else {
      EmitFolded(value);
    }
  } else {
    EmitExpression(node->value);
    UnwindTo(nullptr, true);
  }
  code_.Emit(Opcode::RETURN_VALUE);
  ResumeRanges(nullptr);
}

}  // namespace emit
}  // namespace mica
