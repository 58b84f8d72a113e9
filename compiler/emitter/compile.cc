#include "compiler/emitter/compile.h"

#include "compiler/emitter/function_emitter.h"
#include "compiler/emitter/scope.h"
#include "compiler/parser.h"

namespace mica {

const vm::RawCode* Compile(const char* source, size_t length, uint32_t file_name_id, CompileMode mode, Arena& arena,
                           const CodeSink& sink, SyntaxErrorInfo* error) {
  CompileOptions options;
  options.mode = mode;
  return Compile(source, length, file_name_id, options, arena, sink, error);
}

const vm::RawCode* Compile(const char* source, size_t length, uint32_t file_name_id, const CompileOptions& options,
                           Arena& arena, const CodeSink& sink, SyntaxErrorInfo* error) {
  *error = SyntaxError();
  if (length > UINT32_MAX) {
    error->kind = ErrorKind::kMemoryError;
    error->message = "out of memory";
    error->line = 1;
    error->column = 1;
    return nullptr;
  }
  ParseOptions parse_options;
  parse_options.mode = options.mode == CompileMode::kEval ? ParseMode::kEval : ParseMode::kFile;
  parse_options.max_nesting = options.max_nesting;
  parse_options.max_ast_height = options.max_ast_height;
  const ParseResult parsed = Parse(source, static_cast<uint32_t>(length), &arena, parse_options);
  if (!parsed.ok()) {
    *error = parsed.error;
    return nullptr;
  }
  emit::ScopeOptions scope_options;
  scope_options.optimize = options.optimize;
  emit::ScopeTree scopes;
  if (!emit::AnalyzeScopes(parsed.root, source, &arena, scope_options, &scopes, error)) return nullptr;

  uint32_t bits = options.small_int_bits;
  if (bits < 2) bits = 2;
  if (bits > 64) bits = 64;
  emit::CompileContext context;
  context.source = source;
  context.arena = &arena;
  context.sink = &sink;
  context.options = &options;
  context.error = error;
  context.scopes = &scopes;
  context.file_name_id = file_name_id;
  context.small_int_max = bits == 64 ? INT64_MAX : static_cast<int64_t>((uint64_t{1} << (bits - 1)) - 1);
  context.small_int_min = -context.small_int_max - 1;
  emit::FunctionEmitter module(&context, scopes.root);
  return module.Compile();
}

}  // namespace mica
