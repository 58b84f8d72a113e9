// Control flow: loops (range loop included), try/except/else/finally, with, async for/with, and break/continue/return
// through finally, except and with blocks.
//
// Golden listings (docs/bytecode.md's compile patterns); every compilation is also checked by VerifyCode (stack
// depths along all paths, exact max_stack, tables). To see a listing: bazel run //compiler/emitter:compile_tool.
#include "compiler/emitter/test_sink.h"
#include "gtest/gtest.h"

namespace mica {
namespace testing_emitter {
namespace {

TEST(EmitControl, WhileElseBreakContinue) {
  TestCompiler compiler;
  EXPECT_LISTING(
      compiler.ListFirstChild("def f(a):\n    while a:\n        if a > 5:\n            break\n        a -= 1\n        "
                              "if a:\n            continue\n    else:\n        a = 0\n    return a\n"),
      R"(
f (test.py:1) params=1 posonly=0 kwonly=0 locals=1 cells=0 free=0 stack=2 caches=0 flags=none
     0     2  JUMP -> 29
     3     3  LOAD_FAST 0 (a)
     5        LOAD_SMALL_INT 5
     7        COMPARE_GT
     8        POP_JUMP_IF_FALSE -> 14
    11     4  JUMP -> 38
    14     5  LOAD_FAST 0 (a)
    16        LOAD_SMALL_INT 1
    18        INPLACE_SUBTRACT
    19        STORE_FAST 0 (a)
    21     6  LOAD_FAST 0 (a)
    23        POP_JUMP_IF_FALSE -> 29
    26     7  JUMP -> 29
    29     2  LOAD_FAST 0 (a)
    31        POP_JUMP_IF_TRUE -> 3
    34     9  LOAD_SMALL_INT 0
    36        STORE_FAST 0 (a)
    38    10  LOAD_FAST 0 (a)
    40        RETURN_VALUE
)");
}

TEST(EmitControl, WhileTrue) {
  TestCompiler compiler;
  EXPECT_LISTING(
      compiler.ListFirstChild("def f():\n    while True:\n        if g():\n            break\n    return 1\n"), R"(
f (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=1 caches=1 flags=none
  const 0: 'g'
     0     3  LOAD_GLOBAL g (cache 0)
     3        CALL_FUNCTION 0
     5        POP_JUMP_IF_FALSE -> 11
     8     4  JUMP -> 14
    11        JUMP -> 0
    14     5  LOAD_SMALL_INT 1
    16        RETURN_VALUE
)");
}

TEST(EmitControl, ForLoopsRangeAndGeneric) {
  TestCompiler compiler;
  EXPECT_LISTING(
      compiler.ListFirstChild("def f(n, xs):\n    t = 0\n    for i in range(1, n, 2):\n        t += i\n    for x in "
                              "xs:\n        if x: break\n    else:\n        t = -1\n    return t\n"),
      R"(
f (test.py:1) params=2 posonly=0 kwonly=0 locals=5 cells=0 free=0 stack=5 caches=1 flags=none
  const 0: 'range'
     0     2  LOAD_SMALL_INT 0
     2        STORE_FAST 2 (t)
     4     3  LOAD_GLOBAL range (cache 0)
     7        LOAD_SMALL_INT 1
     9        LOAD_FAST 0 (n)
    11        LOAD_SMALL_INT 2
    13        GET_RANGE_ITER 3
    15        FOR_RANGE -> 30
    18        STORE_FAST 3 (i)
    20     4  LOAD_FAST 2 (t)
    22        LOAD_FAST 3 (i)
    24        INPLACE_ADD
    25        STORE_FAST 2 (t)
    27        JUMP -> 15
    30     5  LOAD_FAST 1 (xs)
    32        GET_ITER
    33        FOR_ITER -> 50
    36        STORE_FAST 4 (x)
    38     6  LOAD_FAST 4 (x)
    40        POP_JUMP_IF_FALSE -> 47
    43        POP_TOP
    44        JUMP -> 54
    47        JUMP -> 33
    50     8  LOAD_SMALL_INT -1
    52        STORE_FAST 2 (t)
    54     9  LOAD_FAST 2 (t)
    56        RETURN_VALUE
)");
}

TEST(EmitControl, TryExceptElse) {
  TestCompiler compiler;
  EXPECT_LISTING(
      compiler.ListFirstChild("def f():\n    try:\n        a()\n    except E as e:\n        b(e)\n    except (F, G):\n "
                              "       c()\n    except:\n        d()\n    else:\n        z()\n"),
      R"(
f (test.py:1) params=0 posonly=0 kwonly=0 locals=1 cells=0 free=0 stack=4 caches=8 flags=none
  const 0: 'a'
  const 1: 'z'
  const 2: 'E'
  const 3: 'b'
  const 4: 'F'
  const 5: 'G'
  const 6: 'c'
  const 7: 'd'
     0     3  LOAD_GLOBAL a (cache 0)
     3        CALL_FUNCTION 0
     5        POP_TOP
     6    11  LOAD_GLOBAL z (cache 1)
     9        CALL_FUNCTION 0
    11        POP_TOP
    12        JUMP -> 79
    15     4  PUSH_EXC_INFO
    16        LOAD_GLOBAL E (cache 2)
    19        CHECK_EXC_MATCH
    20        POP_JUMP_IF_FALSE -> 42
    23        STORE_FAST 0 (e)
    25     5  LOAD_GLOBAL b (cache 3)
    28        LOAD_FAST 0 (e)
    30        CALL_FUNCTION 1
    32        POP_TOP
    33        POP_EXCEPT
    34        LOAD_NONE
    35        STORE_FAST 0 (e)
    37        DELETE_FAST 0 (e)
    39        JUMP -> 79
    42     6  LOAD_GLOBAL F (cache 4)
    45        LOAD_GLOBAL G (cache 5)
    48        BUILD_TUPLE 2
    50        CHECK_EXC_MATCH
    51        POP_JUMP_IF_FALSE -> 65
    54        POP_TOP
    55     7  LOAD_GLOBAL c (cache 6)
    58        CALL_FUNCTION 0
    60        POP_TOP
    61        POP_EXCEPT
    62        JUMP -> 79
    65     8  POP_TOP
    66     9  LOAD_GLOBAL d (cache 7)
    69        CALL_FUNCTION 0
    71        POP_TOP
    72        POP_EXCEPT
    73        JUMP -> 79
    76        ROT_TWO
    77        POP_EXCEPT
    78        RERAISE
    79        LOAD_NONE
    80        RETURN_VALUE
  handler 0..6 -> 15 depth 0
  handler 16..33 -> 76 depth 1
  handler 42..61 -> 76 depth 1
  handler 65..72 -> 76 depth 1
)");
}

TEST(EmitControl, TryFinallyReturn) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.ListFirstChild("def f():\n    try:\n        return g()\n    finally:\n        h()\n"), R"(
f (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=3 caches=3 flags=none
  const 0: 'g'
  const 1: 'h'
     0     3  LOAD_GLOBAL g (cache 0)
     3        CALL_FUNCTION 0
     5     5  LOAD_GLOBAL h (cache 1)
     8        CALL_FUNCTION 0
    10        POP_TOP
    11     3  RETURN_VALUE
    12     2  PUSH_EXC_INFO
    13     5  LOAD_GLOBAL h (cache 2)
    16        CALL_FUNCTION 0
    18        POP_TOP
    19        RERAISE
    20        ROT_TWO
    21        POP_EXCEPT
    22        RERAISE
  handler 0..5 -> 12 depth 0
  handler 13..20 -> 20 depth 1
)");
}

TEST(EmitControl, TryExceptFinallyInLoopWithBreakAndContinue) {
  TestCompiler compiler;
  EXPECT_LISTING(
      compiler.ListFirstChild("def f(xs):\n    for x in xs:\n        try:\n            if x: break\n            g(x)\n "
                              "       except E:\n            continue\n        finally:\n            h()\n"),
      R"(
f (test.py:1) params=1 posonly=0 kwonly=0 locals=2 cells=0 free=0 stack=4 caches=6 flags=none
  const 0: 'h'
  const 1: 'g'
  const 2: 'E'
     0     2  LOAD_FAST 0 (xs)
     2        GET_ITER
     3        FOR_ITER -> 80
     6        STORE_FAST 1 (x)
     8     4  LOAD_FAST 1 (x)
    10        POP_JUMP_IF_FALSE -> 23
    13     9  LOAD_GLOBAL h (cache 0)
    16        CALL_FUNCTION 0
    18        POP_TOP
    19     4  POP_TOP
    20        JUMP -> 80
    23     5  LOAD_GLOBAL g (cache 1)
    26        LOAD_FAST 1 (x)
    28        CALL_FUNCTION 1
    30        POP_TOP
    31        JUMP -> 57
    34     6  PUSH_EXC_INFO
    35        LOAD_GLOBAL E (cache 2)
    38        CHECK_EXC_MATCH
    39        POP_JUMP_IF_FALSE -> 53
    42        POP_TOP
    43     7  POP_EXCEPT
    44     9  LOAD_GLOBAL h (cache 3)
    47        CALL_FUNCTION 0
    49        POP_TOP
    50     7  JUMP -> 3
    53        RERAISE
    54        ROT_TWO
    55        POP_EXCEPT
    56        RERAISE
    57     9  LOAD_GLOBAL h (cache 4)
    60        CALL_FUNCTION 0
    62        POP_TOP
    63        JUMP -> 77
    66     3  PUSH_EXC_INFO
    67     9  LOAD_GLOBAL h (cache 5)
    70        CALL_FUNCTION 0
    72        POP_TOP
    73        RERAISE
    74        ROT_TWO
    75        POP_EXCEPT
    76        RERAISE
    77        JUMP -> 3
    80        LOAD_NONE
    81        RETURN_VALUE
  handler 8..13 -> 34 depth 1
  handler 8..13 -> 66 depth 1
  handler 23..31 -> 34 depth 1
  handler 35..43 -> 54 depth 2
  handler 23..44 -> 66 depth 1
  handler 53..54 -> 54 depth 2
  handler 53..57 -> 66 depth 1
  handler 67..74 -> 74 depth 2
)");
}

TEST(EmitControl, ReturnFromNestedWithAndExcept) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.ListFirstChild("def f():\n    with a() as b:\n        try:\n            pass\n            "
                                         "g()\n        except E:\n            return b\n"),
                 R"(
f (test.py:1) params=0 posonly=0 kwonly=0 locals=1 cells=0 free=0 stack=6 caches=3 flags=none
  const 0: 'a'
  const 1: 'g'
  const 2: 'E'
     0     2  LOAD_GLOBAL a (cache 0)
     3        CALL_FUNCTION 0
     5        BEFORE_WITH
     6        STORE_FAST 0 (b)
     8     5  LOAD_GLOBAL g (cache 1)
    11        CALL_FUNCTION 0
    13        POP_TOP
    14        JUMP -> 42
    17     6  PUSH_EXC_INFO
    18        LOAD_GLOBAL E (cache 2)
    21        CHECK_EXC_MATCH
    22        POP_JUMP_IF_FALSE -> 38
    25        POP_TOP
    26     7  LOAD_FAST 0 (b)
    28        ROT_TWO
    29        POP_EXCEPT
    30        ROT_THREE
    31        LOAD_NONE
    32        LOAD_NONE
    33        LOAD_NONE
    34        CALL_METHOD 3
    36        POP_TOP
    37        RETURN_VALUE
    38        RERAISE
    39        ROT_TWO
    40        POP_EXCEPT
    41        RERAISE
    42     2  LOAD_NONE
    43        LOAD_NONE
    44        LOAD_NONE
    45        CALL_METHOD 3
    47        POP_TOP
    48        JUMP -> 67
    51        PUSH_EXC_INFO
    52        WITH_EXCEPT_START
    53        POP_JUMP_IF_TRUE -> 57
    56        RERAISE
    57        POP_TOP
    58        POP_EXCEPT
    59        POP_TOP
    60        POP_TOP
    61        JUMP -> 67
    64        ROT_TWO
    65        POP_EXCEPT
    66        RERAISE
    67        LOAD_NONE
    68        RETURN_VALUE
  handler 8..14 -> 17 depth 2
  handler 18..28 -> 39 depth 3
  handler 8..30 -> 51 depth 2
  handler 38..39 -> 39 depth 3
  handler 38..42 -> 51 depth 2
  handler 52..57 -> 64 depth 3
)");
}

TEST(EmitControl, WithStatements) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.ListFirstChild("def f():\n    with a as x, b:\n        g(x)\n"), R"(
f (test.py:1) params=0 posonly=0 kwonly=0 locals=1 cells=0 free=0 stack=7 caches=3 flags=none
  const 0: 'a'
  const 1: 'b'
  const 2: 'g'
     0     2  LOAD_GLOBAL a (cache 0)
     3        BEFORE_WITH
     4        STORE_FAST 0 (x)
     6        LOAD_GLOBAL b (cache 1)
     9        BEFORE_WITH
    10        POP_TOP
    11     3  LOAD_GLOBAL g (cache 2)
    14        LOAD_FAST 0 (x)
    16        CALL_FUNCTION 1
    18        POP_TOP
    19     2  LOAD_NONE
    20        LOAD_NONE
    21        LOAD_NONE
    22        CALL_METHOD 3
    24        POP_TOP
    25        JUMP -> 44
    28        PUSH_EXC_INFO
    29        WITH_EXCEPT_START
    30        POP_JUMP_IF_TRUE -> 34
    33        RERAISE
    34        POP_TOP
    35        POP_EXCEPT
    36        POP_TOP
    37        POP_TOP
    38        JUMP -> 44
    41        ROT_TWO
    42        POP_EXCEPT
    43        RERAISE
    44        LOAD_NONE
    45        LOAD_NONE
    46        LOAD_NONE
    47        CALL_METHOD 3
    49        POP_TOP
    50        JUMP -> 69
    53        PUSH_EXC_INFO
    54        WITH_EXCEPT_START
    55        POP_JUMP_IF_TRUE -> 59
    58        RERAISE
    59        POP_TOP
    60        POP_EXCEPT
    61        POP_TOP
    62        POP_TOP
    63        JUMP -> 69
    66        ROT_TWO
    67        POP_EXCEPT
    68        RERAISE
    69        LOAD_NONE
    70        RETURN_VALUE
  handler 11..19 -> 28 depth 4
  handler 29..34 -> 41 depth 5
  handler 6..44 -> 53 depth 2
  handler 54..59 -> 66 depth 3
)");
}

TEST(EmitControl, AsyncForAndAsyncWith) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.ListFirstChild(
                     "async def f(a):\n    async with a as b:\n        async for x in b:\n            await g(x)\n"),
                 R"(
f (test.py:1) params=1 posonly=0 kwonly=0 locals=3 cells=0 free=0 stack=6 caches=1 flags=coroutine
  const 0: 'g'
     0     2  LOAD_FAST 0 (a)
     2        BEFORE_ASYNC_WITH
     3        LOAD_NONE
     4        YIELD_FROM
     5        STORE_FAST 1 (b)
     7     3  LOAD_FAST 1 (b)
     9        GET_AITER
    10        GET_ANEXT
    11        LOAD_NONE
    12        YIELD_FROM
    13        STORE_FAST 2 (x)
    15     4  LOAD_GLOBAL g (cache 0)
    18        LOAD_FAST 2 (x)
    20        CALL_FUNCTION 1
    22        GET_AWAITABLE
    23        LOAD_NONE
    24        YIELD_FROM
    25        POP_TOP
    26        JUMP -> 10
    29     3  END_ASYNC_FOR
    30     2  LOAD_NONE
    31        LOAD_NONE
    32        LOAD_NONE
    33        CALL_METHOD 3
    35        GET_AWAITABLE
    36        LOAD_NONE
    37        YIELD_FROM
    38        POP_TOP
    39        JUMP -> 61
    42        PUSH_EXC_INFO
    43        WITH_EXCEPT_START
    44        GET_AWAITABLE
    45        LOAD_NONE
    46        YIELD_FROM
    47        POP_JUMP_IF_TRUE -> 51
    50        RERAISE
    51        POP_TOP
    52        POP_EXCEPT
    53        POP_TOP
    54        POP_TOP
    55        JUMP -> 61
    58        ROT_TWO
    59        POP_EXCEPT
    60        RERAISE
    61        LOAD_NONE
    62        RETURN_VALUE
  handler 10..13 -> 29 depth 3
  handler 7..30 -> 42 depth 2
  handler 43..51 -> 58 depth 3
)");
}

TEST(EmitControl, BreakInFinallyOnTheExceptionalPath) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.ListFirstChild(
                     "def f():\n    while x:\n        try:\n            g()\n        finally:\n            break\n"),
                 R"(
f (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=2 caches=2 flags=none
  const 0: 'g'
  const 1: 'x'
     0     2  JUMP -> 18
     3     4  LOAD_GLOBAL g (cache 0)
     6        CALL_FUNCTION 0
     8        POP_TOP
     9     6  JUMP -> 24
    12     3  PUSH_EXC_INFO
    13     6  POP_TOP
    14        POP_EXCEPT
    15        JUMP -> 24
    18     2  LOAD_GLOBAL x (cache 1)
    21        POP_JUMP_IF_TRUE -> 3
    24        LOAD_NONE
    25        RETURN_VALUE
  handler 3..9 -> 12 depth 0
)");
}

TEST(EmitControl, ReturnInsideFinallyKeepsTheValueOnTop) {
  TestCompiler compiler;
  EXPECT_LISTING(compiler.ListFirstChild("def f():\n    try:\n        pass\n    finally:\n        try:\n            "
                                         "g()\n        finally:\n            return h()\n"),
                 R"(
f (test.py:1) params=0 posonly=0 kwonly=0 locals=0 cells=0 free=0 stack=3 caches=3 flags=none
  const 0: 'g'
  const 1: 'h'
     0     6  LOAD_GLOBAL g (cache 0)
     3        CALL_FUNCTION 0
     5        POP_TOP
     6     8  LOAD_GLOBAL h (cache 1)
     9        CALL_FUNCTION 0
    11        RETURN_VALUE
    12     5  PUSH_EXC_INFO
    13     8  LOAD_GLOBAL h (cache 2)
    16        CALL_FUNCTION 0
    18        ROT_THREE
    19        POP_TOP
    20        POP_EXCEPT
    21        RETURN_VALUE
    22        ROT_TWO
    23        POP_EXCEPT
    24        RERAISE
  handler 0..6 -> 12 depth 0
  handler 13..18 -> 22 depth 1
)");
}

}  // namespace
}  // namespace testing_emitter
}  // namespace mica
