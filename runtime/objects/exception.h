// BaseException and the built-in exception hierarchy.
//
// Every built-in exception type is a constexpr Type (flash) with kTypeIsException, chained through `base` as in
// CPython (ZeroDivisionError -> ArithmeticError -> Exception -> BaseException). They share one instance layout,
// ExceptionObject; user exception classes (the class machinery) must carry kTypeIsException in their Type flags,
// allocate at least sizeof(ExceptionObject) and put their extra state (the instance dict) after it.
//
//   e.args            a tuple (the empty tuple when created without arguments)
//   e.__traceback__   a heap array of (code name id, file name id, line) entries, appended as the exception
//                     unwinds through frames; opaque here beyond append and read
//   e.__cause__, e.__context__, e.__suppress_context__
//   e.value           StopIteration's value (also SystemExit.code, OSError.filename, ImportError.name)
//
// Fields CPython keeps separately are derived from args where that is exact, so they cost no RAM:
//   OSError(errno, strerror[, filename...]): errno = args[0], strerror = args[1] when 2 to 5 arguments were given;
//     a filename other than None is kept in `value` and drops out of args, as in CPython.
//   SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])): all read from args.
//   ImportError(msg, name=..., path=...): name in `value`, or (name, path) there when a path is given.
//
// str(e): '' for no args, str(args[0]) for one, str(args) for more; KeyError with one arg shows repr(key);
// OSError "[Errno 2] No such file: 'x'"; SyntaxError "msg (file.py, line 3)".
// repr(e): ValueError('x'), KeyError('k'), ZeroDivisionError('division by zero'), MemoryError().
#ifndef MICA_RUNTIME_OBJECTS_EXCEPTION_H_
#define MICA_RUNTIME_OBJECTS_EXCEPTION_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

struct TracebackEntry {
  uint32_t code_name;  // name id of the function (<module> for module code)
  uint32_t file;       // name id of the source file
  uint32_t line;
};

// A heap block (gc::kNoScan) of `capacity` entries, `count` in use.
struct Traceback {
  uint32_t count;
  uint32_t capacity;
  TracebackEntry* Entries() { return reinterpret_cast<TracebackEntry*>(this + 1); }
  const TracebackEntry* Entries() const { return reinterpret_cast<const TracebackEntry*>(this + 1); }
};

struct ExceptionObject {
  Object header = {nullptr};
  Value args;                      // a tuple
  Traceback* traceback = nullptr;  // null when empty
  Value cause;                     // None when unset
  Value context;                   // None when unset
  Value value;                     // StopIteration.value, SystemExit.code, OSError.filename, ImportError.name
  uint32_t flags = 0;              // kExceptionSuppressContext
};

constexpr uint32_t kExceptionSuppressContext = 1;
constexpr uint32_t kExceptionImportPath = 2;  // ImportError: `value` is (name, path)

extern const Type kBaseExceptionType;
extern const Type kSystemExitType;
extern const Type kKeyboardInterruptType;
extern const Type kGeneratorExitType;
extern const Type kExceptionType;
extern const Type kStopIterationType;
extern const Type kStopAsyncIterationType;
extern const Type kArithmeticErrorType;
extern const Type kFloatingPointErrorType;
extern const Type kOverflowErrorType;
extern const Type kZeroDivisionErrorType;
extern const Type kAssertionErrorType;
extern const Type kAttributeErrorType;
extern const Type kBufferErrorType;
extern const Type kEOFErrorType;
extern const Type kImportErrorType;
extern const Type kModuleNotFoundErrorType;
extern const Type kLookupErrorType;
extern const Type kIndexErrorType;
extern const Type kKeyErrorType;
extern const Type kMemoryErrorType;
extern const Type kNameErrorType;
extern const Type kUnboundLocalErrorType;
extern const Type kOSErrorType;
extern const Type kBlockingIOErrorType;
extern const Type kChildProcessErrorType;
extern const Type kConnectionErrorType;
extern const Type kBrokenPipeErrorType;
extern const Type kConnectionAbortedErrorType;
extern const Type kConnectionRefusedErrorType;
extern const Type kConnectionResetErrorType;
extern const Type kFileExistsErrorType;
extern const Type kFileNotFoundErrorType;
extern const Type kInterruptedErrorType;
extern const Type kIsADirectoryErrorType;
extern const Type kNotADirectoryErrorType;
extern const Type kPermissionErrorType;
extern const Type kProcessLookupErrorType;
extern const Type kTimeoutErrorType;
extern const Type kReferenceErrorType;
extern const Type kRuntimeErrorType;
extern const Type kNotImplementedErrorType;
extern const Type kSyntaxErrorType;
extern const Type kIndentationErrorType;
extern const Type kTabErrorType;
extern const Type kSystemErrorType;
extern const Type kTypeErrorType;
extern const Type kValueErrorType;
extern const Type kUnicodeErrorType;
extern const Type kUnicodeDecodeErrorType;
extern const Type kUnicodeEncodeErrorType;
extern const Type kUnicodeTranslateErrorType;
extern const Type kWarningType;
extern const Type kBytesWarningType;
extern const Type kDeprecationWarningType;
extern const Type kEncodingWarningType;
extern const Type kFutureWarningType;
extern const Type kImportWarningType;
extern const Type kPendingDeprecationWarningType;
extern const Type kResourceWarningType;
extern const Type kRuntimeWarningType;
extern const Type kSyntaxWarningType;
extern const Type kUnicodeWarningType;
extern const Type kUserWarningType;

// Every built-in exception type, for the builtins module to publish (null-terminated).
extern const Type* const kBuiltinExceptionTypes[];

// Other builtin names of those types (EnvironmentError, IOError); ends with {0, nullptr}.
struct ExceptionAlias {
  uint16_t name;
  const Type* type;
};
extern const ExceptionAlias kBuiltinExceptionAliases[];

// The OSError subclass CPython picks for OSError(errno, ...) (FileNotFoundError for 2); OSError when none.
const Type* OSErrorSubtypeFor(intptr_t errno_value);

// Whether v is an exception instance (its type has kTypeIsException).
bool IsException(Value v);
ExceptionObject* AsException(Value v);  // precondition: IsException(v)

// type(*args): a new instance with args = the tuple of args (null: no arguments); null with MemoryError pending.
// `type` must have kTypeIsException; `bytes` (0: sizeof(ExceptionObject)) lets user classes reserve more.
Value NewException(const Type* type, const Value* args, size_t n_args, size_t bytes = 0);
// type(message): one str argument made from C text.
Value NewExceptionWithMessage(const Type* type, const char* message);

// Sets e.args from args[0, n_args) and the fields derived from them (StopIteration.value, SystemExit.code,
// OSError's filename): what BaseException.__init__ does. Null Value with MemoryError pending.
Value ExceptionSetArgs(Value exception, const Value* args, size_t n_args);

// e.__context__ = context (None or an exception), first cutting `exception` out of context's own chain so the
// chain stays finite, as CPython does when an exception is raised while another is handled.
void ExceptionSetContext(Value exception, Value context);

// SyntaxError-type(message, (file, line, column, text)): the arguments compile() failures carry. `text` is the
// source line (not copied past its newline); null: None.
Value NewSyntaxError(const Type* type, const char* message, uint32_t file, uint32_t line, uint32_t column,
                     const char* text, size_t text_length);

// ImportError-type(message) with .name = name (a str or None).
Value NewImportError(const Type* type, Value message, Value name);

// Resets an exception object in place (for the preallocated ones): args = (), no traceback, no cause/context.
void ResetException(ExceptionObject* exception, const Type* type);

// Appends a traceback entry. Fails silently (the entry is dropped) when the heap is full: a traceback must never
// turn one error into another.
void ExceptionAddTraceback(Value exception, uint32_t code_name, uint32_t file, uint32_t line);
void ExceptionClearTraceback(Value exception);

// ImportError's name=/path= keywords (pairs as in the calling convention). `strict`: any other keyword is a
// TypeError (built-in ImportError); otherwise they are left for a user class's __init__.
Value ImportErrorKeywords(Value exception, const Value* pairs, uint32_t n_kw, bool strict);

// The type slots, for user exception classes to reuse.
Value ExceptionMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw);
Value ExceptionPrint(const Printer& printer, Value self, PrintKind kind);
Value ExceptionAttr(Value self, uint32_t name, AttrOp op, Value* value);
// BaseException.with_traceback(tb): None drops the traceback; returns self.
Value ExceptionWithTraceback(const Value* args, uint32_t n_pos, uint32_t n_kw);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_EXCEPTION_H_
