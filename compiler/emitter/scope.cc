// Scope and symbol tables: lookup, insertion, iteration, and the error records scope analysis produces.
#include "compiler/emitter/scope.h"

#include <string.h>

#include "compiler/emitter/scope_internal.h"

namespace mica {
namespace emit {

uint32_t HashName(const char* text, uint32_t length) {
  uint32_t hash = 2166136261u;
  for (uint32_t i = 0; i < length; ++i) {
    hash ^= static_cast<uint8_t>(text[i]);
    hash *= 16777619u;
  }
  return hash;
}

Symbol* Scope::Find(const char* text, uint32_t length) const {
  const uint32_t hash = HashName(text, length);
  for (SymbolChunk* chunk = first_chunk; chunk != nullptr; chunk = chunk->next) {
    for (uint32_t i = 0; i < chunk->count; ++i) {
      Symbol& symbol = chunk->symbols[i];
      if (symbol.hash == hash && symbol.length == length && memcmp(symbol.text, text, length) == 0) return &symbol;
    }
  }
  return nullptr;
}

Scope* Scope::FindChild(const ast::Node* child_node) const {
  for (Scope* child = first_child; child != nullptr; child = child->next_sibling) {
    if (child->node == child_node) return child;
  }
  return nullptr;
}

Symbol* Scope::First() const {
  return first_chunk != nullptr && first_chunk->count != 0 ? &first_chunk->symbols[0] : nullptr;
}

Symbol* Scope::Next(Symbol* symbol) const {
  // symbols[] is the chunk's first member, so the chunk starts where its first symbol does.
  SymbolChunk* chunk = reinterpret_cast<SymbolChunk*>(symbol - symbol->chunk_index);
  if (symbol->chunk_index + 1u < chunk->count) return symbol + 1;
  return chunk->next != nullptr && chunk->next->count != 0 ? &chunk->next->symbols[0] : nullptr;
}

Symbol* AddSymbol(Scope* scope, Arena* arena, const char* text, uint32_t length, const ast::Node* where) {
  SymbolChunk* chunk = scope->last_chunk;
  if (chunk == nullptr || chunk->count == kSymbolsPerChunk) {
    SymbolChunk* fresh = arena->New<SymbolChunk>();
    if (fresh == nullptr) return nullptr;
    if (chunk == nullptr) {
      scope->first_chunk = fresh;
    } else {
      chunk->next = fresh;
    }
    scope->last_chunk = fresh;
    chunk = fresh;
  }
  Symbol& symbol = chunk->symbols[chunk->count];
  symbol.chunk_index = static_cast<uint8_t>(chunk->count++);
  symbol.text = text;
  symbol.length = length;
  symbol.hash = HashName(text, length);
  symbol.where = where;
  symbol.flags = 0;
  symbol.binding = Binding::kGlobalImplicit;
  symbol.slot = kNoSlot;
  symbol.closure_slot = kNoSlot;
  ++scope->symbol_count;
  return &symbol;
}

Symbol* FindOrAddSymbol(Scope* scope, Arena* arena, const char* text, uint32_t length, const ast::Node* where) {
  Symbol* symbol = scope->Find(text, length);
  return symbol != nullptr ? symbol : AddSymbol(scope, arena, text, length, where);
}

const ModuleConstant* FindModuleConstant(const ScopeTree& tree, const char* text, uint32_t length, uint32_t line,
                                         uint32_t column) {
  const ModuleConstant* found = nullptr;
  for (const ModuleConstant* constant = tree.constants; constant != nullptr; constant = constant->next) {
    const ast::Stmt* at = constant->statement;
    const bool before = at->line < line || (at->line == line && at->column < column);
    if (!before) break;  // the list is in source order
    if (constant->length == length && memcmp(constant->text, text, length) == 0) found = constant;
  }
  return found;
}

void FailAt(SyntaxError* error, const ast::Node* where, const char* message) {
  if (error->failed()) return;
  error->kind = ErrorKind::kSyntaxError;
  error->message = message;
  error->line = where != nullptr ? where->line : 1;
  error->column = where != nullptr ? where->column : 1;
  error->at_end_of_input = false;
}

void FailOutOfMemory(SyntaxError* error, const ast::Node* where) {
  FailAt(error, where, "out of memory");
  error->kind = ErrorKind::kMemoryError;
}

void FailWithName(SyntaxError* error, Arena* arena, const ast::Node* where, const char* before, const char* text,
                  uint32_t length, const char* after, const char* fallback) {
  const size_t before_length = strlen(before);
  const size_t after_length = strlen(after);
  char* message = static_cast<char*>(arena->Allocate(before_length + length + after_length + 1, 1));
  if (message == nullptr) {
    FailAt(error, where, fallback);
    return;
  }
  memcpy(message, before, before_length);
  memcpy(message + before_length, text, length);
  memcpy(message + before_length + length, after, after_length);
  message[before_length + length + after_length] = '\0';
  FailAt(error, where, message);
}

}  // namespace emit
}  // namespace mica
