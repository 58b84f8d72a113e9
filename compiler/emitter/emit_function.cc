// Compiling one scope: the passes, the prologue, the kinds of bodies, the RawCode's fields; and creating
// nested functions, lambdas and classes (defaults, closures, decorators, __build_class__).
#include <string.h>

#include "compiler/emitter/function_emitter.h"
#include "compiler/emitter/scope_internal.h"

namespace mica {
namespace emit {

using ast::NodeKind;
using vm::Opcode;

namespace {

// A measuring pass widens at least one jump each time it does not settle; this many cannot happen.
constexpr int kMaxMeasuringPasses = 64;

const char* ComprehensionName(NodeKind kind) {
  switch (kind) {
    case NodeKind::kListComp:
      return "<listcomp>";
    case NodeKind::kSetComp:
      return "<setcomp>";
    case NodeKind::kDictComp:
      return "<dictcomp>";
    default:
      return "<genexpr>";
  }
}

// Whether `symbol` of `scope` occupies a free-variable slot (its closure cells, in slot order).
bool IsFreeSlot(const Scope* scope, const Symbol* symbol) {
  if (symbol->binding == Binding::kFree) return true;
  return scope->kind == ScopeKind::kClass && (symbol->flags & kSymbolPassThrough) != 0 &&
         symbol->binding != Binding::kCell;
}

}  // namespace

uint32_t FirstLine(const Scope* scope) {
  if (scope->kind == ScopeKind::kModule) return 1;
  return scope->node->line;
}

FunctionEmitter::FunctionEmitter(CompileContext* context, Scope* scope)
    : ctx_(context), scope_(scope), code_(context->arena, FirstLine(scope)) {
  print_expressions_ = scope->kind == ScopeKind::kModule && context->options->mode == CompileMode::kSingle;
}

// ---- Errors ------------------------------------------------------------------------------------------------------

void FunctionEmitter::Fail(const ast::Node* at, const char* message) {
  FailAt(ctx_->error, at != nullptr ? at : scope_->node, message);
  code_.Fail(BuildError::kInternal);  // stops emission; the error above is the one reported
}

void FunctionEmitter::FailOutOfMemory(const ast::Node* at) {
  emit::FailOutOfMemory(ctx_->error, at != nullptr ? at : scope_->node);
  code_.Fail(BuildError::kOutOfMemory);
}

void FunctionEmitter::CheckBuilder(const ast::Node* at) {
  if (failed() || !code_.failed()) return;
  const ast::Node* where = at != nullptr ? at : scope_->node;
  switch (code_.error()) {
    case BuildError::kOutOfMemory:
      emit::FailOutOfMemory(ctx_->error, where);
      break;
    case BuildError::kTooComplex:
      FailAt(ctx_->error, where, "too complex");
      break;
    default:
      FailAt(ctx_->error, where, "internal compiler error");
      break;
  }
}

// ---- Passes ------------------------------------------------------------------------------------------------------

const vm::RawCode* FunctionEmitter::Compile() {
  if (scope_->kind == ScopeKind::kFunction && IsNativeDef(static_cast<const ast::FunctionDef*>(scope_->node))) {
    return CompileNative();
  }
  Arena* arena = ctx_->arena;
  const size_t mark = arena->Mark();
  const vm::RawCode* result = nullptr;
  for (int pass = 0;; ++pass) {
    code_.BeginPass(false);
    EmitCode();
    const bool settled = code_.Settle();
    CheckBuilder(position_);
    if (failed() || settled) break;
    if (pass == kMaxMeasuringPasses) {
      code_.Fail(BuildError::kInternal);
      CheckBuilder(position_);
      break;
    }
  }
  if (!failed() && code_.PrepareFinal()) {
    code_.BeginPass(true);
    EmitCode();
    vm::RawCode code = {};
    if (!failed() && code_.Finish(&code) && FillCode(&code)) {
      RawCodeBuilderResult built;
      built.code = code;
      result = ctx_->sink->FinishCode(built);
      if (result == nullptr) FailOutOfMemory(scope_->node);
    }
  }
  CheckBuilder(position_);
  arena->Release(mark);
  return failed() ? nullptr : result;
}

void FunctionEmitter::EmitCode() {
  block_ = nullptr;
  position_ = nullptr;
  const ast::Node* node = scope_->node;
  switch (scope_->kind) {
    case ScopeKind::kModule:
      if (node->kind == NodeKind::kExpression) {
        EmitExpression(static_cast<const ast::Expression*>(node)->body);
        code_.Emit(Opcode::RETURN_VALUE);
      } else {
        EmitStatements(static_cast<const ast::Module*>(node)->body);
        EmitImplicitReturn();
      }
      break;
    case ScopeKind::kFunction:
      EmitPrologue();
      EmitStatements(static_cast<const ast::FunctionDef*>(node)->body);
      EmitImplicitReturn();
      break;
    case ScopeKind::kLambda:
      EmitPrologue();
      EmitExpression(static_cast<const ast::Lambda*>(node)->body);
      code_.Emit(Opcode::RETURN_VALUE);
      break;
    case ScopeKind::kClass:
      EmitClassBody();
      break;
    case ScopeKind::kComprehension:
      EmitComprehensionBody();
      break;
  }
}

// COPY_FREE_VARS first, then a MAKE_CELL per cell variable (captured parameters stay in their slots).
void FunctionEmitter::EmitPrologue() {
  if (scope_->num_free != 0) code_.Emit(Opcode::COPY_FREE_VARS, scope_->num_free);
  for (Symbol* symbol = scope_->First(); symbol != nullptr; symbol = scope_->Next(symbol)) {
    if (symbol->binding == Binding::kCell) code_.Emit(Opcode::MAKE_CELL, symbol->slot);
  }
}

void FunctionEmitter::EmitImplicitReturn() {
  if (!reachable()) return;
  code_.Emit(Opcode::LOAD_NONE);
  code_.Emit(Opcode::RETURN_VALUE);
}

// A class body runs in the class namespace. Like MicroPython it records __module__ and __qualname__ (the
// plain class name) and drops the docstring; it returns the __class__ cell when methods use super().
void FunctionEmitter::EmitClassBody() {
  auto* node = static_cast<const ast::ClassDef*>(scope_->node);
  EmitPrologue();
  code_.Emit(Opcode::LOAD_NAME, NameIndex("__name__", 8));
  code_.Emit(Opcode::STORE_NAME, NameIndex("__module__", 10));
  code_.Emit(Opcode::LOAD_CONST, NameIndex(node->name));
  code_.Emit(Opcode::STORE_NAME, NameIndex("__qualname__", 12));
  EmitStatements(node->body);
  if (!reachable()) return;
  const Symbol* cell = (scope_->flags & kScopeClassCell) != 0 ? scope_->Find("__class__", 9) : nullptr;
  if (cell != nullptr) {
    code_.Emit(Opcode::LOAD_CLOSURE, cell->slot);
  } else {
    code_.Emit(Opcode::LOAD_NONE);
  }
  code_.Emit(Opcode::RETURN_VALUE);
}

bool FunctionEmitter::FillCode(vm::RawCode* code) {
  const CodeSink& sink = *ctx_->sink;
  const ast::Node* node = scope_->node;
  Value name;
  switch (scope_->kind) {
    case ScopeKind::kModule:
      name = sink.InternName("<module>", 8);
      break;
    case ScopeKind::kFunction: {
      const ast::Ident id = static_cast<const ast::FunctionDef*>(node)->name;
      name = sink.InternName(Text(id), id.length);
      break;
    }
    case ScopeKind::kLambda:
      name = sink.InternName("<lambda>", 8);
      break;
    case ScopeKind::kClass: {
      const ast::Ident id = static_cast<const ast::ClassDef*>(node)->name;
      name = sink.InternName(Text(id), id.length);
      break;
    }
    case ScopeKind::kComprehension: {
      const char* text = ComprehensionName(node->kind);
      name = sink.InternName(text, static_cast<uint32_t>(strlen(text)));
      break;
    }
  }
  if (!name.IsName()) {
    FailOutOfMemory(node);
    return false;
  }
  const uint32_t slots = scope_->num_slots();
  uint32_t* slot_names = nullptr;
  if (slots != 0) {
    slot_names = static_cast<uint32_t*>(ctx_->arena->Allocate(slots * sizeof(uint32_t), alignof(uint32_t)));
    if (slot_names == nullptr) {
      FailOutOfMemory(node);
      return false;
    }
    for (uint32_t slot = 0; slot < slots; ++slot) slot_names[slot] = UINT32_MAX;
    for (Symbol* symbol = scope_->First(); symbol != nullptr; symbol = scope_->Next(symbol)) {
      const uint16_t slot = symbol->slot != kNoSlot ? symbol->slot : symbol->closure_slot;
      if (slot == kNoSlot) continue;
      const Value id = sink.InternName(symbol->text, symbol->length);
      if (!id.IsName()) {
        FailOutOfMemory(node);
        return false;
      }
      slot_names[slot] = id.AsNameId();
    }
    for (uint32_t slot = 0; slot < slots; ++slot) {
      if (slot_names[slot] == UINT32_MAX) {
        Fail(node, "internal compiler error");
        return false;
      }
    }
  }
  uint16_t flags = 0;
  const bool generator = (scope_->flags & kScopeGenerator) != 0 ||
                         (scope_->kind == ScopeKind::kComprehension && node->kind == NodeKind::kGeneratorExp);
  const bool coroutine = (scope_->flags & kScopeCoroutine) != 0;
  if (generator && coroutine) {
    flags |= vm::kCodeAsyncGenerator;
  } else if (generator) {
    flags |= vm::kCodeGenerator;
  } else if (coroutine) {
    flags |= vm::kCodeCoroutine;
  }
  if ((scope_->flags & kScopeVarArgs) != 0) flags |= vm::kCodeVarArgs;
  if ((scope_->flags & kScopeVarKeywords) != 0) flags |= vm::kCodeVarKeywords;
  if ((scope_->flags & kScopeNamespace) != 0) flags |= vm::kCodeNamespace;
  if ((scope_->flags & kScopeClassCell) != 0) flags |= vm::kCodeHasClassCell;
  code->slot_names = slot_names;
  code->name = name.AsNameId();
  code->source_file = ctx_->file_name_id;
  code->num_positional = scope_->num_positional;
  code->num_positional_only = scope_->num_positional_only;
  code->num_kwonly = scope_->num_kwonly;
  code->num_locals = scope_->num_locals;
  code->num_cells = scope_->num_cells;
  code->num_free = scope_->num_free;
  code->flags = flags;
  return true;
}

// ---- Creating functions --------------------------------------------------------------------------------------------

// Pushes the closure cells the child needs (in its free-variable order) and creates the function. In the
// final pass the child is compiled here, so its index is its position among this code's children.
void FunctionEmitter::EmitMakeFunction(const ast::Node* node, uint32_t flags) {
  if (!reachable()) return;
  Scope* child = scope_->FindChild(node);
  if (child == nullptr) {
    Fail(node, "internal compiler error");
    return;
  }
  for (Symbol* symbol = child->First(); symbol != nullptr; symbol = child->Next(symbol)) {
    if (!IsFreeSlot(child, symbol)) continue;
    const Symbol* outer = scope_->Find(symbol->text, symbol->length);
    if (outer == nullptr || outer->closure_slot == kNoSlot) {
      Fail(node, "internal compiler error");
      return;
    }
    code_.Emit(Opcode::LOAD_CLOSURE, outer->closure_slot);
  }
  const uint32_t index = code_.NextChild();
  if (code_.final_pass()) {
    FunctionEmitter nested(ctx_, child);
    const vm::RawCode* compiled = nested.Compile();
    if (compiled == nullptr) {
      code_.Fail(BuildError::kInternal);  // the nested emitter recorded the error
      return;
    }
    code_.SetChild(index, compiled);
  }
  if (child->num_free != 0) {
    code_.Emit(Opcode::MAKE_CLOSURE, index, flags, child->num_free);
  } else {
    code_.Emit(Opcode::MAKE_FUNCTION, index, flags);
  }
}

// The tuple of positional defaults and the dict of keyword-only defaults; returns the MAKE_FUNCTION flags.
uint32_t FunctionEmitter::EmitDefaults(const ast::Arguments* args) {
  if (args == nullptr) return 0;
  uint32_t flags = 0;
  uint32_t count = 0;
  for (ast::Arg* arg : args->positional) {
    if (arg->default_value == nullptr) continue;
    EmitExpression(arg->default_value);
    ++count;
  }
  if (count != 0) {
    code_.Emit(Opcode::BUILD_TUPLE, count);
    flags |= vm::kMakeFunctionDefaults;
  }
  count = 0;
  for (ast::Arg* arg : args->keyword_only) {
    if (arg->default_value == nullptr) continue;
    code_.Emit(Opcode::LOAD_CONST, NameIndex(arg->name));
    EmitExpression(arg->default_value);
    ++count;
  }
  if (count != 0) {
    code_.Emit(Opcode::BUILD_MAP, count);
    flags |= vm::kMakeFunctionKwDefaults;
  }
  return flags;
}

void FunctionEmitter::EmitDecoratorCalls(uint32_t count) {
  for (uint32_t i = 0; i < count; ++i) code_.Emit(Opcode::CALL_FUNCTION, 1);
}

void FunctionEmitter::EmitFunctionDef(const ast::FunctionDef* node) {
  if (EmitInlineAsmDef(node)) return;
  // `@micropython.native` is not called: it chose how the body is compiled (emit_native.cc).
  const uint32_t decorators = node->decorators.count - (IsNativeDef(node) ? 1 : 0);
  for (uint32_t i = 0; i < decorators; ++i) EmitExpression(node->decorators[i]);
  const uint32_t flags = EmitDefaults(node->args);
  EmitMakeFunction(node, flags);
  EmitDecoratorCalls(decorators);
  EmitName(node->name, ast::ExprContext::kStore, node);
}

void FunctionEmitter::EmitLambda(const ast::Lambda* node) {
  const uint32_t flags = EmitDefaults(node->args);
  EmitMakeFunction(node, flags);
}

// LOAD_BUILD_CLASS; the body as a function; the name; the bases and keywords: __build_class__(body, name, ...).
void FunctionEmitter::EmitClassDef(const ast::ClassDef* node) {
  for (ast::Expr* decorator : node->decorators) EmitExpression(decorator);
  code_.Emit(Opcode::LOAD_BUILD_CLASS);
  EmitMakeFunction(node, 0);
  code_.Emit(Opcode::LOAD_CONST, NameIndex(node->name));
  EmitCallArguments(2, node->bases, node->keywords, false);
  EmitDecoratorCalls(node->decorators.count);
  EmitName(node->name, ast::ExprContext::kStore, node);
}

}  // namespace emit
}  // namespace mica
