// FunctionEmitter: compiles one scope (module, function, lambda, class body or comprehension) to a RawCode by
// walking its AST once per CodeBuilder pass (code_builder.h), following the compile patterns of
// docs/bytecode.md. Nested functions are compiled by their own FunctionEmitter in the middle of the final pass,
// when their index is known, and handed to the sink; the parent keeps only the RawCode pointer.
//
// The methods are split by topic over emit_*.cc: functions and classes (emit_function.cc), statements
// (emit_statement.cc), loops and break/continue/return unwinding (emit_loop.cc), try and with
// (emit_exception.cc), assignments (emit_assign.cc), expressions (emit_expression.cc), calls (emit_call.cc),
// comprehensions (emit_comprehension.cc), names (emit_name.cc) and constants (emit_constant.cc).
//
// Control-flow blocks (loops, try bodies, handlers, with bodies) form a linked list on the C stack, innermost
// first. `break`, `continue` and `return` leave the blocks between them and their target: each block's
// protected range is paused (the exit code must not be covered by its handler), its exit code is emitted (a
// copy of a finally body, POP_EXCEPT, a call of __exit__) with the enclosing blocks current, and after the jump
// the ranges resume. Private to compiler/emitter.
#ifndef MICA_COMPILER_EMITTER_FUNCTION_EMITTER_H_
#define MICA_COMPILER_EMITTER_FUNCTION_EMITTER_H_

#include <stddef.h>
#include <stdint.h>

#include "compiler/arena.h"
#include "compiler/ast.h"
#include "compiler/emitter/code_builder.h"
#include "compiler/emitter/code_sink.h"
#include "compiler/emitter/compile.h"
#include "compiler/emitter/constant_fold.h"
#include "compiler/emitter/scope.h"
#include "compiler/syntax_error.h"
#include "runtime/vm/bytecode.h"
#include "runtime/vm/raw_code.h"

namespace mica {
namespace emit {

// What every FunctionEmitter of one compilation shares.
struct CompileContext {
  const char* source;
  Arena* arena;
  const CodeSink* sink;
  const CompileOptions* options;
  SyntaxError* error;
  const ScopeTree* scopes;
  uint32_t file_name_id;
  int64_t small_int_min;  // the target's small-int range
  int64_t small_int_max;
};

struct Block {
  enum class Kind : uint8_t {
    kLoop,            // for, async for, while: break/continue target
    kTryExcept,       // the body of a try with except clauses
    kTryFinally,      // the body of a try with a finally: leaving it runs a copy of the finally body
    kFinallyHandler,  // the finally body on the exceptional path: prev exc on the stack
    kExceptHandler,   // an except clause's body: prev on the stack
    kWith,            // a with body: exit mgr on the stack
    kAsyncWith,
    kPopValue,  // a finally body copied for a return: the return value is on the stack below it
  };
  Kind kind;
  uint8_t loop_values = 0;  // kLoop: what the loop keeps on the stack (1 iterator, 3 range slots, 0 for while)
  bool paused = false;      // its range was closed by an unwinding that has not resumed it yet
  Block* parent = nullptr;
  Label break_label;     // kLoop
  Label continue_label;  // kLoop
  ProtectedRange* range = nullptr;
  const ast::Try* try_node = nullptr;  // kTryFinally
  ast::Ident name = {0, 0};            // kExceptHandler: the `as` name, cleared on the way out
};

class FunctionEmitter {
 public:
  FunctionEmitter(CompileContext* context, Scope* scope);
  FunctionEmitter(const FunctionEmitter&) = delete;
  FunctionEmitter& operator=(const FunctionEmitter&) = delete;

  // The RawCode from the sink, or null with the context's error set.
  const vm::RawCode* Compile();

 private:
  // ---- emit_function.cc ------------------------------------------------------------------------------------
  void EmitCode();
  void EmitPrologue();
  void EmitClassBody();
  void EmitImplicitReturn();
  bool FillCode(vm::RawCode* code);
  void EmitMakeFunction(const ast::Node* node, uint32_t flags);
  uint32_t EmitDefaults(const ast::Arguments* args);
  void EmitFunctionDef(const ast::FunctionDef* node);
  // `@micropython.asm_*` with that assembler in the build: the body as machine code (emit_inline_asm.cc).
  // False when `node` is an ordinary function.
  bool EmitInlineAsmDef(const ast::FunctionDef* node);
  // ---- emit_native.cc --------------------------------------------------------------------------------------
  // Whether `node` is `@micropython.native` (innermost) and the build has a native emitter.
  bool IsNativeDef(const ast::FunctionDef* node) const;
  // Compile() for such a function: machine code from the native emitter in a kCodeNative RawCode.
  const vm::RawCode* CompileNative();
  static int32_t NativeLocalSlot(void* context, const char* text, uint32_t length);
  static bool NativeConstant(void* context, const ast::Expr* expression, Value* value);
  static bool NativeName(void* context, const char* text, uint32_t length, uint32_t* id);
  void EmitClassDef(const ast::ClassDef* node);
  void EmitLambda(const ast::Lambda* node);
  void EmitDecoratorCalls(uint32_t count);

  // ---- emit_statement.cc -----------------------------------------------------------------------------------
  void EmitStatements(Span<ast::Stmt*> body);
  void EmitStatement(ast::Stmt* statement);
  void EmitExpressionStatement(const ast::ExprStmt* node);
  void EmitIf(const ast::If* node);
  void EmitRaise(const ast::Raise* node);
  void EmitAssert(const ast::Assert* node);
  void EmitImport(const ast::Import* node);
  void EmitImportFrom(const ast::ImportFrom* node);

  // ---- emit_loop.cc ----------------------------------------------------------------------------------------
  void EmitWhile(const ast::While* node);
  void EmitFor(const ast::For* node);
  void EmitAsyncFor(const ast::For* node);
  void EmitBreakOrContinue(const ast::Stmt* node, bool is_break);
  void EmitReturn(const ast::Return* node);
  // The loop body between FOR_ITER/FOR_RANGE and the backward jump, with the loop block pushed.
  void EmitLoopBody(Block* loop, Span<ast::Stmt*> body);
  void UnwindTo(Block* until, bool keep_top);
  void ResumeRanges(Block* until);
  void EmitBlockExit(const Block* block, bool keep_top);
  void EmitFinallyCopy(const Block* block, bool keep_top);
  void PopLoopValues(const Block* loop, bool keep_top);
  // `range(...)` with 1 to 3 plain positional arguments, for GET_RANGE_ITER.
  bool IsRangeCall(const ast::Expr* iter) const;
  // Pushes the loop state for `for target in iter`; returns the values it keeps on the stack (1 or 3).
  uint32_t EmitIterator(const ast::Expr* iter);
  void PushBlock(Block* block);
  void PopBlock(Block* block);

  // ---- emit_exception.cc -----------------------------------------------------------------------------------
  void EmitTry(const ast::Try* node);
  void EmitTryExcept(const ast::Try* node);
  void EmitTryFinally(const ast::Try* node);
  void EmitWith(const ast::With* node, uint32_t item);
  void EmitAwaitTail();  // GET_AWAITABLE; LOAD_NONE; YIELD_FROM

  // ---- emit_assign.cc --------------------------------------------------------------------------------------
  void EmitAssign(const ast::Assign* node);
  void EmitAugAssign(const ast::AugAssign* node);
  void EmitAnnAssign(const ast::AnnAssign* node);
  void EmitDelete(const ast::Delete* node);
  void EmitStore(const ast::Expr* target);
  void EmitDeleteTarget(const ast::Expr* target);
  bool EmitSwap(const ast::Expr* target, const ast::Expr* value);
  bool IsModuleConstantDefinition(const ast::Stmt* statement, const ModuleConstant** out) const;

  // ---- emit_expression.cc ----------------------------------------------------------------------------------
  void EmitExpression(const ast::Expr* expression);
  void EmitCondition(const ast::Expr* expression, bool jump_if, Label target);
  void EmitBoolOp(const ast::BoolOp* node);
  void EmitCompare(const ast::Compare* node);
  void EmitIfExp(const ast::IfExp* node);
  void EmitSubscriptKey(const ast::Expr* slice);
  void EmitSlice(const ast::Slice* node);
  void EmitSequence(const ast::Expr* node, Span<ast::Expr*> items, vm::Opcode build, vm::Opcode add, vm::Opcode extend);
  void EmitDict(const ast::Dict* node);
  void EmitJoinedStr(const ast::JoinedStr* node);
  void EmitFormattedValue(const ast::FormattedValue* node);
  void EmitYield(const ast::Expr* node);

  // ---- emit_call.cc ----------------------------------------------------------------------------------------
  void EmitCall(const ast::Call* node);
  // The arguments of a call whose callable (and `pushed` more positional values) is on the stack.
  void EmitCallArguments(uint32_t pushed, Span<ast::Expr*> args, Span<ast::Keyword*> keywords, bool method);
  void EmitKeywordMap(Span<ast::Keyword*> keywords);

  // ---- emit_comprehension.cc -------------------------------------------------------------------------------
  void EmitComprehension(const ast::Expr* node);
  void EmitComprehensionBody();
  void EmitComprehensionLoop(const ast::Expr* node, Span<ast::Comprehension*> generators, uint32_t index,
                             uint32_t depth);

  // ---- emit_name.cc ----------------------------------------------------------------------------------------
  void EmitName(ast::Ident id, ast::ExprContext context, const ast::Node* at);
  void EmitNameText(const char* text, uint32_t length, ast::ExprContext context, const ast::Node* at);
  // The constant-table index of the interned name with this text.
  uint32_t NameIndex(const char* text, uint32_t length);
  uint32_t NameIndex(ast::Ident id) { return NameIndex(Text(id), id.length); }
  const FoldedValue* LookupModuleConstant(const ast::Name* name) const;
  static const FoldedValue* LookupConstantThunk(void* context, const ast::Name* name);

  // ---- emit_constant.cc ------------------------------------------------------------------------------------
  bool Fold(const ast::Expr* expression, FoldedValue* out);
  void EmitFolded(const FoldedValue& value);
  void EmitConstant(const ConstantKey& key, const FoldedValue& value);
  void EmitStringPiece(const ast::Expr* node);
  void EmitEmptyString();
  // The Value of a folded constant for a tuple's items (not entered in the constant table).
  Value MakeValue(const FoldedValue& value);
  Value MakeStringValue(const ast::Expr* node);
  void EmitLoadConstant(int32_t index);

  // ---- Shared helpers (emit_function.cc) -------------------------------------------------------------------
  const char* Text(ast::Ident id) const { return ctx_->source + id.offset; }
  bool failed() const { return ctx_->error->failed(); }
  void Fail(const ast::Node* at, const char* message);
  void FailOutOfMemory(const ast::Node* at);
  // Turns a CodeBuilder failure into the compile error.
  void CheckBuilder(const ast::Node* at);
  void SetLine(const ast::Node* node) { code_.SetLine(node->line); }
  bool reachable() const { return code_.reachable(); }

  CompileContext* ctx_;
  Scope* scope_;
  CodeBuilder code_;
  Block* block_ = nullptr;
  const ast::Node* position_ = nullptr;  // the statement being emitted, for errors
  bool print_expressions_ = false;       // REPL input: expression statements print (PRINT_EXPR)
};

// The first line of a scope's code: its def/class/lambda line, or 1.
uint32_t FirstLine(const Scope* scope);

}  // namespace emit
}  // namespace mica

#endif  // MICA_COMPILER_EMITTER_FUNCTION_EMITTER_H_
