// The first half of scope analysis: walks the tree, creates a Scope per function, lambda, class body and
// comprehension, and records every name with how it occurs. Also makes the checks that need to know the
// enclosing scope or loop, and recognises micropython.const() definitions. Then hands over to ResolveScopes.
#include <string.h>

#include "compiler/emitter/constant_fold.h"
#include "compiler/emitter/scope.h"
#include "compiler/emitter/scope_internal.h"

namespace mica {
namespace emit {
namespace {

using ast::NodeKind;

bool SameText(const char* text, uint32_t length, const char* literal) {
  const size_t literal_length = strlen(literal);
  return length == literal_length && memcmp(text, literal, length) == 0;
}

const char* YieldInComprehensionMessage(NodeKind kind) {
  switch (kind) {
    case NodeKind::kListComp:
      return "'yield' inside list comprehension";
    case NodeKind::kSetComp:
      return "'yield' inside set comprehension";
    case NodeKind::kDictComp:
      return "'yield' inside dict comprehension";
    default:
      return "'yield' inside generator expression";
  }
}

class ScopeBuilder {
 public:
  ScopeBuilder(const char* source, Arena* arena, const ScopeOptions& options, SyntaxError* error)
      : source_(source), arena_(arena), options_(options), error_(error) {}

  bool Run(ast::Node* root, ScopeTree* out) {
    Scope* module = NewScope(ScopeKind::kModule, root, nullptr);
    if (module == nullptr) return false;
    module->flags |= kScopeNamespace;
    current_ = module;
    if (root->kind == NodeKind::kModule) {
      Statements(static_cast<ast::Module*>(root)->body);
    } else {
      Expression(static_cast<ast::Expression*>(root)->body);
    }
    if (failed()) return false;
    out->root = module;
    out->constants = first_constant_;
    return ResolveScopes(module, arena_, error_);
  }

 private:
  bool failed() const { return error_->failed(); }

  void Fail(const ast::Node* at, const char* message) { FailAt(error_, at, message); }

  void FailName(const ast::Node* at, const char* before, const char* text, uint32_t length, const char* after,
                const char* fallback) {
    FailWithName(error_, arena_, at, before, text, length, after, fallback);
  }

  const char* Text(ast::Ident id) const { return source_ + id.offset; }

  // ---- Scopes and names --------------------------------------------------------------------------------------

  Scope* NewScope(ScopeKind kind, const ast::Node* node, Scope* parent) {
    Scope* scope = arena_->New<Scope>();
    if (scope == nullptr) {
      FailOutOfMemory(error_, node);
      return nullptr;
    }
    scope->kind = kind;
    scope->node = node;
    scope->parent = parent;
    if (parent != nullptr) {
      if (parent->last_child == nullptr) {
        parent->first_child = scope;
      } else {
        parent->last_child->next_sibling = scope;
      }
      parent->last_child = scope;
    }
    return scope;
  }

  Symbol* Note(Scope* scope, const char* text, uint32_t length, uint16_t flags, const ast::Node* where) {
    Symbol* symbol = FindOrAddSymbol(scope, arena_, text, length, where);
    if (symbol == nullptr) {
      FailOutOfMemory(error_, where);
      return nullptr;
    }
    symbol->flags = static_cast<uint16_t>(symbol->flags | flags);
    return symbol;
  }

  Symbol* Note(ast::Ident id, uint16_t flags, const ast::Node* where) {
    return Note(current_, Text(id), id.length, flags, where);
  }

  // A name being bound: refuses __debug__.
  void Bind(ast::Ident id, const ast::Node* where, uint16_t extra = 0) {
    if (SameText(Text(id), id.length, "__debug__")) {
      Fail(where, "cannot assign to __debug__");
      return;
    }
    Note(id, static_cast<uint16_t>(kSymbolBound | extra), where);
  }

  // The nearest scope that is not a comprehension.
  Scope* EnclosingNonComprehension() const {
    Scope* scope = current_;
    while (scope->kind == ScopeKind::kComprehension) scope = scope->parent;
    return scope;
  }

  bool InAsyncFunction() const {
    const Scope* scope = EnclosingNonComprehension();
    return scope->kind == ScopeKind::kFunction && (scope->flags & kScopeCoroutine) != 0;
  }

  // ---- Statements ----------------------------------------------------------------------------------------------

  void Statements(Span<ast::Stmt*> body) {
    ++statement_depth_;
    for (ast::Stmt* statement : body) {
      if (failed()) break;
      Statement(statement);
    }
    --statement_depth_;
  }

  void Statement(ast::Stmt* statement) {
    switch (statement->kind) {
      case NodeKind::kFunctionDef:
        FunctionDef(static_cast<ast::FunctionDef*>(statement));
        break;
      case NodeKind::kClassDef:
        ClassDef(static_cast<ast::ClassDef*>(statement));
        break;
      case NodeKind::kReturn: {
        auto* node = static_cast<ast::Return*>(statement);
        if (current_->kind != ScopeKind::kFunction) {
          Fail(statement, "'return' outside function");
          return;
        }
        if (node->value != nullptr && first_value_return_ == nullptr) first_value_return_ = statement;
        Expression(node->value);
        break;
      }
      case NodeKind::kDelete:
        Expressions(static_cast<ast::Delete*>(statement)->targets);
        break;
      case NodeKind::kAssign: {
        auto* node = static_cast<ast::Assign*>(statement);
        Expressions(node->targets);
        Expression(node->value);
        if (current_->kind == ScopeKind::kModule && statement_depth_ == 1) ModuleConstantDefinition(node);
        break;
      }
      case NodeKind::kAugAssign: {
        auto* node = static_cast<ast::AugAssign*>(statement);
        if (node->target->kind == NodeKind::kName) {
          Bind(static_cast<ast::Name*>(node->target)->id, node->target, kSymbolUsed);
        } else {
          Expression(node->target);
        }
        Expression(node->value);
        break;
      }
      case NodeKind::kAnnAssign:
        AnnAssign(static_cast<ast::AnnAssign*>(statement));
        break;
      case NodeKind::kFor: {
        auto* node = static_cast<ast::For*>(statement);
        if (node->is_async() && !InAsyncFunction()) {
          Fail(statement, "'async for' outside async function");
          return;
        }
        Expression(node->target);
        Expression(node->iter);
        Loop(node->body);
        Statements(node->orelse);
        break;
      }
      case NodeKind::kWhile: {
        auto* node = static_cast<ast::While*>(statement);
        Expression(node->test);
        Loop(node->body);
        Statements(node->orelse);
        break;
      }
      case NodeKind::kIf: {
        auto* node = static_cast<ast::If*>(statement);
        Expression(node->test);
        Statements(node->body);
        Statements(node->orelse);
        break;
      }
      case NodeKind::kWith: {
        auto* node = static_cast<ast::With*>(statement);
        if (node->is_async() && !InAsyncFunction()) {
          Fail(statement, "'async with' outside async function");
          return;
        }
        for (ast::WithItem* item : node->items) {
          Expression(item->context_expr);
          Expression(item->optional_vars);
        }
        Statements(node->body);
        break;
      }
      case NodeKind::kRaise: {
        auto* node = static_cast<ast::Raise*>(statement);
        Expression(node->exc);
        Expression(node->cause);
        break;
      }
      case NodeKind::kTry: {
        auto* node = static_cast<ast::Try*>(statement);
        Statements(node->body);
        for (ast::ExceptHandler* handler : node->handlers) {
          Expression(handler->type);
          if (!handler->name.empty()) Bind(handler->name, handler);
          Statements(handler->body);
        }
        Statements(node->orelse);
        Statements(node->finalbody);
        break;
      }
      case NodeKind::kAssert: {
        auto* node = static_cast<ast::Assert*>(statement);
        Expression(node->test);
        Expression(node->msg);
        break;
      }
      case NodeKind::kImport:
        Import(static_cast<ast::Import*>(statement));
        break;
      case NodeKind::kImportFrom:
        ImportFrom(static_cast<ast::ImportFrom*>(statement));
        break;
      case NodeKind::kGlobal:
      case NodeKind::kNonlocal:
        Declaration(static_cast<ast::NameList*>(statement));
        break;
      case NodeKind::kExprStmt:
        Expression(static_cast<ast::ExprStmt*>(statement)->value);
        break;
      case NodeKind::kBreak:
        if (loop_depth_ == 0) Fail(statement, "'break' outside loop");
        break;
      case NodeKind::kContinue:
        if (loop_depth_ == 0) Fail(statement, "'continue' not properly in loop");
        break;
      default:  // pass
        break;
    }
  }

  void Loop(Span<ast::Stmt*> body) {
    ++loop_depth_;
    Statements(body);
    --loop_depth_;
  }

  void AnnAssign(ast::AnnAssign* node) {
    // The annotation is not evaluated (docs/bytecode.md). A simple name is local to a function even without a
    // value, as in CPython.
    if (node->target->kind == NodeKind::kName) {
      const ast::Ident id = static_cast<ast::Name*>(node->target)->id;
      Symbol* symbol = current_->Find(Text(id), id.length);
      if (symbol != nullptr && (symbol->flags & (kSymbolGlobal | kSymbolNonlocal)) != 0) {
        FailName(node, "annotated name '", Text(id), id.length,
                 (symbol->flags & kSymbolGlobal) != 0 ? "' can't be global" : "' can't be nonlocal",
                 "annotated name can't be global");
        return;
      }
      const bool binds = node->value != nullptr || current_->kind == ScopeKind::kFunction;
      if (binds) {
        Bind(id, node->target, kSymbolAnnotated);
      } else {
        Note(id, kSymbolAnnotated, node->target);
      }
    } else {
      Expression(node->target);
    }
    Expression(node->value);
  }

  void Import(ast::Import* node) {
    for (ast::Alias* alias : node->names) {
      const char* text = Text(alias->name);
      uint32_t length = 0;
      if (!alias->asname.empty()) {
        Bind(alias->asname, alias);
        if (SameText(text, alias->name.length, "micropython")) {
          micropython_ = Text(alias->asname);
          micropython_length_ = alias->asname.length;
        }
        continue;
      }
      // `import a.b.c` binds `a`.
      while (length < alias->name.length && text[length] != '.' && static_cast<uint8_t>(text[length]) > ' ' &&
             text[length] != '\\') {
        ++length;
      }
      if (SameText(text, length, "__debug__")) {
        Fail(alias, "cannot assign to __debug__");
        return;
      }
      Note(current_, text, length, kSymbolBound, alias);
      if (SameText(text, alias->name.length, "micropython")) {
        micropython_ = text;
        micropython_length_ = length;
      }
    }
  }

  void ImportFrom(ast::ImportFrom* node) {
    const bool from_micropython =
        node->level() == 0 && SameText(Text(node->module), node->module.length, "micropython");
    for (ast::Alias* alias : node->names) {
      if (SameText(Text(alias->name), alias->name.length, "*")) {
        if (current_->kind != ScopeKind::kModule) {
          Fail(node, "import * only allowed at module level");
          return;
        }
        continue;
      }
      const ast::Ident bound = alias->asname.empty() ? alias->name : alias->asname;
      Bind(bound, alias);
      if (from_micropython && SameText(Text(alias->name), alias->name.length, "const")) {
        const_ = Text(bound);
        const_length_ = bound.length;
      }
    }
  }

  void Declaration(ast::NameList* node) {
    const bool global = node->kind == NodeKind::kGlobal;
    if (!global && current_->kind == ScopeKind::kModule) {
      Fail(node, "nonlocal declaration not allowed at module level");
      return;
    }
    const char* kind = global ? "global" : "nonlocal";
    for (const ast::Ident& id : node->names) {
      const char* text = Text(id);
      Symbol* symbol = current_->Find(text, id.length);
      if (symbol != nullptr) {
        const uint16_t declared = global ? kSymbolGlobal : kSymbolNonlocal;
        const uint16_t other = global ? kSymbolNonlocal : kSymbolGlobal;
        if ((symbol->flags & other) != 0) {
          FailName(node, "name '", text, id.length, "' is nonlocal and global", "name is nonlocal and global");
          return;
        }
        if ((symbol->flags & declared) == 0) {
          const char* problem = nullptr;
          if ((symbol->flags & kSymbolParameter) != 0) {
            problem = global ? "' is parameter and global" : "' is parameter and nonlocal";
          } else if ((symbol->flags & kSymbolUsed) != 0) {
            problem = global ? "' is used prior to global declaration" : "' is used prior to nonlocal declaration";
          } else if ((symbol->flags & kSymbolAnnotated) != 0) {
            FailName(node, "annotated name '", text, id.length, global ? "' can't be global" : "' can't be nonlocal",
                     "annotated name can't be global");
            return;
          } else if ((symbol->flags & kSymbolBound) != 0) {
            problem =
                global ? "' is assigned to before global declaration" : "' is assigned to before nonlocal declaration";
          }
          if (problem != nullptr) {
            FailName(node, "name '", text, id.length, problem, kind);
            return;
          }
        }
      }
      Symbol* declared = Note(current_, text, id.length, global ? kSymbolGlobal : kSymbolNonlocal, node);
      if (declared != nullptr && symbol == nullptr) declared->where = node;
    }
  }

  // `X = const(expr)` at module level, with `const` from micropython: X becomes a module constant.
  void ModuleConstantDefinition(ast::Assign* node) {
    if (failed() || node->targets.count != 1 || node->targets[0]->kind != NodeKind::kName) return;
    if (node->value->kind != NodeKind::kCall) return;
    auto* call = static_cast<ast::Call*>(node->value);
    if (call->args.count != 1 || call->keywords.count != 0 || call->args[0]->kind == NodeKind::kStarred) return;
    bool is_const = false;
    if (call->func->kind == NodeKind::kName && const_ != nullptr) {
      const ast::Ident id = static_cast<ast::Name*>(call->func)->id;
      is_const = id.length == const_length_ && memcmp(Text(id), const_, const_length_) == 0;
    } else if (call->func->kind == NodeKind::kAttribute && micropython_ != nullptr) {
      auto* attribute = static_cast<ast::Attribute*>(call->func);
      if (attribute->value->kind == NodeKind::kName &&
          SameText(Text(attribute->attr), attribute->attr.length, "const")) {
        const ast::Ident id = static_cast<ast::Name*>(attribute->value)->id;
        is_const = id.length == micropython_length_ && memcmp(Text(id), micropython_, micropython_length_) == 0;
      }
    }
    if (!is_const) return;
    FoldContext context;
    context.source = source_;
    context.optimize = options_.optimize;
    context.lookup = &ScopeBuilder::LookupConstant;
    context.lookup_context = this;
    FoldedValue value;
    if (!FoldConstant(call->args[0], context, &value)) {
      Fail(call->args[0], "constant must be an integer");
      return;
    }
    ModuleConstant* constant = arena_->New<ModuleConstant>();
    if (constant == nullptr) {
      FailOutOfMemory(error_, node);
      return;
    }
    const ast::Ident name = static_cast<ast::Name*>(node->targets[0])->id;
    constant->text = Text(name);
    constant->length = name.length;
    constant->statement = node;
    constant->value = value;
    if (last_constant_ == nullptr) {
      first_constant_ = constant;
    } else {
      last_constant_->next = constant;
    }
    last_constant_ = constant;
  }

  // While the module is walked, every constant so far precedes the one being defined.
  static const FoldedValue* LookupConstant(void* context, const ast::Name* name) {
    auto* self = static_cast<ScopeBuilder*>(context);
    const FoldedValue* found = nullptr;
    for (const ModuleConstant* constant = self->first_constant_; constant != nullptr; constant = constant->next) {
      if (constant->length == name->id.length && memcmp(constant->text, self->Text(name->id), constant->length) == 0) {
        found = &constant->value;
      }
    }
    return found;
  }

  // ---- Functions, classes, lambdas -------------------------------------------------------------------------

  // Default values are evaluated where the function is defined; annotations are not evaluated at all.
  void Defaults(ast::Arguments* args) {
    if (args == nullptr) return;
    for (ast::Arg* arg : args->positional) Expression(arg->default_value);
    for (ast::Arg* arg : args->keyword_only) Expression(arg->default_value);
  }

  // Parameters in slot order: positional (positional-only first), keyword-only, *args, **kwargs.
  void Parameters(Scope* scope, ast::Arguments* args) {
    if (args == nullptr) return;
    for (ast::Arg* arg : args->positional) Bind(arg->name, arg, kSymbolParameter);
    for (ast::Arg* arg : args->keyword_only) Bind(arg->name, arg, kSymbolParameter);
    if (args->vararg != nullptr) {
      Bind(args->vararg->name, args->vararg, kSymbolParameter);
      scope->flags |= kScopeVarArgs;
    }
    if (args->kwarg != nullptr) {
      Bind(args->kwarg->name, args->kwarg, kSymbolParameter);
      scope->flags |= kScopeVarKeywords;
    }
    scope->num_positional = static_cast<uint16_t>(args->positional.count);
    scope->num_positional_only = static_cast<uint16_t>(args->positional_only_count);
    scope->num_kwonly = static_cast<uint16_t>(args->keyword_only.count);
  }

  // Runs `body` with `scope` current and a fresh loop and return context.
  struct Saved {
    Scope* scope;
    uint32_t loop_depth;
    const ast::Node* first_value_return;
    bool in_iterable;
  };
  Saved Enter(Scope* scope) {
    Saved saved = {current_, loop_depth_, first_value_return_, in_comprehension_iterable_};
    current_ = scope;
    loop_depth_ = 0;
    first_value_return_ = nullptr;
    in_comprehension_iterable_ = false;
    return saved;
  }
  void Leave(const Saved& saved) {
    current_ = saved.scope;
    loop_depth_ = saved.loop_depth;
    first_value_return_ = saved.first_value_return;
    in_comprehension_iterable_ = saved.in_iterable;
  }

  void FunctionDef(ast::FunctionDef* node) {
    Expressions(node->decorators);
    Defaults(node->args);
    Bind(node->name, node);
    Scope* scope = NewScope(ScopeKind::kFunction, node, current_);
    if (scope == nullptr) return;
    if (node->is_async()) scope->flags |= kScopeCoroutine;
    const Saved saved = Enter(scope);
    Parameters(scope, node->args);
    Statements(node->body);
    const bool async_generator =
        (scope->flags & (kScopeGenerator | kScopeCoroutine)) == (kScopeGenerator | kScopeCoroutine);
    if (async_generator && first_value_return_ != nullptr)
      Fail(first_value_return_, "'return' with value in async generator");
    Leave(saved);
  }

  void ClassDef(ast::ClassDef* node) {
    Expressions(node->decorators);
    Expressions(node->bases);
    for (ast::Keyword* keyword : node->keywords) Expression(keyword->value);
    Bind(node->name, node);
    Scope* scope = NewScope(ScopeKind::kClass, node, current_);
    if (scope == nullptr) return;
    scope->flags |= kScopeNamespace;
    const Saved saved = Enter(scope);
    Statements(node->body);
    Leave(saved);
  }

  void Lambda(ast::Lambda* node) {
    Defaults(node->args);
    Scope* scope = NewScope(ScopeKind::kLambda, node, current_);
    if (scope == nullptr) return;
    const Saved saved = Enter(scope);
    Parameters(scope, node->args);
    Expression(node->body);
    Leave(saved);
  }

  // ---- Comprehensions ------------------------------------------------------------------------------------------

  void Comprehension(ast::Expr* node, Span<ast::Comprehension*> generators, ast::Expr* element, ast::Expr* value) {
    // The first iterable is evaluated in the enclosing scope and passed in as ".0".
    const bool was_in_iterable = in_comprehension_iterable_;
    in_comprehension_iterable_ = true;
    Expression(generators[0]->iter);
    in_comprehension_iterable_ = was_in_iterable;
    if (failed()) return;
    Scope* scope = NewScope(ScopeKind::kComprehension, node, current_);
    if (scope == nullptr) return;
    Saved saved = Enter(scope);
    loop_depth_ = saved.loop_depth;  // break/continue cannot occur in an expression anyway
    Note(scope, ".0", 2, kSymbolBound | kSymbolParameter, node);
    scope->num_positional = 1;
    for (uint32_t i = 0; i < generators.count && !failed(); ++i) {
      ast::Comprehension* generator = generators[i];
      if (i > 0) {
        in_comprehension_iterable_ = true;
        Expression(generator->iter);
        in_comprehension_iterable_ = false;
      }
      IterationTarget(generator->target);
      if (generator->is_async()) {
        if (node->kind != NodeKind::kGeneratorExp && !IsInsideAsyncFunction(saved.scope)) {
          Fail(generator, "asynchronous comprehension outside of an asynchronous function");
          return;
        }
        scope->flags |= kScopeCoroutine;
      }
      Expressions(generator->ifs);
    }
    Expression(element);
    Expression(value);
    Leave(saved);
    // Awaiting a coroutine comprehension makes the comprehension around it a coroutine too.
    if ((scope->flags & kScopeCoroutine) != 0 && node->kind != NodeKind::kGeneratorExp &&
        current_->kind == ScopeKind::kComprehension) {
      current_->flags |= kScopeCoroutine;
    }
  }

  static bool IsInsideAsyncFunction(const Scope* scope) {
    while (scope->kind == ScopeKind::kComprehension) scope = scope->parent;
    return scope->kind == ScopeKind::kFunction && (scope->flags & kScopeCoroutine) != 0;
  }

  void IterationTarget(ast::Expr* target) {
    if (target->kind == NodeKind::kName) {
      Bind(static_cast<ast::Name*>(target)->id, target, kSymbolIteration);
    } else if (target->kind == NodeKind::kTuple || target->kind == NodeKind::kList) {
      for (ast::Expr* item : static_cast<ast::Sequence*>(target)->elts) IterationTarget(item);
    } else if (target->kind == NodeKind::kStarred) {
      IterationTarget(static_cast<ast::Starred*>(target)->value);
    } else {
      Expression(target);
    }
  }

  // `name := value`: in a comprehension, the name belongs to the nearest enclosing non-comprehension scope.
  void NamedExpr(ast::NamedExpr* node) {
    Expression(node->value);
    if (failed() || node->target->kind != NodeKind::kName) return;
    const ast::Ident id = static_cast<ast::Name*>(node->target)->id;
    const char* text = Text(id);
    if (in_comprehension_iterable_) {
      Fail(node, "assignment expression cannot be used in a comprehension iterable expression");
      return;
    }
    if (current_->kind != ScopeKind::kComprehension) {
      Bind(id, node->target);
      return;
    }
    for (Scope* scope = current_; scope->kind == ScopeKind::kComprehension; scope = scope->parent) {
      Symbol* symbol = scope->Find(text, id.length);
      if (symbol != nullptr && (symbol->flags & kSymbolIteration) != 0) {
        FailName(node, "assignment expression cannot rebind comprehension iteration variable '", text, id.length, "'",
                 "assignment expression cannot rebind comprehension iteration variable");
        return;
      }
    }
    Scope* target_scope = EnclosingNonComprehension();
    if (target_scope->kind == ScopeKind::kClass) {
      Fail(node, "assignment expression within a comprehension cannot be used in a class body");
      return;
    }
    if (SameText(text, id.length, "__debug__")) {
      Fail(node->target, "cannot assign to __debug__");
      return;
    }
    const uint16_t inner = target_scope->kind == ScopeKind::kModule ? kSymbolGlobal : kSymbolNonlocal;
    for (Scope* scope = current_; scope != target_scope; scope = scope->parent) {
      Note(scope, text, id.length, static_cast<uint16_t>(inner | kSymbolBound), node->target);
    }
    Note(target_scope, text, id.length, kSymbolBound, node->target);
  }

  // ---- Expressions ---------------------------------------------------------------------------------------------

  void Expressions(Span<ast::Expr*> list) {
    for (ast::Expr* expression : list) {
      if (failed()) return;
      Expression(expression);
    }
  }

  static bool VisitChild(ast::Node* child, void* context) {
    auto* self = static_cast<ScopeBuilder*>(context);
    if (ast::Expr::Is(child->kind)) {
      self->Expression(static_cast<ast::Expr*>(child));
    } else if (child->kind == NodeKind::kKeyword) {
      self->Expression(static_cast<ast::Keyword*>(child)->value);
    } else {
      ast::ForEachChild(child, VisitChild, context);
    }
    return !self->failed();
  }

  void Expression(ast::Expr* expression) {
    if (expression == nullptr || failed()) return;
    switch (expression->kind) {
      case NodeKind::kName: {
        auto* name = static_cast<ast::Name*>(expression);
        if (name->ctx() != ast::ExprContext::kLoad) {
          Bind(name->id, name);
          return;
        }
        Note(name->id, kSymbolUsed, name);
        // Zero-argument super() reads the __class__ cell of the class around the method.
        if (current_->is_function_like() && SameText(Text(name->id), name->id.length, "super")) {
          Note(current_, "__class__", 9, kSymbolUsed, name);
        }
        return;
      }
      case NodeKind::kNamedExpr:
        NamedExpr(static_cast<ast::NamedExpr*>(expression));
        return;
      case NodeKind::kLambda:
        Lambda(static_cast<ast::Lambda*>(expression));
        return;
      case NodeKind::kListComp:
      case NodeKind::kSetComp:
      case NodeKind::kGeneratorExp: {
        auto* comp = static_cast<ast::Comp*>(expression);
        Comprehension(expression, comp->generators, comp->elt, nullptr);
        return;
      }
      case NodeKind::kDictComp: {
        auto* comp = static_cast<ast::DictComp*>(expression);
        Comprehension(expression, comp->generators, comp->key, comp->value);
        return;
      }
      case NodeKind::kYield:
      case NodeKind::kYieldFrom: {
        if (current_->kind == ScopeKind::kModule || current_->kind == ScopeKind::kClass) {
          Fail(expression, "'yield' outside function");
          return;
        }
        if (current_->kind == ScopeKind::kComprehension) {
          Fail(expression, YieldInComprehensionMessage(current_->node->kind));
          return;
        }
        if (expression->kind == NodeKind::kYieldFrom && (current_->flags & kScopeCoroutine) != 0) {
          Fail(expression, "'yield from' inside async function");
          return;
        }
        current_->flags |= kScopeGenerator;
        if ((current_->flags & kScopeCoroutine) != 0 && first_value_return_ != nullptr) {
          Fail(first_value_return_, "'return' with value in async generator");
          return;
        }
        Expression(static_cast<ast::UnaryLike*>(expression)->value);
        return;
      }
      case NodeKind::kAwait: {
        if (current_->kind == ScopeKind::kModule || current_->kind == ScopeKind::kClass) {
          Fail(expression, "'await' outside function");
          return;
        }
        if (!InAsyncFunction()) {
          Fail(expression, "'await' outside async function");
          return;
        }
        if (current_->kind == ScopeKind::kComprehension) current_->flags |= kScopeCoroutine;
        Expression(static_cast<ast::UnaryLike*>(expression)->value);
        return;
      }
      default:
        ast::ForEachChild(expression, VisitChild, this);
        return;
    }
  }

  const char* source_;
  Arena* arena_;
  ScopeOptions options_;
  SyntaxError* error_;

  Scope* current_ = nullptr;
  uint32_t loop_depth_ = 0;
  uint32_t statement_depth_ = 0;
  const ast::Node* first_value_return_ = nullptr;  // in the current function, for async generators
  bool in_comprehension_iterable_ = false;

  // micropython.const(): the names `const` and `micropython` are bound to at module level, if imported.
  const char* const_ = nullptr;
  uint32_t const_length_ = 0;
  const char* micropython_ = nullptr;
  uint32_t micropython_length_ = 0;
  ModuleConstant* first_constant_ = nullptr;
  ModuleConstant* last_constant_ = nullptr;
};

}  // namespace

bool AnalyzeScopes(ast::Node* root, const char* source, Arena* arena, const ScopeOptions& options, ScopeTree* out,
                   SyntaxError* error) {
  ScopeBuilder builder(source, arena, options, error);
  return builder.Run(root, out);
}

}  // namespace emit
}  // namespace mica
