// Scope analysis: for every module, function, lambda, class body and comprehension, which names it binds and
// how each name it uses is reached - a fast slot, a cell, a closure cell of an enclosing function, the
// namespace (module and class bodies), or globals - plus the checks that need scopes and the parser cannot
// make ("'return' outside function", "no binding for nonlocal 'x' found", ...).
//
// Two steps, as CPython's symtable: a walk of the tree records, per scope, every name with how it occurs
// (bound, used, parameter, global, nonlocal); then resolution decides each name's Binding, turns captured
// locals into cells, threads free variables through intermediate scopes (class bodies included, which hand
// them to their methods) and numbers the frame slots in the RawCode layout (raw_code.h): parameters, other
// fast locals, cells that are not parameters, free variables. Class bodies get the implicit __class__ cell
// when a method uses `super` or `__class__`.
//
// Comprehensions are their own function scopes (the emitter compiles them as nested functions, called with the
// iterator of the first `for` as the hidden parameter ".0"); an assignment expression inside one binds in the
// nearest enclosing non-comprehension scope (PEP 572).
//
// The walk also recognises micropython.const(): at module level, `X = const(expr)` where `const` was imported
// with `from micropython import const` (or is reached as `micropython.const` after `import micropython`) and
// expr folds to a constant records X as a module constant (ScopeTree::constants), which later code inlines.
//
// Everything lives in the Arena; symbols are found by a linear scan over hashed entries (scopes are small).
#ifndef MICA_COMPILER_EMITTER_SCOPE_H_
#define MICA_COMPILER_EMITTER_SCOPE_H_

#include <stddef.h>
#include <stdint.h>

#include "compiler/arena.h"
#include "compiler/ast.h"
#include "compiler/emitter/constant_fold.h"
#include "compiler/syntax_error.h"

namespace mica {
namespace emit {

enum class ScopeKind : uint8_t { kModule, kFunction, kLambda, kClass, kComprehension };

enum class Binding : uint8_t {
  kLocal,           // functions: a fast slot; module and class bodies: the namespace (*_NAME)
  kCell,            // a local that nested functions capture: a cell in its slot (*_DEREF)
  kFree,            // a cell of an enclosing function, in a free-variable slot (*_DEREF, LOAD_CLASSDEREF)
  kGlobalExplicit,  // declared `global` (*_GLOBAL)
  kGlobalImplicit,  // used but bound nowhere around it: globals, then builtins (LOAD_GLOBAL; LOAD_NAME in bodies)
};

enum SymbolFlags : uint16_t {
  kSymbolBound = 1 << 0,  // assigned, imported, defined, deleted, a for/with/except target
  kSymbolParameter = 1 << 1,
  kSymbolUsed = 1 << 2,         // read
  kSymbolGlobal = 1 << 3,       // `global x`
  kSymbolNonlocal = 1 << 4,     // `nonlocal x`, or an assignment expression's target in a comprehension
  kSymbolCaptured = 1 << 5,     // a nested scope reads it: a local becomes a cell
  kSymbolPassThrough = 1 << 6,  // a class body holds this free variable only to hand it to its methods
  kSymbolIteration = 1 << 7,    // a comprehension's iteration variable
  kSymbolAnnotated = 1 << 8,    // `x: T` in this scope
};

constexpr uint16_t kNoSlot = 0xFFFF;

struct Symbol {
  const char* text;  // the name (in the source, or a static string for implicit names)
  uint32_t length;
  uint32_t hash;
  const ast::Node* where;  // first occurrence, or the global/nonlocal statement: for error positions
  uint16_t flags;          // SymbolFlags
  Binding binding;
  uint8_t chunk_index;    // position in its SymbolChunk (iteration)
  uint16_t slot;          // frame slot for fast locals, cells and free variables; kNoSlot otherwise
  uint16_t closure_slot;  // the cell to hand to a nested closure (the slot, or a class's pass-through slot)
};

enum ScopeFlags : uint16_t {
  kScopeGenerator = 1 << 0,  // contains yield
  kScopeCoroutine = 1 << 1,  // async def, or a comprehension containing await or async for
  kScopeVarArgs = 1 << 2,
  kScopeVarKeywords = 1 << 3,
  kScopeClassCell = 1 << 4,  // class body that provides the __class__ cell
  kScopeNamespace = 1 << 5,  // module or class body: names go through the frame's namespace
};

struct SymbolChunk;

struct Scope {
  ScopeKind kind;
  uint16_t flags;         // ScopeFlags
  const ast::Node* node;  // Module/Expression, FunctionDef, Lambda, ClassDef, or the comprehension expression
  Scope* parent;
  Scope* first_child;
  Scope* last_child;
  Scope* next_sibling;
  SymbolChunk* first_chunk;
  SymbolChunk* last_chunk;
  uint32_t symbol_count;

  // The slot layout (raw_code.h); module scopes have none.
  uint16_t num_positional;
  uint16_t num_positional_only;
  uint16_t num_kwonly;
  uint16_t num_locals;
  uint16_t num_cells;
  uint16_t num_free;

  bool is_function_like() const {
    return kind == ScopeKind::kFunction || kind == ScopeKind::kLambda || kind == ScopeKind::kComprehension;
  }
  uint32_t num_slots() const { return uint32_t{num_locals} + num_cells + num_free; }

  Symbol* Find(const char* text, uint32_t length) const;
  Scope* FindChild(const ast::Node* node) const;
  // Symbols in the order they were first seen: for (Symbol* s = scope->First(); s; s = scope->Next(s)).
  Symbol* First() const;
  Symbol* Next(Symbol* symbol) const;
};

// A scope's symbols in fixed chunks: most scopes have a handful (6 measured best on realistic code).
constexpr uint32_t kSymbolsPerChunk = 6;

struct SymbolChunk {
  Symbol symbols[kSymbolsPerChunk];  // first: a symbol's chunk is found from the symbol and its chunk_index
  uint32_t count;
  SymbolChunk* next;
};

// A name bound by micropython.const() at module level.
struct ModuleConstant {
  const char* text;
  uint32_t length;
  const ast::Stmt* statement;  // the assignment; uses after it inline the value
  FoldedValue value;
  ModuleConstant* next;
};

struct ScopeTree {
  Scope* root = nullptr;
  ModuleConstant* constants = nullptr;  // in source order
};

struct ScopeOptions {
  bool optimize = false;  // __debug__ folds to False (it may appear in a const() expression)
};

// Analyses the tree the parser returned (a Module or an Expression). False with *error set on a SyntaxError or
// when the arena is full (MemoryError).
bool AnalyzeScopes(ast::Node* root, const char* source, Arena* arena, const ScopeOptions& options, ScopeTree* out,
                   SyntaxError* error);

// The hash symbols are found by.
uint32_t HashName(const char* text, uint32_t length);

// The module constant named `text` defined before the position (line, column), or null.
const ModuleConstant* FindModuleConstant(const ScopeTree& tree, const char* text, uint32_t length, uint32_t line,
                                         uint32_t column);

}  // namespace emit
}  // namespace mica

#endif  // MICA_COMPILER_EMITTER_SCOPE_H_
