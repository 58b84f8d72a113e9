// Parse(), token and error handling, and statements. Expressions are in parse_expression.cc.
#include "compiler/parser.h"

#include <string.h>

#include "compiler/parser_internal.h"

namespace mica {

using ast::NodeKind;

ParseResult Parse(const char* source, uint32_t length, Arena* arena, const ParseOptions& options) {
  Parser parser(source, length, arena, options);
  return parser.Run();
}

Parser::Parser(const char* source, uint32_t length, Arena* arena, const ParseOptions& options)
    : source_(source),
      length_(length),
      arena_(arena),
      options_(options),
      main_lexer_(source, length),
      lexer_(&main_lexer_) {}

ParseResult Parser::Run() {
  ParseResult result;
  Advance();
  ast::Node* root = nullptr;
  if (options_.mode == ParseMode::kEval) {
    root = ParseEvalInput();
  } else {
    root = ParseFileInput();
  }
  if (!failed() && root != nullptr) CheckTreeHeight(root);
  if (failed()) {
    result.error = error_;
    return result;
  }
  result.root = root;
  return result;
}

// ---- Tokens and errors ---------------------------------------------------------------------------------------

void Parser::Advance() {
  if (failed()) {
    token_.kind = TokenKind::kEndOfFile;
    return;
  }
  token_ = lexer_->Next();
  if (token_.kind == TokenKind::kError) {
    error_ = lexer_->error();
    token_.kind = TokenKind::kEndOfFile;
  }
}

bool Parser::Accept(TokenKind kind) {
  if (token_.kind != kind) return false;
  Advance();
  return true;
}

bool Parser::Expect(TokenKind kind, const char* message) {
  if (Accept(kind)) return true;
  Fail(message);
  return false;
}

bool Parser::StartsExpression() const {
  switch (token_.kind) {
    case TokenKind::kName: case TokenKind::kNumber: case TokenKind::kString: case TokenKind::kLeftParen:
    case TokenKind::kLeftBracket: case TokenKind::kLeftBrace: case TokenKind::kMinus: case TokenKind::kPlus:
    case TokenKind::kTilde: case TokenKind::kNot: case TokenKind::kLambda: case TokenKind::kAwait:
    case TokenKind::kNone: case TokenKind::kTrue: case TokenKind::kFalse: case TokenKind::kEllipsis:
      return true;
    default:
      return false;
  }
}

bool Parser::StartsStarExpression() const { return At(TokenKind::kStar) || StartsExpression(); }

void Parser::FailAtPosition(uint32_t line, uint32_t column, const char* message, ErrorKind kind, bool at_end) {
  if (!failed()) {
    error_.kind = kind;
    error_.message = message;
    error_.line = line;
    error_.column = static_cast<uint16_t>(column > 0xFFFF ? 0xFFFF : column);
    error_.at_end_of_input = at_end;
  }
  token_.kind = TokenKind::kEndOfFile;
}

void Parser::Fail(const char* message, ErrorKind kind) {
  // Only the module's own end means "more input could fix this", not the end of an f-string field. The
  // DEDENTs that close blocks at the end of input count as the end too.
  const bool at_end = lexer_ == &main_lexer_ && (token_.kind == TokenKind::kEndOfFile ||
                                                 (token_.kind == TokenKind::kDedent && token_.offset >= length_));
  FailAtPosition(token_.line, token_.column, message, kind, at_end);
}

void Parser::FailAt(const ast::Node* node, const char* message) {
  FailAtPosition(node->line, node->column, message, ErrorKind::kSyntaxError, false);
}

void Parser::FailAtWithName(const ast::Node* node, const char* before, ast::Ident name, const char* after,
                            const char* fallback) {
  if (failed()) return;
  const size_t before_length = strlen(before);
  const size_t after_length = strlen(after);
  char* message = static_cast<char*>(arena_->Allocate(before_length + name.length + after_length + 1, 1));
  if (message == nullptr) {
    FailAt(node, fallback);
    return;
  }
  memcpy(message, before, before_length);
  memcpy(message + before_length, source_ + name.offset, name.length);
  memcpy(message + before_length + name.length, after, after_length);
  message[before_length + name.length + after_length] = '\0';
  FailAt(node, message);
}

void Parser::FailOutOfMemory() {
  FailAtPosition(token_.line, token_.column, "out of memory", ErrorKind::kMemoryError, false);
}

bool Parser::EnterNesting() {
  ++depth_;
  if (depth_ <= options_.max_nesting) return true;
  Fail("expression too deeply nested");
  return false;
}

bool Parser::SameIdent(ast::Ident a, ast::Ident b) const {
  return a.length == b.length && memcmp(source_ + a.offset, source_ + b.offset, a.length) == 0;
}

// ---- The height bound ----------------------------------------------------------------------------------------

namespace {

struct HeightWalk {
  uint32_t depth;
  uint32_t limit;
  ast::Node* too_deep;
};

// Recursion here stops at `limit`, so checking the height is itself bounded.
bool VisitForHeight(ast::Node* child, void* context) {
  auto* walk = static_cast<HeightWalk*>(context);
  if (walk->depth >= walk->limit) {
    walk->too_deep = child;
    return false;
  }
  ++walk->depth;
  const bool going = ast::ForEachChild(child, VisitForHeight, walk);
  --walk->depth;
  return going;
}

}  // namespace

void Parser::CheckTreeHeight(ast::Node* root) {
  HeightWalk walk{1, options_.max_ast_height, nullptr};
  if (!ast::ForEachChild(root, VisitForHeight, &walk) && walk.too_deep != nullptr) {
    FailAt(walk.too_deep, "expression too complex");
  }
}

// ---- Inputs --------------------------------------------------------------------------------------------------

ast::Module* Parser::ParseFileInput() {
  auto* module = MakeAt<ast::Module>(NodeKind::kModule, 1, 1);
  if (module == nullptr) return nullptr;
  ListBuilder<ast::Stmt*> body(arena_);
  while (!failed() && !At(TokenKind::kEndOfFile)) ParseStatement(&body);
  Finish(&body, &module->body);
  return module;
}

ast::Expression* Parser::ParseEvalInput() {
  auto* root = MakeAt<ast::Expression>(NodeKind::kExpression, 1, 1);
  if (root == nullptr) return nullptr;
  // eval() ignores leading blanks; the lexer reports them as an indent, so accept one (and its dedent).
  const bool indented = Accept(TokenKind::kIndent);
  root->body = ParseStarExpressions();
  if (root->body == nullptr) return nullptr;
  while (Accept(TokenKind::kNewline)) {
  }
  if (indented) Accept(TokenKind::kDedent);
  if (!At(TokenKind::kEndOfFile)) Fail("invalid syntax");
  return root;
}

// ---- Statements ----------------------------------------------------------------------------------------------

void Parser::ParseStatement(ListBuilder<ast::Stmt*>* out) {
  switch (token_.kind) {
    case TokenKind::kIf: case TokenKind::kWhile: case TokenKind::kFor: case TokenKind::kTry:
    case TokenKind::kWith: case TokenKind::kDef: case TokenKind::kClass: case TokenKind::kAt:
    case TokenKind::kAsync: {
      ast::Stmt* statement = ParseCompound();
      if (statement != nullptr) Add(out, statement);
      return;
    }
    case TokenKind::kIndent:
      Fail("unexpected indent", ErrorKind::kIndentationError);
      return;
    default:
      ParseSimpleStatements(out);
  }
}

ast::Stmt* Parser::ParseCompound() {
  Nest nest(this);
  if (!nest.ok()) return nullptr;
  const Token start = token_;
  switch (token_.kind) {
    case TokenKind::kIf: return ParseIf();
    case TokenKind::kWhile: return ParseWhile();
    case TokenKind::kFor: return ParseFor(start, false);
    case TokenKind::kTry: return ParseTry();
    case TokenKind::kWith: return ParseWith(start, false);
    case TokenKind::kDef: return ParseFunctionDef(start, Span<ast::Expr*>(), false);
    case TokenKind::kClass: return ParseClassDef(start, Span<ast::Expr*>());
    case TokenKind::kAt: return ParseDecorated();
    default: break;
  }
  Advance();  // async
  switch (token_.kind) {
    case TokenKind::kDef: return ParseFunctionDef(start, Span<ast::Expr*>(), true);
    case TokenKind::kFor: return ParseFor(start, true);
    case TokenKind::kWith: return ParseWith(start, true);
    default: Fail("invalid syntax"); return nullptr;
  }
}

void Parser::ParseSimpleStatements(ListBuilder<ast::Stmt*>* out) {
  for (;;) {
    ast::Stmt* statement = ParseSimpleStatement();
    if (statement == nullptr || !Add(out, statement)) return;
    if (!Accept(TokenKind::kSemicolon) || At(TokenKind::kNewline)) break;
  }
  Expect(TokenKind::kNewline, "invalid syntax");
}

ast::Stmt* Parser::ParseSimpleStatement() {
  const Token start = token_;
  switch (token_.kind) {
    case TokenKind::kPass:
    case TokenKind::kBreak:
    case TokenKind::kContinue: {
      Advance();
      const NodeKind kind = start.kind == TokenKind::kPass    ? NodeKind::kPass
                            : start.kind == TokenKind::kBreak ? NodeKind::kBreak
                                                              : NodeKind::kContinue;
      return Make<ast::Simple>(kind, start);
    }
    case TokenKind::kReturn: {
      Advance();
      auto* node = Make<ast::Return>(NodeKind::kReturn, start);
      if (node == nullptr) return nullptr;
      if (StartsStarExpression()) {
        node->value = ParseStarExpressions();
        if (node->value == nullptr) return nullptr;
      }
      return node;
    }
    case TokenKind::kRaise: {
      Advance();
      auto* node = Make<ast::Raise>(NodeKind::kRaise, start);
      if (node == nullptr) return nullptr;
      if (StartsExpression()) {
        node->exc = ParseExpression();
        if (node->exc == nullptr) return nullptr;
        if (Accept(TokenKind::kFrom)) {
          node->cause = ParseExpression();
          if (node->cause == nullptr) return nullptr;
        }
      }
      return node;
    }
    case TokenKind::kGlobal:
    case TokenKind::kNonlocal:
      return ParseNameList();
    case TokenKind::kDel:
      return ParseDelete();
    case TokenKind::kAssert: {
      Advance();
      auto* node = Make<ast::Assert>(NodeKind::kAssert, start);
      if (node == nullptr) return nullptr;
      node->test = ParseExpression();
      if (node->test == nullptr) return nullptr;
      if (Accept(TokenKind::kComma)) {
        node->msg = ParseExpression();
        if (node->msg == nullptr) return nullptr;
      }
      return node;
    }
    case TokenKind::kImport:
      return ParseImport();
    case TokenKind::kFrom:
      return ParseImportFrom();
    default:
      return ParseExpressionStatement();
  }
}

namespace {

bool AugmentedOperator(TokenKind kind, ast::BinaryOp* op) {
  switch (kind) {
    case TokenKind::kPlusAssign: *op = ast::BinaryOp::kAdd; return true;
    case TokenKind::kMinusAssign: *op = ast::BinaryOp::kSub; return true;
    case TokenKind::kStarAssign: *op = ast::BinaryOp::kMult; return true;
    case TokenKind::kAtAssign: *op = ast::BinaryOp::kMatMult; return true;
    case TokenKind::kSlashAssign: *op = ast::BinaryOp::kDiv; return true;
    case TokenKind::kPercentAssign: *op = ast::BinaryOp::kMod; return true;
    case TokenKind::kDoubleStarAssign: *op = ast::BinaryOp::kPow; return true;
    case TokenKind::kLeftShiftAssign: *op = ast::BinaryOp::kLShift; return true;
    case TokenKind::kRightShiftAssign: *op = ast::BinaryOp::kRShift; return true;
    case TokenKind::kPipeAssign: *op = ast::BinaryOp::kBitOr; return true;
    case TokenKind::kCaretAssign: *op = ast::BinaryOp::kBitXor; return true;
    case TokenKind::kAmpersandAssign: *op = ast::BinaryOp::kBitAnd; return true;
    case TokenKind::kDoubleSlashAssign: *op = ast::BinaryOp::kFloorDiv; return true;
    default: return false;
  }
}

}  // namespace

ast::Stmt* Parser::ParseExpressionStatement() {
  const Token start = token_;
  ast::Expr* first = At(TokenKind::kYield) ? ParseYield() : ParseStarExpressions();
  if (first == nullptr) return nullptr;

  if (At(TokenKind::kColon)) {  // annotated assignment: `target: annotation [= value]`
    if (!IsSingleTarget(first)) {
      FailAt(first, first->kind == NodeKind::kTuple  ? "only single target (not tuple) can be annotated"
                    : first->kind == NodeKind::kList ? "only single target (not list) can be annotated"
                                                     : "illegal target for annotation");
      return nullptr;
    }
    if (!SetTarget(first, ast::ExprContext::kStore)) return nullptr;
    auto* node = Make<ast::AnnAssign>(NodeKind::kAnnAssign, first);
    if (node == nullptr) return nullptr;
    node->aux = first->kind == NodeKind::kName && start.kind != TokenKind::kLeftParen;
    node->target = first;
    Advance();
    node->annotation = ParseExpression();
    if (node->annotation == nullptr) return nullptr;
    if (Accept(TokenKind::kAssign)) {
      node->value = At(TokenKind::kYield) ? ParseYield() : ParseStarExpressions();
      if (node->value == nullptr) return nullptr;
    }
    return node;
  }

  ast::BinaryOp op;
  if (AugmentedOperator(token_.kind, &op)) {
    if (!IsSingleTarget(first)) {
      FailAt(first, first->kind == NodeKind::kTuple  ? "'tuple' is an illegal expression for augmented assignment"
                    : first->kind == NodeKind::kList ? "'list' is an illegal expression for augmented assignment"
                                                     : "illegal expression for augmented assignment");
      return nullptr;
    }
    if (!SetTarget(first, ast::ExprContext::kStore)) return nullptr;
    auto* node = Make<ast::AugAssign>(NodeKind::kAugAssign, first);
    if (node == nullptr) return nullptr;
    node->aux = static_cast<uint8_t>(op);
    node->target = first;
    Advance();
    node->value = At(TokenKind::kYield) ? ParseYield() : ParseStarExpressions();
    return node->value == nullptr ? nullptr : node;
  }

  if (At(TokenKind::kAssign)) {  // `t1 = t2 = ... = value`: each `=` turns what came before into a target
    auto* node = Make<ast::Assign>(NodeKind::kAssign, first);
    if (node == nullptr) return nullptr;
    ListBuilder<ast::Expr*> targets(arena_);
    ast::Expr* value = first;
    while (Accept(TokenKind::kAssign)) {
      if (!SetTarget(value, ast::ExprContext::kStore) || !Add(&targets, value)) return nullptr;
      value = At(TokenKind::kYield) ? ParseYield() : ParseStarExpressions();
      if (value == nullptr) return nullptr;
    }
    node->value = value;
    return Finish(&targets, &node->targets) ? node : nullptr;
  }

  auto* node = Make<ast::ExprStmt>(NodeKind::kExprStmt, first);
  if (node == nullptr) return nullptr;
  node->value = first;
  return node;
}

ast::Stmt* Parser::ParseDelete() {
  auto* node = Make<ast::Delete>(NodeKind::kDelete, token_);
  if (node == nullptr) return nullptr;
  Advance();
  ListBuilder<ast::Expr*> targets(arena_);
  do {
    if (!StartsStarExpression()) break;
    ast::Expr* target = ParseStarTarget();
    if (target == nullptr || !SetTarget(target, ast::ExprContext::kDel) || !Add(&targets, target)) return nullptr;
  } while (Accept(TokenKind::kComma));
  if (targets.count() == 0) {
    Fail("invalid syntax");
    return nullptr;
  }
  return Finish(&targets, &node->targets) ? node : nullptr;
}

ast::Stmt* Parser::ParseNameList() {
  const NodeKind kind = At(TokenKind::kGlobal) ? NodeKind::kGlobal : NodeKind::kNonlocal;
  auto* node = Make<ast::NameList>(kind, token_);
  if (node == nullptr) return nullptr;
  Advance();
  ListBuilder<ast::Ident> names(arena_);
  do {
    if (!At(TokenKind::kName)) {
      Fail("invalid syntax");
      return nullptr;
    }
    if (!Add(&names, IdentOf(token_))) return nullptr;
    Advance();
  } while (Accept(TokenKind::kComma));
  return Finish(&names, &node->names) ? node : nullptr;
}

bool Parser::ParseDottedName(ast::Ident* out) {
  if (!At(TokenKind::kName)) {
    Fail("invalid syntax");
    return false;
  }
  const uint32_t begin = token_.offset;
  uint32_t end = token_.end();
  Advance();
  while (Accept(TokenKind::kDot)) {
    if (!At(TokenKind::kName)) {
      Fail("invalid syntax");
      return false;
    }
    end = token_.end();
    Advance();
  }
  *out = ast::Ident{begin, end - begin};
  return true;
}

ast::Alias* Parser::ParseAlias(bool dotted) {
  auto* alias = Make<ast::Alias>(NodeKind::kAlias, token_);
  if (alias == nullptr) return nullptr;
  if (dotted) {
    if (!ParseDottedName(&alias->name)) return nullptr;
  } else {
    if (!At(TokenKind::kName)) {
      Fail("invalid syntax");
      return nullptr;
    }
    alias->name = IdentOf(token_);
    Advance();
  }
  if (Accept(TokenKind::kAs)) {
    if (!At(TokenKind::kName)) {
      Fail("invalid syntax");
      return nullptr;
    }
    alias->asname = IdentOf(token_);
    Advance();
  }
  return alias;
}

ast::Stmt* Parser::ParseImport() {
  auto* node = Make<ast::Import>(NodeKind::kImport, token_);
  if (node == nullptr) return nullptr;
  Advance();
  ListBuilder<ast::Alias*> names(arena_);
  do {
    ast::Alias* alias = ParseAlias(true);
    if (alias == nullptr || !Add(&names, alias)) return nullptr;
  } while (Accept(TokenKind::kComma));
  return Finish(&names, &node->names) ? node : nullptr;
}

ast::Stmt* Parser::ParseImportFrom() {
  auto* node = Make<ast::ImportFrom>(NodeKind::kImportFrom, token_);
  if (node == nullptr) return nullptr;
  Advance();
  uint32_t level = 0;
  for (;;) {  // "..." lexes as one token: three levels
    if (Accept(TokenKind::kDot)) {
      level += 1;
    } else if (Accept(TokenKind::kEllipsis)) {
      level += 3;
    } else {
      break;
    }
  }
  if (level > 255) {
    Fail("too many dots in relative import");
    return nullptr;
  }
  node->aux = static_cast<uint8_t>(level);
  if (At(TokenKind::kName) || level == 0) {
    if (!ParseDottedName(&node->module)) return nullptr;
  }
  if (!Expect(TokenKind::kImport, "invalid syntax")) return nullptr;

  ListBuilder<ast::Alias*> names(arena_);
  if (At(TokenKind::kStar)) {
    auto* alias = Make<ast::Alias>(NodeKind::kAlias, token_);
    if (alias == nullptr) return nullptr;
    alias->name = IdentOf(token_);
    Advance();
    if (!Add(&names, alias)) return nullptr;
  } else if (Accept(TokenKind::kLeftParen)) {
    do {
      if (At(TokenKind::kRightParen) && names.count() > 0) break;  // trailing comma
      ast::Alias* alias = ParseAlias(false);
      if (alias == nullptr || !Add(&names, alias)) return nullptr;
    } while (Accept(TokenKind::kComma));
    if (!ExpectClosing(TokenKind::kRightParen)) return nullptr;
  } else {
    for (;;) {
      ast::Alias* alias = ParseAlias(false);
      if (alias == nullptr || !Add(&names, alias)) return nullptr;
      if (!Accept(TokenKind::kComma)) break;
      if (!At(TokenKind::kName)) {
        Fail("trailing comma not allowed without surrounding parentheses");
        return nullptr;
      }
    }
  }
  return Finish(&names, &node->names) ? node : nullptr;
}

// ---- Compound statements -------------------------------------------------------------------------------------

bool Parser::ParseColonBlock(Span<ast::Stmt*>* out) {
  if (!Expect(TokenKind::kColon, "expected ':'")) return false;
  ParseBlock(out);
  return true;
}

bool Parser::ParseOptionalClause(TokenKind keyword, Span<ast::Stmt*>* out) {
  return !Accept(keyword) || ParseColonBlock(out);
}

void Parser::ParseBlock(Span<ast::Stmt*>* out) {
  ListBuilder<ast::Stmt*> body(arena_);
  if (Accept(TokenKind::kNewline)) {
    if (!At(TokenKind::kIndent)) {
      Fail("expected an indented block", ErrorKind::kIndentationError);
      return;
    }
    Advance();
    while (!failed() && !At(TokenKind::kDedent) && !At(TokenKind::kEndOfFile)) ParseStatement(&body);
    Accept(TokenKind::kDedent);
  } else {
    ParseSimpleStatements(&body);
  }
  Finish(&body, out);
}

ast::Stmt* Parser::ParseDecorated() {
  ListBuilder<ast::Expr*> list(arena_);
  while (Accept(TokenKind::kAt)) {
    ast::Expr* decorator = ParseNamedExpression();
    if (decorator == nullptr || !Add(&list, decorator)) return nullptr;
    if (!Expect(TokenKind::kNewline, "invalid syntax")) return nullptr;
  }
  Span<ast::Expr*> decorators;
  if (!Finish(&list, &decorators)) return nullptr;
  const Token start = token_;
  if (At(TokenKind::kDef)) return ParseFunctionDef(start, decorators, false);
  if (At(TokenKind::kClass)) return ParseClassDef(start, decorators);
  if (Accept(TokenKind::kAsync) && At(TokenKind::kDef)) return ParseFunctionDef(start, decorators, true);
  Fail("invalid syntax");
  return nullptr;
}

ast::Stmt* Parser::ParseFunctionDef(const Token& start, Span<ast::Expr*> decorators, bool is_async) {
  Advance();  // def
  auto* node = Make<ast::FunctionDef>(NodeKind::kFunctionDef, start);
  if (node == nullptr) return nullptr;
  node->aux = is_async;
  node->decorators = decorators;
  if (!At(TokenKind::kName)) {
    Fail("invalid syntax");
    return nullptr;
  }
  node->name = IdentOf(token_);
  Advance();
  if (!Expect(TokenKind::kLeftParen, "expected '('")) return nullptr;
  node->args = ParseParameters(false);
  if (node->args == nullptr || !ExpectClosing(TokenKind::kRightParen)) return nullptr;
  if (Accept(TokenKind::kArrow)) {
    node->returns = ParseExpression();
    if (node->returns == nullptr) return nullptr;
  }
  if (!ParseColonBlock(&node->body)) return nullptr;
  return node;
}

ast::Stmt* Parser::ParseClassDef(const Token& start, Span<ast::Expr*> decorators) {
  Advance();  // class
  auto* node = Make<ast::ClassDef>(NodeKind::kClassDef, start);
  if (node == nullptr) return nullptr;
  node->decorators = decorators;
  if (!At(TokenKind::kName)) {
    Fail("invalid syntax");
    return nullptr;
  }
  node->name = IdentOf(token_);
  Advance();
  if (At(TokenKind::kLeftParen) && !ParseCallArguments(&node->bases, &node->keywords)) return nullptr;
  if (!ParseColonBlock(&node->body)) return nullptr;
  return node;
}

ast::Stmt* Parser::ParseIf() {
  ast::If* first = nullptr;
  ast::If* last = nullptr;
  // `elif` chains are parsed in a loop, not by recursion: each If goes alone into the orelse of the previous.
  do {
    auto* branch = Make<ast::If>(NodeKind::kIf, token_);
    if (branch == nullptr) return nullptr;
    Advance();  // if / elif
    branch->test = ParseNamedExpression();
    if (branch->test == nullptr || !ParseColonBlock(&branch->body)) return nullptr;
    if (last != nullptr) {
      ListBuilder<ast::Stmt*> orelse(arena_);
      if (!Add<ast::Stmt*>(&orelse, branch) || !Finish(&orelse, &last->orelse)) return nullptr;
    } else {
      first = branch;
    }
    last = branch;
  } while (!failed() && At(TokenKind::kElif));
  if (!ParseOptionalClause(TokenKind::kElse, &last->orelse)) return nullptr;
  return first;
}

ast::Stmt* Parser::ParseWhile() {
  auto* node = Make<ast::While>(NodeKind::kWhile, token_);
  if (node == nullptr) return nullptr;
  Advance();
  node->test = ParseNamedExpression();
  if (node->test == nullptr || !ParseColonBlock(&node->body)) return nullptr;
  if (!ParseOptionalClause(TokenKind::kElse, &node->orelse)) return nullptr;
  return node;
}

ast::Stmt* Parser::ParseFor(const Token& start, bool is_async) {
  auto* node = Make<ast::For>(NodeKind::kFor, start);
  if (node == nullptr) return nullptr;
  node->aux = is_async;
  Advance();  // for
  node->target = ParseTargetList();
  if (node->target == nullptr || !Expect(TokenKind::kIn, "expected 'in'")) return nullptr;
  node->iter = ParseStarExpressions();
  if (node->iter == nullptr || !ParseColonBlock(&node->body)) return nullptr;
  if (!ParseOptionalClause(TokenKind::kElse, &node->orelse)) return nullptr;
  return node;
}

ast::Stmt* Parser::ParseTry() {
  auto* node = Make<ast::Try>(NodeKind::kTry, token_);
  if (node == nullptr) return nullptr;
  Advance();
  if (!ParseColonBlock(&node->body)) return nullptr;
  ListBuilder<ast::ExceptHandler*> handlers(arena_);
  ast::ExceptHandler* bare = nullptr;
  while (!failed() && At(TokenKind::kExcept)) {
    if (bare != nullptr) {
      FailAt(bare, "default 'except:' must be last");
      return nullptr;
    }
    auto* handler = Make<ast::ExceptHandler>(NodeKind::kExceptHandler, token_);
    if (handler == nullptr) return nullptr;
    Advance();
    if (At(TokenKind::kColon)) {
      bare = handler;
    } else {
      handler->type = ParseExpression();
      if (handler->type == nullptr) return nullptr;
      if (At(TokenKind::kComma)) {
        FailAt(handler->type, "multiple exception types must be parenthesized");
        return nullptr;
      }
      if (Accept(TokenKind::kAs)) {
        if (!At(TokenKind::kName)) {
          Fail("invalid syntax");
          return nullptr;
        }
        handler->name = IdentOf(token_);
        Advance();
      }
    }
    if (!ParseColonBlock(&handler->body)) return nullptr;
    if (!Add(&handlers, handler)) return nullptr;
  }
  if (!Finish(&handlers, &node->handlers)) return nullptr;
  if (node->handlers.count == 0 && !At(TokenKind::kFinally)) {
    Fail("expected 'except' or 'finally' block");
    return nullptr;
  }
  if (node->handlers.count > 0 && Accept(TokenKind::kElse)) {
    if (!ParseColonBlock(&node->orelse)) return nullptr;
  }
  if (!ParseOptionalClause(TokenKind::kFinally, &node->finalbody)) return nullptr;
  return node;
}

ast::Stmt* Parser::ParseWith(const Token& start, bool is_async) {
  auto* node = Make<ast::With>(NodeKind::kWith, start);
  if (node == nullptr) return nullptr;
  node->aux = is_async;
  Advance();  // with
  if (!(At(TokenKind::kLeftParen) && TryParenthesizedWithItems(&node->items))) {
    if (failed()) return nullptr;
    ListBuilder<ast::WithItem*> items(arena_);
    if (!ParseWithItems(&items, false) || !Finish(&items, &node->items)) return nullptr;
  }
  if (!ParseColonBlock(&node->body)) return nullptr;
  return node;
}

bool Parser::ParseWithItems(ListBuilder<ast::WithItem*>* items, bool parenthesized) {
  do {
    if (parenthesized && At(TokenKind::kRightParen) && items->count() > 0) break;  // trailing comma
    auto* item = Make<ast::WithItem>(NodeKind::kWithItem, token_);
    if (item == nullptr) return false;
    item->context_expr = ParseExpression();
    if (item->context_expr == nullptr) return false;
    if (Accept(TokenKind::kAs)) {
      item->optional_vars = ParseStarTarget();
      if (item->optional_vars == nullptr || !SetTarget(item->optional_vars, ast::ExprContext::kStore)) {
        return false;
      }
    }
    if (!Add(items, item)) return false;
  } while (Accept(TokenKind::kComma));
  return true;
}

// `with (a as b, c):` (Python 3.9+) cannot be told from `with (a, b) as c:` or `with (a).b:` before the `)`:
// try the parenthesised form, and on failure rewind the lexer and the arena and parse an expression instead.
bool Parser::TryParenthesizedWithItems(Span<ast::WithItem*>* items) {
  const Lexer saved_lexer = *lexer_;
  const Token saved_token = token_;
  const size_t saved_arena = arena_->Mark();
  const uint32_t saved_depth = depth_;
  {
    ListBuilder<ast::WithItem*> list(arena_);
    Advance();  // (
    if (ParseWithItems(&list, true) && Accept(TokenKind::kRightParen) && At(TokenKind::kColon)) {
      return Finish(&list, items);
    }
  }
  if (error_.kind == ErrorKind::kMemoryError) return false;
  *lexer_ = saved_lexer;
  token_ = saved_token;
  arena_->Release(saved_arena);
  depth_ = saved_depth;
  error_ = SyntaxError();
  return false;
}

}  // namespace mica
