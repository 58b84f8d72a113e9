// Expressions: operators and folding, conditions, comparisons, subscripts, displays, calls, f-strings, lambdas.
//
// Golden listings (docs/bytecode.md's compile patterns); every compilation is also checked by VerifyCode (stack
// depths along all paths, exact max_stack, tables). To see a listing: bazel run //compiler/emitter:compile_tool.
#include "compiler/emitter/test_sink.h"
#include "gtest/gtest.h"

namespace mica {
namespace testing_emitter {
namespace {

TEST(EmitExpression, ArithmeticFoldsToOneConstant) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.List("x = (1 + 2) * 3 - 7 // 2 + 2 ** 10 - -5 + (1 << 4) % 5\ny = 3 / 2 + 0.25\n"), R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=1 caches=0 flags=namespace
  const 0: 'x'
  const 1: 1.75
  const 2: 'y'
     0     1  LOAD_SMALL_INT 1036
     3        STORE_NAME x
     5     2  LOAD_CONST 1 (1.75)
     7        STORE_NAME y
     9        LOAD_NONE
    10        RETURN_VALUE
)");
}

TEST(EmitExpression, FoldingStopsAtNamesAndRaisingOperations) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.List("x = a + 2 * 3\ny = 1 / 0\nz = 2 ** 1000000\nw = 1 << -1\nv = 2 ** 40\n"), R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=2 caches=0 flags=namespace
  const 0: 'a'
  const 1: 'x'
  const 2: 'y'
  const 3: 'z'
  const 4: 'w'
  const 5: 1099511627776
  const 6: 'v'
     0     1  LOAD_NAME a
     2        LOAD_SMALL_INT 6
     4        BINARY_ADD
     5        STORE_NAME x
     7     2  LOAD_SMALL_INT 1
     9        LOAD_SMALL_INT 0
    11        BINARY_TRUE_DIVIDE
    12        STORE_NAME y
    14     3  LOAD_SMALL_INT 2
    16        LOAD_SMALL_INT 1000000
    20        BINARY_POWER
    21        STORE_NAME z
    23     4  LOAD_SMALL_INT 1
    25        LOAD_SMALL_INT -1
    27        BINARY_LSHIFT
    28        STORE_NAME w
    30     5  LOAD_CONST 5 (1099511627776)
    32        STORE_NAME v
    34        LOAD_NONE
    35        RETURN_VALUE
)");
}

TEST(EmitExpression, BooleanOperatorsShortCircuit) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.List("x = a and b or c\ny = not a\n"), R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=1 caches=0 flags=namespace
  const 0: 'a'
  const 1: 'b'
  const 2: 'c'
  const 3: 'x'
  const 4: 'y'
     0     1  LOAD_NAME a
     2        JUMP_IF_FALSE_OR_POP -> 7
     5        LOAD_NAME b
     7        JUMP_IF_TRUE_OR_POP -> 12
    10        LOAD_NAME c
    12        STORE_NAME x
    14     2  LOAD_NAME a
    16        UNARY_NOT
    17        STORE_NAME y
    19        LOAD_NONE
    20        RETURN_VALUE
)");
}

TEST(EmitExpression, ChainedComparison) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.List("x = a < b <= c\ny = a is not None\nz = a not in b\n"), R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=3 caches=0 flags=namespace
  const 0: 'a'
  const 1: 'b'
  const 2: 'c'
  const 3: 'x'
  const 4: 'y'
  const 5: 'z'
     0     1  LOAD_NAME a
     2        LOAD_NAME b
     4        DUP_TOP
     5        ROT_THREE
     6        COMPARE_LT
     7        JUMP_IF_FALSE_OR_POP -> 16
    10        LOAD_NAME c
    12        COMPARE_LE
    13        JUMP -> 18
    16        ROT_TWO
    17        POP_TOP
    18        STORE_NAME x
    20     2  LOAD_NAME a
    22        LOAD_NONE
    23        COMPARE_IS_NOT
    24        STORE_NAME y
    26     3  LOAD_NAME a
    28        LOAD_NAME b
    30        COMPARE_NOT_IN
    31        STORE_NAME z
    33        LOAD_NONE
    34        RETURN_VALUE
)");
}

TEST(EmitExpression, ConditionalExpressionAndWalrus) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.List("x = a if b else c\nif (n := len(a)) > 10:\n    print(n)\n"), R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=2 caches=0 flags=namespace
  const 0: 'b'
  const 1: 'a'
  const 2: 'c'
  const 3: 'x'
  const 4: 'len'
  const 5: 'n'
  const 6: 'print'
     0     1  LOAD_NAME b
     2        POP_JUMP_IF_FALSE -> 10
     5        LOAD_NAME a
     7        JUMP -> 12
    10        LOAD_NAME c
    12        STORE_NAME x
    14     2  LOAD_NAME len
    16        LOAD_NAME a
    18        CALL_FUNCTION 1
    20        DUP_TOP
    21        STORE_NAME n
    23        LOAD_SMALL_INT 10
    25        COMPARE_GT
    26        POP_JUMP_IF_FALSE -> 36
    29     3  LOAD_NAME print
    31        LOAD_NAME n
    33        CALL_FUNCTION 1
    35        POP_TOP
    36        LOAD_NONE
    37        RETURN_VALUE
)");
}

TEST(EmitExpression, SubscriptsAndSlices) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.List("x = a[1:2, ::3]\na[i] = b[j:]\ndel a[k]\ny = a[:]\n"), R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=5 caches=0 flags=namespace
  const 0: 'a'
  const 1: 'x'
  const 2: 'b'
  const 3: 'j'
  const 4: 'i'
  const 5: 'k'
  const 6: 'y'
     0     1  LOAD_NAME a
     2        LOAD_SMALL_INT 1
     4        LOAD_SMALL_INT 2
     6        BUILD_SLICE 2
     8        LOAD_NONE
     9        LOAD_NONE
    10        LOAD_SMALL_INT 3
    12        BUILD_SLICE 3
    14        BUILD_TUPLE 2
    16        BINARY_SUBSCR
    17        STORE_NAME x
    19     2  LOAD_NAME b
    21        LOAD_NAME j
    23        LOAD_NONE
    24        BUILD_SLICE 2
    26        BINARY_SUBSCR
    27        LOAD_NAME a
    29        LOAD_NAME i
    31        STORE_SUBSCR
    32     3  LOAD_NAME a
    34        LOAD_NAME k
    36        DELETE_SUBSCR
    37     4  LOAD_NAME a
    39        LOAD_NONE
    40        LOAD_NONE
    41        BUILD_SLICE 2
    43        BINARY_SUBSCR
    44        STORE_NAME y
    46        LOAD_NONE
    47        RETURN_VALUE
)");
}

TEST(EmitExpression, DisplaysWithStarredItems) {
  TestCompiler compiler;
  EXPECT_LISTING(
      compiler.List("x = [1, *a, 2]\ny = (*a, b)\nz = {1, *a}\nw = {'k': 1, **m, 'j': 2}\nv = {}\nu = [a, b]\n"), R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=3 caches=0 flags=namespace
  const 0: 'a'
  const 1: 'x'
  const 2: 'b'
  const 3: 'y'
  const 4: 'z'
  const 5: 'k'
  const 6: 'm'
  const 7: 'j'
  const 8: 'w'
  const 9: 'v'
  const 10: 'u'
     0     1  LOAD_SMALL_INT 1
     2        BUILD_LIST 1
     4        LOAD_NAME a
     6        LIST_EXTEND 1
     8        LOAD_SMALL_INT 2
    10        LIST_APPEND 1
    12        STORE_NAME x
    14     2  BUILD_LIST 0
    16        LOAD_NAME a
    18        LIST_EXTEND 1
    20        LOAD_NAME b
    22        LIST_APPEND 1
    24        LIST_TO_TUPLE
    25        STORE_NAME y
    27     3  LOAD_SMALL_INT 1
    29        BUILD_SET 1
    31        LOAD_NAME a
    33        SET_UPDATE 1
    35        STORE_NAME z
    37     4  LOAD_CONST 5 ('k')
    39        LOAD_SMALL_INT 1
    41        BUILD_MAP 1
    43        LOAD_NAME m
    45        DICT_UPDATE 1
    47        LOAD_CONST 7 ('j')
    49        LOAD_SMALL_INT 2
    51        MAP_ADD 1
    53        STORE_NAME w
    55     5  BUILD_MAP 0
    57        STORE_NAME v
    59     6  LOAD_NAME a
    61        LOAD_NAME b
    63        BUILD_LIST 2
    65        STORE_NAME u
    67        LOAD_NONE
    68        RETURN_VALUE
)");
}

TEST(EmitExpression, ConstantTuplesAndLiterals) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.List("x = (1, 'a', None, (2.5, b'\\x00'), ...)\ny = 'two words'\nz = 12345678901234567890\nc "
                               "= 2j\nf = 1e300 * 10\ne = ()\n"),
                 R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=1 caches=0 flags=namespace
  const 0: (1, 'a', None, (2.5, b'\x00'), Ellipsis)
  const 1: 'x'
  const 2: 'two words'
  const 3: 'y'
  const 4: 12345678901234567890
  const 5: 'z'
  const 6: 2j
  const 7: 'c'
  const 8: 1e+301
  const 9: 'f'
  const 10: ()
  const 11: 'e'
     0     1  LOAD_CONST 0 ((1, 'a', None, (2.5, b'\x00'), Ellipsis))
     2        STORE_NAME x
     4     2  LOAD_CONST 2 ('two words')
     6        STORE_NAME y
     8     3  LOAD_CONST 4 (12345678901234567890)
    10        STORE_NAME z
    12     4  LOAD_CONST 6 (2j)
    14        STORE_NAME c
    16     5  LOAD_CONST 8 (1e+301)
    18        STORE_NAME f
    20     6  LOAD_CONST 10 (())
    22        STORE_NAME e
    24        LOAD_NONE
    25        RETURN_VALUE
)");
}

TEST(EmitExpression, CallForms) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.List("f(x, y)\nf(x, key=y)\nobj.m(x)\nobj.m(x, k=1)\nf(*a, x, **k)\nf(a, *b)\nf(**k)\nf(a=1, "
                               "**k, b=2)\nobj.m(*a)\n"),
                 R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=5 caches=3 flags=namespace
  const 0: 'f'
  const 1: 'x'
  const 2: 'y'
  const 3: 'key'
  const 4: 'obj'
  const 5: 'm'
  const 6: 'k'
  const 7: 'a'
  const 8: 'b'
     0     1  LOAD_NAME f
     2        LOAD_NAME x
     4        LOAD_NAME y
     6        CALL_FUNCTION 2
     8        POP_TOP
     9     2  LOAD_NAME f
    11        LOAD_NAME x
    13        LOAD_NAME y
    15        CALL_FUNCTION_KW 1 kw=(key)
    19        POP_TOP
    20     3  LOAD_NAME obj
    22        LOAD_METHOD m (cache 0)
    25        LOAD_NAME x
    27        CALL_METHOD 1
    29        POP_TOP
    30     4  LOAD_NAME obj
    32        LOAD_METHOD m (cache 1)
    35        LOAD_NAME x
    37        LOAD_SMALL_INT 1
    39        CALL_METHOD_KW 1 kw=(k)
    43        POP_TOP
    44     5  LOAD_NAME f
    46        BUILD_LIST 0
    48        LOAD_NAME a
    50        LIST_EXTEND 1
    52        LOAD_NAME x
    54        LIST_APPEND 1
    56        LIST_TO_TUPLE
    57        BUILD_MAP 0
    59        LOAD_NAME k
    61        DICT_MERGE 1
    63        CALL_FUNCTION_EX 1
    65        POP_TOP
    66     6  LOAD_NAME f
    68        LOAD_NAME a
    70        BUILD_LIST 1
    72        LOAD_NAME b
    74        LIST_EXTEND 1
    76        LIST_TO_TUPLE
    77        CALL_FUNCTION_EX 0
    79        POP_TOP
    80     7  LOAD_NAME f
    82        BUILD_TUPLE 0
    84        BUILD_MAP 0
    86        LOAD_NAME k
    88        DICT_MERGE 1
    90        CALL_FUNCTION_EX 1
    92        POP_TOP
    93     8  LOAD_NAME f
    95        BUILD_TUPLE 0
    97        LOAD_CONST 7 ('a')
    99        LOAD_SMALL_INT 1
   101        BUILD_MAP 1
   103        LOAD_NAME k
   105        DICT_MERGE 1
   107        LOAD_CONST 8 ('b')
   109        LOAD_SMALL_INT 2
   111        BUILD_MAP 1
   113        DICT_MERGE 1
   115        CALL_FUNCTION_EX 1
   117        POP_TOP
   118     9  LOAD_NAME obj
   120        LOAD_ATTR m (cache 2)
   123        BUILD_LIST 0
   125        LOAD_NAME a
   127        LIST_EXTEND 1
   129        LIST_TO_TUPLE
   130        CALL_FUNCTION_EX 0
   132        POP_TOP
   133        LOAD_NONE
   134        RETURN_VALUE
)");
}

TEST(EmitExpression, FStrings) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.List("x = f'a{x!r:>{w}}'\ny = f'{v}'\nz = f'{v=}'\nw = f''\n"), R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=4 caches=0 flags=namespace
  const 0: 'a'
  const 1: 'x'
  const 2: '>'
  const 3: 'w'
  const 4: 'v'
  const 5: 'y'
  const 6: 'v='
  const 7: 'z'
  const 8: ''
     0     1  LOAD_CONST 0 ('a')
     2        LOAD_NAME x
     4        LOAD_CONST 2 ('>')
     6        LOAD_NAME w
     8        FORMAT_VALUE 0
    10        BUILD_STRING 2
    12        FORMAT_VALUE 6
    14        BUILD_STRING 2
    16        STORE_NAME x
    18     2  LOAD_NAME v
    20        FORMAT_VALUE 0
    22        STORE_NAME y
    24     3  LOAD_CONST 6 ('v=')
    26        LOAD_NAME v
    28        FORMAT_VALUE 2
    30        BUILD_STRING 2
    32        STORE_NAME z
    34     4  LOAD_CONST 8 ('')
    36        STORE_NAME w
    38        LOAD_NONE
    39        RETURN_VALUE
)");
}

TEST(EmitExpression, AttributesAndUnaryOperators) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.List("x = a.b.c\na.b = -x\ny = ~a + +b\n"), R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=2 caches=3 flags=namespace
  const 0: 'a'
  const 1: 'b'
  const 2: 'c'
  const 3: 'x'
  const 4: 'y'
     0     1  LOAD_NAME a
     2        LOAD_ATTR b (cache 0)
     5        LOAD_ATTR c (cache 1)
     8        STORE_NAME x
    10     2  LOAD_NAME x
    12        UNARY_NEGATIVE
    13        LOAD_NAME a
    15        STORE_ATTR b (cache 2)
    18     3  LOAD_NAME a
    20        UNARY_INVERT
    21        LOAD_NAME b
    23        UNARY_POSITIVE
    24        BINARY_ADD
    25        STORE_NAME y
    27        LOAD_NONE
    28        RETURN_VALUE
)");
}

TEST(EmitExpression, Lambda) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.List("f = lambda a, b=2, *c, d=4, **e: a + b\n"), R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=3 caches=0 flags=namespace
  const 0: 'd'
  const 1: 'f'
     0     1  LOAD_SMALL_INT 2
     2        BUILD_TUPLE 1
     4        LOAD_CONST 0 ('d')
     6        LOAD_SMALL_INT 4
     8        BUILD_MAP 1
    10        MAKE_FUNCTION child=0 flags=3
    13        STORE_NAME f
    15        LOAD_NONE
    16        RETURN_VALUE

<lambda> (test.py:1) params=2 posonly=0 kwonly=1 locals=5 cells=0 free=0 stack=2 caches=0 flags=varargs,varkw
     0     1  LOAD_FAST 0 (a)
     2        LOAD_FAST 1 (b)
     4        BINARY_ADD
     5        RETURN_VALUE
)");
}

TEST(EmitExpression, ConstantConditionsBecomeJumps) {
  TestCompiler compiler;
  EXPECT_LISTING(
      compiler.List("if __debug__:\n    a()\nif not 0:\n    b()\nwhile 0:\n    c()\nif x and True:\n    d()\n"), R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=1 caches=0 flags=namespace
  const 0: 'a'
  const 1: 'b'
  const 2: 'x'
  const 3: 'd'
     0     2  LOAD_NAME a
     2        CALL_FUNCTION 0
     4        POP_TOP
     5     4  LOAD_NAME b
     7        CALL_FUNCTION 0
     9        POP_TOP
    10     7  LOAD_NAME x
    12        POP_JUMP_IF_FALSE -> 20
    15     8  LOAD_NAME d
    17        CALL_FUNCTION 0
    19        POP_TOP
    20        LOAD_NONE
    21        RETURN_VALUE
)");
}

}  // namespace
}  // namespace testing_emitter
}  // namespace mica
