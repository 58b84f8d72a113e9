#include "compiler/ast.h"

#include <stddef.h>

#include "compiler/string_literal.h"

namespace mica {
namespace ast {
namespace {

constexpr const char* kKindNames[] = {
    "Module", "Expression",
    "FunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign", "AnnAssign", "For", "While", "If", "With",
    "Raise", "Try", "Assert", "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue",
    "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp", "SetComp", "DictComp",
    "GeneratorExp", "Await", "Yield", "YieldFrom", "Compare", "Call", "FormattedValue", "JoinedStr", "FStringText",
    "Constant", "Int", "Float", "Imaginary", "Str", "Bytes", "Attribute", "Subscript", "Starred", "Name", "List",
    "Tuple", "Slice",
    "comprehension", "ExceptHandler", "arguments", "arg", "keyword", "alias", "withitem",
};
static_assert(sizeof kKindNames / sizeof kKindNames[0] == static_cast<size_t>(NodeKind::kCount),
              "one name per node kind");

constexpr const char* kBinaryOpTexts[] = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};
constexpr const char* kUnaryOpTexts[] = {"~", "not", "+", "-"};
constexpr const char* kCompareOpTexts[] = {"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"};

// Feeds children to the visitor until it says stop.
class Walk {
 public:
  Walk(ChildVisitor visit, void* context) : visit_(visit), context_(context) {}
  void One(Node* node) {
    if (going_ && node != nullptr) going_ = visit_(node, context_);
  }
  template <typename T>
  void All(const Span<T*>& list) {
    for (T* node : list) One(node);
  }
  bool going() const { return going_; }

 private:
  ChildVisitor visit_;
  void* context_;
  bool going_ = true;
};

}  // namespace

const char* KindName(NodeKind kind) {
  const size_t index = static_cast<size_t>(kind);
  return index < static_cast<size_t>(NodeKind::kCount) ? kKindNames[index] : "?";
}

const char* BinaryOpText(BinaryOp op) { return kBinaryOpTexts[static_cast<size_t>(op)]; }
const char* UnaryOpText(UnaryOp op) { return kUnaryOpTexts[static_cast<size_t>(op)]; }
const char* CompareOpText(CompareOp op) { return kCompareOpTexts[static_cast<size_t>(op)]; }

bool ForEachChild(Node* node, ChildVisitor visit, void* context) {
  Walk walk(visit, context);
  switch (node->kind) {
    case NodeKind::kModule: walk.All(static_cast<Module*>(node)->body); break;
    case NodeKind::kExpression: walk.One(static_cast<Expression*>(node)->body); break;
    case NodeKind::kFunctionDef: {
      auto* def = static_cast<FunctionDef*>(node);
      walk.All(def->decorators);
      walk.One(def->args);
      walk.One(def->returns);
      walk.All(def->body);
      break;
    }
    case NodeKind::kClassDef: {
      auto* def = static_cast<ClassDef*>(node);
      walk.All(def->decorators);
      walk.All(def->bases);
      walk.All(def->keywords);
      walk.All(def->body);
      break;
    }
    case NodeKind::kReturn: walk.One(static_cast<Return*>(node)->value); break;
    case NodeKind::kDelete: walk.All(static_cast<Delete*>(node)->targets); break;
    case NodeKind::kAssign: {
      auto* assign = static_cast<Assign*>(node);
      walk.All(assign->targets);
      walk.One(assign->value);
      break;
    }
    case NodeKind::kAugAssign: {
      auto* assign = static_cast<AugAssign*>(node);
      walk.One(assign->target);
      walk.One(assign->value);
      break;
    }
    case NodeKind::kAnnAssign: {
      auto* assign = static_cast<AnnAssign*>(node);
      walk.One(assign->target);
      walk.One(assign->annotation);
      walk.One(assign->value);
      break;
    }
    case NodeKind::kFor: {
      auto* loop = static_cast<For*>(node);
      walk.One(loop->target);
      walk.One(loop->iter);
      walk.All(loop->body);
      walk.All(loop->orelse);
      break;
    }
    case NodeKind::kWhile: {
      auto* loop = static_cast<While*>(node);
      walk.One(loop->test);
      walk.All(loop->body);
      walk.All(loop->orelse);
      break;
    }
    case NodeKind::kIf: {
      auto* branch = static_cast<If*>(node);
      walk.One(branch->test);
      walk.All(branch->body);
      walk.All(branch->orelse);
      break;
    }
    case NodeKind::kWith: {
      auto* with = static_cast<With*>(node);
      walk.All(with->items);
      walk.All(with->body);
      break;
    }
    case NodeKind::kRaise: {
      auto* raise = static_cast<Raise*>(node);
      walk.One(raise->exc);
      walk.One(raise->cause);
      break;
    }
    case NodeKind::kTry: {
      auto* handler_block = static_cast<Try*>(node);
      walk.All(handler_block->body);
      walk.All(handler_block->handlers);
      walk.All(handler_block->orelse);
      walk.All(handler_block->finalbody);
      break;
    }
    case NodeKind::kAssert: {
      auto* assertion = static_cast<Assert*>(node);
      walk.One(assertion->test);
      walk.One(assertion->msg);
      break;
    }
    case NodeKind::kImport: walk.All(static_cast<Import*>(node)->names); break;
    case NodeKind::kImportFrom: walk.All(static_cast<ImportFrom*>(node)->names); break;
    case NodeKind::kExprStmt: walk.One(static_cast<ExprStmt*>(node)->value); break;
    case NodeKind::kBoolOp: walk.All(static_cast<BoolOp*>(node)->values); break;
    case NodeKind::kNamedExpr: {
      auto* named = static_cast<NamedExpr*>(node);
      walk.One(named->target);
      walk.One(named->value);
      break;
    }
    case NodeKind::kBinOp: {
      auto* binary = static_cast<BinOp*>(node);
      walk.One(binary->left);
      walk.One(binary->right);
      break;
    }
    case NodeKind::kUnaryOp: walk.One(static_cast<UnaryOpExpr*>(node)->operand); break;
    case NodeKind::kLambda: {
      auto* lambda = static_cast<Lambda*>(node);
      walk.One(lambda->args);
      walk.One(lambda->body);
      break;
    }
    case NodeKind::kIfExp: {  // source order: body if test else orelse
      auto* conditional = static_cast<IfExp*>(node);
      walk.One(conditional->body);
      walk.One(conditional->test);
      walk.One(conditional->orelse);
      break;
    }
    case NodeKind::kDict: {
      auto* dict = static_cast<Dict*>(node);
      for (uint32_t i = 0; i < dict->values.count; ++i) {
        walk.One(dict->keys[i]);
        walk.One(dict->values[i]);
      }
      break;
    }
    case NodeKind::kSet: walk.All(static_cast<Set*>(node)->elts); break;
    case NodeKind::kListComp:
    case NodeKind::kSetComp:
    case NodeKind::kGeneratorExp: {
      auto* comp = static_cast<Comp*>(node);
      walk.One(comp->elt);
      walk.All(comp->generators);
      break;
    }
    case NodeKind::kDictComp: {
      auto* comp = static_cast<DictComp*>(node);
      walk.One(comp->key);
      walk.One(comp->value);
      walk.All(comp->generators);
      break;
    }
    case NodeKind::kAwait:
    case NodeKind::kYield:
    case NodeKind::kYieldFrom: walk.One(static_cast<UnaryLike*>(node)->value); break;
    case NodeKind::kCompare: {
      auto* compare = static_cast<Compare*>(node);
      walk.One(compare->left);
      walk.All(compare->comparators);
      break;
    }
    case NodeKind::kCall: {
      auto* call = static_cast<Call*>(node);
      walk.One(call->func);
      walk.All(call->args);
      walk.All(call->keywords);
      break;
    }
    case NodeKind::kFormattedValue: {
      auto* field = static_cast<FormattedValue*>(node);
      walk.One(field->value);
      walk.One(field->format_spec);
      break;
    }
    case NodeKind::kJoinedStr: walk.All(static_cast<JoinedStr*>(node)->values); break;
    case NodeKind::kAttribute: walk.One(static_cast<Attribute*>(node)->value); break;
    case NodeKind::kSubscript: {
      auto* subscript = static_cast<Subscript*>(node);
      walk.One(subscript->value);
      walk.One(subscript->slice);
      break;
    }
    case NodeKind::kStarred: walk.One(static_cast<Starred*>(node)->value); break;
    case NodeKind::kList:
    case NodeKind::kTuple: walk.All(static_cast<Sequence*>(node)->elts); break;
    case NodeKind::kSlice: {
      auto* slice = static_cast<Slice*>(node);
      walk.One(slice->lower);
      walk.One(slice->upper);
      walk.One(slice->step);
      break;
    }
    case NodeKind::kComprehension: {
      auto* clause = static_cast<Comprehension*>(node);
      walk.One(clause->target);
      walk.One(clause->iter);
      walk.All(clause->ifs);
      break;
    }
    case NodeKind::kExceptHandler: {
      auto* handler = static_cast<ExceptHandler*>(node);
      walk.One(handler->type);
      walk.All(handler->body);
      break;
    }
    case NodeKind::kArguments: {
      auto* args = static_cast<Arguments*>(node);
      walk.All(args->positional);
      walk.One(args->vararg);
      walk.All(args->keyword_only);
      walk.One(args->kwarg);
      break;
    }
    case NodeKind::kArg: {
      auto* arg = static_cast<Arg*>(node);
      walk.One(arg->annotation);
      walk.One(arg->default_value);
      break;
    }
    case NodeKind::kKeyword: walk.One(static_cast<Keyword*>(node)->value); break;
    case NodeKind::kWithItem: {
      auto* item = static_cast<WithItem*>(node);
      walk.One(item->context_expr);
      walk.One(item->optional_vars);
      break;
    }
    // Leaves.
    case NodeKind::kGlobal:
    case NodeKind::kNonlocal:
    case NodeKind::kPass:
    case NodeKind::kBreak:
    case NodeKind::kContinue:
    case NodeKind::kFStringText:
    case NodeKind::kConstant:
    case NodeKind::kInt:
    case NodeKind::kFloat:
    case NodeKind::kImaginary:
    case NodeKind::kStr:
    case NodeKind::kBytes:
    case NodeKind::kName:
    case NodeKind::kAlias:
    case NodeKind::kCount:
      break;
  }
  return walk.going();
}

uint32_t DecodeFStringText(const char* source, const FStringText* text, char* out, uint32_t capacity) {
  uint8_t flags = kDecodeFString;
  if ((text->flags() & FStringText::kRaw) != 0) flags |= kDecodeRaw;
  // The "x=" of a self-documenting field is source text: no escapes, and braces are not doubled.
  if ((text->flags() & FStringText::kVerbatim) != 0) flags = kDecodeRaw;
  return DecodeStringBody(source + text->offset, text->length, flags, out, capacity).length;
}

uint32_t CopyDottedName(const char* source, Ident name, char* out, uint32_t capacity) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < name.length; ++i) {
    const char c = source[name.offset + i];
    if (c == ' ' || c == '\t' || c == '\f' || c == '\\' || c == '\r' || c == '\n') continue;
    if (n < capacity) out[n] = c;
    ++n;
  }
  return n;
}

}  // namespace ast
}  // namespace mica
