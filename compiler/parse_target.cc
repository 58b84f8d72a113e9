// Assignment and deletion targets: what may stand left of `=`, after `for`, in `del`, and the messages for what
// may not.
#include <stddef.h>

#include "compiler/parser_internal.h"

namespace mica {

using ast::NodeKind;

namespace {

// "cannot assign to X" / "cannot delete X" for an expression that is not a target.
struct TargetMessages {
  NodeKind kind;
  const char* assign;
  const char* del;
};

constexpr TargetMessages kTargetMessages[] = {
    {NodeKind::kCall, "cannot assign to function call", "cannot delete function call"},
    {NodeKind::kCompare, "cannot assign to comparison", "cannot delete comparison"},
    {NodeKind::kInt, "cannot assign to literal", "cannot delete literal"},
    {NodeKind::kFloat, "cannot assign to literal", "cannot delete literal"},
    {NodeKind::kImaginary, "cannot assign to literal", "cannot delete literal"},
    {NodeKind::kStr, "cannot assign to literal", "cannot delete literal"},
    {NodeKind::kBytes, "cannot assign to literal", "cannot delete literal"},
    {NodeKind::kJoinedStr, "cannot assign to f-string expression", "cannot delete f-string expression"},
    {NodeKind::kLambda, "cannot assign to lambda", "cannot delete lambda"},
    {NodeKind::kIfExp, "cannot assign to conditional expression", "cannot delete conditional expression"},
    {NodeKind::kNamedExpr, "cannot assign to named expression", "cannot delete named expression"},
    {NodeKind::kDict, "cannot assign to dict literal", "cannot delete dict literal"},
    {NodeKind::kSet, "cannot assign to set display", "cannot delete set display"},
    {NodeKind::kListComp, "cannot assign to list comprehension", "cannot delete list comprehension"},
    {NodeKind::kSetComp, "cannot assign to set comprehension", "cannot delete set comprehension"},
    {NodeKind::kDictComp, "cannot assign to dict comprehension", "cannot delete dict comprehension"},
    {NodeKind::kGeneratorExp, "cannot assign to generator expression", "cannot delete generator expression"},
    {NodeKind::kAwait, "cannot assign to await expression", "cannot delete await expression"},
    {NodeKind::kYield, "cannot assign to yield expression", "cannot delete yield expression"},
    {NodeKind::kYieldFrom, "cannot assign to yield expression", "cannot delete yield expression"},
};

constexpr const char* kConstantAssign[] = {"cannot assign to None", "cannot assign to True",
                                           "cannot assign to False", "cannot assign to ellipsis"};
constexpr const char* kConstantDelete[] = {"cannot delete None", "cannot delete True", "cannot delete False",
                                           "cannot delete ellipsis"};

const char* NotATarget(const ast::Expr* target, ast::ExprContext context) {
  const bool del = context == ast::ExprContext::kDel;
  if (target->kind == NodeKind::kConstant) {
    const size_t value = static_cast<size_t>(static_cast<const ast::Constant*>(target)->value());
    return del ? kConstantDelete[value] : kConstantAssign[value];
  }
  for (const TargetMessages& messages : kTargetMessages) {
    if (messages.kind == target->kind) return del ? messages.del : messages.assign;
  }
  return del ? "cannot delete expression" : "cannot assign to expression";
}

}  // namespace

bool Parser::IsSingleTarget(const ast::Expr* target) const {
  return target->kind == NodeKind::kName || target->kind == NodeKind::kAttribute ||
         target->kind == NodeKind::kSubscript;
}

bool Parser::SetTarget(ast::Expr* target, ast::ExprContext context) {
  switch (target->kind) {
    case NodeKind::kName: static_cast<ast::Name*>(target)->set_ctx(context); return true;
    case NodeKind::kAttribute: static_cast<ast::Attribute*>(target)->set_ctx(context); return true;
    case NodeKind::kSubscript: static_cast<ast::Subscript*>(target)->set_ctx(context); return true;
    case NodeKind::kStarred:
      FailAt(target, context == ast::ExprContext::kDel ? "cannot delete starred"
                                                        : "starred assignment target must be in a list or tuple");
      return false;
    case NodeKind::kTuple:
    case NodeKind::kList: {
      auto* sequence = static_cast<ast::Sequence*>(target);
      sequence->set_ctx(context);
      bool seen_star = false;
      for (ast::Expr* element : sequence->elts) {
        if (element->kind != NodeKind::kStarred) {
          if (!SetTarget(element, context)) return false;
          continue;
        }
        if (context == ast::ExprContext::kDel) {
          FailAt(element, "cannot delete starred");
          return false;
        }
        if (seen_star) {
          FailAt(element, "multiple starred expressions in assignment");
          return false;
        }
        seen_star = true;
        auto* starred = static_cast<ast::Starred*>(element);
        starred->set_ctx(context);
        if (starred->value->kind == NodeKind::kStarred) {
          FailAt(starred->value, "starred assignment target must be in a list or tuple");
          return false;
        }
        if (!SetTarget(starred->value, context)) return false;
      }
      return true;
    }
    default:
      FailAt(target, NotATarget(target, context));
      return false;
  }
}

}  // namespace mica
