// The abstract syntax tree the parser builds and the bytecode emitter walks.
//
// Shapes and names follow CPython's `ast` module (Module, FunctionDef, Assign, BinOp, Call, ...), so its
// documentation describes what each node means. Differences, all for size or simplicity:
//   - Nodes live in the compiler's Arena and are never freed one by one; lists are Span<T*> (count + items).
//   - Names are Ident (byte offset and length into the source), not strings: the source must outlive the tree.
//   - Literals keep their source text and are decoded on demand: Number (int/float/imaginary) via
//     number_literal.h, Str/Bytes (adjacent literals already joined) via DecodeStringLiteral, FStringText via
//     DecodeFStringText. Constant covers only None, True, False and Ellipsis.
//   - A parameter's default value sits in its Arg (not in separate lists).
//   - `**kwargs` in a call is a Keyword whose `arg` is empty; `*` in `from m import *` is an Alias named "*".
//   - A JoinedStr keeps adjacent literal pieces apart (CPython merges them into one constant).
// Every node starts with the same 8-byte header: kind, one byte of kind-specific data (`aux`: operator, context,
// async flag...; read it through each node's accessors), and where the node starts (1-based line and column).
// Statements derive from Stmt and expressions from Expr; As<T>(node) is a checked downcast (no RTTI needed).
// ForEachChild visits the child nodes of any node in source order. The tree's height is bounded by the
// parser (ParseOptions::max_ast_height), so a recursive walk has a known worst-case depth.
#ifndef MICA_COMPILER_AST_H_
#define MICA_COMPILER_AST_H_

#include <stdint.h>

#include "compiler/span.h"

namespace mica {
namespace ast {

enum class NodeKind : uint8_t {
  // Roots
  kModule,      // Module: a file
  kExpression,  // Expression: what eval() compiles
  // Statements
  kFunctionDef, kClassDef, kReturn, kDelete, kAssign, kAugAssign, kAnnAssign, kFor, kWhile, kIf, kWith, kRaise,
  kTry, kAssert, kImport, kImportFrom, kGlobal, kNonlocal, kExprStmt, kPass, kBreak, kContinue,
  // Expressions
  kBoolOp, kNamedExpr, kBinOp, kUnaryOp, kLambda, kIfExp, kDict, kSet, kListComp, kSetComp, kDictComp,
  kGeneratorExp, kAwait, kYield, kYieldFrom, kCompare, kCall, kFormattedValue, kJoinedStr, kFStringText,
  kConstant, kInt, kFloat, kImaginary, kStr, kBytes, kAttribute, kSubscript, kStarred, kName, kList, kTuple,
  kSlice,
  // Parts of statements and expressions
  kComprehension, kExceptHandler, kArguments, kArg, kKeyword, kAlias, kWithItem,
  kCount,
  kFirstStmt = kFunctionDef,
  kLastStmt = kContinue,
  kFirstExpr = kBoolOp,
  kLastExpr = kSlice,
};

// The name of a kind as in CPython's ast module ("FunctionDef", "BinOp", ...; "Int" etc. for our literals).
const char* KindName(NodeKind kind);

// A name in the source: source + offset, `length` bytes (UTF-8). An absent name has length 0.
struct Ident {
  uint32_t offset;
  uint32_t length;
  bool empty() const { return length == 0; }
};

enum class ExprContext : uint8_t { kLoad, kStore, kDel };

enum class BinaryOp : uint8_t {
  kAdd, kSub, kMult, kMatMult, kDiv, kMod, kPow, kLShift, kRShift, kBitOr, kBitXor, kBitAnd, kFloorDiv,
};
enum class UnaryOp : uint8_t { kInvert, kNot, kUAdd, kUSub };
enum class BoolOpKind : uint8_t { kAnd, kOr };
enum class CompareOp : uint8_t { kEq, kNotEq, kLt, kLtE, kGt, kGtE, kIs, kIsNot, kIn, kNotIn };
enum class ConstantValue : uint8_t { kNone, kTrue, kFalse, kEllipsis };
// FormattedValue conversions: the conversion character, or 0 for none.
enum class Conversion : uint8_t { kNone = 0, kStr = 's', kRepr = 'r', kAscii = 'a' };

const char* BinaryOpText(BinaryOp op);    // "+", "**", ...
const char* UnaryOpText(UnaryOp op);      // "~", "not", "+", "-"
const char* CompareOpText(CompareOp op);  // "==", "is not", "not in", ...

struct Node {
  NodeKind kind;
  uint8_t aux;      // kind-specific; use the accessors of each node type
  uint16_t column;  // 1-based, in characters
  uint32_t line;    // 1-based
};

struct Stmt : Node {
  static bool Is(NodeKind k) { return k >= NodeKind::kFirstStmt && k <= NodeKind::kLastStmt; }
};
struct Expr : Node {
  static bool Is(NodeKind k) { return k >= NodeKind::kFirstExpr && k <= NodeKind::kLastExpr; }
};

// Checked downcasts: As returns nullptr if `node` is not a T.
template <typename T>
T* As(Node* node) {
  return node != nullptr && T::Is(node->kind) ? static_cast<T*>(node) : nullptr;
}
template <typename T>
const T* As(const Node* node) {
  return node != nullptr && T::Is(node->kind) ? static_cast<const T*>(node) : nullptr;
}

#define MICA_AST_IS(Kind) \
  static bool Is(NodeKind k) { return k == NodeKind::Kind; }

// Node types whose `aux` is an ExprContext.
#define MICA_AST_CONTEXT                                                        \
  ExprContext ctx() const { return static_cast<ExprContext>(aux); }            \
  void set_ctx(ExprContext context) { aux = static_cast<uint8_t>(context); }

// ---- Parts -------------------------------------------------------------------------------------------------

struct Arg : Node {
  MICA_AST_IS(kArg)
  Ident name;
  Expr* annotation;     // or nullptr
  Expr* default_value;  // or nullptr
};

// Parameters of a def or lambda. `positional` holds positional-only then ordinary parameters.
struct Arguments : Node {
  MICA_AST_IS(kArguments)
  Span<Arg*> positional;
  uint32_t positional_only_count;  // how many of `positional` come before a '/'
  Arg* vararg;                     // *args, or nullptr
  Span<Arg*> keyword_only;         // after * or *args; default_value may be null for each
  Arg* kwarg;                      // **kwargs, or nullptr
};

// `arg=value` in a call or class header; `**value` when arg is empty.
struct Keyword : Node {
  MICA_AST_IS(kKeyword)
  Ident arg;
  Expr* value;
};

// `name as asname` in an import. `name` may be dotted ("a.b.c") and span blanks: copy it with
// CopyDottedName. In `from m import *`, name is "*".
struct Alias : Node {
  MICA_AST_IS(kAlias)
  Ident name;
  Ident asname;  // empty if none
};

struct WithItem : Node {
  MICA_AST_IS(kWithItem)
  Expr* context_expr;
  Expr* optional_vars;  // the `as` target (Store context), or nullptr
};

// One `for target in iter if c1 if c2` clause of a comprehension.
struct Comprehension : Node {
  MICA_AST_IS(kComprehension)
  Expr* target;  // Store context
  Expr* iter;
  Span<Expr*> ifs;
  bool is_async() const { return aux != 0; }
};

struct ExceptHandler : Node {
  MICA_AST_IS(kExceptHandler)
  Expr* type;  // nullptr for a bare `except:`
  Ident name;  // empty if no `as`
  Span<Stmt*> body;
};

// ---- Roots -------------------------------------------------------------------------------------------------

struct Module : Node {
  MICA_AST_IS(kModule)
  Span<Stmt*> body;
};

struct Expression : Node {
  MICA_AST_IS(kExpression)
  Expr* body;
};

// ---- Statements ----------------------------------------------------------------------------------------------

struct FunctionDef : Stmt {
  MICA_AST_IS(kFunctionDef)
  Ident name;
  Arguments* args;
  Span<Stmt*> body;
  Span<Expr*> decorators;
  Expr* returns;  // the `-> annotation`, or nullptr
  bool is_async() const { return aux != 0; }
};

struct ClassDef : Stmt {
  MICA_AST_IS(kClassDef)
  Ident name;
  Span<Expr*> bases;
  Span<Keyword*> keywords;
  Span<Stmt*> body;
  Span<Expr*> decorators;
};

struct Return : Stmt {
  MICA_AST_IS(kReturn)
  Expr* value;  // or nullptr
};

struct Delete : Stmt {
  MICA_AST_IS(kDelete)
  Span<Expr*> targets;  // Del context
};

// `t1 = t2 = value`: targets in source order.
struct Assign : Stmt {
  MICA_AST_IS(kAssign)
  Span<Expr*> targets;  // Store context
  Expr* value;
};

struct AugAssign : Stmt {
  MICA_AST_IS(kAugAssign)
  Expr* target;  // a Name, Attribute or Subscript in Store context
  Expr* value;
  BinaryOp op() const { return static_cast<BinaryOp>(aux); }
};

struct AnnAssign : Stmt {
  MICA_AST_IS(kAnnAssign)
  Expr* target;
  Expr* annotation;
  Expr* value;  // or nullptr
  // True for a plain unparenthesised name target (CPython's `simple`): the annotation goes to __annotations__.
  bool simple() const { return aux != 0; }
};

struct For : Stmt {
  MICA_AST_IS(kFor)
  Expr* target;  // Store context
  Expr* iter;
  Span<Stmt*> body;
  Span<Stmt*> orelse;
  bool is_async() const { return aux != 0; }
};

struct While : Stmt {
  MICA_AST_IS(kWhile)
  Expr* test;
  Span<Stmt*> body;
  Span<Stmt*> orelse;
};

// `elif` is an If alone in the orelse of the one before.
struct If : Stmt {
  MICA_AST_IS(kIf)
  Expr* test;
  Span<Stmt*> body;
  Span<Stmt*> orelse;
};

struct With : Stmt {
  MICA_AST_IS(kWith)
  Span<WithItem*> items;
  Span<Stmt*> body;
  bool is_async() const { return aux != 0; }
};

struct Raise : Stmt {
  MICA_AST_IS(kRaise)
  Expr* exc;    // or nullptr (re-raise)
  Expr* cause;  // the `from` part, or nullptr
};

struct Try : Stmt {
  MICA_AST_IS(kTry)
  Span<Stmt*> body;
  Span<ExceptHandler*> handlers;
  Span<Stmt*> orelse;
  Span<Stmt*> finalbody;
};

struct Assert : Stmt {
  MICA_AST_IS(kAssert)
  Expr* test;
  Expr* msg;  // or nullptr
};

struct Import : Stmt {
  MICA_AST_IS(kImport)
  Span<Alias*> names;
};

// `from ..module import names`: level counts the dots; module is empty in `from . import x`.
struct ImportFrom : Stmt {
  MICA_AST_IS(kImportFrom)
  Ident module;  // dotted, see Alias
  Span<Alias*> names;
  uint32_t level() const { return aux; }
};

// Global and Nonlocal.
struct NameList : Stmt {
  static bool Is(NodeKind k) { return k == NodeKind::kGlobal || k == NodeKind::kNonlocal; }
  Span<Ident> names;
};

struct ExprStmt : Stmt {
  MICA_AST_IS(kExprStmt)
  Expr* value;
};

// Pass, Break and Continue carry nothing.
struct Simple : Stmt {
  static bool Is(NodeKind k) {
    return k == NodeKind::kPass || k == NodeKind::kBreak || k == NodeKind::kContinue;
  }
};

// ---- Expressions ---------------------------------------------------------------------------------------------

// `a and b and c` is one BoolOp with three values.
struct BoolOp : Expr {
  MICA_AST_IS(kBoolOp)
  Span<Expr*> values;
  BoolOpKind op() const { return static_cast<BoolOpKind>(aux); }
};

struct NamedExpr : Expr {
  MICA_AST_IS(kNamedExpr)
  Expr* target;  // a Name in Store context
  Expr* value;
};

struct BinOp : Expr {
  MICA_AST_IS(kBinOp)
  Expr* left;
  Expr* right;
  BinaryOp op() const { return static_cast<BinaryOp>(aux); }
};

struct UnaryOpExpr : Expr {
  MICA_AST_IS(kUnaryOp)
  Expr* operand;
  UnaryOp op() const { return static_cast<UnaryOp>(aux); }
};

struct Lambda : Expr {
  MICA_AST_IS(kLambda)
  Arguments* args;
  Expr* body;
};

struct IfExp : Expr {
  MICA_AST_IS(kIfExp)
  Expr* test;
  Expr* body;
  Expr* orelse;
};

// keys[i] is nullptr for a `**mapping` entry (values[i] is the mapping). keys.count == values.count.
struct Dict : Expr {
  MICA_AST_IS(kDict)
  Span<Expr*> keys;
  Span<Expr*> values;
};

struct Set : Expr {
  MICA_AST_IS(kSet)
  Span<Expr*> elts;
};

// ListComp, SetComp and GeneratorExp.
struct Comp : Expr {
  static bool Is(NodeKind k) {
    return k == NodeKind::kListComp || k == NodeKind::kSetComp || k == NodeKind::kGeneratorExp;
  }
  Expr* elt;
  Span<Comprehension*> generators;
};

struct DictComp : Expr {
  MICA_AST_IS(kDictComp)
  Expr* key;
  Expr* value;
  Span<Comprehension*> generators;
};

// Await, Yield and YieldFrom. `value` is nullptr only for a bare `yield`.
struct UnaryLike : Expr {
  static bool Is(NodeKind k) {
    return k == NodeKind::kAwait || k == NodeKind::kYield || k == NodeKind::kYieldFrom;
  }
  Expr* value;
};

// `left op[0] comparators[0] op[1] comparators[1] ...`.
struct Compare : Expr {
  MICA_AST_IS(kCompare)
  Expr* left;
  Span<Expr*> comparators;
  CompareOp* ops;  // comparators.count of them
};

// Positional arguments (Starred for `*iterable`) and keywords (empty arg for `**mapping`), each in source order.
struct Call : Expr {
  MICA_AST_IS(kCall)
  Expr* func;
  Span<Expr*> args;
  Span<Keyword*> keywords;
};

// A {field} of an f-string: format(value, spec) after the conversion.
struct FormattedValue : Expr {
  MICA_AST_IS(kFormattedValue)
  Expr* value;
  Expr* format_spec;  // a JoinedStr, or nullptr
  Conversion conversion() const { return static_cast<Conversion>(aux); }
};

// An f-string (with any adjacent literals): the concatenation of its values, each a Str, FStringText or
// FormattedValue.
struct JoinedStr : Expr {
  MICA_AST_IS(kJoinedStr)
  Span<Expr*> values;
};

// Literal text of an f-string between fields: source text, still escaped. Decode with DecodeFStringText.
struct FStringText : Expr {
  MICA_AST_IS(kFStringText)
  uint32_t offset;
  uint32_t length;
  enum Flags : uint8_t {
    kRaw = 1,       // from an rf-string: no escapes
    kVerbatim = 2,  // the "x=" of f"{x=}": the source text exactly
  };
  uint8_t flags() const { return aux; }
};

struct Constant : Expr {
  MICA_AST_IS(kConstant)
  ConstantValue value() const { return static_cast<ConstantValue>(aux); }
};

// Int, Float and Imaginary: the literal's source text (decode with number_literal.h).
struct Number : Expr {
  static bool Is(NodeKind k) {
    return k == NodeKind::kInt || k == NodeKind::kFloat || k == NodeKind::kImaginary;
  }
  uint32_t offset;
  uint32_t length;
};

// Str and Bytes: the source text of one or more adjacent literals (prefixes and quotes included), decoded and
// concatenated by DecodeStringLiteral.
struct Str : Expr {
  static bool Is(NodeKind k) { return k == NodeKind::kStr || k == NodeKind::kBytes; }
  uint32_t offset;
  uint32_t length;
};

struct Attribute : Expr {
  MICA_AST_IS(kAttribute)
  MICA_AST_CONTEXT
  Expr* value;
  Ident attr;
};

// `value[slice]`; slice is an expression, a Slice, or a Tuple that may hold Slices (`a[1:2, ::3]`).
struct Subscript : Expr {
  MICA_AST_IS(kSubscript)
  MICA_AST_CONTEXT
  Expr* value;
  Expr* slice;
};

struct Starred : Expr {
  MICA_AST_IS(kStarred)
  MICA_AST_CONTEXT
  Expr* value;
};

struct Name : Expr {
  MICA_AST_IS(kName)
  MICA_AST_CONTEXT
  Ident id;
};

// List and Tuple.
struct Sequence : Expr {
  static bool Is(NodeKind k) { return k == NodeKind::kList || k == NodeKind::kTuple; }
  MICA_AST_CONTEXT
  Span<Expr*> elts;
};

struct Slice : Expr {
  MICA_AST_IS(kSlice)
  Expr* lower;  // each may be nullptr
  Expr* upper;
  Expr* step;
};

#undef MICA_AST_IS
#undef MICA_AST_CONTEXT

// ---- Walking -------------------------------------------------------------------------------------------------

// Called for each non-null child; return false to stop the walk.
using ChildVisitor = bool (*)(Node* child, void* context);

// Visits the direct children of `node` in source order (a call's positional arguments before its keywords).
// Returns false if the visitor stopped the walk.
bool ForEachChild(Node* node, ChildVisitor visit, void* context);

// The value of an FStringText into out[0, capacity); returns its full length. The parser validated the text, so
// this cannot fail.
uint32_t DecodeFStringText(const char* source, const FStringText* text, char* out, uint32_t capacity);

// The text of a dotted name (Alias::name, ImportFrom::module) without blanks or line continuations, into
// out[0, capacity); returns the full length.
uint32_t CopyDottedName(const char* source, Ident name, char* out, uint32_t capacity);

}  // namespace ast
}  // namespace mica

#endif  // MICA_COMPILER_AST_H_
