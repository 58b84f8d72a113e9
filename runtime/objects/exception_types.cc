// The built-in exception hierarchy as constexpr Types (flash), chained through `base` exactly as CPython's
// (see the class tree in CPython's library reference, "Exception hierarchy"). All share ExceptionObject and the
// slots in exception.cc; only BaseException has a member table, which every subclass finds through `base`.
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

constexpr uint16_t kExceptionFlags = kTypeSubclassable | kTypeIsException;

constexpr BuiltinFunction kWithTraceback = MakeBuiltin(names::with_traceback, 2, 2, ExceptionWithTraceback);
constexpr Member kBaseExceptionMembers[] = {
    {names::with_traceback, &kWithTraceback.header},
};

constexpr Type MakeExceptionType(uint16_t name, const Type* base, MemberTable members = MemberTable{nullptr, 0}) {
  return Type{{&kTypeType}, name,    kExceptionFlags, base,    ExceptionMakeNew, ExceptionPrint, nullptr,
              nullptr,      nullptr, ExceptionAttr,   nullptr, nullptr,          nullptr,        members};
}

}  // namespace

constexpr Type kBaseExceptionType = MakeExceptionType(
    names::BaseException, nullptr,
    MemberTable{kBaseExceptionMembers, sizeof(kBaseExceptionMembers) / sizeof(kBaseExceptionMembers[0])});
constexpr Type kSystemExitType = MakeExceptionType(names::SystemExit, &kBaseExceptionType);
constexpr Type kKeyboardInterruptType = MakeExceptionType(names::KeyboardInterrupt, &kBaseExceptionType);
constexpr Type kGeneratorExitType = MakeExceptionType(names::GeneratorExit, &kBaseExceptionType);
constexpr Type kExceptionType = MakeExceptionType(names::Exception, &kBaseExceptionType);
constexpr Type kStopIterationType = MakeExceptionType(names::StopIteration, &kExceptionType);
constexpr Type kStopAsyncIterationType = MakeExceptionType(names::StopAsyncIteration, &kExceptionType);
constexpr Type kArithmeticErrorType = MakeExceptionType(names::ArithmeticError, &kExceptionType);
constexpr Type kFloatingPointErrorType = MakeExceptionType(names::FloatingPointError, &kArithmeticErrorType);
constexpr Type kOverflowErrorType = MakeExceptionType(names::OverflowError, &kArithmeticErrorType);
constexpr Type kZeroDivisionErrorType = MakeExceptionType(names::ZeroDivisionError, &kArithmeticErrorType);
constexpr Type kAssertionErrorType = MakeExceptionType(names::AssertionError, &kExceptionType);
constexpr Type kAttributeErrorType = MakeExceptionType(names::AttributeError, &kExceptionType);
constexpr Type kBufferErrorType = MakeExceptionType(names::BufferError, &kExceptionType);
constexpr Type kEOFErrorType = MakeExceptionType(names::EOFError, &kExceptionType);
constexpr Type kImportErrorType = MakeExceptionType(names::ImportError, &kExceptionType);
constexpr Type kModuleNotFoundErrorType = MakeExceptionType(names::ModuleNotFoundError, &kImportErrorType);
constexpr Type kLookupErrorType = MakeExceptionType(names::LookupError, &kExceptionType);
constexpr Type kIndexErrorType = MakeExceptionType(names::IndexError, &kLookupErrorType);
constexpr Type kKeyErrorType = MakeExceptionType(names::KeyError, &kLookupErrorType);
constexpr Type kMemoryErrorType = MakeExceptionType(names::MemoryError, &kExceptionType);
constexpr Type kNameErrorType = MakeExceptionType(names::NameError, &kExceptionType);
constexpr Type kUnboundLocalErrorType = MakeExceptionType(names::UnboundLocalError, &kNameErrorType);
constexpr Type kOSErrorType = MakeExceptionType(names::OSError, &kExceptionType);
constexpr Type kBlockingIOErrorType = MakeExceptionType(names::BlockingIOError, &kOSErrorType);
constexpr Type kChildProcessErrorType = MakeExceptionType(names::ChildProcessError, &kOSErrorType);
constexpr Type kConnectionErrorType = MakeExceptionType(names::ConnectionError, &kOSErrorType);
constexpr Type kBrokenPipeErrorType = MakeExceptionType(names::BrokenPipeError, &kConnectionErrorType);
constexpr Type kConnectionAbortedErrorType = MakeExceptionType(names::ConnectionAbortedError, &kConnectionErrorType);
constexpr Type kConnectionRefusedErrorType = MakeExceptionType(names::ConnectionRefusedError, &kConnectionErrorType);
constexpr Type kConnectionResetErrorType = MakeExceptionType(names::ConnectionResetError, &kConnectionErrorType);
constexpr Type kFileExistsErrorType = MakeExceptionType(names::FileExistsError, &kOSErrorType);
constexpr Type kFileNotFoundErrorType = MakeExceptionType(names::FileNotFoundError, &kOSErrorType);
constexpr Type kInterruptedErrorType = MakeExceptionType(names::InterruptedError, &kOSErrorType);
constexpr Type kIsADirectoryErrorType = MakeExceptionType(names::IsADirectoryError, &kOSErrorType);
constexpr Type kNotADirectoryErrorType = MakeExceptionType(names::NotADirectoryError, &kOSErrorType);
constexpr Type kPermissionErrorType = MakeExceptionType(names::PermissionError, &kOSErrorType);
constexpr Type kProcessLookupErrorType = MakeExceptionType(names::ProcessLookupError, &kOSErrorType);
constexpr Type kTimeoutErrorType = MakeExceptionType(names::TimeoutError, &kOSErrorType);
constexpr Type kReferenceErrorType = MakeExceptionType(names::ReferenceError, &kExceptionType);
constexpr Type kRuntimeErrorType = MakeExceptionType(names::RuntimeError, &kExceptionType);
constexpr Type kNotImplementedErrorType = MakeExceptionType(names::NotImplementedError, &kRuntimeErrorType);
constexpr Type kSyntaxErrorType = MakeExceptionType(names::SyntaxError, &kExceptionType);
constexpr Type kIndentationErrorType = MakeExceptionType(names::IndentationError, &kSyntaxErrorType);
constexpr Type kTabErrorType = MakeExceptionType(names::TabError, &kIndentationErrorType);
constexpr Type kSystemErrorType = MakeExceptionType(names::SystemError, &kExceptionType);
constexpr Type kTypeErrorType = MakeExceptionType(names::TypeError, &kExceptionType);
constexpr Type kValueErrorType = MakeExceptionType(names::ValueError, &kExceptionType);
constexpr Type kUnicodeErrorType = MakeExceptionType(names::UnicodeError, &kValueErrorType);
constexpr Type kUnicodeDecodeErrorType = MakeExceptionType(names::UnicodeDecodeError, &kUnicodeErrorType);
constexpr Type kUnicodeEncodeErrorType = MakeExceptionType(names::UnicodeEncodeError, &kUnicodeErrorType);
constexpr Type kUnicodeTranslateErrorType = MakeExceptionType(names::UnicodeTranslateError, &kUnicodeErrorType);
constexpr Type kWarningType = MakeExceptionType(names::Warning, &kExceptionType);
constexpr Type kBytesWarningType = MakeExceptionType(names::BytesWarning, &kWarningType);
constexpr Type kDeprecationWarningType = MakeExceptionType(names::DeprecationWarning, &kWarningType);
constexpr Type kEncodingWarningType = MakeExceptionType(names::EncodingWarning, &kWarningType);
constexpr Type kFutureWarningType = MakeExceptionType(names::FutureWarning, &kWarningType);
constexpr Type kImportWarningType = MakeExceptionType(names::ImportWarning, &kWarningType);
constexpr Type kPendingDeprecationWarningType = MakeExceptionType(names::PendingDeprecationWarning, &kWarningType);
constexpr Type kResourceWarningType = MakeExceptionType(names::ResourceWarning, &kWarningType);
constexpr Type kRuntimeWarningType = MakeExceptionType(names::RuntimeWarning, &kWarningType);
constexpr Type kSyntaxWarningType = MakeExceptionType(names::SyntaxWarning, &kWarningType);
constexpr Type kUnicodeWarningType = MakeExceptionType(names::UnicodeWarning, &kWarningType);
constexpr Type kUserWarningType = MakeExceptionType(names::UserWarning, &kWarningType);

const Type* const kBuiltinExceptionTypes[] = {
    &kBaseExceptionType,
    &kSystemExitType,
    &kKeyboardInterruptType,
    &kGeneratorExitType,
    &kExceptionType,
    &kStopIterationType,
    &kStopAsyncIterationType,
    &kArithmeticErrorType,
    &kFloatingPointErrorType,
    &kOverflowErrorType,
    &kZeroDivisionErrorType,
    &kAssertionErrorType,
    &kAttributeErrorType,
    &kBufferErrorType,
    &kEOFErrorType,
    &kImportErrorType,
    &kModuleNotFoundErrorType,
    &kLookupErrorType,
    &kIndexErrorType,
    &kKeyErrorType,
    &kMemoryErrorType,
    &kNameErrorType,
    &kUnboundLocalErrorType,
    &kOSErrorType,
    &kBlockingIOErrorType,
    &kChildProcessErrorType,
    &kConnectionErrorType,
    &kBrokenPipeErrorType,
    &kConnectionAbortedErrorType,
    &kConnectionRefusedErrorType,
    &kConnectionResetErrorType,
    &kFileExistsErrorType,
    &kFileNotFoundErrorType,
    &kInterruptedErrorType,
    &kIsADirectoryErrorType,
    &kNotADirectoryErrorType,
    &kPermissionErrorType,
    &kProcessLookupErrorType,
    &kTimeoutErrorType,
    &kReferenceErrorType,
    &kRuntimeErrorType,
    &kNotImplementedErrorType,
    &kSyntaxErrorType,
    &kIndentationErrorType,
    &kTabErrorType,
    &kSystemErrorType,
    &kTypeErrorType,
    &kValueErrorType,
    &kUnicodeErrorType,
    &kUnicodeDecodeErrorType,
    &kUnicodeEncodeErrorType,
    &kUnicodeTranslateErrorType,
    &kWarningType,
    &kBytesWarningType,
    &kDeprecationWarningType,
    &kEncodingWarningType,
    &kFutureWarningType,
    &kImportWarningType,
    &kPendingDeprecationWarningType,
    &kResourceWarningType,
    &kRuntimeWarningType,
    &kSyntaxWarningType,
    &kUnicodeWarningType,
    &kUserWarningType,
    nullptr,
};

// EnvironmentError and IOError are other names of OSError (PEP 3151).
const ExceptionAlias kBuiltinExceptionAliases[] = {
    {names::EnvironmentError, &kOSErrorType},
    {names::IOError, &kOSErrorType},
    {0, nullptr},
};

// OSError(errno, strerror) picks the subclass for errno (PEP 3151). The numbers are Linux's, which MicroPython's
// errno module also uses on every port.
const Type* OSErrorSubtypeFor(intptr_t errno_value) {
  struct Entry {
    int16_t errno_value;
    const Type* type;
  };
  static constexpr Entry kTable[] = {
      {1, &kPermissionErrorType},           // EPERM
      {2, &kFileNotFoundErrorType},         // ENOENT
      {3, &kProcessLookupErrorType},        // ESRCH
      {4, &kInterruptedErrorType},          // EINTR
      {10, &kChildProcessErrorType},        // ECHILD
      {11, &kBlockingIOErrorType},          // EAGAIN (EWOULDBLOCK)
      {13, &kPermissionErrorType},          // EACCES
      {17, &kFileExistsErrorType},          // EEXIST
      {20, &kNotADirectoryErrorType},       // ENOTDIR
      {21, &kIsADirectoryErrorType},        // EISDIR
      {32, &kBrokenPipeErrorType},          // EPIPE
      {103, &kConnectionAbortedErrorType},  // ECONNABORTED
      {104, &kConnectionResetErrorType},    // ECONNRESET
      {108, &kBrokenPipeErrorType},         // ESHUTDOWN
      {110, &kTimeoutErrorType},            // ETIMEDOUT
      {111, &kConnectionRefusedErrorType},  // ECONNREFUSED
      {114, &kBlockingIOErrorType},         // EALREADY
      {115, &kBlockingIOErrorType},         // EINPROGRESS
  };
  for (const Entry& entry : kTable) {
    if (entry.errno_value == errno_value) return entry.type;
  }
  return &kOSErrorType;
}

}  // namespace mica
