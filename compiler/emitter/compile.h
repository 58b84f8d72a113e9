// Compile: Python source to a tree of RawCodes (docs/bytecode.md), allocation-free.
//
//   Arena arena(block, size);                     // parse tree, scopes and the emitter's scratch
//   SyntaxErrorInfo error;
//   const vm::RawCode* code = Compile(source, length, file_name_id, CompileMode::kModule, arena, sink, &error);
//   if (code == nullptr) { ... error says what and where ... }
//
// The pipeline: Parse (compiler/parser.h) -> AnalyzeScopes (scope.h) -> one FunctionEmitter per function,
// innermost finished first, each handing its RawCode to the sink (code_sink.h). Everything temporary comes
// from `arena`; a function's working memory is released as soon as the sink has its RawCode, so the peak is
// the parse tree plus the emitters of one chain of nested functions. Nothing else is allocated.
//
// Errors: the first problem stops the compilation and fills *error: SyntaxError (from the parser or from scope
// analysis: "'return' outside function", "no binding for nonlocal 'x' found", ...), IndentationError, TabError,
// or MemoryError ("out of memory": the arena or the sink ran out). Some messages name an identifier; their text
// then lives in the arena, so read the error before dropping the arena's block.
#ifndef MICA_COMPILER_EMITTER_COMPILE_H_
#define MICA_COMPILER_EMITTER_COMPILE_H_

#include <stddef.h>
#include <stdint.h>

#include "compiler/arena.h"
#include "compiler/emitter/code_sink.h"
#include "compiler/syntax_error.h"
#include "runtime/vm/raw_code.h"

namespace mica {
namespace natives {
struct InlineAssembler;  // natives/inline_asm.h
struct NativeEmitter;    // natives/native_emitter.h
}  // namespace natives

// The front end's error record (syntax_error.h) is the compiler's.
using SyntaxErrorInfo = SyntaxError;

enum class CompileMode : uint8_t {
  kModule,  // a file: statements; the code returns None
  kSingle,  // one REPL input: statements whose expression statements print their value (PRINT_EXPR)
  kEval,    // one expression list (eval()): the code returns its value
};

struct CompileOptions {
  CompileMode mode = CompileMode::kModule;
  // Width in bits of a small int on the target (Value::SmallInt holds 31 bits on 32-bit boards, 63 on 64-bit
  // hosts). Ints outside it become int constants; mpy-cross sets it for the board it compiles for.
  uint8_t small_int_bits = static_cast<uint8_t>(sizeof(uintptr_t) * 8 - 1);
  // `python -O`: assert statements produce no code and __debug__ is False.
  bool optimize = false;
  // Front-end limits (parser.h): they bound the C stack the parser and the emitter's recursion use.
  uint16_t max_nesting = 200;
  uint16_t max_ast_height = 1000;
  // The inline assemblers of this build (null-terminated; the feature set's config::kInlineAssemblers), or null.
  // A function whose innermost decorator is `@micropython.<name>` of one of them is assembled, not compiled.
  const natives::InlineAssembler* const* inline_assemblers = nullptr;
  // The build's native emitter (the feature set's config::kNativeEmitter), or null. A function whose innermost
  // decorator is `@micropython.native` is compiled to machine code by it (docs/native.md).
  const natives::NativeEmitter* native_emitter = nullptr;
  // mpy-cross: machine code cannot go into a .mpy file, so `@micropython.asm_thumb` (and the other native-code
  // decorators) are a compile error instead of a call of the decorator at run time.
  bool refuse_native_code = false;
};

// Compiles source[0, length) (UTF-8; it need not be nul-terminated). Returns the module's (or expression's)
// RawCode from the sink, or null with *error filled in.
const vm::RawCode* Compile(const char* source, size_t length, uint32_t file_name_id, CompileMode mode, Arena& arena,
                           const CodeSink& sink, SyntaxErrorInfo* error);

const vm::RawCode* Compile(const char* source, size_t length, uint32_t file_name_id, const CompileOptions& options,
                           Arena& arena, const CodeSink& sink, SyntaxErrorInfo* error);

}  // namespace mica

#endif  // MICA_COMPILER_EMITTER_COMPILE_H_
