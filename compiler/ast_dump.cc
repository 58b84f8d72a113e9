#include "compiler/ast_dump.h"

#include <stdio.h>

#include <utility>

#include "compiler/string_literal.h"

namespace mica {
namespace {

using namespace ast;  // NOLINT: this file names every node type

class Dumper {
 public:
  explicit Dumper(const char* source) : source_(source) {}

  std::string Take() { return std::move(out_); }

  void Root(const Node* root) {
    if (root->kind == NodeKind::kModule) {
      Body(static_cast<const Module*>(root)->body, 0);
    } else if (root->kind == NodeKind::kExpression) {
      Value(static_cast<const Expression*>(root)->body);
      out_ += '\n';
    } else if (Stmt::Is(root->kind)) {
      Statement(static_cast<const Stmt*>(root), 0);
    } else {
      Value(static_cast<const Expr*>(root));
    }
  }

 private:
  void Text(Ident ident) { out_.append(source_ + ident.offset, ident.length); }

  void Dotted(Ident ident) {
    std::string text(CopyDottedName(source_, ident, nullptr, 0), '\0');
    CopyDottedName(source_, ident, &text[0], static_cast<uint32_t>(text.size()));
    out_ += text;
  }

  void Quoted(const std::string& value, const char* prefix) {
    out_ += prefix;
    out_ += '"';
    for (unsigned char c : value) {
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\n': out_ += "\\n"; break;
        case '\t': out_ += "\\t"; break;
        case '\r': out_ += "\\r"; break;
        default:
          if (c < 0x20 || c == 0x7F || (c >= 0x80 && prefix[0] == 'b')) {
            char escape[8];
            snprintf(escape, sizeof escape, "\\x%02x", c);
            out_ += escape;
          } else {
            out_ += static_cast<char>(c);
          }
      }
    }
    out_ += '"';
  }

  void Context(ExprContext context) {
    if (context == ExprContext::kStore) out_ += ":store";
    if (context == ExprContext::kDel) out_ += ":del";
  }

  // An optional child: "-" when absent.
  void Optional(const Expr* expr) {
    if (expr == nullptr) {
      out_ += '-';
    } else {
      Value(expr);
    }
  }

  void List(const Span<Expr*>& items) {
    for (const Expr* item : items) {
      out_ += ' ';
      Value(item);
    }
  }

  void Comprehensions(const Span<Comprehension*>& clauses) {
    for (const Comprehension* clause : clauses) {
      out_ += clause->is_async() ? " (async-for " : " (for ";
      Value(clause->target);
      out_ += ' ';
      Value(clause->iter);
      for (const Expr* condition : clause->ifs) {
        out_ += " (if ";
        Value(condition);
        out_ += ')';
      }
      out_ += ')';
    }
  }

  void Parameter(const Arg* arg) {
    Text(arg->name);
    if (arg->annotation != nullptr) {
      out_ += ':';
      Value(arg->annotation);
    }
    if (arg->default_value != nullptr) {
      out_ += '=';
      Value(arg->default_value);
    }
  }

  void Parameters(const Arguments* args) {
    out_ += "(args";
    for (uint32_t i = 0; i < args->positional.count; ++i) {
      out_ += ' ';
      Parameter(args->positional[i]);
      if (i + 1 == args->positional_only_count) out_ += " /";
    }
    if (args->vararg != nullptr) {
      out_ += " *";
      Parameter(args->vararg);
    } else if (args->keyword_only.count > 0) {
      out_ += " *";
    }
    for (const Arg* arg : args->keyword_only) {
      out_ += ' ';
      Parameter(arg);
    }
    if (args->kwarg != nullptr) {
      out_ += " **";
      Parameter(args->kwarg);
    }
    out_ += ')';
  }

  void Keywords(const Span<Keyword*>& keywords) {
    for (const Keyword* keyword : keywords) {
      out_ += ' ';
      if (keyword->arg.empty()) {
        out_ += "**";
      } else {
        Text(keyword->arg);
        out_ += '=';
      }
      Value(keyword->value);
    }
  }

  void Value(const Expr* expr) {
    switch (expr->kind) {
      case NodeKind::kName: {
        auto* name = static_cast<const Name*>(expr);
        Text(name->id);
        Context(name->ctx());
        return;
      }
      case NodeKind::kConstant: {
        static const char* const kNames[] = {"None", "True", "False", "..."};
        out_ += kNames[static_cast<int>(static_cast<const Constant*>(expr)->value())];
        return;
      }
      case NodeKind::kInt:
      case NodeKind::kFloat:
      case NodeKind::kImaginary: {
        auto* number = static_cast<const Number*>(expr);
        out_.append(source_ + number->offset, number->length);
        return;
      }
      case NodeKind::kStr:
      case NodeKind::kBytes: {
        auto* str = static_cast<const Str*>(expr);
        std::string value(DecodeStringLiteral(source_ + str->offset, str->length, nullptr, 0).length, '\0');
        DecodeStringLiteral(source_ + str->offset, str->length, &value[0], static_cast<uint32_t>(value.size()));
        Quoted(value, expr->kind == NodeKind::kBytes ? "b" : "");
        return;
      }
      case NodeKind::kFStringText: {
        auto* text = static_cast<const FStringText*>(expr);
        std::string value(DecodeFStringText(source_, text, nullptr, 0), '\0');
        DecodeFStringText(source_, text, &value[0], static_cast<uint32_t>(value.size()));
        Quoted(value, "t");
        return;
      }
      case NodeKind::kJoinedStr:
        out_ += "(f";
        List(static_cast<const JoinedStr*>(expr)->values);
        out_ += ')';
        return;
      case NodeKind::kFormattedValue: {
        auto* field = static_cast<const FormattedValue*>(expr);
        out_ += "(fv ";
        Value(field->value);
        if (field->conversion() != Conversion::kNone) {
          out_ += " !";
          out_ += static_cast<char>(field->conversion());
        }
        if (field->format_spec != nullptr) {
          out_ += ' ';
          Value(field->format_spec);
        }
        out_ += ')';
        return;
      }
      case NodeKind::kBinOp: {
        auto* binary = static_cast<const BinOp*>(expr);
        out_ += '(';
        out_ += BinaryOpText(binary->op());
        out_ += ' ';
        Value(binary->left);
        out_ += ' ';
        Value(binary->right);
        out_ += ')';
        return;
      }
      case NodeKind::kUnaryOp: {
        auto* unary = static_cast<const UnaryOpExpr*>(expr);
        out_ += '(';
        out_ += UnaryOpText(unary->op());
        out_ += ' ';
        Value(unary->operand);
        out_ += ')';
        return;
      }
      case NodeKind::kBoolOp: {
        auto* bool_op = static_cast<const BoolOp*>(expr);
        out_ += bool_op->op() == BoolOpKind::kAnd ? "(and" : "(or";
        List(bool_op->values);
        out_ += ')';
        return;
      }
      case NodeKind::kCompare: {
        auto* compare = static_cast<const Compare*>(expr);
        out_ += "(cmp ";
        Value(compare->left);
        for (uint32_t i = 0; i < compare->comparators.count; ++i) {
          out_ += ' ';
          out_ += CompareOpText(compare->ops[i]);
          out_ += ' ';
          Value(compare->comparators[i]);
        }
        out_ += ')';
        return;
      }
      case NodeKind::kIfExp: {
        auto* conditional = static_cast<const IfExp*>(expr);
        out_ += "(if ";
        Value(conditional->test);
        out_ += ' ';
        Value(conditional->body);
        out_ += ' ';
        Value(conditional->orelse);
        out_ += ')';
        return;
      }
      case NodeKind::kNamedExpr: {
        auto* named = static_cast<const NamedExpr*>(expr);
        out_ += "(:= ";
        Value(named->target);
        out_ += ' ';
        Value(named->value);
        out_ += ')';
        return;
      }
      case NodeKind::kLambda: {
        auto* lambda = static_cast<const Lambda*>(expr);
        out_ += "(lambda ";
        Parameters(lambda->args);
        out_ += ' ';
        Value(lambda->body);
        out_ += ')';
        return;
      }
      case NodeKind::kCall: {
        auto* call = static_cast<const Call*>(expr);
        out_ += "(call ";
        Value(call->func);
        List(call->args);
        Keywords(call->keywords);
        out_ += ')';
        return;
      }
      case NodeKind::kAttribute: {
        auto* attribute = static_cast<const Attribute*>(expr);
        out_ += "(. ";
        Value(attribute->value);
        out_ += ' ';
        Text(attribute->attr);
        out_ += ')';
        Context(attribute->ctx());
        return;
      }
      case NodeKind::kSubscript: {
        auto* subscript = static_cast<const Subscript*>(expr);
        out_ += "([] ";
        Value(subscript->value);
        out_ += ' ';
        Value(subscript->slice);
        out_ += ')';
        Context(subscript->ctx());
        return;
      }
      case NodeKind::kSlice: {
        auto* slice = static_cast<const Slice*>(expr);
        out_ += "(slice ";
        Optional(slice->lower);
        out_ += ' ';
        Optional(slice->upper);
        out_ += ' ';
        Optional(slice->step);
        out_ += ')';
        return;
      }
      case NodeKind::kStarred: {
        auto* starred = static_cast<const Starred*>(expr);
        out_ += "(* ";
        Value(starred->value);
        out_ += ')';
        Context(starred->ctx());
        return;
      }
      case NodeKind::kTuple:
      case NodeKind::kList: {
        auto* sequence = static_cast<const Sequence*>(expr);
        out_ += expr->kind == NodeKind::kTuple ? "(tuple" : "(list";
        List(sequence->elts);
        out_ += ')';
        Context(sequence->ctx());
        return;
      }
      case NodeKind::kSet:
        out_ += "(set";
        List(static_cast<const Set*>(expr)->elts);
        out_ += ')';
        return;
      case NodeKind::kDict: {
        auto* dict = static_cast<const Dict*>(expr);
        out_ += "(dict";
        for (uint32_t i = 0; i < dict->values.count; ++i) {
          out_ += dict->keys[i] == nullptr ? " (** " : " (";
          if (dict->keys[i] != nullptr) {
            Value(dict->keys[i]);
            out_ += ' ';
          }
          Value(dict->values[i]);
          out_ += ')';
        }
        out_ += ')';
        return;
      }
      case NodeKind::kListComp:
      case NodeKind::kSetComp:
      case NodeKind::kGeneratorExp: {
        auto* comp = static_cast<const Comp*>(expr);
        out_ += expr->kind == NodeKind::kListComp ? "(listcomp "
                : expr->kind == NodeKind::kSetComp ? "(setcomp "
                                                    : "(genexp ";
        Value(comp->elt);
        Comprehensions(comp->generators);
        out_ += ')';
        return;
      }
      case NodeKind::kDictComp: {
        auto* comp = static_cast<const DictComp*>(expr);
        out_ += "(dictcomp ";
        Value(comp->key);
        out_ += ' ';
        Value(comp->value);
        Comprehensions(comp->generators);
        out_ += ')';
        return;
      }
      case NodeKind::kAwait:
      case NodeKind::kYield:
      case NodeKind::kYieldFrom: {
        auto* unary = static_cast<const UnaryLike*>(expr);
        out_ += expr->kind == NodeKind::kAwait ? "(await" : expr->kind == NodeKind::kYield ? "(yield" : "(yield-from";
        if (unary->value != nullptr) {
          out_ += ' ';
          Value(unary->value);
        }
        out_ += ')';
        return;
      }
      default:
        out_ += "(?";
        out_ += KindName(expr->kind);
        out_ += ')';
    }
  }

  void Indent(int depth) { out_.append(static_cast<size_t>(depth) * 2, ' '); }

  void Body(const Span<Stmt*>& body, int depth) {
    for (const Stmt* statement : body) Statement(statement, depth);
  }

  void Block(const char* header, const Span<Stmt*>& body, int depth) {
    if (body.empty()) return;
    Indent(depth);
    out_ += header;
    out_ += '\n';
    Body(body, depth + 1);
  }

  void Decorators(const Span<Expr*>& decorators, int depth) {
    for (const Expr* decorator : decorators) {
      Indent(depth);
      out_ += '@';
      Value(decorator);
      out_ += '\n';
    }
  }

  void Statement(const Stmt* statement, int depth) {
    switch (statement->kind) {
      case NodeKind::kFunctionDef: {
        auto* def = static_cast<const FunctionDef*>(statement);
        Decorators(def->decorators, depth);
        Indent(depth);
        out_ += def->is_async() ? "async def " : "def ";
        Text(def->name);
        out_ += ' ';
        Parameters(def->args);
        if (def->returns != nullptr) {
          out_ += " -> ";
          Value(def->returns);
        }
        out_ += ":\n";
        Body(def->body, depth + 1);
        return;
      }
      case NodeKind::kClassDef: {
        auto* def = static_cast<const ClassDef*>(statement);
        Decorators(def->decorators, depth);
        Indent(depth);
        out_ += "class ";
        Text(def->name);
        List(def->bases);
        Keywords(def->keywords);
        out_ += ":\n";
        Body(def->body, depth + 1);
        return;
      }
      case NodeKind::kIf: {
        auto* branch = static_cast<const If*>(statement);
        Indent(depth);
        out_ += "if ";
        Value(branch->test);
        out_ += ":\n";
        Body(branch->body, depth + 1);
        Block("else:", branch->orelse, depth);
        return;
      }
      case NodeKind::kWhile: {
        auto* loop = static_cast<const While*>(statement);
        Indent(depth);
        out_ += "while ";
        Value(loop->test);
        out_ += ":\n";
        Body(loop->body, depth + 1);
        Block("else:", loop->orelse, depth);
        return;
      }
      case NodeKind::kFor: {
        auto* loop = static_cast<const For*>(statement);
        Indent(depth);
        out_ += loop->is_async() ? "async for " : "for ";
        Value(loop->target);
        out_ += " in ";
        Value(loop->iter);
        out_ += ":\n";
        Body(loop->body, depth + 1);
        Block("else:", loop->orelse, depth);
        return;
      }
      case NodeKind::kWith: {
        auto* with = static_cast<const With*>(statement);
        Indent(depth);
        out_ += with->is_async() ? "async with" : "with";
        for (uint32_t i = 0; i < with->items.count; ++i) {
          out_ += i == 0 ? " " : ", ";
          Value(with->items[i]->context_expr);
          if (with->items[i]->optional_vars != nullptr) {
            out_ += " as ";
            Value(with->items[i]->optional_vars);
          }
        }
        out_ += ":\n";
        Body(with->body, depth + 1);
        return;
      }
      case NodeKind::kTry: {
        auto* handler_block = static_cast<const Try*>(statement);
        Block("try:", handler_block->body, depth);
        for (const ExceptHandler* handler : handler_block->handlers) {
          Indent(depth);
          out_ += "except";
          if (handler->type != nullptr) {
            out_ += ' ';
            Value(handler->type);
          }
          if (!handler->name.empty()) {
            out_ += " as ";
            Text(handler->name);
          }
          out_ += ":\n";
          Body(handler->body, depth + 1);
        }
        Block("else:", handler_block->orelse, depth);
        Block("finally:", handler_block->finalbody, depth);
        return;
      }
      default:
        Indent(depth);
        SimpleStatement(statement);
        out_ += '\n';
    }
  }

  void Aliases(const Span<Alias*>& names) {
    for (const Alias* alias : names) {
      out_ += ' ';
      Dotted(alias->name);
      if (!alias->asname.empty()) {
        out_ += " as ";
        Text(alias->asname);
      }
    }
  }

  void SimpleStatement(const Stmt* statement) {
    switch (statement->kind) {
      case NodeKind::kExprStmt:
        out_ += "(expr ";
        Value(static_cast<const ExprStmt*>(statement)->value);
        out_ += ')';
        return;
      case NodeKind::kAssign: {
        auto* assign = static_cast<const Assign*>(statement);
        out_ += "(=";
        List(assign->targets);
        out_ += ' ';
        Value(assign->value);
        out_ += ')';
        return;
      }
      case NodeKind::kAugAssign: {
        auto* assign = static_cast<const AugAssign*>(statement);
        out_ += '(';
        out_ += BinaryOpText(assign->op());
        out_ += "= ";
        Value(assign->target);
        out_ += ' ';
        Value(assign->value);
        out_ += ')';
        return;
      }
      case NodeKind::kAnnAssign: {
        auto* assign = static_cast<const AnnAssign*>(statement);
        out_ += "(ann ";
        Value(assign->target);
        out_ += ' ';
        Value(assign->annotation);
        if (assign->value != nullptr) {
          out_ += ' ';
          Value(assign->value);
        }
        if (!assign->simple()) out_ += " not-simple";
        out_ += ')';
        return;
      }
      case NodeKind::kDelete:
        out_ += "(del";
        List(static_cast<const Delete*>(statement)->targets);
        out_ += ')';
        return;
      case NodeKind::kPass: out_ += "(pass)"; return;
      case NodeKind::kBreak: out_ += "(break)"; return;
      case NodeKind::kContinue: out_ += "(continue)"; return;
      case NodeKind::kReturn: {
        auto* ret = static_cast<const Return*>(statement);
        out_ += "(return";
        if (ret->value != nullptr) {
          out_ += ' ';
          Value(ret->value);
        }
        out_ += ')';
        return;
      }
      case NodeKind::kRaise: {
        auto* raise = static_cast<const Raise*>(statement);
        out_ += "(raise";
        if (raise->exc != nullptr) {
          out_ += ' ';
          Value(raise->exc);
        }
        if (raise->cause != nullptr) {
          out_ += " from ";
          Value(raise->cause);
        }
        out_ += ')';
        return;
      }
      case NodeKind::kGlobal:
      case NodeKind::kNonlocal: {
        out_ += statement->kind == NodeKind::kGlobal ? "(global" : "(nonlocal";
        for (Ident name : static_cast<const NameList*>(statement)->names) {
          out_ += ' ';
          Text(name);
        }
        out_ += ')';
        return;
      }
      case NodeKind::kAssert: {
        auto* assertion = static_cast<const Assert*>(statement);
        out_ += "(assert ";
        Value(assertion->test);
        if (assertion->msg != nullptr) {
          out_ += ' ';
          Value(assertion->msg);
        }
        out_ += ')';
        return;
      }
      case NodeKind::kImport:
        out_ += "(import";
        Aliases(static_cast<const Import*>(statement)->names);
        out_ += ')';
        return;
      case NodeKind::kImportFrom: {
        auto* import = static_cast<const ImportFrom*>(statement);
        out_ += "(from ";
        out_.append(import->level(), '.');
        Dotted(import->module);
        out_ += " import";
        Aliases(import->names);
        out_ += ')';
        return;
      }
      default:
        out_ += "(?";
        out_ += KindName(statement->kind);
        out_ += ')';
    }
  }

  const char* source_;
  std::string out_;
};

}  // namespace

std::string DumpAst(const ast::Node* root, const char* source) {
  Dumper dumper(source);
  dumper.Root(root);
  return dumper.Take();
}

}  // namespace mica
