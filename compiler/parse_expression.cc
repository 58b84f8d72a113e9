// Expressions: precedence climbing for the binary operators, recursive descent for everything else.
#include "compiler/parser_internal.h"

namespace mica {

using ast::NodeKind;

namespace {

int InfixPrecedence(TokenKind kind) {
  switch (kind) {
    case TokenKind::kOr: return kPrecOr;
    case TokenKind::kAnd: return kPrecAnd;
    case TokenKind::kNot: case TokenKind::kIn: case TokenKind::kIs: case TokenKind::kEqual:
    case TokenKind::kNotEqual: case TokenKind::kLess: case TokenKind::kGreater: case TokenKind::kLessEqual:
    case TokenKind::kGreaterEqual:
      return kPrecCompare;
    case TokenKind::kPipe: return kPrecBitOr;
    case TokenKind::kCaret: return kPrecBitXor;
    case TokenKind::kAmpersand: return kPrecBitAnd;
    case TokenKind::kLeftShift: case TokenKind::kRightShift: return kPrecShift;
    case TokenKind::kPlus: case TokenKind::kMinus: return kPrecArith;
    case TokenKind::kStar: case TokenKind::kSlash: case TokenKind::kDoubleSlash: case TokenKind::kPercent:
    case TokenKind::kAt:
      return kPrecTerm;
    default: return kPrecNone;
  }
}

ast::BinaryOp BinaryOperator(TokenKind kind) {
  switch (kind) {
    case TokenKind::kPipe: return ast::BinaryOp::kBitOr;
    case TokenKind::kCaret: return ast::BinaryOp::kBitXor;
    case TokenKind::kAmpersand: return ast::BinaryOp::kBitAnd;
    case TokenKind::kLeftShift: return ast::BinaryOp::kLShift;
    case TokenKind::kRightShift: return ast::BinaryOp::kRShift;
    case TokenKind::kPlus: return ast::BinaryOp::kAdd;
    case TokenKind::kMinus: return ast::BinaryOp::kSub;
    case TokenKind::kStar: return ast::BinaryOp::kMult;
    case TokenKind::kSlash: return ast::BinaryOp::kDiv;
    case TokenKind::kDoubleSlash: return ast::BinaryOp::kFloorDiv;
    case TokenKind::kPercent: return ast::BinaryOp::kMod;
    default: return ast::BinaryOp::kMatMult;
  }
}

bool IsComprehensionStart(TokenKind kind) { return kind == TokenKind::kFor || kind == TokenKind::kAsync; }

// A comparison operator with its comparand, while the two lists of a Compare grow together.
struct CompareItem {
  ast::Expr* comparator;
  ast::CompareOp op;
};

}  // namespace

// ---- Expression levels ---------------------------------------------------------------------------------------

ast::Expr* Parser::ParseExpression() {
  Nest nest(this);
  if (!nest.ok()) return nullptr;
  if (At(TokenKind::kLambda)) return ParseLambda();
  ast::Expr* body = ParseBinary(kPrecOr);
  if (body == nullptr || !At(TokenKind::kIf)) return body;
  auto* node = Make<ast::IfExp>(NodeKind::kIfExp, body);
  if (node == nullptr) return nullptr;
  Advance();
  node->body = body;
  node->test = ParseBinary(kPrecOr);
  if (node->test == nullptr) return nullptr;
  if (!At(TokenKind::kElse)) {
    FailAt(body, "expected 'else' after 'if' expression");
    return nullptr;
  }
  Advance();
  node->orelse = ParseExpression();
  return node->orelse == nullptr ? nullptr : node;
}

ast::Expr* Parser::ParseNamedExpression() {
  ast::Expr* target = ParseExpression();
  if (target == nullptr || !At(TokenKind::kWalrus)) return target;
  if (target->kind != NodeKind::kName) {
    FailAt(target, target->kind == NodeKind::kAttribute   ? "cannot use assignment expressions with attribute"
                   : target->kind == NodeKind::kSubscript ? "cannot use assignment expressions with subscript"
                   : target->kind == NodeKind::kTuple     ? "cannot use assignment expressions with tuple"
                                                          : "cannot use assignment expressions with expression");
    return nullptr;
  }
  static_cast<ast::Name*>(target)->set_ctx(ast::ExprContext::kStore);
  auto* node = Make<ast::NamedExpr>(NodeKind::kNamedExpr, target);
  if (node == nullptr) return nullptr;
  Advance();
  node->target = target;
  node->value = ParseExpression();
  return node->value == nullptr ? nullptr : node;
}

ast::Expr* Parser::ParseStarExpression() {
  if (!At(TokenKind::kStar)) return ParseExpression();
  auto* node = Make<ast::Starred>(NodeKind::kStarred, token_);
  if (node == nullptr) return nullptr;
  Advance();
  node->value = ParseBinary(kPrecBitOr);
  return node->value == nullptr ? nullptr : node;
}

ast::Expr* Parser::ParseStarNamedExpression() {
  return At(TokenKind::kStar) ? ParseStarExpression() : ParseNamedExpression();
}

ast::Expr* Parser::ParseStarExpressions() {
  ast::Expr* first = ParseStarExpression();
  if (first == nullptr || !At(TokenKind::kComma)) return first;
  auto* tuple = Make<ast::Sequence>(NodeKind::kTuple, first);
  if (tuple == nullptr) return nullptr;
  ListBuilder<ast::Expr*> elts(arena_);
  if (!Add(&elts, first)) return nullptr;
  while (Accept(TokenKind::kComma) && StartsStarExpression()) {
    ast::Expr* item = ParseStarExpression();
    if (item == nullptr || !Add(&elts, item)) return nullptr;
  }
  return Finish(&elts, &tuple->elts) ? tuple : nullptr;
}

ast::Expr* Parser::ParseYield() {
  const Token start = token_;
  Advance();  // yield
  if (Accept(TokenKind::kFrom)) {
    auto* node = Make<ast::UnaryLike>(NodeKind::kYieldFrom, start);
    if (node == nullptr) return nullptr;
    node->value = ParseExpression();
    return node->value == nullptr ? nullptr : node;
  }
  auto* node = Make<ast::UnaryLike>(NodeKind::kYield, start);
  if (node == nullptr) return nullptr;
  if (StartsStarExpression()) {
    node->value = ParseStarExpressions();
    if (node->value == nullptr) return nullptr;
  }
  return node;
}

// Parses operands joined by binary operators that bind at least as tightly as `min_precedence`. Left-
// associative chains are built in the loop; only a tighter operator on the right recurses (at most one level
// per precedence), so the C stack does not grow with the length of `a + b + c + ...`.
ast::Expr* Parser::ParseBinary(int min_precedence) {
  ast::Expr* left = ParseUnary(min_precedence);
  while (left != nullptr) {
    const int precedence = InfixPrecedence(token_.kind);
    if (precedence == kPrecNone || precedence < min_precedence) break;
    if (precedence == kPrecOr || precedence == kPrecAnd) {
      left = ParseBoolOp(left, precedence);
    } else if (precedence == kPrecCompare) {
      left = ParseComparison(left);
    } else {
      const ast::BinaryOp op = BinaryOperator(token_.kind);
      Advance();
      ast::Expr* right = ParseBinary(precedence + 1);
      if (right == nullptr) return nullptr;
      auto* node = Make<ast::BinOp>(NodeKind::kBinOp, left);
      if (node == nullptr) return nullptr;
      node->aux = static_cast<uint8_t>(op);
      node->left = left;
      node->right = right;
      left = node;
    }
  }
  return left;
}

ast::Expr* Parser::ParseBoolOp(ast::Expr* first, int precedence) {
  const TokenKind keyword = precedence == kPrecOr ? TokenKind::kOr : TokenKind::kAnd;
  auto* node = Make<ast::BoolOp>(NodeKind::kBoolOp, first);
  if (node == nullptr) return nullptr;
  node->aux = static_cast<uint8_t>(precedence == kPrecOr ? ast::BoolOpKind::kOr : ast::BoolOpKind::kAnd);
  ListBuilder<ast::Expr*> values(arena_);
  if (!Add(&values, first)) return nullptr;
  while (Accept(keyword)) {
    ast::Expr* value = ParseBinary(precedence + 1);
    if (value == nullptr || !Add(&values, value)) return nullptr;
  }
  return Finish(&values, &node->values) ? node : nullptr;
}

ast::Expr* Parser::ParseComparison(ast::Expr* left) {
  auto* node = Make<ast::Compare>(NodeKind::kCompare, left);
  if (node == nullptr) return nullptr;
  node->left = left;
  ListBuilder<CompareItem> items(arena_);
  for (;;) {
    ast::CompareOp op;
    switch (token_.kind) {
      case TokenKind::kEqual: op = ast::CompareOp::kEq; break;
      case TokenKind::kNotEqual: op = ast::CompareOp::kNotEq; break;
      case TokenKind::kLess: op = ast::CompareOp::kLt; break;
      case TokenKind::kLessEqual: op = ast::CompareOp::kLtE; break;
      case TokenKind::kGreater: op = ast::CompareOp::kGt; break;
      case TokenKind::kGreaterEqual: op = ast::CompareOp::kGtE; break;
      case TokenKind::kIn: op = ast::CompareOp::kIn; break;
      case TokenKind::kIs: op = ast::CompareOp::kIs; break;
      case TokenKind::kNot: op = ast::CompareOp::kNotIn; break;
      default: op = ast::CompareOp::kEq; break;
    }
    if (InfixPrecedence(token_.kind) != kPrecCompare) break;
    const TokenKind first_word = token_.kind;
    Advance();
    if (first_word == TokenKind::kIs && Accept(TokenKind::kNot)) op = ast::CompareOp::kIsNot;
    if (first_word == TokenKind::kNot && !Expect(TokenKind::kIn, "invalid syntax")) return nullptr;
    ast::Expr* right = ParseBinary(kPrecCompare + 1);
    if (right == nullptr || !Add(&items, CompareItem{right, op})) return nullptr;
  }
  // Split the pairs into the node's two parallel lists.
  const uint32_t count = items.count();
  node->comparators.count = count;
  if (!NewArray(count, &node->comparators.items) || !NewArray(count, &node->ops)) return nullptr;
  for (uint32_t i = 0; i < count; ++i) {
    const CompareItem item = items.At(i);
    node->comparators.items[i] = item.comparator;
    node->ops[i] = item.op;
  }
  return node;
}

ast::Expr* Parser::ParseUnary(int min_precedence) {
  if (!At(TokenKind::kNot)) return ParseFactor();
  if (min_precedence > kPrecNot) {  // `a == not b`: not is weaker than the operator on its left
    Fail("invalid syntax");
    return nullptr;
  }
  Nest nest(this);
  if (!nest.ok()) return nullptr;
  auto* node = Make<ast::UnaryOpExpr>(NodeKind::kUnaryOp, token_);
  if (node == nullptr) return nullptr;
  node->aux = static_cast<uint8_t>(ast::UnaryOp::kNot);
  Advance();
  node->operand = ParseBinary(kPrecNot);
  return node->operand == nullptr ? nullptr : node;
}

ast::Expr* Parser::ParseFactor() {
  ast::UnaryOp op;
  switch (token_.kind) {
    case TokenKind::kMinus: op = ast::UnaryOp::kUSub; break;
    case TokenKind::kPlus: op = ast::UnaryOp::kUAdd; break;
    case TokenKind::kTilde: op = ast::UnaryOp::kInvert; break;
    default: return ParsePower();
  }
  Nest nest(this);
  if (!nest.ok()) return nullptr;
  auto* node = Make<ast::UnaryOpExpr>(NodeKind::kUnaryOp, token_);
  if (node == nullptr) return nullptr;
  node->aux = static_cast<uint8_t>(op);
  Advance();
  node->operand = ParseFactor();
  return node->operand == nullptr ? nullptr : node;
}

// `**` binds tighter than a unary operator on its left (-2**2 == -4) and looser than one on its right (2**-1).
ast::Expr* Parser::ParsePower() {
  ast::Expr* base;
  if (At(TokenKind::kAwait)) {
    auto* await = Make<ast::UnaryLike>(NodeKind::kAwait, token_);
    if (await == nullptr) return nullptr;
    Advance();
    await->value = ParsePrimary();
    if (await->value == nullptr) return nullptr;
    base = await;
  } else {
    base = ParsePrimary();
    if (base == nullptr) return nullptr;
  }
  if (!At(TokenKind::kDoubleStar)) return base;
  Nest nest(this);
  if (!nest.ok()) return nullptr;
  auto* node = Make<ast::BinOp>(NodeKind::kBinOp, base);
  if (node == nullptr) return nullptr;
  Advance();
  node->aux = static_cast<uint8_t>(ast::BinaryOp::kPow);
  node->left = base;
  node->right = ParseFactor();
  return node->right == nullptr ? nullptr : node;
}

ast::Expr* Parser::ParsePrimary() {
  ast::Expr* primary = ParseAtom();
  while (primary != nullptr) {
    if (At(TokenKind::kDot)) {
      Advance();
      if (!At(TokenKind::kName)) {
        Fail("invalid syntax");
        return nullptr;
      }
      auto* node = Make<ast::Attribute>(NodeKind::kAttribute, primary);
      if (node == nullptr) return nullptr;
      node->value = primary;
      node->attr = IdentOf(token_);
      Advance();
      primary = node;
    } else if (At(TokenKind::kLeftParen)) {
      primary = ParseCall(primary);
    } else if (At(TokenKind::kLeftBracket)) {
      primary = ParseSubscript(primary);
    } else {
      break;
    }
  }
  return primary;
}

ast::Expr* Parser::ParseAtom() {
  const Token start = token_;
  switch (token_.kind) {
    case TokenKind::kName: {
      auto* node = Make<ast::Name>(NodeKind::kName, start);
      if (node == nullptr) return nullptr;
      node->id = IdentOf(start);
      Advance();
      return node;
    }
    case TokenKind::kNumber: return ParseNumber();
    case TokenKind::kString: return ParseStrings();
    case TokenKind::kNone:
    case TokenKind::kTrue:
    case TokenKind::kFalse:
    case TokenKind::kEllipsis: {
      auto* node = Make<ast::Constant>(NodeKind::kConstant, start);
      if (node == nullptr) return nullptr;
      const ast::ConstantValue value = start.kind == TokenKind::kNone   ? ast::ConstantValue::kNone
                                       : start.kind == TokenKind::kTrue ? ast::ConstantValue::kTrue
                                       : start.kind == TokenKind::kFalse ? ast::ConstantValue::kFalse
                                                                         : ast::ConstantValue::kEllipsis;
      node->aux = static_cast<uint8_t>(value);
      Advance();
      return node;
    }
    case TokenKind::kLeftParen: return ParseParenthesized();
    case TokenKind::kLeftBracket: return ParseListDisplay();
    case TokenKind::kLeftBrace: return ParseBraceDisplay();
    default:
      Fail("invalid syntax");
      return nullptr;
  }
}

bool Parser::ExpectClosing(TokenKind kind, const ast::Node* last) {
  if (Accept(kind)) return true;
  if (last != nullptr && StartsExpression()) {
    FailAt(last, "invalid syntax. Perhaps you forgot a comma?");
  } else {
    Fail("invalid syntax");
  }
  return false;
}

// ---- Displays and comprehensions -----------------------------------------------------------------------------

ast::Expr* Parser::ParseParenthesized() {
  const Token open = token_;
  Advance();
  if (Accept(TokenKind::kRightParen)) return Make<ast::Sequence>(NodeKind::kTuple, open);
  if (At(TokenKind::kYield)) {
    ast::Expr* yield = ParseYield();
    return yield != nullptr && ExpectClosing(TokenKind::kRightParen) ? yield : nullptr;
  }
  ast::Expr* first = ParseStarNamedExpression();
  if (first == nullptr) return nullptr;
  if (IsComprehensionStart(token_.kind)) {
    ast::Expr* generator = ParseComprehension(NodeKind::kGeneratorExp, open, first);
    return generator != nullptr && ExpectClosing(TokenKind::kRightParen) ? generator : nullptr;
  }
  if (StartsExpression()) {
    FailAt(first, "invalid syntax. Perhaps you forgot a comma?");
    return nullptr;
  }
  if (Accept(TokenKind::kRightParen)) {
    if (first->kind == NodeKind::kStarred) {
      FailAt(first, "cannot use starred expression here");
      return nullptr;
    }
    return first;
  }
  auto* tuple = Make<ast::Sequence>(NodeKind::kTuple, open);
  if (tuple == nullptr) return nullptr;
  ListBuilder<ast::Expr*> elts(arena_);
  if (!Add(&elts, first)) return nullptr;
  ast::Expr* last = first;
  while (Accept(TokenKind::kComma) && !At(TokenKind::kRightParen)) {
    last = ParseStarNamedExpression();
    if (last == nullptr || !Add(&elts, last)) return nullptr;
  }
  if (!ExpectClosing(TokenKind::kRightParen, last)) return nullptr;
  return Finish(&elts, &tuple->elts) ? tuple : nullptr;
}

ast::Expr* Parser::ParseListDisplay() {
  const Token open = token_;
  Advance();
  auto* list = Make<ast::Sequence>(NodeKind::kList, open);
  if (list == nullptr || Accept(TokenKind::kRightBracket)) return list;
  ast::Expr* first = ParseStarNamedExpression();
  if (first == nullptr) return nullptr;
  if (IsComprehensionStart(token_.kind)) {
    ast::Expr* comp = ParseComprehension(NodeKind::kListComp, open, first);
    return comp != nullptr && ExpectClosing(TokenKind::kRightBracket) ? comp : nullptr;
  }
  ListBuilder<ast::Expr*> elts(arena_);
  if (!Add(&elts, first)) return nullptr;
  ast::Expr* last = first;
  while (Accept(TokenKind::kComma) && !At(TokenKind::kRightBracket)) {
    last = ParseStarNamedExpression();
    if (last == nullptr || !Add(&elts, last)) return nullptr;
  }
  if (!ExpectClosing(TokenKind::kRightBracket, last)) return nullptr;
  return Finish(&elts, &list->elts) ? list : nullptr;
}

ast::Expr* Parser::ParseBraceDisplay() {
  const Token open = token_;
  Advance();
  if (Accept(TokenKind::kRightBrace)) return Make<ast::Dict>(NodeKind::kDict, open);
  if (At(TokenKind::kDoubleStar)) {
    const Token unpack = token_;
    Advance();
    ast::Expr* mapping = ParseBinary(kPrecBitOr);
    if (mapping == nullptr) return nullptr;
    if (IsComprehensionStart(token_.kind)) {
      FailAtPosition(unpack.line, unpack.column, "dict unpacking cannot be used in dict comprehension",
                     ErrorKind::kSyntaxError, false);
      return nullptr;
    }
    return ParseDictRest(open, nullptr, mapping);
  }
  ast::Expr* first = ParseStarNamedExpression();
  if (first == nullptr) return nullptr;
  if (first->kind != NodeKind::kStarred && Accept(TokenKind::kColon)) {
    ast::Expr* value = ParseExpression();
    if (value == nullptr) return nullptr;
    if (!IsComprehensionStart(token_.kind)) return ParseDictRest(open, first, value);
    auto* comp = Make<ast::DictComp>(NodeKind::kDictComp, open);
    if (comp == nullptr) return nullptr;
    comp->key = first;
    comp->value = value;
    if (!ParseComprehensionClauses(&comp->generators)) return nullptr;
    return ExpectClosing(TokenKind::kRightBrace) ? comp : nullptr;
  }
  if (IsComprehensionStart(token_.kind)) {
    ast::Expr* comp = ParseComprehension(NodeKind::kSetComp, open, first);
    return comp != nullptr && ExpectClosing(TokenKind::kRightBrace) ? comp : nullptr;
  }
  auto* set = Make<ast::Set>(NodeKind::kSet, open);
  if (set == nullptr) return nullptr;
  ListBuilder<ast::Expr*> elts(arena_);
  if (!Add(&elts, first)) return nullptr;
  ast::Expr* last = first;
  while (Accept(TokenKind::kComma) && !At(TokenKind::kRightBrace)) {
    last = ParseStarNamedExpression();
    if (last == nullptr || !Add(&elts, last)) return nullptr;
  }
  if (!ExpectClosing(TokenKind::kRightBrace, last)) return nullptr;
  return Finish(&elts, &set->elts) ? set : nullptr;
}

// The rest of a dict display after its first entry. Keys and values alternate in one list while parsing.
ast::Expr* Parser::ParseDictRest(const Token& open, ast::Expr* key, ast::Expr* value) {
  auto* dict = Make<ast::Dict>(NodeKind::kDict, open);
  if (dict == nullptr) return nullptr;
  ListBuilder<ast::Expr*> entries(arena_);
  if (!Add(&entries, key) || !Add(&entries, value)) return nullptr;
  while (Accept(TokenKind::kComma) && !At(TokenKind::kRightBrace)) {
    if (Accept(TokenKind::kDoubleStar)) {
      key = nullptr;
      value = ParseBinary(kPrecBitOr);
    } else {
      key = ParseExpression();
      if (key == nullptr || !Expect(TokenKind::kColon, "':' expected after dictionary key")) return nullptr;
      value = ParseExpression();
    }
    if (value == nullptr || !Add(&entries, key) || !Add(&entries, value)) return nullptr;
  }
  if (!ExpectClosing(TokenKind::kRightBrace, value)) return nullptr;
  const uint32_t count = entries.count() / 2;
  dict->keys.count = dict->values.count = count;
  if (!NewArray(count, &dict->keys.items) || !NewArray(count, &dict->values.items)) return nullptr;
  for (uint32_t i = 0; i < count; ++i) {
    dict->keys[i] = entries.At(2 * i);
    dict->values[i] = entries.At(2 * i + 1);
  }
  return dict;
}

ast::Expr* Parser::ParseComprehension(NodeKind kind, const Token& open, ast::Expr* elt) {
  if (elt->kind == NodeKind::kStarred) {
    FailAt(elt, "iterable unpacking cannot be used in comprehension");
    return nullptr;
  }
  auto* comp = Make<ast::Comp>(kind, open);
  if (comp == nullptr) return nullptr;
  comp->elt = elt;
  return ParseComprehensionClauses(&comp->generators) ? comp : nullptr;
}

bool Parser::ParseComprehensionClauses(Span<ast::Comprehension*>* out) {
  ListBuilder<ast::Comprehension*> clauses(arena_);
  while (IsComprehensionStart(token_.kind)) {
    auto* clause = Make<ast::Comprehension>(NodeKind::kComprehension, token_);
    if (clause == nullptr) return false;
    clause->aux = Accept(TokenKind::kAsync);
    if (!Expect(TokenKind::kFor, "invalid syntax")) return false;
    clause->target = ParseTargetList();
    if (clause->target == nullptr || !Expect(TokenKind::kIn, "expected 'in'")) return false;
    clause->iter = ParseBinary(kPrecOr);
    if (clause->iter == nullptr) return false;
    {
      ListBuilder<ast::Expr*> ifs(arena_);
      while (Accept(TokenKind::kIf)) {
        ast::Expr* condition = ParseBinary(kPrecOr);
        if (condition == nullptr || !Add(&ifs, condition)) return false;
      }
      if (!Finish(&ifs, &clause->ifs)) return false;
    }
    if (!Add(&clauses, clause)) return false;
  }
  return Finish(&clauses, out);
}

// ---- Trailers ------------------------------------------------------------------------------------------------

ast::Expr* Parser::ParseSubscript(ast::Expr* value) {
  auto* node = Make<ast::Subscript>(NodeKind::kSubscript, value);
  if (node == nullptr) return nullptr;
  node->value = value;
  Advance();  // [
  ast::Expr* first = ParseSliceItem();
  if (first == nullptr) return nullptr;
  if (At(TokenKind::kComma)) {  // a[i, j:k]: a tuple of indices and slices
    auto* tuple = Make<ast::Sequence>(NodeKind::kTuple, first);
    if (tuple == nullptr) return nullptr;
    ListBuilder<ast::Expr*> elts(arena_);
    if (!Add(&elts, first)) return nullptr;
    while (Accept(TokenKind::kComma) && !At(TokenKind::kRightBracket)) {
      ast::Expr* item = ParseSliceItem();
      if (item == nullptr || !Add(&elts, item)) return nullptr;
    }
    if (!Finish(&elts, &tuple->elts)) return nullptr;
    first = tuple;
  }
  node->slice = first;
  return ExpectClosing(TokenKind::kRightBracket) ? node : nullptr;
}

ast::Expr* Parser::ParseSliceItem() {
  const Token start = token_;
  ast::Expr* lower = nullptr;
  if (!At(TokenKind::kColon)) {
    lower = ParseNamedExpression();
    if (lower == nullptr || !At(TokenKind::kColon)) return lower;
  }
  auto* slice = Make<ast::Slice>(NodeKind::kSlice, start);
  if (slice == nullptr) return nullptr;
  slice->lower = lower;
  Advance();  // :
  auto ends_slice = [this] {
    return At(TokenKind::kColon) || At(TokenKind::kRightBracket) || At(TokenKind::kComma);
  };
  if (!ends_slice()) {
    slice->upper = ParseExpression();
    if (slice->upper == nullptr) return nullptr;
  }
  if (Accept(TokenKind::kColon) && !ends_slice()) {
    slice->step = ParseExpression();
    if (slice->step == nullptr) return nullptr;
  }
  return slice;
}

ast::Expr* Parser::ParseCall(ast::Expr* func) {
  auto* call = Make<ast::Call>(NodeKind::kCall, func);
  if (call == nullptr) return nullptr;
  call->func = func;
  return ParseCallArguments(&call->args, &call->keywords) ? call : nullptr;
}

// `(args)` of a call or a class header. Positional arguments and keywords share one list while parsing (the
// ListBuilder rule) and are split at the end by node kind.
bool Parser::ParseCallArguments(Span<ast::Expr*>* args, Span<ast::Keyword*>* keywords) {
  Advance();  // (
  ListBuilder<ast::Node*> items(arena_);
  uint32_t keyword_count = 0;
  bool seen_keyword = false;
  bool seen_mapping = false;
  while (!At(TokenKind::kRightParen)) {
    const Token start = token_;
    if (Accept(TokenKind::kDoubleStar)) {
      auto* keyword = Make<ast::Keyword>(NodeKind::kKeyword, start);
      if (keyword == nullptr) return false;
      keyword->value = ParseExpression();
      if (keyword->value == nullptr || !Add<ast::Node*>(&items, keyword)) return false;
      ++keyword_count;
      seen_mapping = true;
    } else if (At(TokenKind::kStar)) {
      if (seen_mapping) {
        Fail("iterable argument unpacking follows keyword argument unpacking");
        return false;
      }
      Advance();
      auto* starred = Make<ast::Starred>(NodeKind::kStarred, start);
      if (starred == nullptr) return false;
      starred->value = ParseExpression();  // in a call, `*` takes a whole expression: f(*a if c else b)
      if (starred->value == nullptr || !Add<ast::Node*>(&items, starred)) return false;
    } else {
      ast::Expr* value = ParseNamedExpression();
      if (value == nullptr) return false;
      if (At(TokenKind::kAssign)) {
        if (value->kind != NodeKind::kName) {
          FailAt(value, "expression cannot contain assignment, perhaps you meant \"==\"?");
          return false;
        }
        auto* keyword = Make<ast::Keyword>(NodeKind::kKeyword, value);
        if (keyword == nullptr) return false;
        keyword->arg = static_cast<ast::Name*>(value)->id;
        for (uint32_t i = 0; i < items.count(); ++i) {
          const ast::Node* other = items.At(i);
          if (other->kind == NodeKind::kKeyword &&
              SameIdent(static_cast<const ast::Keyword*>(other)->arg, keyword->arg)) {
            FailAt(value, "keyword argument repeated");
            return false;
          }
        }
        Advance();
        keyword->value = ParseExpression();
        if (keyword->value == nullptr || !Add<ast::Node*>(&items, keyword)) return false;
        ++keyword_count;
        seen_keyword = true;
      } else if (IsComprehensionStart(token_.kind)) {
        ast::Expr* generator = ParseComprehension(NodeKind::kGeneratorExp, start, value);
        if (generator == nullptr) return false;
        if (items.count() != 0 || !At(TokenKind::kRightParen)) {
          FailAt(generator, "Generator expression must be parenthesized");
          return false;
        }
        if (!Add<ast::Node*>(&items, generator)) return false;
      } else {
        if (seen_mapping || seen_keyword) {
          FailAt(value, seen_mapping ? "positional argument follows keyword argument unpacking"
                                     : "positional argument follows keyword argument");
          return false;
        }
        if (!Add<ast::Node*>(&items, value)) return false;
      }
    }
    if (!Accept(TokenKind::kComma)) break;
  }
  if (!ExpectClosing(TokenKind::kRightParen, items.count() > 0 ? items.At(items.count() - 1) : nullptr)) return false;

  args->count = items.count() - keyword_count;
  keywords->count = keyword_count;
  if (!NewArray(args->count, &args->items) || !NewArray(keywords->count, &keywords->items)) return false;
  uint32_t next_arg = 0;
  uint32_t next_keyword = 0;
  for (uint32_t i = 0; i < items.count(); ++i) {
    ast::Node* item = items.At(i);
    if (item->kind == NodeKind::kKeyword) {
      (*keywords)[next_keyword++] = static_cast<ast::Keyword*>(item);
    } else {
      (*args)[next_arg++] = static_cast<ast::Expr*>(item);
    }
  }
  return true;
}

// ---- Lambda and parameters -----------------------------------------------------------------------------------

ast::Expr* Parser::ParseLambda() {
  auto* lambda = Make<ast::Lambda>(NodeKind::kLambda, token_);
  if (lambda == nullptr) return nullptr;
  Advance();
  lambda->args = ParseParameters(true);
  if (lambda->args == nullptr || !Expect(TokenKind::kColon, "expected ':'")) return nullptr;
  lambda->body = ParseExpression();
  return lambda->body == nullptr ? nullptr : lambda;
}

ast::Arg* Parser::ParseParameter(bool is_lambda) {
  if (!At(TokenKind::kName)) {
    Fail("invalid syntax");
    return nullptr;
  }
  auto* arg = Make<ast::Arg>(NodeKind::kArg, token_);
  if (arg == nullptr) return nullptr;
  arg->name = IdentOf(token_);
  Advance();
  if (!is_lambda && Accept(TokenKind::kColon)) {
    arg->annotation = ParseExpression();
    if (arg->annotation == nullptr) return nullptr;
  }
  return arg;
}

// The parameters of a def (up to its `)`) or a lambda (up to its `:`). Positional and keyword-only parameters
// share one list while parsing, split where the `*` was.
ast::Arguments* Parser::ParseParameters(bool is_lambda) {
  auto* args = Make<ast::Arguments>(NodeKind::kArguments, token_);
  if (args == nullptr) return nullptr;
  const TokenKind closer = is_lambda ? TokenKind::kColon : TokenKind::kRightParen;
  ListBuilder<ast::Arg*> params(arena_);
  uint32_t keyword_only_start = UINT32_MAX;  // index in params of the first keyword-only parameter
  bool seen_slash = false;
  bool seen_default = false;
  Token star;
  while (!At(closer)) {
    if (At(TokenKind::kSlash)) {
      if (seen_slash) {
        Fail("/ may appear only once");
      } else if (keyword_only_start != UINT32_MAX) {
        Fail("/ must be ahead of *");
      } else if (params.count() == 0) {
        Fail("at least one argument must precede /");
      }
      if (failed()) return nullptr;
      Advance();
      seen_slash = true;
      args->positional_only_count = params.count();
    } else if (At(TokenKind::kStar)) {
      if (keyword_only_start != UINT32_MAX) {
        Fail("* argument may appear only once");
        return nullptr;
      }
      star = token_;
      Advance();
      keyword_only_start = params.count();
      if (At(TokenKind::kName)) {
        args->vararg = ParseParameter(is_lambda);
        if (args->vararg == nullptr) return nullptr;
      } else if (!At(TokenKind::kComma)) {
        FailAtPosition(star.line, star.column, "named arguments must follow bare *", ErrorKind::kSyntaxError, false);
        return nullptr;
      }
    } else if (At(TokenKind::kDoubleStar)) {
      Advance();
      args->kwarg = ParseParameter(is_lambda);
      if (args->kwarg == nullptr) return nullptr;
      Accept(TokenKind::kComma);
      if (!At(closer)) {
        Fail("arguments cannot follow var-keyword argument");
        return nullptr;
      }
      break;
    } else {
      ast::Arg* arg = ParseParameter(is_lambda);
      if (arg == nullptr) return nullptr;
      if (Accept(TokenKind::kAssign)) {
        arg->default_value = ParseExpression();
        if (arg->default_value == nullptr) return nullptr;
      }
      if (keyword_only_start == UINT32_MAX) {
        if (arg->default_value != nullptr) {
          seen_default = true;
        } else if (seen_default) {
          FailAt(arg, "parameter without a default follows parameter with a default");
          return nullptr;
        }
      }
      if (!Add(&params, arg)) return nullptr;
    }
    if (!Accept(TokenKind::kComma)) break;
  }
  const uint32_t count = params.count();
  if (keyword_only_start != UINT32_MAX && args->vararg == nullptr && keyword_only_start == count) {
    FailAtPosition(star.line, star.column, "named arguments must follow bare *", ErrorKind::kSyntaxError, false);
    return nullptr;
  }
  const uint32_t split = keyword_only_start == UINT32_MAX ? count : keyword_only_start;
  if (!FinishRange(&params, 0, split, &args->positional) ||
      !FinishRange(&params, split, count, &args->keyword_only)) {
    return nullptr;
  }
  // Every name once: positional, *args, keyword-only, **kwargs.
  const ast::Arg* extra[2] = {args->vararg, args->kwarg};
  for (uint32_t i = 0; i < count + 2; ++i) {
    const ast::Arg* a = i < count ? params.At(i) : extra[i - count];
    if (a == nullptr) continue;
    for (uint32_t j = i + 1; j < count + 2; ++j) {
      const ast::Arg* b = j < count ? params.At(j) : extra[j - count];
      if (b != nullptr && SameIdent(a->name, b->name)) {
        FailAtWithName(b, "duplicate argument '", b->name, "' in function definition",
                       "duplicate argument in function definition");
        return nullptr;
      }
    }
  }
  return args;
}

// ---- Targets of for loops and comprehensions -----------------------------------------------------------------

ast::Expr* Parser::ParseStarTarget() {
  if (!At(TokenKind::kStar)) return ParseBinary(kPrecBitOr);
  auto* node = Make<ast::Starred>(NodeKind::kStarred, token_);
  if (node == nullptr) return nullptr;
  Advance();
  node->value = ParseBinary(kPrecBitOr);
  return node->value == nullptr ? nullptr : node;
}

// Targets are parsed as expressions that stop before comparisons, so the `in` of `for x in y` is not taken for
// an operator.
ast::Expr* Parser::ParseTargetList() {
  ast::Expr* first = ParseStarTarget();
  if (first == nullptr) return nullptr;
  ast::Expr* target = first;
  if (At(TokenKind::kComma)) {
    auto* tuple = Make<ast::Sequence>(NodeKind::kTuple, first);
    if (tuple == nullptr) return nullptr;
    ListBuilder<ast::Expr*> elts(arena_);
    if (!Add(&elts, first)) return nullptr;
    while (Accept(TokenKind::kComma) && StartsStarExpression()) {
      ast::Expr* item = ParseStarTarget();
      if (item == nullptr || !Add(&elts, item)) return nullptr;
    }
    if (!Finish(&elts, &tuple->elts)) return nullptr;
    target = tuple;
  }
  return SetTarget(target, ast::ExprContext::kStore) ? target : nullptr;
}

}  // namespace mica
