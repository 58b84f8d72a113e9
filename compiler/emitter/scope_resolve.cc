// The second half of scope analysis: decides how every name is reached and numbers the frame slots.
//
// Resolution runs over the scopes in pre-order. A name a scope uses without binding it is looked up outwards
// through the enclosing functions (class bodies are skipped, as Python's rules say, except that the nearest
// class provides __class__): the function that binds it makes it a cell, every scope in between carries it
// as a free variable (a class body that binds the same name keeps a separate pass-through slot for its
// methods), and a name bound nowhere is a global. Then each scope's slots are laid out as raw_code.h says.
#include <string.h>

#include "compiler/emitter/scope.h"
#include "compiler/emitter/scope_internal.h"

namespace mica {
namespace emit {
namespace {

constexpr uint32_t kMaxSlots = 65535;

bool IsClassName(const Symbol& symbol) {
  return symbol.length == 9 && memcmp(symbol.text, "__class__", 9) == 0;
}

class Resolver {
 public:
  Resolver(Arena* arena, SyntaxError* error) : arena_(arena), error_(error) {}

  bool Run(Scope* root) {
    Resolve(root);
    if (error_->failed()) return false;
    Layout(root);
    return !error_->failed();
  }

 private:
  // The scope that binds `symbol`'s name for code in `scope`, or null for a global.
  Scope* FindBinder(const Scope* scope, const Symbol& symbol) const {
    for (Scope* outer = scope->parent; outer != nullptr; outer = outer->parent) {
      if (outer->kind == ScopeKind::kClass) {
        if (IsClassName(symbol)) return outer;
        continue;
      }
      if (outer->kind == ScopeKind::kModule) return nullptr;
      const Symbol* found = outer->Find(symbol.text, symbol.length);
      if (found == nullptr) continue;
      if ((found->flags & kSymbolGlobal) != 0) return nullptr;
      if ((found->flags & kSymbolNonlocal) != 0) continue;
      if ((found->flags & (kSymbolBound | kSymbolParameter)) != 0) return outer;
    }
    return nullptr;
  }

  // `symbol` of `scope` is bound in `binder`: a cell there, a free variable in every scope in between.
  void Capture(Scope* scope, const Symbol& symbol, Scope* binder) {
    for (Scope* between = scope->parent; between != binder; between = between->parent) {
      Symbol* carried = between->Find(symbol.text, symbol.length);
      if (carried == nullptr) {
        carried = AddSymbol(between, arena_, symbol.text, symbol.length, symbol.where);
        if (carried == nullptr) {
          FailOutOfMemory(error_, symbol.where);
          return;
        }
        carried->binding = Binding::kFree;
      }
      carried->flags |= kSymbolPassThrough;
    }
    Symbol* bound = binder->Find(symbol.text, symbol.length);
    if (bound == nullptr) {  // the implicit __class__ of a class body
      bound = AddSymbol(binder, arena_, symbol.text, symbol.length, symbol.where);
      if (bound == nullptr) {
        FailOutOfMemory(error_, symbol.where);
        return;
      }
    }
    bound->flags |= kSymbolCaptured;
    if (binder->kind == ScopeKind::kClass) {
      bound->binding = Binding::kCell;
      binder->flags |= kScopeClassCell;
    }
  }

  void Resolve(Scope* scope) {
    for (Symbol* symbol = scope->First(); symbol != nullptr && !error_->failed(); symbol = scope->Next(symbol)) {
      ResolveSymbol(scope, symbol);
    }
    for (Scope* child = scope->first_child; child != nullptr && !error_->failed(); child = child->next_sibling) {
      Resolve(child);
    }
  }

  void ResolveSymbol(Scope* scope, Symbol* symbol) {
    const uint16_t flags = symbol->flags;
    if ((flags & kSymbolGlobal) != 0) {
      symbol->binding = Binding::kGlobalExplicit;
      return;
    }
    if (scope->kind == ScopeKind::kModule) {
      symbol->binding = (flags & kSymbolBound) != 0 ? Binding::kLocal : Binding::kGlobalImplicit;
      return;
    }
    if ((flags & kSymbolNonlocal) != 0) {
      Scope* binder = FindBinder(scope, *symbol);
      if (binder == nullptr) {
        FailWithName(error_, arena_, symbol->where, "no binding for nonlocal '", symbol->text, symbol->length,
                     "' found", "no binding for nonlocal found");
        return;
      }
      symbol->binding = Binding::kFree;
      Capture(scope, *symbol, binder);
      return;
    }
    if ((flags & (kSymbolBound | kSymbolParameter)) != 0) {
      // A class's __class__ cell keeps the kCell a method's capture gave it.
      if (symbol->binding != Binding::kCell) symbol->binding = Binding::kLocal;
      return;
    }
    if (symbol->binding == Binding::kFree || symbol->binding == Binding::kCell) return;  // set by a capture
    Scope* binder = FindBinder(scope, *symbol);
    if (binder == nullptr) {
      symbol->binding = Binding::kGlobalImplicit;
      return;
    }
    symbol->binding = Binding::kFree;
    Capture(scope, *symbol, binder);
  }

  bool SetSlot(Symbol* symbol, uint32_t* next, bool closure_only) {
    if (*next >= kMaxSlots) {
      FailAt(error_, symbol->where, "too complex");
      return false;
    }
    const uint16_t slot = static_cast<uint16_t>((*next)++);
    if (!closure_only) symbol->slot = slot;
    if (symbol->binding == Binding::kCell || symbol->binding == Binding::kFree || closure_only) {
      symbol->closure_slot = slot;
    }
    return true;
  }

  void LayoutFunction(Scope* scope) {
    uint32_t next = 0;
    // Parameters keep their slots; a captured one becomes a cell in place.
    for (Symbol* symbol = scope->First(); symbol != nullptr; symbol = scope->Next(symbol)) {
      if ((symbol->flags & kSymbolParameter) == 0) continue;
      if ((symbol->flags & kSymbolCaptured) != 0) symbol->binding = Binding::kCell;
      if (!SetSlot(symbol, &next, false)) return;
    }
    for (Symbol* symbol = scope->First(); symbol != nullptr; symbol = scope->Next(symbol)) {
      if ((symbol->flags & kSymbolParameter) != 0 || symbol->binding != Binding::kLocal) continue;
      if ((symbol->flags & kSymbolCaptured) != 0) {
        symbol->binding = Binding::kCell;
        continue;
      }
      if (!SetSlot(symbol, &next, false)) return;
    }
    scope->num_locals = static_cast<uint16_t>(next);
    for (Symbol* symbol = scope->First(); symbol != nullptr; symbol = scope->Next(symbol)) {
      if ((symbol->flags & kSymbolParameter) != 0 || symbol->binding != Binding::kCell) continue;
      if (!SetSlot(symbol, &next, false)) return;
    }
    scope->num_cells = static_cast<uint16_t>(next - scope->num_locals);
    for (Symbol* symbol = scope->First(); symbol != nullptr; symbol = scope->Next(symbol)) {
      if (symbol->binding != Binding::kFree) continue;
      if (!SetSlot(symbol, &next, false)) return;
    }
    scope->num_free = static_cast<uint16_t>(next - scope->num_locals - scope->num_cells);
  }

  // A class body has no fast locals: its names live in the namespace. Its slots are the __class__ cell and the
  // free variables, its own (LOAD_CLASSDEREF) and those it only passes to its methods.
  void LayoutClass(Scope* scope) {
    uint32_t next = 0;
    scope->num_locals = 0;
    for (Symbol* symbol = scope->First(); symbol != nullptr; symbol = scope->Next(symbol)) {
      if (symbol->binding == Binding::kCell && !SetSlot(symbol, &next, false)) return;
    }
    scope->num_cells = static_cast<uint16_t>(next);
    for (Symbol* symbol = scope->First(); symbol != nullptr; symbol = scope->Next(symbol)) {
      if (symbol->binding == Binding::kFree) {
        if (!SetSlot(symbol, &next, false)) return;
      } else if ((symbol->flags & kSymbolPassThrough) != 0 && symbol->binding != Binding::kCell) {
        if (!SetSlot(symbol, &next, true)) return;
      }
    }
    scope->num_free = static_cast<uint16_t>(next - scope->num_cells);
  }

  void Layout(Scope* scope) {
    if (scope->is_function_like()) {
      LayoutFunction(scope);
    } else if (scope->kind == ScopeKind::kClass) {
      LayoutClass(scope);
    }
    for (Scope* child = scope->first_child; child != nullptr && !error_->failed(); child = child->next_sibling) {
      Layout(child);
    }
  }

  Arena* arena_;
  SyntaxError* error_;
};

}  // namespace

bool ResolveScopes(Scope* root, Arena* arena, SyntaxError* error) {
  Resolver resolver(arena, error);
  return resolver.Run(root);
}

}  // namespace emit
}  // namespace mica
