// What the two halves of scope analysis share: scope_builder.cc records names, scope_resolve.cc decides their
// bindings and slots. Private to compiler/emitter.
#ifndef MICA_COMPILER_EMITTER_SCOPE_INTERNAL_H_
#define MICA_COMPILER_EMITTER_SCOPE_INTERNAL_H_

#include <stdint.h>

#include "compiler/arena.h"
#include "compiler/ast.h"
#include "compiler/emitter/scope.h"
#include "compiler/syntax_error.h"

namespace mica {
namespace emit {

// Adds a symbol (flags 0, binding kGlobalImplicit, no slots) at the end of the scope's list; null when the arena
// is full. The caller has checked that the name is not there yet.
Symbol* AddSymbol(Scope* scope, Arena* arena, const char* text, uint32_t length, const ast::Node* where);

// The symbol, added if missing; null when the arena is full.
Symbol* FindOrAddSymbol(Scope* scope, Arena* arena, const char* text, uint32_t length, const ast::Node* where);

// Decides every symbol's binding and every scope's slots (scope.h). False with *error set.
bool ResolveScopes(Scope* root, Arena* arena, SyntaxError* error);

// Records a SyntaxError at `where` whose message is before + name + after, copied into the arena (or `fallback`,
// a constant, if the arena is full).
void FailWithName(SyntaxError* error, Arena* arena, const ast::Node* where, const char* before, const char* text,
                  uint32_t length, const char* after, const char* fallback);

// Records a SyntaxError with a constant message at `where`.
void FailAt(SyntaxError* error, const ast::Node* where, const char* message);

void FailOutOfMemory(SyntaxError* error, const ast::Node* where);

}  // namespace emit
}  // namespace mica

#endif  // MICA_COMPILER_EMITTER_SCOPE_INTERNAL_H_
