// Scope analysis: which names are local, cell, free or global in each scope, and the slot layout.
#include "compiler/emitter/scope.h"

#include <string>
#include <vector>

#include "compiler/arena.h"
#include "compiler/emitter/test_sink.h"
#include "compiler/parser.h"
#include "gtest/gtest.h"

namespace mica {
namespace emit {
namespace {

const char* BindingName(Binding binding) {
  switch (binding) {
    case Binding::kLocal:
      return "local";
    case Binding::kCell:
      return "cell";
    case Binding::kFree:
      return "free";
    case Binding::kGlobalExplicit:
      return "global";
    case Binding::kGlobalImplicit:
      return "implicit";
  }
  return "?";
}

std::string ScopeName(const Scope& scope, const char* source) {
  const ast::Node* node = scope.node;
  switch (scope.kind) {
    case ScopeKind::kModule:
      return "module";
    case ScopeKind::kFunction: {
      const ast::Ident id = static_cast<const ast::FunctionDef*>(node)->name;
      return std::string(source + id.offset, id.length);
    }
    case ScopeKind::kClass: {
      const ast::Ident id = static_cast<const ast::ClassDef*>(node)->name;
      return "class " + std::string(source + id.offset, id.length);
    }
    case ScopeKind::kLambda:
      return "lambda";
    case ScopeKind::kComprehension:
      return "comprehension";
  }
  return "?";
}

// One line per scope, in pre-order: "f [locals=2 cells=1 free=0]: a=cell#0 b=local#1 print=implicit".
void Describe(const Scope& scope, const char* source, std::string* out) {
  *out += ScopeName(scope, source);
  if (scope.kind != ScopeKind::kModule) {
    *out += " [locals=" + std::to_string(scope.num_locals) + " cells=" + std::to_string(scope.num_cells) +
            " free=" + std::to_string(scope.num_free) + "]";
  }
  *out += ":";
  for (Symbol* symbol = scope.First(); symbol != nullptr; symbol = scope.Next(symbol)) {
    *out += " " + std::string(symbol->text, symbol->length) + "=" + BindingName(symbol->binding);
    if (symbol->slot != kNoSlot) *out += "#" + std::to_string(symbol->slot);
    if (symbol->closure_slot != kNoSlot && symbol->closure_slot != symbol->slot) {
      *out += "(closure#" + std::to_string(symbol->closure_slot) + ")";
    }
  }
  *out += "\n";
  for (const Scope* child = scope.first_child; child != nullptr; child = child->next_sibling) {
    Describe(*child, source, out);
  }
}

std::string Analyze(const std::string& source) {
  std::vector<unsigned char> block(1 << 18);
  Arena arena(block.data(), block.size());
  const ParseResult parsed = Parse(source.data(), static_cast<uint32_t>(source.size()), &arena);
  if (!parsed.ok()) return testing_emitter::DescribeError(parsed.error);
  ScopeTree tree;
  SyntaxError error;
  if (!AnalyzeScopes(parsed.root, source.c_str(), &arena, ScopeOptions(), &tree, &error)) {
    return testing_emitter::DescribeError(error);
  }
  std::string out;
  Describe(*tree.root, source.c_str(), &out);
  return out;
}

TEST(Scope, ModuleNamesAreGlobal) {
  EXPECT_EQ(Analyze("import os.path\nx = len(y)\ndef f(): pass\nclass C: pass\n"),
            "module: os=local x=local len=implicit y=implicit f=local C=local\n"
            "f [locals=0 cells=0 free=0]:\n"
            "class C [locals=0 cells=0 free=0]:\n");
}

TEST(Scope, ParametersComeFirstInSlotOrder) {
  EXPECT_EQ(Analyze("def f(a, b, /, c, *d, e, f=1, **g):\n    h = a\n    return i\n"),
            "module: f=local\n"
            "f [locals=8 cells=0 free=0]: a=local#0 b=local#1 c=local#2 e=local#3 f=local#4 d=local#5 g=local#6 "
            "h=local#7 i=implicit\n");
}

// num_cells counts only the cells that are not parameters (raw_code.h): a captured parameter is a cell in place.
TEST(Scope, CapturedLocalsBecomeCellsAndParametersStayInTheirSlots) {
  EXPECT_EQ(Analyze("def outer(p, q):\n    x = 1\n    y = 2\n    def inner():\n        return p + x\n"
                    "    return inner\n"),
            "module: outer=local\n"
            "outer [locals=4 cells=1 free=0]: p=cell#0 q=local#1 x=cell#4 y=local#2 inner=local#3\n"
            "inner [locals=0 cells=0 free=2]: p=free#0 x=free#1\n");
}

TEST(Scope, FreeVariablesPassThroughIntermediateFunctions) {
  EXPECT_EQ(Analyze("def a():\n    v = 1\n    def b():\n        def c():\n            return v\n        return c\n"),
            "module: a=local\n"
            "a [locals=1 cells=1 free=0]: v=cell#1 b=local#0\n"
            "b [locals=1 cells=0 free=1]: c=local#0 v=free#1\n"
            "c [locals=0 cells=0 free=1]: v=free#0\n");
}

TEST(Scope, GlobalAndNonlocalDeclarations) {
  EXPECT_EQ(Analyze("g = 0\ndef f():\n    global g\n    n = 0\n    def h():\n        nonlocal n\n        n += g\n"),
            "module: g=local f=local\n"
            "f [locals=1 cells=1 free=0]: g=global n=cell#1 h=local#0\n"
            "h [locals=0 cells=0 free=1]: n=free#0 g=implicit\n");
}

TEST(Scope, GlobalInAnEnclosingFunctionHidesItsBinding) {
  EXPECT_EQ(Analyze("def f():\n    global x\n    x = 1\n    def g():\n        return x\n"),
            "module: f=local\n"
            "f [locals=1 cells=0 free=0]: x=global g=local#0\n"
            "g [locals=0 cells=0 free=0]: x=implicit\n");
}

TEST(Scope, ClassBodiesAreSkippedByMethods) {
  // `x` in the method is the module's, not the class attribute; the class body reads the function's `y`.
  EXPECT_EQ(Analyze("def f():\n    y = 1\n    class C:\n        x = y\n        def m(self):\n            return x\n"),
            "module: f=local\n"
            "f [locals=1 cells=1 free=0]: y=cell#1 C=local#0\n"
            "class C [locals=0 cells=0 free=1]: x=local y=free#0 m=local\n"
            "m [locals=1 cells=0 free=0]: self=local#0 x=implicit\n");
}

TEST(Scope, ClassHandsFreeVariablesToItsMethods) {
  // The class binds `v` itself (namespace) and also carries the function's `v` for its method.
  EXPECT_EQ(Analyze("def f():\n    v = 1\n    class C:\n        v = 2\n        def m(self):\n            return v\n"),
            "module: f=local\n"
            "f [locals=1 cells=1 free=0]: v=cell#1 C=local#0\n"
            "class C [locals=0 cells=0 free=1]: v=local(closure#0) m=local\n"
            "m [locals=1 cells=0 free=1]: self=local#0 v=free#1\n");
}

TEST(Scope, SuperGivesTheClassAClassCell) {
  EXPECT_EQ(Analyze("class C(B):\n    def m(self):\n        return super().m()\n"),
            "module: B=implicit C=local\n"
            "class C [locals=0 cells=1 free=0]: m=local __class__=cell#0\n"
            "m [locals=1 cells=0 free=1]: self=local#0 super=implicit __class__=free#1\n");
}

TEST(Scope, ComprehensionsAreFunctionsWithTheIteratorAsParameter) {
  EXPECT_EQ(Analyze("def f(n, xs):\n    return [x * n for x in xs if x]\n"),
            "module: f=local\n"
            "f [locals=2 cells=0 free=0]: n=cell#0 xs=local#1\n"
            "comprehension [locals=2 cells=0 free=1]: .0=local#0 x=local#1 n=free#2\n");
}

TEST(Scope, AssignmentExpressionInComprehensionBindsOutside) {
  EXPECT_EQ(Analyze("def f(xs):\n    if any((last := x) > 0 for x in xs):\n        return last\n"),
            "module: f=local\n"
            "f [locals=1 cells=1 free=0]: xs=local#0 any=implicit last=cell#1\n"
            "comprehension [locals=2 cells=0 free=1]: .0=local#0 x=local#1 last=free#2\n");
  EXPECT_EQ(Analyze("[y := x for x in z]\n"),
            "module: z=implicit y=local\n"
            "comprehension [locals=2 cells=0 free=0]: .0=local#0 x=local#1 y=global\n");
}

TEST(Scope, LambdasAndDefaultsEvaluateWhereDefined) {
  EXPECT_EQ(Analyze("def f(k):\n    return lambda a, b=k: a + b + k\n"),
            "module: f=local\n"
            "f [locals=1 cells=0 free=0]: k=cell#0\n"
            "lambda [locals=2 cells=0 free=1]: a=local#0 b=local#1 k=free#2\n");
}

TEST(Scope, DeletedAndAnnotatedNamesAreLocal) {
  EXPECT_EQ(Analyze("def f():\n    x: int\n    del y\n    for i in r: pass\n    with m as w: pass\n"
                    "    try: pass\n    except E as e: pass\n    import a.b as c\n"),
            "module: f=local\n"
            "f [locals=6 cells=0 free=0]: x=local#0 y=local#1 i=local#2 r=implicit m=implicit w=local#3 "
            "E=implicit e=local#4 c=local#5\n");
}

TEST(Scope, GeneratorAndCoroutineFlags) {
  std::vector<unsigned char> block(1 << 16);
  Arena arena(block.data(), block.size());
  const std::string source =
      "def g():\n    yield 1\nasync def c():\n    await x\nasync def ag():\n    yield 1\n"
      "def v(*a, **k): pass\n";
  const ParseResult parsed = Parse(source.data(), static_cast<uint32_t>(source.size()), &arena);
  ASSERT_TRUE(parsed.ok());
  ScopeTree tree;
  SyntaxError error;
  ASSERT_TRUE(AnalyzeScopes(parsed.root, source.c_str(), &arena, ScopeOptions(), &tree, &error));
  const Scope* g = tree.root->first_child;
  const Scope* c = g->next_sibling;
  const Scope* ag = c->next_sibling;
  const Scope* v = ag->next_sibling;
  EXPECT_EQ(g->flags & (kScopeGenerator | kScopeCoroutine), kScopeGenerator);
  EXPECT_EQ(c->flags & (kScopeGenerator | kScopeCoroutine), kScopeCoroutine);
  EXPECT_EQ(ag->flags & (kScopeGenerator | kScopeCoroutine), kScopeGenerator | kScopeCoroutine);
  EXPECT_EQ(v->flags & (kScopeVarArgs | kScopeVarKeywords), kScopeVarArgs | kScopeVarKeywords);
}

TEST(Scope, MicropythonConstRecordsModuleConstants) {
  std::vector<unsigned char> block(1 << 16);
  Arena arena(block.data(), block.size());
  const std::string source =
      "from micropython import const\nA = const(4)\n_B = const(A * 2 + 1)\nC = const\nD = A\n"
      "import micropython\nE = micropython.const(-1)\n";
  const ParseResult parsed = Parse(source.data(), static_cast<uint32_t>(source.size()), &arena);
  ASSERT_TRUE(parsed.ok());
  ScopeTree tree;
  SyntaxError error;
  ASSERT_TRUE(AnalyzeScopes(parsed.root, source.c_str(), &arena, ScopeOptions(), &tree, &error));
  std::string found;
  for (const ModuleConstant* constant = tree.constants; constant != nullptr; constant = constant->next) {
    found += std::string(constant->text, constant->length) + "=" + std::to_string(constant->value.integer) + " ";
  }
  EXPECT_EQ(found, "A=4 _B=9 E=-1 ");
}

}  // namespace
}  // namespace emit
}  // namespace mica
