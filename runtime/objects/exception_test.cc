#include "runtime/objects/exception.h"

#include <string>

#include "gtest/gtest.h"
#include "runtime/names.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/test_support.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

class ExceptionTest : public testing::RuntimeTest {
 protected:
  Value Make(const Type* type, std::initializer_list<Value> args) {
    return Keep(CallValue(TypeValue(type), args.begin(), static_cast<uint32_t>(args.size()), 0));
  }
};

TEST_F(ExceptionTest, ReprAndStr) {
  const Value e = Make(&kValueErrorType, {S("x")});
  EXPECT_EQ(ReprOf(e), "ValueError('x')");
  EXPECT_EQ(StrOf(e), "x");
  EXPECT_EQ(ReprOf(Make(&kKeyErrorType, {S("k")})), "KeyError('k')");
  EXPECT_EQ(StrOf(Make(&kKeyErrorType, {S("k")})), "'k'");
  EXPECT_EQ(ReprOf(Make(&kZeroDivisionErrorType, {S("division by zero")})), "ZeroDivisionError('division by zero')");
  EXPECT_EQ(ReprOf(Make(&kMemoryErrorType, {})), "MemoryError()");
  EXPECT_EQ(StrOf(Make(&kValueErrorType, {})), "");
  EXPECT_EQ(StrOf(Make(&kValueErrorType, {I(1), I(2)})), "(1, 2)");
  EXPECT_EQ(ReprOf(Make(&kValueErrorType, {I(1), I(2)})), "ValueError(1, 2)");
  EXPECT_EQ(ReprOf(LoadAttr(e, names::args)), "('x',)");
  EXPECT_EQ(ReprOf(LoadAttr(Make(&kStopIterationType, {I(5)}), names::value)), "5");
  EXPECT_EQ(ReprOf(LoadAttr(Make(&kSystemExitType, {I(3)}), names::code)), "3");
  EXPECT_EQ(ErrorOf(LoadAttr(e, names::value)), "AttributeError: 'ValueError' object has no attribute 'value'");
  EXPECT_EQ(ReprOf(TypeValue(&kZeroDivisionErrorType)), "<class 'ZeroDivisionError'>");
}

TEST_F(ExceptionTest, Hierarchy) {
  EXPECT_TRUE(IsSubtype(&kZeroDivisionErrorType, &kArithmeticErrorType));
  EXPECT_TRUE(IsSubtype(&kIndentationErrorType, &kSyntaxErrorType));
  EXPECT_TRUE(IsSubtype(&kNotImplementedErrorType, &kRuntimeErrorType));
  EXPECT_TRUE(IsSubtype(&kKeyErrorType, &kLookupErrorType));
  EXPECT_TRUE(IsSubtype(&kUnicodeErrorType, &kValueErrorType));
  EXPECT_FALSE(IsSubtype(&kKeyboardInterruptType, &kExceptionType));
  EXPECT_TRUE(IsSubtype(&kKeyboardInterruptType, &kBaseExceptionType));
  size_t count = 0;
  for (const Type* const* t = kBuiltinExceptionTypes; *t != nullptr; ++t) {
    EXPECT_TRUE(IsSubtype(*t, &kBaseExceptionType));
    EXPECT_NE((*t)->flags & kTypeIsException, 0);
    ++count;
  }
  EXPECT_EQ(count, 64u);  // UnboundLocalError and ModuleNotFoundError included
}

TEST_F(ExceptionTest, RaiseAndCauseAndTraceback) {
  EXPECT_TRUE(Raise(TypeValue(&kValueErrorType)).IsException());
  const Value pending = Keep(PendingException());
  EXPECT_EQ(ReprOf(pending), "ValueError()");
  ClearPendingException();
  EXPECT_EQ(ErrorOf(Raise(I(5))), "TypeError: exceptions must derive from BaseException");
  const Value e = Make(&kTypeErrorType, {S("t")});
  const Value cause = Make(&kKeyErrorType, {I(1)});
  ASSERT_TRUE(StoreAttr(e, names::__cause__, cause).IsNone());
  EXPECT_TRUE(LoadAttr(e, names::__cause__).Is(cause));
  EXPECT_EQ(ReprOf(LoadAttr(e, names::__suppress_context__)), "True");
  EXPECT_EQ(ErrorOf(StoreAttr(e, names::__cause__, I(1))),
            "TypeError: exception cause must be None or derive from BaseException");
  EXPECT_EQ(ReprOf(LoadAttr(e, names::__traceback__)), "None");
  for (uint32_t line = 1; line <= 10; ++line) ExceptionAddTraceback(e, names::kAngleModule, names::kAngleStdin, line);
  EXPECT_EQ(AsException(e)->traceback->count, 10u);
  EXPECT_EQ(ReprOf(LoadSubscript(LoadAttr(e, names::__traceback__), I(9))), "('<module>', '<stdin>', 10)");
}

TEST_F(ExceptionTest, OSErrorFieldsAndSubclassByErrno) {
  const Value e = Make(&kOSErrorType, {I(2), S("No such file"), S("x")});
  EXPECT_EQ(ReprOf(TypeValue(TypeOf(e))), "<class 'FileNotFoundError'>");
  EXPECT_EQ(StrOf(e), "[Errno 2] No such file: 'x'");
  EXPECT_EQ(ReprOf(e), "FileNotFoundError(2, 'No such file')");
  EXPECT_EQ(ReprOf(LoadAttr(e, names::errno_)), "2");
  EXPECT_EQ(ReprOf(LoadAttr(e, names::strerror)), "'No such file'");
  EXPECT_EQ(ReprOf(LoadAttr(e, names::filename)), "'x'");
  EXPECT_EQ(StrOf(Make(&kOSErrorType, {I(99), S("odd")})), "[Errno 99] odd");
  EXPECT_EQ(ReprOf(Make(&kOSErrorType, {I(99), S("odd")})), "OSError(99, 'odd')");
  const Value plain = Make(&kOSErrorType, {S("a")});
  EXPECT_EQ(StrOf(plain), "a");
  EXPECT_EQ(ReprOf(LoadAttr(plain, names::errno_)), "None");
  // Only OSError itself maps errno to a subclass.
  EXPECT_EQ(ReprOf(Make(&kFileNotFoundErrorType, {I(13), S("p")})), "FileNotFoundError(13, 'p')");
  EXPECT_EQ(OSErrorSubtypeFor(13), &kPermissionErrorType);
  EXPECT_EQ(OSErrorSubtypeFor(-1), &kOSErrorType);
  EXPECT_TRUE(IsSubtype(&kBrokenPipeErrorType, &kConnectionErrorType));
  EXPECT_TRUE(IsSubtype(&kTabErrorType, &kIndentationErrorType));
  EXPECT_TRUE(IsSubtype(&kUserWarningType, &kWarningType));
}

TEST_F(ExceptionTest, SyntaxErrorFieldsComeFromArgs) {
  const char kSource[] = "x = 1\ny = (";
  const Value e = Keep(NewSyntaxError(&kSyntaxErrorType, "'(' was never closed", names::kAngleString, 2, 5, kSource + 6,
                                      sizeof(kSource) - 7));
  EXPECT_EQ(ReprOf(LoadAttr(e, names::args)), "(\"'(' was never closed\", ('<string>', 2, 5, 'y = (\\n'))");
  EXPECT_EQ(StrOf(e), "'(' was never closed (<string>, line 2)");
  EXPECT_EQ(ReprOf(LoadAttr(e, names::msg)), "\"'(' was never closed\"");
  EXPECT_EQ(ReprOf(LoadAttr(e, names::lineno)), "2");
  EXPECT_EQ(ReprOf(LoadAttr(e, names::offset)), "5");
  EXPECT_EQ(ReprOf(LoadAttr(e, names::end_lineno)), "None");
  EXPECT_EQ(ReprOf(LoadAttr(Make(&kSyntaxErrorType, {S("m")}), names::filename)), "None");
  EXPECT_EQ(StrOf(Make(&kSyntaxErrorType, {S("m")})), "m");
}

TEST_F(ExceptionTest, ImportErrorNameAndPath) {
  const Value args[] = {S("m"), Value::Name(names::name), S("n"), Value::Name(names::path), S("p")};
  const Value e = Keep(CallValue(TypeValue(&kImportErrorType), args, 1, 2));
  EXPECT_EQ(ReprOf(LoadAttr(e, names::name)), "'n'");
  EXPECT_EQ(ReprOf(LoadAttr(e, names::path)), "'p'");
  EXPECT_EQ(ReprOf(LoadAttr(e, names::msg)), "'m'");
  EXPECT_EQ(ReprOf(LoadAttr(e, names::args)), "('m',)");
  EXPECT_EQ(ReprOf(LoadAttr(Make(&kImportErrorType, {S("m")}), names::name)), "None");
  EXPECT_EQ(ErrorOf(CallValue(TypeValue(&kValueErrorType), args, 1, 1)),
            "TypeError: ValueError() takes no keyword arguments");
}

TEST_F(ExceptionTest, ContextChainStaysFinite) {
  const Value a = Make(&kValueErrorType, {S("a")});
  const Value b = Make(&kKeyErrorType, {S("b")});
  ExceptionSetContext(b, a);
  ExceptionSetContext(a, b);  // a raised while handling b, whose context is a: the old link is cut
  EXPECT_TRUE(AsException(a)->context.Is(b));
  EXPECT_TRUE(AsException(b)->context.IsNone());
  ExceptionSetContext(a, a);
  EXPECT_TRUE(AsException(a)->context.Is(b));
}

TEST_F(ExceptionTest, RaiseFormat) {
  EXPECT_TRUE(RaiseFormat(&kValueErrorType, "%s|%d|%u|%z|%q|%T|%R|%S|%%|%x|%c", "txt", -3, 7u, size_t{9},
                          static_cast<uint32_t>(names::append), I(1), S("r"), S("s"), 255u, 0xe9)
                  .IsException());
  EXPECT_EQ(TakeError(), "ValueError: txt|-3|7|9|append|int|'r'|s|%|ff|\xc3\xa9");
  EXPECT_EQ(ErrorOf(RaiseKeyError(S("missing"))), "KeyError: 'missing'");
  EXPECT_EQ(ErrorOf(RaiseAttributeError(I(1), names::append)),
            "AttributeError: 'int' object has no attribute 'append'");
}

TEST_F(ExceptionTest, EmergencyExceptionsNeedNoHeap) {
  Heap().Lock();
  EXPECT_TRUE(RaiseMemoryError().IsException());
  EXPECT_TRUE(PendingIs(&kMemoryErrorType));
  EXPECT_TRUE(RaiseRecursionError().IsException());
  EXPECT_TRUE(PendingIs(&kRuntimeErrorType));
  Heap().Unlock();
  EXPECT_EQ(TakeError(), "RuntimeError: maximum recursion depth exceeded");
  State().c_stack_limit = reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) + 4096;
  EXPECT_EQ(ErrorOf(CheckCStack()), "RuntimeError: maximum recursion depth exceeded");
  State().c_stack_limit = 0;
  EXPECT_TRUE(CheckCStack().IsNone());
}

}  // namespace
}  // namespace mica
