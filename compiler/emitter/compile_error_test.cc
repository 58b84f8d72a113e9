// The errors the compiler adds to the parser's: each message with its line and column, and clean failure when
// the arena or the sink runs out.
#include <string>

#include "compiler/emitter/test_sink.h"
#include "gtest/gtest.h"

namespace mica {
namespace testing_emitter {
namespace {

std::string ErrorOf(const std::string& source, CompileMode mode = CompileMode::kModule) {
  TestCompiler compiler;
  return compiler.ErrorOf(source, mode);
}

TEST(CompileError, ReturnAndYieldOutsideFunction) {
  EXPECT_EQ(ErrorOf("x = 1\nreturn x\n"), "SyntaxError 2:1 'return' outside function");
  EXPECT_EQ(ErrorOf("class C:\n    return 1\n"), "SyntaxError 2:5 'return' outside function");
  EXPECT_EQ(ErrorOf("x = yield 1\n"), "SyntaxError 1:5 'yield' outside function");
  EXPECT_EQ(ErrorOf("class C:\n    x = yield\n"), "SyntaxError 2:9 'yield' outside function");
  EXPECT_EQ(ErrorOf("def f():\n    return [(yield x) for x in y]\n"),
            "SyntaxError 2:14 'yield' inside list comprehension");
  EXPECT_EQ(ErrorOf("def f():\n    return ((yield) for x in y)\n"),
            "SyntaxError 2:14 'yield' inside generator expression");
  EXPECT_EQ(ErrorOf("(yield)", CompileMode::kEval), "SyntaxError 1:2 'yield' outside function");
}

TEST(CompileError, AwaitAndAsyncOutsideAsyncFunctions) {
  EXPECT_EQ(ErrorOf("await x\n"), "SyntaxError 1:1 'await' outside function");
  EXPECT_EQ(ErrorOf("def f():\n    await x\n"), "SyntaxError 2:5 'await' outside async function");
  EXPECT_EQ(ErrorOf("def f():\n    async for x in y: pass\n"), "SyntaxError 2:5 'async for' outside async function");
  EXPECT_EQ(ErrorOf("def f():\n    async with x: pass\n"), "SyntaxError 2:5 'async with' outside async function");
  EXPECT_EQ(ErrorOf("def f():\n    return [x async for x in y]\n"),
            "SyntaxError 2:15 asynchronous comprehension outside of an asynchronous function");
  EXPECT_EQ(ErrorOf("async def f():\n    yield from x\n"), "SyntaxError 2:5 'yield from' inside async function");
  EXPECT_EQ(ErrorOf("async def f():\n    yield 1\n    return 2\n"),
            "SyntaxError 3:5 'return' with value in async generator");
  EXPECT_EQ(ErrorOf("async def f():\n    return 2\n    yield 1\n"),
            "SyntaxError 2:5 'return' with value in async generator");
  EXPECT_EQ(ErrorOf("async def f():\n    return [await x for x in y]\n"), "ok");
}

TEST(CompileError, BreakAndContinueOutsideLoops) {
  EXPECT_EQ(ErrorOf("break\n"), "SyntaxError 1:1 'break' outside loop");
  EXPECT_EQ(ErrorOf("if x:\n    continue\n"), "SyntaxError 2:5 'continue' not properly in loop");
  EXPECT_EQ(ErrorOf("while x:\n    def f():\n        break\n"), "SyntaxError 3:9 'break' outside loop");
  EXPECT_EQ(ErrorOf("for x in y:\n    pass\nelse:\n    break\n"), "SyntaxError 4:5 'break' outside loop");
  EXPECT_EQ(ErrorOf("while x:\n    try:\n        pass\n    finally:\n        continue\n"), "ok");
  // Still reported inside code that constant folding removes.
  EXPECT_EQ(ErrorOf("if False:\n    break\n"), "SyntaxError 2:5 'break' outside loop");
}

TEST(CompileError, NonlocalDeclarations) {
  EXPECT_EQ(ErrorOf("nonlocal x\n"), "SyntaxError 1:1 nonlocal declaration not allowed at module level");
  EXPECT_EQ(ErrorOf("def f():\n    nonlocal x\n"), "SyntaxError 2:5 no binding for nonlocal 'x' found");
  EXPECT_EQ(ErrorOf("x = 1\ndef f():\n    nonlocal x\n"), "SyntaxError 3:5 no binding for nonlocal 'x' found");
  EXPECT_EQ(ErrorOf("class C:\n    nonlocal x\n"), "SyntaxError 2:5 no binding for nonlocal 'x' found");
  EXPECT_EQ(ErrorOf("def f(x):\n    nonlocal x\n"), "SyntaxError 2:5 name 'x' is parameter and nonlocal");
  EXPECT_EQ(ErrorOf("def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n"),
            "SyntaxError 5:9 name 'x' is nonlocal and global");
  EXPECT_EQ(ErrorOf("def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n"), "ok");
  EXPECT_EQ(ErrorOf("def f():\n    x = 1\n    class C:\n        def g(self):\n            nonlocal x\n"), "ok");
}

TEST(CompileError, GlobalDeclarations) {
  EXPECT_EQ(ErrorOf("def f():\n    print(x)\n    global x\n"),
            "SyntaxError 3:5 name 'x' is used prior to global declaration");
  EXPECT_EQ(ErrorOf("def f():\n    x = 1\n    global x\n"),
            "SyntaxError 3:5 name 'x' is assigned to before global declaration");
  EXPECT_EQ(ErrorOf("def f(x):\n    global x\n"), "SyntaxError 2:5 name 'x' is parameter and global");
  EXPECT_EQ(ErrorOf("x = 1\nglobal x\n"), "SyntaxError 2:1 name 'x' is assigned to before global declaration");
  EXPECT_EQ(ErrorOf("def f():\n    global x\n    x: int = 1\n"), "SyntaxError 3:5 annotated name 'x' can't be global");
  EXPECT_EQ(ErrorOf("def f():\n    global x\n    global x\n    x = 1\n"), "ok");
}

TEST(CompileError, AssignmentTargets) {
  // The parser reports most of these; they stay SyntaxErrors through Compile.
  EXPECT_EQ(ErrorOf("1 = x\n"), "SyntaxError 1:1 cannot assign to literal");
  EXPECT_EQ(ErrorOf("f() = 1\n"), "SyntaxError 1:1 cannot assign to function call");
  EXPECT_EQ(ErrorOf("del f()\n"), "SyntaxError 1:5 cannot delete function call");
  EXPECT_EQ(ErrorOf("__debug__ = 1\n"), "SyntaxError 1:1 cannot assign to __debug__");
  EXPECT_EQ(ErrorOf("def f(__debug__): pass\n"), "SyntaxError 1:7 cannot assign to __debug__");
  EXPECT_EQ(ErrorOf("def f():\n    from m import *\n"), "SyntaxError 2:5 import * only allowed at module level");
}

TEST(CompileError, AssignmentExpressionsInComprehensions) {
  EXPECT_EQ(ErrorOf("[x := 1 for x in y]\n"),
            "SyntaxError 1:2 assignment expression cannot rebind comprehension iteration variable 'x'");
  EXPECT_EQ(ErrorOf("class C:\n    [(y := x) for x in z]\n"),
            "SyntaxError 2:7 assignment expression within a comprehension cannot be used in a class body");
  EXPECT_EQ(ErrorOf("[x for x in (y := z)]\n"),
            "SyntaxError 1:14 assignment expression cannot be used in a comprehension iterable expression");
}

TEST(CompileError, MicropythonConstNeedsAConstant) {
  EXPECT_EQ(ErrorOf("from micropython import const\nX = const(f())\n"), "SyntaxError 2:11 constant must be an integer");
  EXPECT_EQ(ErrorOf("X = const(f())\n"), "ok");  // not micropython's const: an ordinary call
}

TEST(CompileError, ParserErrorsPassThrough) {
  EXPECT_EQ(ErrorOf("x = (1,\n"), "SyntaxError 1:5 '(' was never closed");
  EXPECT_EQ(ErrorOf("if x:\npass\n"), "IndentationError 2:1 expected an indented block");
}

TEST(CompileError, OutOfArenaIsAMemoryError) {
  const std::string source = "def f(a):\n    return [x * a for x in range(a) if x % 3]\nprint(f(10))\n";
  TestCompiler generous;
  ASSERT_NE(generous.Compile(source), nullptr);
  const size_t needed = generous.arena_peak();
  for (size_t size = 64; size < needed; size += (needed - 64) / 37 + 1) {
    TestCompiler tight(size);
    EXPECT_EQ(tight.Compile(source), nullptr) << size;
    EXPECT_EQ(tight.error().kind, ErrorKind::kMemoryError) << size << ": " << DescribeError(tight.error());
    EXPECT_LE(tight.arena_peak(), size);
  }
  TestCompiler exact(needed);
  EXPECT_NE(exact.Compile(source), nullptr) << DescribeError(exact.error());
}

TEST(CompileError, SinkFailureIsAMemoryError) {
  const std::string source = "def f(a, b='x'):\n    return (a, 1.5, 'y', b'z', 2 ** 40)\nclass C: pass\n";
  TestCompiler counting;
  ASSERT_NE(counting.Compile(source), nullptr);
  for (int calls = 0; calls < 40; ++calls) {
    TestCompiler failing;
    failing.sink().FailAfter(calls);
    const vm::RawCode* code = failing.Compile(source);
    if (code != nullptr) break;  // enough calls succeeded
    EXPECT_EQ(failing.error().kind, ErrorKind::kMemoryError) << calls;
    EXPECT_STREQ(failing.error().message, "out of memory");
  }
}

}  // namespace
}  // namespace testing_emitter
}  // namespace mica
