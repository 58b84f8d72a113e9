// Statements: assignments of every form, if, imports, assert/raise/del, annotations, docstrings, REPL and eval modes.
//
// Golden listings (docs/bytecode.md's compile patterns); every compilation is also checked by VerifyCode (stack
// depths along all paths, exact max_stack, tables). To see a listing: bazel run //compiler/emitter:compile_tool.
#include "compiler/emitter/test_sink.h"
#include "gtest/gtest.h"

namespace mica {
namespace testing_emitter {
namespace {

TEST(EmitStatement, ChainedAndUnpackingAssignments) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.List("a = b = c\na, *b, c = s\nx, y = y, x\n(p, q), r = s, t\n[u] = v\n"), R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=3 caches=0 flags=namespace
  const 0: 'c'
  const 1: 'a'
  const 2: 'b'
  const 3: 's'
  const 4: 'y'
  const 5: 'x'
  const 6: 't'
  const 7: 'p'
  const 8: 'q'
  const 9: 'r'
  const 10: 'v'
  const 11: 'u'
     0     1  LOAD_NAME c
     2        DUP_TOP
     3        STORE_NAME a
     5        STORE_NAME b
     7     2  LOAD_NAME s
     9        UNPACK_EX 1 1
    12        STORE_NAME a
    14        STORE_NAME b
    16        STORE_NAME c
    18     3  LOAD_NAME y
    20        LOAD_NAME x
    22        ROT_TWO
    23        STORE_NAME x
    25        STORE_NAME y
    27     4  LOAD_NAME s
    29        LOAD_NAME t
    31        ROT_TWO
    32        UNPACK_SEQUENCE 2
    34        STORE_NAME p
    36        STORE_NAME q
    38        STORE_NAME r
    40     5  LOAD_NAME v
    42        UNPACK_SEQUENCE 1
    44        STORE_NAME u
    46        LOAD_NONE
    47        RETURN_VALUE
)");
}

TEST(EmitStatement, AugmentedAssignments) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.List("x += 1\na.x -= 2\na[i] *= 3\na[i:j] //= 4\n"), R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=4 caches=2 flags=namespace
  const 0: 'x'
  const 1: 'a'
  const 2: 'i'
  const 3: 'j'
     0     1  LOAD_NAME x
     2        LOAD_SMALL_INT 1
     4        INPLACE_ADD
     5        STORE_NAME x
     7     2  LOAD_NAME a
     9        DUP_TOP
    10        LOAD_ATTR x (cache 0)
    13        LOAD_SMALL_INT 2
    15        INPLACE_SUBTRACT
    16        ROT_TWO
    17        STORE_ATTR x (cache 1)
    20     3  LOAD_NAME a
    22        LOAD_NAME i
    24        DUP_TOP_TWO
    25        BINARY_SUBSCR
    26        LOAD_SMALL_INT 3
    28        INPLACE_MULTIPLY
    29        ROT_THREE
    30        STORE_SUBSCR
    31     4  LOAD_NAME a
    33        LOAD_NAME i
    35        LOAD_NAME j
    37        BUILD_SLICE 2
    39        DUP_TOP_TWO
    40        BINARY_SUBSCR
    41        LOAD_SMALL_INT 4
    43        INPLACE_FLOOR_DIVIDE
    44        ROT_THREE
    45        STORE_SUBSCR
    46        LOAD_NONE
    47        RETURN_VALUE
)");
}

TEST(EmitStatement, IfElifElse) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.List("if a:\n    x()\nelif b:\n    y()\nelse:\n    z()\n"), R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=1 caches=0 flags=namespace
  const 0: 'a'
  const 1: 'x'
  const 2: 'b'
  const 3: 'y'
  const 4: 'z'
     0     1  LOAD_NAME a
     2        POP_JUMP_IF_FALSE -> 13
     5     2  LOAD_NAME x
     7        CALL_FUNCTION 0
     9        POP_TOP
    10        JUMP -> 31
    13     3  LOAD_NAME b
    15        POP_JUMP_IF_FALSE -> 26
    18     4  LOAD_NAME y
    20        CALL_FUNCTION 0
    22        POP_TOP
    23        JUMP -> 31
    26     6  LOAD_NAME z
    28        CALL_FUNCTION 0
    30        POP_TOP
    31        LOAD_NONE
    32        RETURN_VALUE
)");
}

TEST(EmitStatement, ImportForms) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.List("import a.b\nimport a.b.c as d\nimport e as f\nfrom .m import x\nfrom ..p.q import y as "
                               "z, w\nfrom m import *\n"),
                 R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=2 caches=0 flags=namespace
  const 0: 'a.b'
  const 1: 'a'
  const 2: 'a.b.c'
  const 3: 'b'
  const 4: 'c'
  const 5: 'd'
  const 6: 'e'
  const 7: 'f'
  const 8: ('x',)
  const 9: 'm'
  const 10: 'x'
  const 11: ('y', 'w')
  const 12: 'p.q'
  const 13: 'y'
  const 14: 'z'
  const 15: 'w'
  const 16: ('*',)
     0     1  LOAD_SMALL_INT 0
     2        LOAD_NONE
     3        IMPORT_NAME a.b
     5        STORE_NAME a
     7     2  LOAD_SMALL_INT 0
     9        LOAD_NONE
    10        IMPORT_NAME a.b.c
    12        IMPORT_FROM b
    14        ROT_TWO
    15        POP_TOP
    16        IMPORT_FROM c
    18        ROT_TWO
    19        POP_TOP
    20        STORE_NAME d
    22     3  LOAD_SMALL_INT 0
    24        LOAD_NONE
    25        IMPORT_NAME e
    27        STORE_NAME f
    29     4  LOAD_SMALL_INT 1
    31        LOAD_CONST 8 (('x',))
    33        IMPORT_NAME m
    35        IMPORT_FROM x
    37        STORE_NAME x
    39        POP_TOP
    40     5  LOAD_SMALL_INT 2
    42        LOAD_CONST 11 (('y', 'w'))
    44        IMPORT_NAME p.q
    46        IMPORT_FROM y
    48        STORE_NAME z
    50        IMPORT_FROM w
    52        STORE_NAME w
    54        POP_TOP
    55     6  LOAD_SMALL_INT 0
    57        LOAD_CONST 16 (('*',))
    59        IMPORT_NAME m
    61        IMPORT_STAR
    62        LOAD_NONE
    63        RETURN_VALUE
)");
}

TEST(EmitStatement, AssertRaiseDelete) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.List("assert t, msg\nassert u\nif a: raise\nif b: raise E\nif c: raise E from c\ndel x, a.b, "
                               "c[d]\nraise\nx = 1\n"),
                 R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=2 caches=0 flags=namespace
  const 0: 't'
  const 1: 'msg'
  const 2: 'u'
  const 3: 'a'
  const 4: 'b'
  const 5: 'E'
  const 6: 'c'
  const 7: 'x'
  const 8: 'd'
     0     1  LOAD_NAME t
     2        POP_JUMP_IF_TRUE -> 12
     5        LOAD_ASSERTION_ERROR
     6        LOAD_NAME msg
     8        CALL_FUNCTION 1
    10        RAISE_VARARGS 1
    12     2  LOAD_NAME u
    14        POP_JUMP_IF_TRUE -> 20
    17        LOAD_ASSERTION_ERROR
    18        RAISE_VARARGS 1
    20     3  LOAD_NAME a
    22        POP_JUMP_IF_FALSE -> 27
    25        RAISE_VARARGS 0
    27     4  LOAD_NAME b
    29        POP_JUMP_IF_FALSE -> 36
    32        LOAD_NAME E
    34        RAISE_VARARGS 1
    36     5  LOAD_NAME c
    38        POP_JUMP_IF_FALSE -> 47
    41        LOAD_NAME E
    43        LOAD_NAME c
    45        RAISE_VARARGS 2
    47     6  DELETE_NAME x
    49        LOAD_NAME a
    51        DELETE_ATTR b
    53        LOAD_NAME c
    55        LOAD_NAME d
    57        DELETE_SUBSCR
    58     7  RAISE_VARARGS 0
)");
}

TEST(EmitStatement, AnnotationsAreNotEvaluated) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.List("x: int = 5\ny: List[int]\nz.w: int = 1\n"), R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=2 caches=1 flags=namespace
  const 0: 'x'
  const 1: 'z'
  const 2: 'w'
     0     1  LOAD_SMALL_INT 5
     2        STORE_NAME x
     4     3  LOAD_SMALL_INT 1
     6        LOAD_NAME z
     8        STORE_ATTR w (cache 0)
    11        LOAD_NONE
    12        RETURN_VALUE
)");
}

TEST(EmitStatement, DocstringsAndConstantStatementsProduceNoCode) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.List("'''module doc'''\n1\n...\ndef f():\n    'doc'\n    return\n"), R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=1 caches=0 flags=namespace
  const 0: 'f'
     0     4  MAKE_FUNCTION child=0 flags=0
     3        STORE_NAME f
     5        LOAD_NONE
     6        RETURN_VALUE

f (test.py:4) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=1 caches=0 flags=none
     0     6  LOAD_NONE
     1        RETURN_VALUE
)");
}

TEST(EmitStatement, ReplPrintsExpressionValues) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.List("1 + 1\nx = 2\nx\nfor i in y: i\n", CompileMode::kSingle), R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=2 caches=0 flags=namespace
  const 0: 'x'
  const 1: 'y'
  const 2: 'i'
     0     1  LOAD_SMALL_INT 2
     2        PRINT_EXPR
     3     2  LOAD_SMALL_INT 2
     5        STORE_NAME x
     7     3  LOAD_NAME x
     9        PRINT_EXPR
    10     4  LOAD_NAME y
    12        GET_ITER
    13        FOR_ITER -> 24
    16        STORE_NAME i
    18        LOAD_NAME i
    20        PRINT_EXPR
    21        JUMP -> 13
    24        LOAD_NONE
    25        RETURN_VALUE
)");
}

TEST(EmitStatement, EvalReturnsTheValue) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.List("a + 1, b", CompileMode::kEval), R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=2 caches=0 flags=namespace
  const 0: 'a'
  const 1: 'b'
     0     1  LOAD_NAME a
     2        LOAD_SMALL_INT 1
     4        BINARY_ADD
     5        LOAD_NAME b
     7        BUILD_TUPLE 2
     9        RETURN_VALUE
)");
}

TEST(EmitStatement, FunctionLocalsGlobalsAndDeletion) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.ListFirstChild(
                     "def f(a):\n    global g\n    b = a\n    g = b\n    del b\n    del g\n    return len(a)\n"),
                 R"(
f (test.py:1) params=1 posonly=0 kwonly=0 locals=2 cells=0 free=0 stack=2 caches=1 flags=none
  const 0: 'g'
  const 1: 'len'
     0     3  LOAD_FAST 0 (a)
     2        STORE_FAST 1 (b)
     4     4  LOAD_FAST 1 (b)
     6        STORE_GLOBAL g
     8     5  DELETE_FAST 1 (b)
    10     6  DELETE_GLOBAL g
    12     7  LOAD_GLOBAL len (cache 0)
    15        LOAD_FAST 0 (a)
    17        CALL_FUNCTION 1
    19        RETURN_VALUE
)");
}

}  // namespace
}  // namespace testing_emitter
}  // namespace mica
