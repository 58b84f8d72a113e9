// The recursive-descent parser behind Parse() (parser.h). Private to the front end: one class whose methods are
// split by topic over parser.cc (tokens, errors, statements), parse_expression.cc, parse_string.cc (literals
// and f-strings) and parse_target.cc (assignment targets).
//
// Conventions: a Parse* method starts at the current token and leaves the token after what it parsed. It
// returns nullptr only after an error has been recorded; a non-null node is always complete. The first error
// wins: after it, Advance() yields kEndOfFile so every loop ends.
#ifndef MICA_COMPILER_PARSER_INTERNAL_H_
#define MICA_COMPILER_PARSER_INTERNAL_H_

#include <stdint.h>

#include "compiler/arena.h"
#include "compiler/ast.h"
#include "compiler/lexer.h"
#include "compiler/parser.h"
#include "compiler/token.h"

namespace mica {

// Binding strength of binary operators, weakest first. Unary +, -, ~ and ** are handled above these.
enum Precedence : int {
  kPrecNone = 0,
  kPrecOr,
  kPrecAnd,
  kPrecNot,  // prefix `not`
  kPrecCompare,
  kPrecBitOr,
  kPrecBitXor,
  kPrecBitAnd,
  kPrecShift,
  kPrecArith,  // + -
  kPrecTerm,   // * / // % @
};

class Parser {
 public:
  Parser(const char* source, uint32_t length, Arena* arena, const ParseOptions& options);
  ParseResult Run();

  // ---- Tokens and errors (parser.cc) ----
  void Advance();
  bool At(TokenKind kind) const { return token_.kind == kind; }
  bool Accept(TokenKind kind);
  bool Expect(TokenKind kind, const char* message);
  bool StartsExpression() const;      // can the current token begin an expression?
  bool StartsStarExpression() const;  // ... or a starred one
  bool failed() const { return error_.failed(); }
  void Fail(const char* message, ErrorKind kind = ErrorKind::kSyntaxError);  // at the current token
  void FailAt(const ast::Node* node, const char* message);
  // FailAt with the message `before` + the name + `after`, built in the arena (it lives as long as the tree);
  // `fallback` (without the name) when the arena is full.
  void FailAtWithName(const ast::Node* node, const char* before, ast::Ident name, const char* after,
                      const char* fallback);
  void FailAtPosition(uint32_t line, uint32_t column, const char* message, ErrorKind kind, bool at_end);
  void FailOutOfMemory();

  // ---- Allocation ----
  template <typename T>
  T* MakeAt(ast::NodeKind kind, uint32_t line, uint32_t column) {
    T* node = arena_->New<T>();
    if (node == nullptr) {
      FailOutOfMemory();
      return nullptr;
    }
    node->kind = kind;
    node->line = line;
    node->column = static_cast<uint16_t>(column > 0xFFFF ? 0xFFFF : column);
    return node;
  }
  template <typename T>
  T* Make(ast::NodeKind kind, const Token& at) {
    return MakeAt<T>(kind, at.line, at.column);
  }
  template <typename T>
  T* Make(ast::NodeKind kind, const ast::Node* at) {
    return MakeAt<T>(kind, at->line, at->column);
  }
  template <typename T>
  bool Add(ListBuilder<T>* list, const T& item) {
    if (list->Add(item)) return true;
    FailOutOfMemory();
    return false;
  }
  template <typename T>
  bool Finish(ListBuilder<T>* list, Span<T>* out) {
    if (list->Finish(out)) return true;
    FailOutOfMemory();
    return false;
  }
  template <typename T>
  bool FinishRange(ListBuilder<T>* list, uint32_t begin, uint32_t end, Span<T>* out) {
    if (list->FinishRange(begin, end, out)) return true;
    FailOutOfMemory();
    return false;
  }
  // An uninitialised array of `count` T in the arena (nullptr for none); false when the arena is full.
  template <typename T>
  bool NewArray(uint32_t count, T** out) {
    *out = nullptr;
    if (count == 0) return true;
    void* memory = arena_->Allocate(static_cast<size_t>(count) * sizeof(T), alignof(T));
    if (memory == nullptr) {
      FailOutOfMemory();
      return false;
    }
    *out = static_cast<T*>(memory);
    return true;
  }
  ast::Ident IdentOf(const Token& token) const { return ast::Ident{token.offset, token.length}; }
  bool SameIdent(ast::Ident a, ast::Ident b) const;

  // Bounds the parser's recursion: one Nest per level of nested expression or block.
  class Nest {
   public:
    explicit Nest(Parser* parser) : parser_(parser), ok_(parser->EnterNesting()) {}
    ~Nest() { --parser_->depth_; }
    Nest(const Nest&) = delete;
    Nest& operator=(const Nest&) = delete;
    bool ok() const { return ok_; }

   private:
    Parser* parser_;
    bool ok_;
  };
  bool EnterNesting();

  // ---- Statements (parser.cc) ----
  ast::Module* ParseFileInput();
  ast::Expression* ParseEvalInput();
  void ParseStatement(ListBuilder<ast::Stmt*>* out);
  void ParseSimpleStatements(ListBuilder<ast::Stmt*>* out);
  ast::Stmt* ParseSimpleStatement();
  ast::Stmt* ParseExpressionStatement();
  ast::Stmt* ParseDelete();
  ast::Stmt* ParseNameList();
  ast::Stmt* ParseImport();
  ast::Stmt* ParseImportFrom();
  bool ParseDottedName(ast::Ident* out);
  ast::Alias* ParseAlias(bool dotted);
  void ParseBlock(Span<ast::Stmt*>* out);
  // ':' then a block; false (with the error set) when the ':' is missing.
  bool ParseColonBlock(Span<ast::Stmt*>* out);
  // `keyword ':' block` if the keyword is next (else, finally); true when absent.
  bool ParseOptionalClause(TokenKind keyword, Span<ast::Stmt*>* out);
  ast::Stmt* ParseCompound();
  ast::Stmt* ParseDecorated();
  ast::Stmt* ParseFunctionDef(const Token& start, Span<ast::Expr*> decorators, bool is_async);
  ast::Stmt* ParseClassDef(const Token& start, Span<ast::Expr*> decorators);
  ast::Stmt* ParseIf();
  ast::Stmt* ParseWhile();
  ast::Stmt* ParseFor(const Token& start, bool is_async);
  ast::Stmt* ParseTry();
  ast::Stmt* ParseWith(const Token& start, bool is_async);
  bool ParseWithItems(ListBuilder<ast::WithItem*>* items, bool parenthesized);
  bool TryParenthesizedWithItems(Span<ast::WithItem*>* items);
  void CheckTreeHeight(ast::Node* root);

  // ---- Expressions (parse_expression.cc) ----
  ast::Expr* ParseExpression();           // conditional expression or lambda
  ast::Expr* ParseNamedExpression();      // ... or `name := value`
  ast::Expr* ParseStarExpression();       // ... or `*value`
  ast::Expr* ParseStarNamedExpression();  // named, or `*value`
  ast::Expr* ParseStarExpressions();      // a comma list of star expressions: a Tuple if there is a comma
  ast::Expr* ParseYield();
  ast::Expr* ParseBinary(int min_precedence);
  ast::Expr* ParseBoolOp(ast::Expr* first, int precedence);
  ast::Expr* ParseComparison(ast::Expr* left);
  ast::Expr* ParseUnary(int min_precedence);
  ast::Expr* ParseFactor();
  ast::Expr* ParsePower();
  ast::Expr* ParsePrimary();
  ast::Expr* ParseAtom();
  ast::Expr* ParseParenthesized();
  ast::Expr* ParseListDisplay();
  ast::Expr* ParseBraceDisplay();
  ast::Expr* ParseDictRest(const Token& open, ast::Expr* key, ast::Expr* value);
  ast::Expr* ParseComprehension(ast::NodeKind kind, const Token& open, ast::Expr* elt);
  bool ParseComprehensionClauses(Span<ast::Comprehension*>* out);
  ast::Expr* ParseSubscript(ast::Expr* value);
  ast::Expr* ParseSliceItem();
  ast::Expr* ParseCall(ast::Expr* func);
  bool ParseCallArguments(Span<ast::Expr*>* args, Span<ast::Keyword*>* keywords);
  ast::Expr* ParseLambda();
  ast::Arguments* ParseParameters(bool is_lambda);
  ast::Arg* ParseParameter(bool is_lambda);
  ast::Expr* ParseTargetList();  // `for` targets: stops before `in`
  ast::Expr* ParseStarTarget();
  // The closing bracket; `last` (the item before it, if any) locates "Perhaps you forgot a comma?".
  bool ExpectClosing(TokenKind kind, const ast::Node* last = nullptr);

  // ---- Targets (parse_target.cc) ----
  // Marks `target` (and its parts) as assigned to or deleted; false, with an error, if it cannot be.
  bool SetTarget(ast::Expr* target, ast::ExprContext context);
  bool IsSingleTarget(const ast::Expr* target) const;

  // ---- Literals (parse_string.cc) ----
  ast::Expr* ParseNumber();
  ast::Expr* ParseStrings();
  bool ParseFString(const Token& token, ListBuilder<ast::Expr*>* parts);
  uint32_t ParseFStringParts(uint32_t p, uint32_t end, bool raw, bool in_spec, uint32_t spec_depth,
                             ListBuilder<ast::Expr*>* parts);
  uint32_t ParseField(uint32_t p, uint32_t end, bool raw, uint32_t spec_depth, ListBuilder<ast::Expr*>* parts);
  uint32_t ScanFieldExpression(uint32_t p, uint32_t end);
  ast::Expr* ParseFieldExpression(uint32_t begin, uint32_t end);
  bool AddFStringText(uint32_t begin, uint32_t end, uint8_t flags, bool raw, ListBuilder<ast::Expr*>* parts);
  void PositionOf(uint32_t offset, uint32_t* line, uint32_t* column) const;
  void FailAtOffset(uint32_t offset, const char* message);

 private:
  const char* source_;
  uint32_t length_;
  Arena* arena_;
  ParseOptions options_;
  Lexer main_lexer_;
  Lexer* lexer_;
  Token token_;
  Token fstring_;  // the f-string token being parsed: the origin for positions inside it
  SyntaxError error_;
  uint32_t depth_ = 0;
};

}  // namespace mica

#endif  // MICA_COMPILER_PARSER_INTERNAL_H_
