// Parser golden tests: source -> AST dump (format in ast_dump.h) for every statement and expression form.
#include "compiler/parser.h"

#include <string>

#include "compiler/test_util.h"
#include "gtest/gtest.h"

namespace mica {
namespace {

using testing_util::Dump;
using testing_util::DumpEval;
using testing_util::DumpLine;

// ---- Simple statements ---------------------------------------------------------------------------------------

TEST(ParserStatements, ExpressionAndAssignment) {
  EXPECT_EQ(DumpLine("f(x)"), "(expr (call f x))");
  EXPECT_EQ(DumpLine("x = 1"), "(= x:store 1)");
  EXPECT_EQ(DumpLine("a = b = c = 0"), "(= a:store b:store c:store 0)");
  EXPECT_EQ(DumpLine("a, b = b, a"), "(= (tuple a:store b:store):store (tuple b a))");
  EXPECT_EQ(DumpLine("[a, (b, c)] = x"), "(= (list a:store (tuple b:store c:store):store):store x)");
  EXPECT_EQ(DumpLine("a, *b = x"), "(= (tuple a:store (* b:store):store):store x)");
  EXPECT_EQ(DumpLine("*a, b, = x"), "(= (tuple (* a:store):store b:store):store x)");
  EXPECT_EQ(DumpLine("x.y = z[i] = w[1:2] = 0"),
            "(= (. x y):store ([] z i):store ([] w (slice 1 2 -)):store 0)");
  EXPECT_EQ(DumpLine("x = yield"), "(= x:store (yield))");
  EXPECT_EQ(DumpLine("x = yield a, b"), "(= x:store (yield (tuple a b)))");
  EXPECT_EQ(DumpLine("x = *a, b"), "(= x:store (tuple (* a) b))");
  EXPECT_EQ(DumpLine("x = 1; y = 2;"), "(= x:store 1)\n(= y:store 2)");
}

TEST(ParserStatements, AugmentedAndAnnotatedAssignment) {
  EXPECT_EQ(DumpLine("x += 1"), "(+= x:store 1)");
  EXPECT_EQ(DumpLine("a.b -= 1"), "(-= (. a b):store 1)");
  EXPECT_EQ(DumpLine("a[i] *= 2"), "(*= ([] a i):store 2)");
  EXPECT_EQ(DumpLine("x @= m"), "(@= x:store m)");
  EXPECT_EQ(DumpLine("x /= 2; x //= 2; x %= 2; x **= 2"),
            "(/= x:store 2)\n(//= x:store 2)\n(%= x:store 2)\n(**= x:store 2)");
  EXPECT_EQ(DumpLine("x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1"),
            "(<<= x:store 1)\n(>>= x:store 1)\n(&= x:store 1)\n(|= x:store 1)\n(^= x:store 1)");
  EXPECT_EQ(DumpLine("x += 1, 2"), "(+= x:store (tuple 1 2))");
  EXPECT_EQ(DumpLine("x += yield"), "(+= x:store (yield))");
  EXPECT_EQ(DumpLine("x: int"), "(ann x:store int)");
  EXPECT_EQ(DumpLine("x: list[int] = []"), "(ann x:store ([] list int) (list))");
  EXPECT_EQ(DumpLine("self.x: int = 0"), "(ann (. self x):store int 0 not-simple)");
  EXPECT_EQ(DumpLine("(x): int = 0"), "(ann x:store int 0 not-simple)");
  EXPECT_EQ(DumpLine("d['k']: str"), "(ann ([] d \"k\"):store str not-simple)");
  EXPECT_EQ(DumpLine("x: int = yield"), "(ann x:store int (yield))");
}

TEST(ParserStatements, Keywords) {
  EXPECT_EQ(DumpLine("pass"), "(pass)");
  EXPECT_EQ(DumpLine("del x"), "(del x:del)");
  EXPECT_EQ(DumpLine("del x, y.z, w[0], (a, [b]),"),
            "(del x:del (. y z):del ([] w 0):del (tuple a:del (list b:del):del):del)");
  EXPECT_EQ(DumpLine("while 1: break"), "while 1:\n  (break)");
  EXPECT_EQ(DumpLine("while 1: continue"), "while 1:\n  (continue)");
  EXPECT_EQ(DumpLine("return"), "(return)");
  EXPECT_EQ(DumpLine("return x"), "(return x)");
  EXPECT_EQ(DumpLine("return x, *y"), "(return (tuple x (* y)))");
  EXPECT_EQ(DumpLine("raise"), "(raise)");
  EXPECT_EQ(DumpLine("raise E"), "(raise E)");
  EXPECT_EQ(DumpLine("raise E(1) from None"), "(raise (call E 1) from None)");
  EXPECT_EQ(DumpLine("global a"), "(global a)");
  EXPECT_EQ(DumpLine("nonlocal a, b"), "(nonlocal a b)");
  EXPECT_EQ(DumpLine("assert x"), "(assert x)");
  EXPECT_EQ(DumpLine("assert x > 0, 'message'"), "(assert (cmp x > 0) \"message\")");
  EXPECT_EQ(DumpLine("yield"), "(expr (yield))");
  EXPECT_EQ(DumpLine("yield from g()"), "(expr (yield-from (call g)))");
  EXPECT_EQ(DumpLine("await x"), "(expr (await x))");
}

TEST(ParserStatements, Imports) {
  EXPECT_EQ(DumpLine("import a"), "(import a)");
  EXPECT_EQ(DumpLine("import a.b.c as d, e"), "(import a.b.c as d e)");
  EXPECT_EQ(DumpLine("import a . b"), "(import a.b)");  // blanks are allowed and dropped
  EXPECT_EQ(DumpLine("from a import b"), "(from a import b)");
  EXPECT_EQ(DumpLine("from a.b import c as d, e"), "(from a.b import c as d e)");
  EXPECT_EQ(DumpLine("from . import x"), "(from . import x)");
  EXPECT_EQ(DumpLine("from .. import x"), "(from .. import x)");
  EXPECT_EQ(DumpLine("from ... import x"), "(from ... import x)");  // "..." is one token, three levels
  EXPECT_EQ(DumpLine("from .... m import x"), "(from ....m import x)");
  EXPECT_EQ(DumpLine("from .m import *"), "(from .m import *)");
  EXPECT_EQ(DumpLine("from m import (a,\n  b as c,\n)"), "(from m import a b as c)");
}

// ---- Compound statements -------------------------------------------------------------------------------------

TEST(ParserStatements, IfElifElse) {
  EXPECT_EQ(Dump("if a:\n  x\nelif b:\n  y\nelif c: z\nelse:\n  w\n"),
            "if a:\n"
            "  (expr x)\n"
            "else:\n"
            "  if b:\n"
            "    (expr y)\n"
            "  else:\n"
            "    if c:\n"
            "      (expr z)\n"
            "    else:\n"
            "      (expr w)\n");
  EXPECT_EQ(Dump("if (n := len(a)) > 10: pass\n"), "if (cmp (:= n:store (call len a)) > 10):\n  (pass)\n");
  EXPECT_EQ(Dump("if x: a; b\n"), "if x:\n  (expr a)\n  (expr b)\n");
}

TEST(ParserStatements, Loops) {
  EXPECT_EQ(Dump("while x:\n  pass\nelse:\n  done()\n"), "while x:\n  (pass)\nelse:\n  (expr (call done))\n");
  EXPECT_EQ(Dump("for i in range(10):\n  pass\n"), "for i:store in (call range 10):\n  (pass)\n");
  EXPECT_EQ(Dump("for k, v in d.items(): pass\nelse: pass\n"),
            "for (tuple k:store v:store):store in (call (. d items)):\n  (pass)\nelse:\n  (pass)\n");
  EXPECT_EQ(Dump("for x, in y: pass\n"), "for (tuple x:store):store in y:\n  (pass)\n");
  EXPECT_EQ(Dump("for a.b, c[0], *d in 1, 2: pass\n"),
            "for (tuple (. a b):store ([] c 0):store (* d:store):store):store in (tuple 1 2):\n  (pass)\n");
  EXPECT_EQ(Dump("for x in *a, b: pass\n"), "for x:store in (tuple (* a) b):\n  (pass)\n");
}

TEST(ParserStatements, Try) {
  EXPECT_EQ(Dump("try:\n  a\nexcept E as e:\n  b\nexcept (F, G):\n  c\nexcept:\n  d\nelse:\n  e\nfinally:\n  f\n"),
            "try:\n"
            "  (expr a)\n"
            "except E as e:\n"
            "  (expr b)\n"
            "except (tuple F G):\n"
            "  (expr c)\n"
            "except:\n"
            "  (expr d)\n"
            "else:\n"
            "  (expr e)\n"
            "finally:\n"
            "  (expr f)\n");
  EXPECT_EQ(Dump("try: a\nfinally: b\n"), "try:\n  (expr a)\nfinally:\n  (expr b)\n");
  EXPECT_EQ(Dump("try:\n  pass\nexcept a.Error:\n  raise\n"), "try:\n  (pass)\nexcept (. a Error):\n  (raise)\n");
}

TEST(ParserStatements, With) {
  EXPECT_EQ(Dump("with a: pass\n"), "with a:\n  (pass)\n");
  EXPECT_EQ(Dump("with open(p) as f, lock: pass\n"), "with (call open p) as f:store, lock:\n  (pass)\n");
  EXPECT_EQ(Dump("with a as (b, c): pass\n"), "with a as (tuple b:store c:store):store:\n  (pass)\n");
  EXPECT_EQ(Dump("with a as b.c, d as e[0]: pass\n"), "with a as (. b c):store, d as ([] e 0):store:\n  (pass)\n");
  // Parenthesised items (Python 3.9+) against a parenthesised expression.
  EXPECT_EQ(Dump("with (a as b, c as d,): pass\n"), "with a as b:store, c as d:store:\n  (pass)\n");
  EXPECT_EQ(Dump("with (a, b): pass\n"), "with a, b:\n  (pass)\n");
  EXPECT_EQ(Dump("with (a): pass\n"), "with a:\n  (pass)\n");
  EXPECT_EQ(Dump("with (a, b) as c: pass\n"), "with (tuple a b) as c:store:\n  (pass)\n");
  EXPECT_EQ(Dump("with (a).b as c: pass\n"), "with (. a b) as c:store:\n  (pass)\n");
  EXPECT_EQ(Dump("with (yield x): pass\n"), "with (yield x):\n  (pass)\n");
  EXPECT_EQ(Dump("with (\n  open(a) as f,\n  open(b) as g\n):\n  pass\n"),
            "with (call open a) as f:store, (call open b) as g:store:\n  (pass)\n");
}

TEST(ParserStatements, FunctionDefinitions) {
  EXPECT_EQ(Dump("def f(): pass\n"), "def f (args):\n  (pass)\n");
  EXPECT_EQ(Dump("def f(a, b=1, *args, c, d=2, **kw): pass\n"),
            "def f (args a b=1 *args c d=2 **kw):\n  (pass)\n");
  EXPECT_EQ(Dump("def f(a, /, b, *, c): pass\n"), "def f (args a / b * c):\n  (pass)\n");
  EXPECT_EQ(Dump("def f(a=1, /, b=2): pass\n"), "def f (args a=1 / b=2):\n  (pass)\n");
  EXPECT_EQ(Dump("def f(a: int, *b: str, c: float = 1.0, **d: dict) -> bool: pass\n"),
            "def f (args a:int *b:str c:float=1.0 **d:dict) -> bool:\n  (pass)\n");
  EXPECT_EQ(Dump("def f(*, a=1, b): pass\n"), "def f (args * a=1 b):\n  (pass)\n");  // kw-only order is free
  EXPECT_EQ(Dump("def f(a,): pass\n"), "def f (args a):\n  (pass)\n");
  EXPECT_EQ(Dump("def f(**kw,): pass\n"), "def f (args **kw):\n  (pass)\n");
  EXPECT_EQ(Dump("@dec\n@dec.attr(1)\n@(lambda f: f)\ndef f():\n  return 1\n"),
            "@dec\n@(call (. dec attr) 1)\n@(lambda (args f) f)\ndef f (args):\n  (return 1)\n");
  EXPECT_EQ(Dump("@d\nasync def f(): await g()\n"), "@d\nasync def f (args):\n  (expr (await (call g)))\n");
}

TEST(ParserStatements, ClassDefinitions) {
  EXPECT_EQ(Dump("class A: pass\n"), "class A:\n  (pass)\n");
  EXPECT_EQ(Dump("class A(): pass\n"), "class A:\n  (pass)\n");
  EXPECT_EQ(Dump("class A(B, C, metaclass=M, **kw): pass\n"), "class A B C metaclass=M **kw:\n  (pass)\n");
  EXPECT_EQ(Dump("class A(*bases): pass\n"), "class A (* bases):\n  (pass)\n");
  EXPECT_EQ(Dump("@dataclass\nclass P:\n  x: int = 0\n  def m(self): ...\n"),
            "@dataclass\nclass P:\n  (ann x:store int 0)\n  def m (args self):\n    (expr ...)\n");
}

TEST(ParserStatements, Async) {
  EXPECT_EQ(Dump("async def f():\n  async for x in y: pass\n  async with a as b: pass\n"),
            "async def f (args):\n"
            "  async for x:store in y:\n"
            "    (pass)\n"
            "  async with a as b:store:\n"
            "    (pass)\n");
  EXPECT_EQ(DumpLine("x = [i async for i in aiter() if await i]"),
            "(= x:store (listcomp i (async-for i:store (call aiter) (if (await i)))))");
}

TEST(ParserStatements, NestedBlocksAndComments) {
  EXPECT_EQ(Dump("def f(x):\n"
                 "    # a comment\n"
                 "\n"
                 "    if x:\n"
                 "        for i in x:\n"
                 "            if i:\n"
                 "                return i\n"
                 "    return None  # trailing\n"),
            "def f (args x):\n"
            "  if x:\n"
            "    for i:store in x:\n"
            "      if i:\n"
            "        (return i)\n"
            "  (return None)\n");
}

// ---- Expressions ---------------------------------------------------------------------------------------------

TEST(ParserExpressions, Atoms) {
  EXPECT_EQ(DumpEval("x"), "x");
  EXPECT_EQ(DumpEval("None"), "None");
  EXPECT_EQ(DumpEval("True, False, ..."), "(tuple True False ...)");
  EXPECT_EQ(DumpEval("0x_ff, 1.5e3, 2j, 1_000"), "(tuple 0x_ff 1.5e3 2j 1_000)");
  EXPECT_EQ(DumpEval("()"), "(tuple)");
  EXPECT_EQ(DumpEval("(1,)"), "(tuple 1)");
  EXPECT_EQ(DumpEval("(1)"), "1");
  EXPECT_EQ(DumpEval("((x))"), "x");
  EXPECT_EQ(DumpEval("1,"), "(tuple 1)");
  EXPECT_EQ(DumpEval("[]"), "(list)");
  EXPECT_EQ(DumpEval("[1, *a, 2,]"), "(list 1 (* a) 2)");
  EXPECT_EQ(DumpEval("{}"), "(dict)");
  EXPECT_EQ(DumpEval("{1: 2, 'a': b, **c, d: e}"), "(dict (1 2) (\"a\" b) (** c) (d e))");
  EXPECT_EQ(DumpEval("{**a}"), "(dict (** a))");
  EXPECT_EQ(DumpEval("{1, *a, 2}"), "(set 1 (* a) 2)");
  EXPECT_EQ(DumpEval("{x := 1}"), "(set (:= x:store 1))");
  EXPECT_EQ(DumpEval("(yield)"), "(yield)");
  EXPECT_EQ(DumpEval("(*a, b)"), "(tuple (* a) b)");
}

TEST(ParserExpressions, Strings) {
  EXPECT_EQ(DumpEval("'a'"), "\"a\"");
  EXPECT_EQ(DumpEval("'a' \"b\" '''c''' r'\\d'"), "\"abc\\\\d\"");
  EXPECT_EQ(DumpEval("('a'\n  'b')"), "\"ab\"");
  EXPECT_EQ(DumpEval("b'a' B'\\x00' rb'\\n'"), "b\"a\\x00\\\\n\"");
  EXPECT_EQ(DumpEval("u'\\u20ac'"), "\"\xe2\x82\xac\"");
  EXPECT_EQ(DumpEval("'tab\\tnew\\nline'"), "\"tab\\tnew\\nline\"");
  EXPECT_EQ(DumpEval("'''multi\nline'''"), "\"multi\\nline\"");
}

TEST(ParserExpressions, OperatorPrecedence) {
  EXPECT_EQ(DumpEval("1 + 2 * 3"), "(+ 1 (* 2 3))");
  EXPECT_EQ(DumpEval("(1 + 2) * 3"), "(* (+ 1 2) 3)");
  EXPECT_EQ(DumpEval("a - b - c"), "(- (- a b) c)");  // left associative
  EXPECT_EQ(DumpEval("a / b // c % d @ e"), "(@ (% (// (/ a b) c) d) e)");
  EXPECT_EQ(DumpEval("a ** b ** c"), "(** a (** b c))");  // right associative
  EXPECT_EQ(DumpEval("-a ** b"), "(- (** a b))");          // ** binds tighter than unary minus on its left
  EXPECT_EQ(DumpEval("a ** -b"), "(** a (- b))");          // ... and looser than one on its right
  EXPECT_EQ(DumpEval("-a * b"), "(* (- a) b)");
  EXPECT_EQ(DumpEval("- - ~ + a"), "(- (- (~ (+ a))))");
  EXPECT_EQ(DumpEval("a | b ^ c & d << e + f"), "(| a (^ b (& c (<< d (+ e f)))))");
  EXPECT_EQ(DumpEval("a >> b << c"), "(<< (>> a b) c)");
  EXPECT_EQ(DumpEval("a & b | c & d"), "(| (& a b) (& c d))");
  EXPECT_EQ(DumpEval("await a ** 2"), "(** (await a) 2)");
  EXPECT_EQ(DumpEval("-await a"), "(- (await a))");
  EXPECT_EQ(DumpEval("a.b ** c[d](e)"), "(** (. a b) (call ([] c d) e))");
}

TEST(ParserExpressions, ComparisonsAndBooleans) {
  EXPECT_EQ(DumpEval("a < b"), "(cmp a < b)");
  EXPECT_EQ(DumpEval("a < b <= c == d != e > f >= g"), "(cmp a < b <= c == d != e > f >= g)");
  EXPECT_EQ(DumpEval("a in b not in c is d is not e"), "(cmp a in b not in c is d is not e)");
  EXPECT_EQ(DumpEval("a | b < c + d"), "(cmp (| a b) < (+ c d))");
  EXPECT_EQ(DumpEval("not a"), "(not a)");
  EXPECT_EQ(DumpEval("not not a"), "(not (not a))");
  EXPECT_EQ(DumpEval("not a == b"), "(not (cmp a == b))");
  EXPECT_EQ(DumpEval("a and b and c"), "(and a b c)");
  EXPECT_EQ(DumpEval("a or b or c"), "(or a b c)");
  EXPECT_EQ(DumpEval("a or b and c or d"), "(or a (and b c) d)");
  EXPECT_EQ(DumpEval("not a and not b"), "(and (not a) (not b))");
  EXPECT_EQ(DumpEval("a and b or not c in d"), "(or (and a b) (not (cmp c in d)))");
}

TEST(ParserExpressions, ConditionalLambdaWalrus) {
  EXPECT_EQ(DumpEval("a if b else c"), "(if b a c)");
  EXPECT_EQ(DumpEval("a if b else c if d else e"), "(if b a (if d c e))");  // right associative
  EXPECT_EQ(DumpEval("(a if b else c) if d else e"), "(if d (if b a c) e)");
  EXPECT_EQ(DumpEval("a or b if c and d else e"), "(if (and c d) (or a b) e)");
  EXPECT_EQ(DumpEval("lambda: 0"), "(lambda (args) 0)");
  EXPECT_EQ(DumpEval("lambda x, y=1, *a, k, **kw: x"), "(lambda (args x y=1 *a k **kw) x)");
  EXPECT_EQ(DumpEval("lambda x: lambda y: x + y"), "(lambda (args x) (lambda (args y) (+ x y)))");
  EXPECT_EQ(DumpEval("lambda: a if b else c"), "(lambda (args) (if b a c))");
  EXPECT_EQ(DumpEval("lambda *, a: a"), "(lambda (args * a) a)");
  EXPECT_EQ(DumpEval("lambda a, /: a"), "(lambda (args a /) a)");
  EXPECT_EQ(DumpEval("(x := 5)"), "(:= x:store 5)");
  EXPECT_EQ(DumpEval("(x := y := 5)"), "SyntaxError 1:9 invalid syntax");  // as in CPython
}

TEST(ParserExpressions, PrimariesAndSlices) {
  EXPECT_EQ(DumpEval("a.b.c"), "(. (. a b) c)");
  EXPECT_EQ(DumpEval("a[1]"), "([] a 1)");
  EXPECT_EQ(DumpEval("a[1:2]"), "([] a (slice 1 2 -))");
  EXPECT_EQ(DumpEval("a[::2]"), "([] a (slice - - 2))");
  EXPECT_EQ(DumpEval("a[:]"), "([] a (slice - - -))");
  EXPECT_EQ(DumpEval("a[1:2:3]"), "([] a (slice 1 2 3))");
  EXPECT_EQ(DumpEval("a[x, y]"), "([] a (tuple x y))");
  EXPECT_EQ(DumpEval("a[1:2, ::3]"), "([] a (tuple (slice 1 2 -) (slice - - 3)))");
  EXPECT_EQ(DumpEval("a[i,]"), "([] a (tuple i))");
  EXPECT_EQ(DumpEval("a[()]"), "([] a (tuple))");
  EXPECT_EQ(DumpEval("a[b:=1]"), "([] a (:= b:store 1))");
  EXPECT_EQ(DumpEval("f(x)[0].y()"), "(call (. ([] (call f x) 0) y))");
}

TEST(ParserExpressions, Calls) {
  EXPECT_EQ(DumpEval("f()"), "(call f)");
  EXPECT_EQ(DumpEval("f(a, b,)"), "(call f a b)");
  EXPECT_EQ(DumpEval("f(a, *b, c=1, *d, **e, f=2)"), "(call f a (* b) (* d) c=1 **e f=2)");
  EXPECT_EQ(DumpEval("f(*a or b)"), "(call f (* (or a b)))");
  EXPECT_EQ(DumpEval("f(x for x in y)"), "(call f (genexp x (for x:store y)))");
  EXPECT_EQ(DumpEval("f((x for x in y), 1)"), "(call f (genexp x (for x:store y)) 1)");
  EXPECT_EQ(DumpEval("f(a := 1)"), "(call f (:= a:store 1))");
  EXPECT_EQ(DumpEval("f(a)(b)(c)"), "(call (call (call f a) b) c)");
  EXPECT_EQ(DumpEval("f(lambda: 1, k=lambda: 2)"), "(call f (lambda (args) 1) k=(lambda (args) 2))");
}

TEST(ParserExpressions, Comprehensions) {
  EXPECT_EQ(DumpEval("[x for x in y]"), "(listcomp x (for x:store y))");
  EXPECT_EQ(DumpEval("[x*y for x in a if x for y in b if y if x < y]"),
            "(listcomp (* x y) (for x:store a (if x)) (for y:store b (if y) (if (cmp x < y))))");
  EXPECT_EQ(DumpEval("{x for x, in y}"), "(setcomp x (for (tuple x:store):store y))");
  EXPECT_EQ(DumpEval("{k: v for k, v in d.items()}"),
            "(dictcomp k v (for (tuple k:store v:store):store (call (. d items))))");
  EXPECT_EQ(DumpEval("(x for x in a or b if c and d)"), "(genexp x (for x:store (or a b) (if (and c d))))");
  EXPECT_EQ(DumpEval("[x for x in lambda_ if x if not x]"), "(listcomp x (for x:store lambda_ (if x) (if (not x))))");
  EXPECT_EQ(DumpEval("[(y := f(x)) for x in a]"), "(listcomp (:= y:store (call f x)) (for x:store a))");
  EXPECT_EQ(DumpEval("[[y for y in x] for x in z]"), "(listcomp (listcomp y (for y:store x)) (for x:store z))");
  EXPECT_EQ(DumpEval("[a for a.b in c]"), "(listcomp a (for (. a b):store c))");
}

TEST(ParserInputs, EvalMode) {
  EXPECT_EQ(DumpEval("1 + 2\n\n"), "(+ 1 2)");
  EXPECT_EQ(DumpEval("  x"), "x");  // eval() ignores leading blanks
  EXPECT_EQ(DumpEval("a,\n"), "(tuple a)");
  EXPECT_EQ(DumpEval("x = 1"), "SyntaxError 1:3 invalid syntax");
  EXPECT_EQ(DumpEval("1\n2"), "SyntaxError 2:1 invalid syntax");
}

TEST(ParserInputs, EmptyAndBlankModules) {
  EXPECT_EQ(Dump(""), "");
  EXPECT_EQ(Dump("\n\n# just a comment\n"), "");
  EXPECT_EQ(Dump("x"), "(expr x)\n");
}

TEST(ParserInputs, PositionsOfNodes) {
  std::vector<unsigned char> block(1 << 16);
  Arena arena(block.data(), block.size());
  const std::string source = "if x:\n    y = f(a, \xcf\x80)\n";
  const ParseResult result = Parse(source.data(), static_cast<uint32_t>(source.size()), &arena);
  ASSERT_TRUE(result.ok());
  auto* module = ast::As<ast::Module>(result.root);
  ASSERT_NE(module, nullptr);
  auto* branch = ast::As<ast::If>(module->body[0]);
  ASSERT_NE(branch, nullptr);
  EXPECT_EQ(branch->line, 1u);
  EXPECT_EQ(branch->column, 1u);
  auto* assign = ast::As<ast::Assign>(branch->body[0]);
  ASSERT_NE(assign, nullptr);
  EXPECT_EQ(assign->line, 2u);
  EXPECT_EQ(assign->column, 5u);
  auto* call = ast::As<ast::Call>(assign->value);
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(call->column, 9u);
  EXPECT_EQ(call->args[1]->column, 14u);  // pi: columns count characters
  EXPECT_EQ(ast::As<ast::Name>(call->args[1])->id.offset, 19u);  // offsets count bytes
  EXPECT_EQ(ast::As<ast::Call>(assign), nullptr);  // a checked downcast
}

// Visiting a node's children: the walk the emitter and the height check build on.
bool CountNodes(ast::Node* child, void* context) {
  ++*static_cast<int*>(context);
  return ast::ForEachChild(child, CountNodes, context);
}

TEST(ParserInputs, ForEachChildVisitsEveryNode) {
  std::vector<unsigned char> block(1 << 16);
  Arena arena(block.data(), block.size());
  const std::string source = "def f(a=1, *b, c: int = 2):\n    return {k: [v async for v in w] for k in a if k}\n";
  const ParseResult result = Parse(source.data(), static_cast<uint32_t>(source.size()), &arena);
  ASSERT_TRUE(result.ok());
  int count = 0;
  ast::ForEachChild(result.root, CountNodes, &count);
  // FunctionDef, arguments, 3 args, 1, int, 2, Return, DictComp, k, ListComp, v, comprehension, v, w,
  // comprehension, k, a, k.
  EXPECT_EQ(count, 20);
}

}  // namespace
}  // namespace mica
