// Functions and classes: parameters, defaults, decorators, closures, class bodies, comprehensions, generators,
// coroutines, micropython.const().
//
// Golden listings (docs/bytecode.md's compile patterns); every compilation is also checked by VerifyCode (stack
// depths along all paths, exact max_stack, tables). To see a listing: bazel run //compiler/emitter:compile_tool.
#include "compiler/emitter/test_sink.h"
#include "gtest/gtest.h"

namespace mica {
namespace testing_emitter {
namespace {

TEST(EmitFunction, DefWithEveryParameterKindAndDecorators) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.List("@d1\n@d2(x)\ndef f(a, /, b=1, *args, c, d=2, **kw) -> int:\n    return a\n"), R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=5 caches=0 flags=namespace
  const 0: 'd1'
  const 1: 'd2'
  const 2: 'x'
  const 3: 'd'
  const 4: 'f'
     0     1  LOAD_NAME d1
     2     2  LOAD_NAME d2
     4        LOAD_NAME x
     6        CALL_FUNCTION 1
     8     3  LOAD_SMALL_INT 1
    10        BUILD_TUPLE 1
    12        LOAD_CONST 3 ('d')
    14        LOAD_SMALL_INT 2
    16        BUILD_MAP 1
    18        MAKE_FUNCTION child=0 flags=3
    21        CALL_FUNCTION 1
    23        CALL_FUNCTION 1
    25        STORE_NAME f
    27        LOAD_NONE
    28        RETURN_VALUE

f (test.py:3) params=2 posonly=1 kwonly=2 locals=6 cells=0 free=0 stack=1 caches=0 flags=varargs,varkw
     0     4  LOAD_FAST 0 (a)
     2        RETURN_VALUE
)");
}

TEST(EmitFunction, ClosuresCellsAndNonlocal) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.ListFirstChild("def counter():\n    n = 0\n    def step(by=1):\n        nonlocal n\n        "
                                         "n += by\n        return n\n    return step\n"),
                 R"(
counter (test.py:1) params=0 posonly=0 kwonly=0 locals=1 cells=1 free=0 stack=2 caches=0 flags=none
     0     1  MAKE_CELL 1 (n)
     2     2  LOAD_SMALL_INT 0
     4        STORE_DEREF 1 (n)
     6     3  LOAD_SMALL_INT 1
     8        BUILD_TUPLE 1
    10        LOAD_CLOSURE 1 (n)
    12        MAKE_CLOSURE child=0 flags=1 cells=1
    16        STORE_FAST 0 (step)
    18     7  LOAD_FAST 0 (step)
    20        RETURN_VALUE

step (test.py:3) params=1 posonly=0 kwonly=0 locals=1 cells=0 free=1 stack=2 caches=0 flags=none
     0     3  COPY_FREE_VARS 1
     2     5  LOAD_DEREF 1 (n)
     4        LOAD_FAST 0 (by)
     6        INPLACE_ADD
     7        STORE_DEREF 1 (n)
     9     6  LOAD_DEREF 1 (n)
    11        RETURN_VALUE
)");
}

TEST(EmitFunction, ClassWithBasesKeywordsAndDecorator) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.List("@dataclass\nclass C(B, metaclass=M):\n    '''doc'''\n    x = 1\n    def get(self):\n   "
                               "     return self.x\n"),
                 R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=6 caches=0 flags=namespace
  const 0: 'dataclass'
  const 1: 'C'
  const 2: 'B'
  const 3: 'M'
  const 4: 'metaclass'
     0     1  LOAD_NAME dataclass
     2     2  LOAD_BUILD_CLASS
     3        MAKE_FUNCTION child=0 flags=0
     6        LOAD_CONST 1 ('C')
     8        LOAD_NAME B
    10        LOAD_NAME M
    12        CALL_FUNCTION_KW 3 kw=(metaclass)
    16        CALL_FUNCTION 1
    18        STORE_NAME C
    20        LOAD_NONE
    21        RETURN_VALUE

C (test.py:2) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=1 caches=0 flags=namespace
  const 0: '__name__'
  const 1: '__module__'
  const 2: 'C'
  const 3: '__qualname__'
  const 4: 'x'
  const 5: 'get'
     0     2  LOAD_NAME __name__
     2        STORE_NAME __module__
     4        LOAD_CONST 2 ('C')
     6        STORE_NAME __qualname__
     8     4  LOAD_SMALL_INT 1
    10        STORE_NAME x
    12     5  MAKE_FUNCTION child=0 flags=0
    15        STORE_NAME get
    17        LOAD_NONE
    18        RETURN_VALUE

get (test.py:5) params=1 posonly=0 kwonly=0 locals=1 cells=0 free=0 stack=1 caches=1 flags=none
  const 0: 'x'
     0     6  LOAD_FAST 0 (self)
     2        LOAD_ATTR x (cache 0)
     5        RETURN_VALUE
)");
}

TEST(EmitFunction, ClassBodyReadsEnclosingFunctionLocals) {
  TestCompiler compiler;
  EXPECT_LISTING(
      compiler.ListFirstChild(
          "def f(v):\n    class C:\n        w = v\n        def m(self):\n            return v\n    return C\n"),
      R"(
f (test.py:1) params=1 posonly=0 kwonly=0 locals=2 cells=0 free=0 stack=3 caches=0 flags=none
  const 0: 'C'
     0     1  MAKE_CELL 0 (v)
     2     2  LOAD_BUILD_CLASS
     3        LOAD_CLOSURE 0 (v)
     5        MAKE_CLOSURE child=0 flags=0 cells=1
     9        LOAD_CONST 0 ('C')
    11        CALL_FUNCTION 2
    13        STORE_FAST 1 (C)
    15     6  LOAD_FAST 1 (C)
    17        RETURN_VALUE

C (test.py:2) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=1 stack=1 caches=0 flags=namespace
  const 0: '__name__'
  const 1: '__module__'
  const 2: 'C'
  const 3: '__qualname__'
  const 4: 'v'
  const 5: 'w'
  const 6: 'm'
     0     2  COPY_FREE_VARS 1
     2        LOAD_NAME __name__
     4        STORE_NAME __module__
     6        LOAD_CONST 2 ('C')
     8        STORE_NAME __qualname__
    10     3  LOAD_CLASSDEREF 0 (v) v
    13        STORE_NAME w
    15     4  LOAD_CLOSURE 0 (v)
    17        MAKE_CLOSURE child=0 flags=0 cells=1
    21        STORE_NAME m
    23        LOAD_NONE
    24        RETURN_VALUE

m (test.py:4) params=1 posonly=0 kwonly=0 locals=1 cells=0 free=1 stack=1 caches=0 flags=none
     0     4  COPY_FREE_VARS 1
     2     5  LOAD_DEREF 1 (v)
     4        RETURN_VALUE
)");
}

TEST(EmitFunction, ComprehensionsOfEveryKind) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.ListFirstChild(
                     "def f(xs, n):\n    a = [x * n for x in xs if x if x != n]\n    b = {x for x in xs}\n    c = {k: "
                     "v for k, v in xs}\n    d = (x for x in xs)\n    e = [(i, j) for i in xs for j in range(i)]\n"),
                 R"(
f (test.py:1) params=2 posonly=0 kwonly=0 locals=7 cells=0 free=0 stack=2 caches=0 flags=none
     0     1  MAKE_CELL 1 (n)
     2     2  LOAD_CLOSURE 1 (n)
     4        MAKE_CLOSURE child=0 flags=0 cells=1
     8        LOAD_FAST 0 (xs)
    10        GET_ITER
    11        CALL_FUNCTION 1
    13        STORE_FAST 2 (a)
    15     3  MAKE_FUNCTION child=1 flags=0
    18        LOAD_FAST 0 (xs)
    20        GET_ITER
    21        CALL_FUNCTION 1
    23        STORE_FAST 3 (b)
    25     4  MAKE_FUNCTION child=2 flags=0
    28        LOAD_FAST 0 (xs)
    30        GET_ITER
    31        CALL_FUNCTION 1
    33        STORE_FAST 4 (c)
    35     5  MAKE_FUNCTION child=3 flags=0
    38        LOAD_FAST 0 (xs)
    40        GET_ITER
    41        CALL_FUNCTION 1
    43        STORE_FAST 5 (d)
    45     6  MAKE_FUNCTION child=4 flags=0
    48        LOAD_FAST 0 (xs)
    50        GET_ITER
    51        CALL_FUNCTION 1
    53        STORE_FAST 6 (e)
    55        LOAD_NONE
    56        RETURN_VALUE

<listcomp> (test.py:2) params=1 posonly=0 kwonly=0 locals=2 cells=0 free=1 stack=4 caches=0 flags=none
     0     2  COPY_FREE_VARS 1
     2        BUILD_LIST 0
     4        LOAD_FAST 0 (.0)
     6        FOR_ITER -> 34
     9        STORE_FAST 1 (x)
    11        LOAD_FAST 1 (x)
    13        POP_JUMP_IF_FALSE -> 6
    16        LOAD_FAST 1 (x)
    18        LOAD_DEREF 2 (n)
    20        COMPARE_NE
    21        POP_JUMP_IF_FALSE -> 6
    24        LOAD_FAST 1 (x)
    26        LOAD_DEREF 2 (n)
    28        BINARY_MULTIPLY
    29        LIST_APPEND 2
    31        JUMP -> 6
    34        RETURN_VALUE

<setcomp> (test.py:3) params=1 posonly=0 kwonly=0 locals=2 cells=0 free=0 stack=3 caches=0 flags=none
     0     3  BUILD_SET 0
     2        LOAD_FAST 0 (.0)
     4        FOR_ITER -> 16
     7        STORE_FAST 1 (x)
     9        LOAD_FAST 1 (x)
    11        SET_ADD 2
    13        JUMP -> 4
    16        RETURN_VALUE

<dictcomp> (test.py:4) params=1 posonly=0 kwonly=0 locals=3 cells=0 free=0 stack=4 caches=0 flags=none
     0     4  BUILD_MAP 0
     2        LOAD_FAST 0 (.0)
     4        FOR_ITER -> 22
     7        UNPACK_SEQUENCE 2
     9        STORE_FAST 1 (k)
    11        STORE_FAST 2 (v)
    13        LOAD_FAST 1 (k)
    15        LOAD_FAST 2 (v)
    17        MAP_ADD 2
    19        JUMP -> 4
    22        RETURN_VALUE

<genexpr> (test.py:5) params=1 posonly=0 kwonly=0 locals=2 cells=0 free=0 stack=2 caches=0 flags=generator
     0     5  LOAD_FAST 0 (.0)
     2        FOR_ITER -> 14
     5        STORE_FAST 1 (x)
     7        LOAD_FAST 1 (x)
     9        YIELD_VALUE
    10        POP_TOP
    11        JUMP -> 2
    14        LOAD_NONE
    15        RETURN_VALUE

<listcomp> (test.py:6) params=1 posonly=0 kwonly=0 locals=3 cells=0 free=0 stack=7 caches=1 flags=none
  const 0: 'range'
     0     6  BUILD_LIST 0
     2        LOAD_FAST 0 (.0)
     4        FOR_ITER -> 35
     7        STORE_FAST 1 (i)
     9        LOAD_GLOBAL range (cache 0)
    12        LOAD_FAST 1 (i)
    14        GET_RANGE_ITER 1
    16        FOR_RANGE -> 32
    19        STORE_FAST 2 (j)
    21        LOAD_FAST 1 (i)
    23        LOAD_FAST 2 (j)
    25        BUILD_TUPLE 2
    27        LIST_APPEND 5
    29        JUMP -> 16
    32        JUMP -> 4
    35        RETURN_VALUE
)");
}

TEST(EmitFunction, GeneratorsYieldYieldFromAwait) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.List("def g(x):\n    y = yield x\n    yield\n    r = yield from y\n    return r\nasync def "
                               "c(a):\n    return await a\n"),
                 R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=1 caches=0 flags=namespace
  const 0: 'g'
  const 1: 'c'
     0     1  MAKE_FUNCTION child=0 flags=0
     3        STORE_NAME g
     5     6  MAKE_FUNCTION child=1 flags=0
     8        STORE_NAME c
    10        LOAD_NONE
    11        RETURN_VALUE

g (test.py:1) params=1 posonly=0 kwonly=0 locals=3 cells=0 free=0 stack=2 caches=0 flags=generator
     0     2  LOAD_FAST 0 (x)
     2        YIELD_VALUE
     3        STORE_FAST 1 (y)
     5     3  LOAD_NONE
     6        YIELD_VALUE
     7        POP_TOP
     8     4  LOAD_FAST 1 (y)
    10        GET_YIELD_FROM_ITER
    11        LOAD_NONE
    12        YIELD_FROM
    13        STORE_FAST 2 (r)
    15     5  LOAD_FAST 2 (r)
    17        RETURN_VALUE

c (test.py:6) params=1 posonly=0 kwonly=0 locals=1 cells=0 free=0 stack=2 caches=0 flags=coroutine
     0     7  LOAD_FAST 0 (a)
     2        GET_AWAITABLE
     3        LOAD_NONE
     4        YIELD_FROM
     5        RETURN_VALUE
)");
}

TEST(EmitFunction, AsyncComprehensionIsAwaited) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.ListFirstChild("async def f(ait):\n    return [x async for x in ait]\n"), R"(
f (test.py:1) params=1 posonly=0 kwonly=0 locals=1 cells=0 free=0 stack=2 caches=0 flags=coroutine
     0     2  MAKE_FUNCTION child=0 flags=0
     3        LOAD_FAST 0 (ait)
     5        GET_AITER
     6        CALL_FUNCTION 1
     8        GET_AWAITABLE
     9        LOAD_NONE
    10        YIELD_FROM
    11        RETURN_VALUE

<listcomp> (test.py:2) params=1 posonly=0 kwonly=0 locals=2 cells=0 free=0 stack=4 caches=0 flags=coroutine
     0     2  BUILD_LIST 0
     2        LOAD_FAST 0 (.0)
     4        GET_ANEXT
     5        LOAD_NONE
     6        YIELD_FROM
     7        STORE_FAST 1 (x)
     9        LOAD_FAST 1 (x)
    11        LIST_APPEND 2
    13        JUMP -> 4
    16        END_ASYNC_FOR
    17        RETURN_VALUE
  handler 4..7 -> 16 depth 2
)");
}

TEST(EmitFunction, MicropythonConstIsInlined) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.List("from micropython import const\nSIZE = const(16)\n_MASK = const(SIZE - 1)\nBIG = "
                               "const(1 << 40)\ndef f(x):\n    return x & _MASK, SIZE, BIG\nprint(_MASK)\n"),
                 R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=2 caches=0 flags=namespace
  const 0: ('const',)
  const 1: 'micropython'
  const 2: 'const'
  const 3: 'SIZE'
  const 4: 1099511627776
  const 5: 'BIG'
  const 6: 'f'
  const 7: 'print'
     0     1  LOAD_SMALL_INT 0
     2        LOAD_CONST 0 (('const',))
     4        IMPORT_NAME micropython
     6        IMPORT_FROM const
     8        STORE_NAME const
    10        POP_TOP
    11     2  LOAD_SMALL_INT 16
    13        STORE_NAME SIZE
    15     4  LOAD_CONST 4 (1099511627776)
    17        STORE_NAME BIG
    19     5  MAKE_FUNCTION child=0 flags=0
    22        STORE_NAME f
    24     7  LOAD_NAME print
    26        LOAD_SMALL_INT 15
    28        CALL_FUNCTION 1
    30        POP_TOP
    31        LOAD_NONE
    32        RETURN_VALUE

f (test.py:5) params=1 posonly=0 kwonly=0 locals=1 cells=0 free=0 stack=3 caches=0 flags=none
  const 0: 1099511627776
     0     6  LOAD_FAST 0 (x)
     2        LOAD_SMALL_INT 15
     4        BINARY_AND
     5        LOAD_SMALL_INT 16
     7        LOAD_CONST 0 (1099511627776)
     9        BUILD_TUPLE 3
    11        RETURN_VALUE
)");
}

TEST(EmitFunction, LambdaInDefaultAndComprehensionInClass) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.List("class K:\n    xs = [1, 2]\n    ys = [x + 1 for x in xs]\n"), R"(
<module> (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=3 caches=0 flags=namespace
  const 0: 'K'
     0     1  LOAD_BUILD_CLASS
     1        MAKE_FUNCTION child=0 flags=0
     4        LOAD_CONST 0 ('K')
     6        CALL_FUNCTION 2
     8        STORE_NAME K
    10        LOAD_NONE
    11        RETURN_VALUE

K (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=2 caches=0 flags=namespace
  const 0: '__name__'
  const 1: '__module__'
  const 2: 'K'
  const 3: '__qualname__'
  const 4: 'xs'
  const 5: 'ys'
     0     1  LOAD_NAME __name__
     2        STORE_NAME __module__
     4        LOAD_CONST 2 ('K')
     6        STORE_NAME __qualname__
     8     2  LOAD_SMALL_INT 1
    10        LOAD_SMALL_INT 2
    12        BUILD_LIST 2
    14        STORE_NAME xs
    16     3  MAKE_FUNCTION child=0 flags=0
    19        LOAD_NAME xs
    21        GET_ITER
    22        CALL_FUNCTION 1
    24        STORE_NAME ys
    26        LOAD_NONE
    27        RETURN_VALUE

<listcomp> (test.py:3) params=1 posonly=0 kwonly=0 locals=2 cells=0 free=0 stack=4 caches=0 flags=none
     0     3  BUILD_LIST 0
     2        LOAD_FAST 0 (.0)
     4        FOR_ITER -> 19
     7        STORE_FAST 1 (x)
     9        LOAD_FAST 1 (x)
    11        LOAD_SMALL_INT 1
    13        BINARY_ADD
    14        LIST_APPEND 2
    16        JUMP -> 4
    19        RETURN_VALUE
)");
}

}  // namespace
}  // namespace testing_emitter
}  // namespace mica
