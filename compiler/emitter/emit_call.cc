// Calls: f(x, y) is CALL_FUNCTION; keyword arguments name themselves in CALL_FUNCTION_KW; obj.m(...) avoids the
// bound method with LOAD_METHOD/CALL_METHOD; *args and **kwargs build a tuple and a dict for CALL_FUNCTION_EX.
#include "compiler/emitter/function_emitter.h"

namespace mica {
namespace emit {

using ast::NodeKind;
using vm::Opcode;

namespace {

bool NeedsUnpacking(Span<ast::Expr*> args, Span<ast::Keyword*> keywords) {
  for (const ast::Expr* arg : args) {
    if (arg->kind == NodeKind::kStarred) return true;
  }
  for (const ast::Keyword* keyword : keywords) {
    if (keyword->arg.empty()) return true;
  }
  return false;
}

}  // namespace

void FunctionEmitter::EmitCall(const ast::Call* node) {
  const bool unpacking = NeedsUnpacking(node->args, node->keywords);
  if (node->func->kind == NodeKind::kAttribute && !unpacking) {
    auto* attribute = static_cast<const ast::Attribute*>(node->func);
    EmitExpression(attribute->value);
    code_.EmitCached(Opcode::LOAD_METHOD, NameIndex(attribute->attr));
    EmitCallArguments(0, node->args, node->keywords, true);
    return;
  }
  EmitExpression(node->func);
  EmitCallArguments(0, node->args, node->keywords, false);
}

void FunctionEmitter::EmitCallArguments(uint32_t pushed, Span<ast::Expr*> args, Span<ast::Keyword*> keywords,
                                        bool method) {
  if (!NeedsUnpacking(args, keywords)) {
    for (const ast::Expr* arg : args) EmitExpression(arg);
    const uint32_t positional = pushed + args.count;
    if (keywords.empty()) {
      code_.Emit(method ? Opcode::CALL_METHOD : Opcode::CALL_FUNCTION, positional);
      return;
    }
    for (const ast::Keyword* keyword : keywords) EmitExpression(keyword->value);
    if (!reachable()) return;
    Arena* arena = ctx_->arena;
    const size_t mark = arena->scratch_mark();
    uint32_t* names = static_cast<uint32_t*>(arena->PushScratch(keywords.count * sizeof(uint32_t), alignof(uint32_t)));
    if (names == nullptr) {
      FailOutOfMemory(position_);
      return;
    }
    for (uint32_t i = 0; i < keywords.count; ++i) names[i] = NameIndex(keywords[i]->arg);
    code_.EmitCallKw(method ? Opcode::CALL_METHOD_KW : Opcode::CALL_FUNCTION_KW, positional, names, keywords.count);
    arena->PopScratch(mark);
    return;
  }
  // The positional arguments as a tuple: the values before the first *iterable build a list (with what is
  // already pushed), the rest append to it or extend it.
  uint32_t star = args.count;
  for (uint32_t i = 0; i < args.count && star == args.count; ++i) {
    if (args[i]->kind == NodeKind::kStarred) star = i;
  }
  for (uint32_t i = 0; i < star; ++i) EmitExpression(args[i]);
  if (star == args.count) {
    code_.Emit(Opcode::BUILD_TUPLE, pushed + args.count);
  } else {
    code_.Emit(Opcode::BUILD_LIST, pushed + star);
    for (uint32_t i = star; i < args.count; ++i) {
      if (args[i]->kind == NodeKind::kStarred) {
        EmitExpression(static_cast<const ast::Starred*>(args[i])->value);
        code_.Emit(Opcode::LIST_EXTEND, 1);
      } else {
        EmitExpression(args[i]);
        code_.Emit(Opcode::LIST_APPEND, 1);
      }
    }
    code_.Emit(Opcode::LIST_TO_TUPLE);
  }
  if (keywords.empty()) {
    code_.Emit(Opcode::CALL_FUNCTION_EX, 0);
    return;
  }
  EmitKeywordMap(keywords);
  code_.Emit(Opcode::CALL_FUNCTION_EX, vm::kCallExHasKwargs);
}

// The keyword arguments as one dict: runs of name=value build a dict (the first run is the result itself),
// each **mapping and each later run merges into it with DICT_MERGE, which rejects a repeated name.
void FunctionEmitter::EmitKeywordMap(Span<ast::Keyword*> keywords) {
  bool have_map = false;
  uint32_t i = 0;
  while (i < keywords.count) {
    if (keywords[i]->arg.empty()) {
      if (!have_map) code_.Emit(Opcode::BUILD_MAP, 0);
      have_map = true;
      EmitExpression(keywords[i]->value);
      code_.Emit(Opcode::DICT_MERGE, 1);
      ++i;
      continue;
    }
    uint32_t end = i;
    for (; end < keywords.count && !keywords[end]->arg.empty(); ++end) {
      code_.Emit(Opcode::LOAD_CONST, NameIndex(keywords[end]->arg));
      EmitExpression(keywords[end]->value);
    }
    code_.Emit(Opcode::BUILD_MAP, end - i);
    if (have_map) code_.Emit(Opcode::DICT_MERGE, 1);
    have_map = true;
    i = end;
  }
}

}  // namespace emit
}  // namespace mica
