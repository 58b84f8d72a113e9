// Statements: the dispatch, and the simple ones - expression statements, if, raise, assert, imports.
// Loops are in emit_loop.cc, try/with in emit_exception.cc, assignments in emit_assign.cc.
#include <string.h>

#include "compiler/emitter/function_emitter.h"

namespace mica {
namespace emit {

using ast::NodeKind;
using vm::Opcode;

void FunctionEmitter::EmitStatements(Span<ast::Stmt*> body) {
  for (ast::Stmt* statement : body) {
    // After a return, raise, break or continue the rest of the block cannot run: it is not emitted.
    if (!reachable() || failed()) return;
    EmitStatement(statement);
  }
}

void FunctionEmitter::EmitStatement(ast::Stmt* statement) {
  position_ = statement;
  SetLine(statement);
  switch (statement->kind) {
    case NodeKind::kFunctionDef:
      EmitFunctionDef(static_cast<ast::FunctionDef*>(statement));
      break;
    case NodeKind::kClassDef:
      EmitClassDef(static_cast<ast::ClassDef*>(statement));
      break;
    case NodeKind::kReturn:
      EmitReturn(static_cast<ast::Return*>(statement));
      break;
    case NodeKind::kDelete:
      EmitDelete(static_cast<ast::Delete*>(statement));
      break;
    case NodeKind::kAssign:
      EmitAssign(static_cast<ast::Assign*>(statement));
      break;
    case NodeKind::kAugAssign:
      EmitAugAssign(static_cast<ast::AugAssign*>(statement));
      break;
    case NodeKind::kAnnAssign:
      EmitAnnAssign(static_cast<ast::AnnAssign*>(statement));
      break;
    case NodeKind::kFor:
      EmitFor(static_cast<ast::For*>(statement));
      break;
    case NodeKind::kWhile:
      EmitWhile(static_cast<ast::While*>(statement));
      break;
    case NodeKind::kIf:
      EmitIf(static_cast<ast::If*>(statement));
      break;
    case NodeKind::kWith:
      EmitWith(static_cast<ast::With*>(statement), 0);
      break;
    case NodeKind::kRaise:
      EmitRaise(static_cast<ast::Raise*>(statement));
      break;
    case NodeKind::kTry:
      EmitTry(static_cast<ast::Try*>(statement));
      break;
    case NodeKind::kAssert:
      EmitAssert(static_cast<ast::Assert*>(statement));
      break;
    case NodeKind::kImport:
      EmitImport(static_cast<ast::Import*>(statement));
      break;
    case NodeKind::kImportFrom:
      EmitImportFrom(static_cast<ast::ImportFrom*>(statement));
      break;
    case NodeKind::kExprStmt:
      EmitExpressionStatement(static_cast<ast::ExprStmt*>(statement));
      break;
    case NodeKind::kBreak:
      EmitBreakOrContinue(statement, true);
      break;
    case NodeKind::kContinue:
      EmitBreakOrContinue(statement, false);
      break;
    default:  // global, nonlocal, pass: no code
      break;
  }
}

// An expression whose value is dropped. One without effects (a docstring, `...`, a constant) produces no code,
// as in MicroPython; in the REPL every value is printed.
void FunctionEmitter::EmitExpressionStatement(const ast::ExprStmt* node) {
  if (print_expressions_) {
    EmitExpression(node->value);
    code_.Emit(Opcode::PRINT_EXPR);
    return;
  }
  FoldedValue ignored;
  if (Fold(node->value, &ignored)) return;
  EmitExpression(node->value);
  code_.Emit(Opcode::POP_TOP);
}

// A test whose value is known at compile time keeps only the branch that runs.
void FunctionEmitter::EmitIf(const ast::If* node) {
  FoldedValue value;
  const int truth = Fold(node->test, &value) ? FoldedTruth(value, ctx_->source) : -1;
  if (truth == 1) {
    EmitStatements(node->body);
    return;
  }
  if (truth == 0) {
    EmitStatements(node->orelse);
    return;
  }
  const Label otherwise = code_.NewLabel();
  EmitCondition(node->test, false, otherwise);
  EmitStatements(node->body);
  if (node->orelse.empty()) {
    code_.Place(otherwise);
    return;
  }
  const Label end = code_.NewLabel();
  code_.EmitJump(Opcode::JUMP, end);
  code_.Place(otherwise);
  EmitStatements(node->orelse);
  code_.Place(end);
}

void FunctionEmitter::EmitRaise(const ast::Raise* node) {
  uint32_t count = 0;
  if (node->exc != nullptr) {
    EmitExpression(node->exc);
    ++count;
    if (node->cause != nullptr) {
      EmitExpression(node->cause);
      ++count;
    }
  }
  code_.Emit(Opcode::RAISE_VARARGS, count);
}

void FunctionEmitter::EmitAssert(const ast::Assert* node) {
  if (ctx_->options->optimize) return;
  const Label ok = code_.NewLabel();
  EmitCondition(node->test, true, ok);
  code_.Emit(Opcode::LOAD_ASSERTION_ERROR);
  if (node->msg != nullptr) {
    EmitExpression(node->msg);
    code_.Emit(Opcode::CALL_FUNCTION, 1);
  }
  code_.Emit(Opcode::RAISE_VARARGS, 1);
  code_.Place(ok);
}

// ---- Imports -------------------------------------------------------------------------------------------------

// `import a.b.c [as d]`: IMPORT_NAME a.b.c pushes the top-level package a; with `as`, IMPORT_FROM walks down
// to a.b.c itself.
void FunctionEmitter::EmitImport(const ast::Import* node) {
  for (ast::Alias* alias : node->names) {
    if (!reachable()) return;
    const char* source = ctx_->source;
    uint32_t length = ast::CopyDottedName(source, alias->name, nullptr, 0);
    const char* text = Text(alias->name);
    const size_t mark = ctx_->arena->scratch_mark();
    if (length != alias->name.length) {
      // Blanks inside the name: a compact copy. Measuring passes keep it (the constant's key points to it);
      // the final pass only looks it up.
      char* copy = code_.final_pass() ? static_cast<char*>(ctx_->arena->PushScratch(length, 1))
                                      : static_cast<char*>(ctx_->arena->Allocate(length, 1));
      if (copy == nullptr) {
        FailOutOfMemory(alias);
        return;
      }
      ast::CopyDottedName(source, alias->name, copy, length);
      text = copy;
    }
    code_.EmitSmallInt(0);
    code_.Emit(Opcode::LOAD_NONE);
    code_.Emit(Opcode::IMPORT_NAME, NameIndex(text, length));
    uint32_t first = 0;
    while (first < length && text[first] != '.') ++first;
    if (!alias->asname.empty()) {
      for (uint32_t start = first + 1; start < length;) {
        uint32_t end = start;
        while (end < length && text[end] != '.') ++end;
        code_.Emit(Opcode::IMPORT_FROM, NameIndex(text + start, end - start));
        code_.Emit(Opcode::ROT_TWO);
        code_.Emit(Opcode::POP_TOP);
        start = end + 1;
      }
      EmitName(alias->asname, ast::ExprContext::kStore, alias);
    } else {
      EmitNameText(text, first, ast::ExprContext::kStore, alias);
    }
    ctx_->arena->PopScratch(mark);
  }
}

// `from ..m import a, b as c`: level, the tuple of names, IMPORT_NAME m; an IMPORT_FROM per name; or
// IMPORT_STAR for `*`.
void FunctionEmitter::EmitImportFrom(const ast::ImportFrom* node) {
  const char* source = ctx_->source;
  uint32_t length = ast::CopyDottedName(source, node->module, nullptr, 0);
  const char* text = Text(node->module);
  const size_t mark = ctx_->arena->scratch_mark();
  if (length != node->module.length) {
    char* copy = code_.final_pass() ? static_cast<char*>(ctx_->arena->PushScratch(length, 1))
                                    : static_cast<char*>(ctx_->arena->Allocate(length, 1));
    if (copy == nullptr) {
      FailOutOfMemory(node);
      return;
    }
    ast::CopyDottedName(source, node->module, copy, length);
    text = copy;
  }
  const bool star = node->names.count == 1 && node->names[0]->name.length == 1 && Text(node->names[0]->name)[0] == '*';
  code_.EmitSmallInt(node->level());
  // The from-list: a tuple of the imported names, made once per statement.
  ConstantKey key;
  key.kind = ConstantKind::kNode;
  key.bits = reinterpret_cast<uintptr_t>(node);
  int32_t index = code_.FindConstant(key);
  if (index < 0 && reachable() && !failed()) {
    Arena* arena = ctx_->arena;
    const size_t values_mark = arena->scratch_mark();
    Value* names = static_cast<Value*>(arena->PushScratch(node->names.count * sizeof(Value), alignof(Value)));
    if (names == nullptr) {
      FailOutOfMemory(node);
      return;
    }
    for (uint32_t i = 0; i < node->names.count; ++i) {
      const ast::Ident name = node->names[i]->name;
      names[i] = ctx_->sink->InternName(Text(name), name.length);
      if (!names[i].IsName()) {
        arena->PopScratch(values_mark);
        FailOutOfMemory(node);
        return;
      }
    }
    const Value tuple = ctx_->sink->MakeTuple(names, node->names.count);
    arena->PopScratch(values_mark);
    if (tuple.IsNull()) {
      FailOutOfMemory(node);
      return;
    }
    index = code_.AddConstant(key, tuple);
  }
  EmitLoadConstant(index);
  code_.Emit(Opcode::IMPORT_NAME, NameIndex(text, length));
  ctx_->arena->PopScratch(mark);
  if (star) {
    code_.Emit(Opcode::IMPORT_STAR);
    return;
  }
  for (ast::Alias* alias : node->names) {
    code_.Emit(Opcode::IMPORT_FROM, NameIndex(alias->name));
    EmitName(alias->asname.empty() ? alias->name : alias->asname, ast::ExprContext::kStore, alias);
  }
  code_.Emit(Opcode::POP_TOP);
}

}  // namespace emit
}  // namespace mica
