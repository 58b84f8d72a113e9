// Names: which instruction loads, stores or deletes a name, from its binding in the current scope; the
// constant-table entries of interned names; and micropython.const() names seen from this scope.
#include <string.h>

#include "compiler/emitter/function_emitter.h"

namespace mica {
namespace emit {

using ast::ExprContext;
using vm::Opcode;

namespace {

Opcode Pick(ExprContext context, Opcode load, Opcode store, Opcode del) {
  switch (context) {
    case ExprContext::kLoad:
      return load;
    case ExprContext::kStore:
      return store;
    default:
      return del;
  }
}

}  // namespace

uint32_t FunctionEmitter::NameIndex(const char* text, uint32_t length) {
  ConstantKey key;
  key.kind = ConstantKind::kName;
  key.text = text;
  key.length = length;
  const int32_t found = code_.FindConstant(key);
  if (found >= 0) return static_cast<uint32_t>(found);
  if (failed()) return 0;
  const Value name = ctx_->sink->InternName(text, length);
  if (!name.IsName()) {
    FailOutOfMemory(position_);
    return 0;
  }
  const int32_t added = code_.AddConstant(key, name);
  return added >= 0 ? static_cast<uint32_t>(added) : 0;
}

void FunctionEmitter::EmitName(ast::Ident id, ExprContext context, const ast::Node* at) {
  EmitNameText(Text(id), id.length, context, at);
}

void FunctionEmitter::EmitNameText(const char* text, uint32_t length, ExprContext context, const ast::Node* at) {
  if (!reachable()) return;
  const Symbol* symbol = scope_->Find(text, length);
  const Binding binding = symbol != nullptr ? symbol->binding : Binding::kGlobalImplicit;
  const bool namespace_scope = (scope_->flags & kScopeNamespace) != 0;
  switch (binding) {
    case Binding::kLocal:
      if (namespace_scope || symbol->slot == kNoSlot) break;  // the module or class namespace: below
      code_.Emit(Pick(context, Opcode::LOAD_FAST, Opcode::STORE_FAST, Opcode::DELETE_FAST), symbol->slot);
      return;
    case Binding::kCell:
    case Binding::kFree:
      if (symbol->slot == kNoSlot) {
        Fail(at, "internal compiler error");
        return;
      }
      if (binding == Binding::kFree && context == ExprContext::kLoad && scope_->kind == ScopeKind::kClass) {
        // A class body looks in its namespace first.
        code_.Emit(Opcode::LOAD_CLASSDEREF, symbol->slot, NameIndex(text, length));
        return;
      }
      code_.Emit(Pick(context, Opcode::LOAD_DEREF, Opcode::STORE_DEREF, Opcode::DELETE_DEREF), symbol->slot);
      return;
    case Binding::kGlobalExplicit:
      if (scope_->kind == ScopeKind::kModule) break;
      if (context == ExprContext::kLoad) {
        code_.EmitCached(Opcode::LOAD_GLOBAL, NameIndex(text, length));
      } else {
        code_.Emit(Pick(context, Opcode::LOAD_GLOBAL, Opcode::STORE_GLOBAL, Opcode::DELETE_GLOBAL),
                   NameIndex(text, length));
      }
      return;
    case Binding::kGlobalImplicit:
      if (namespace_scope) break;
      if (context == ExprContext::kLoad) {
        code_.EmitCached(Opcode::LOAD_GLOBAL, NameIndex(text, length));
      } else {
        code_.Emit(Pick(context, Opcode::LOAD_GLOBAL, Opcode::STORE_GLOBAL, Opcode::DELETE_GLOBAL),
                   NameIndex(text, length));
      }
      return;
  }
  code_.Emit(Pick(context, Opcode::LOAD_NAME, Opcode::STORE_NAME, Opcode::DELETE_NAME), NameIndex(text, length));
}

// A micropython.const() name is inlined where it means the module-level name: in the module body, and where a
// function or class body does not bind it itself.
const FoldedValue* FunctionEmitter::LookupModuleConstant(const ast::Name* name) const {
  if (ctx_->scopes->constants == nullptr) return nullptr;
  const char* text = Text(name->id);
  if (scope_->kind != ScopeKind::kModule) {
    const Symbol* symbol = scope_->Find(text, name->id.length);
    if (symbol != nullptr && symbol->binding != Binding::kGlobalImplicit &&
        symbol->binding != Binding::kGlobalExplicit) {
      return nullptr;
    }
  }
  const ModuleConstant* constant = FindModuleConstant(*ctx_->scopes, text, name->id.length, name->line, name->column);
  return constant != nullptr ? &constant->value : nullptr;
}

const FoldedValue* FunctionEmitter::LookupConstantThunk(void* context, const ast::Name* name) {
  return static_cast<const FunctionEmitter*>(context)->LookupModuleConstant(name);
}

}  // namespace emit
}  // namespace mica
