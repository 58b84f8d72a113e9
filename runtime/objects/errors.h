// Raising and inspecting Python exceptions (docs/architecture.md, "Errors without C++ exceptions").
//
// A failing runtime function records the exception object as pending (RuntimeState::pending_exception) and
// returns Value::Exception(); its caller propagates it (MICA_TRY) or handles it (PendingException(), then
// ClearPendingException()). Every Raise* function returns Value::Exception(), so `return RaiseNew(...);` reads
// naturally. If building the exception object fails for lack of memory, MemoryError is raised instead.
//
// RaiseFormat understands a small printf subset:
//   %s  const char*          %d  int           %u  unsigned        %z  size_t        %i  intptr_t
//   %x  unsigned, in hex     %c  int, a code point (UTF-8)
//   %q  uint32_t name id (its text)           %T  Value: its type's name           %R  Value: its repr()
//   %S  Value: its str()     %%  a percent sign
#ifndef MICA_RUNTIME_OBJECTS_ERRORS_H_
#define MICA_RUNTIME_OBJECTS_ERRORS_H_

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

// Makes `exception` pending. An exception instance is raised as is; an exception type (a Type whose flags have
// kTypeIsException) is instantiated with no arguments; anything else raises TypeError("exceptions must derive
// from BaseException").
Value Raise(Value exception);

// Raises type(message) (message null: type()).
Value RaiseNew(const Type* type, const char* message);
Value RaiseFormat(const Type* type, const char* format, ...);
Value RaiseFormatV(const Type* type, const char* format, va_list args);

// The preallocated MemoryError / RuntimeError("maximum recursion depth exceeded"): no allocation, work with the
// heap full or locked.
Value RaiseMemoryError();
Value RaiseRecursionError();

// Raises RuntimeError("maximum recursion depth exceeded") when the C stack pointer is below State().c_stack_limit;
// otherwise returns Value::None(). For recursive C paths (repr, ==, hash of nested containers).
Value CheckCStack();

// Common shapes.
Value RaiseTypeError(const char* message);
Value RaiseValueError(const char* message);
Value RaiseIndexError(const char* message);
Value RaiseKeyError(Value key);                    // KeyError(key): repr shows the key
Value RaiseAttributeError(Value object, uint32_t name);  // "'int' object has no attribute 'x'"
Value RaiseZeroDivision(const char* message);       // ZeroDivisionError
Value RaiseOverflowError(const char* message);
Value RaiseStopIteration(Value value);              // StopIteration(value); the null Value: no value

// The pending exception object (the null Value when none). After Raise it is always an exception instance.
Value PendingException();
void ClearPendingException();
// Whether an exception is pending and is an instance of `type`.
bool PendingIs(const Type* type);

// isinstance(v, t) / issubclass(sub, t) along the single-inheritance `base` chain of built-in types; everything is
// an instance of `object`. When either type is a user class (kTypeIsUserClass), the hook below decides (the class
// machinery installs it: multiple inheritance, MRO).
bool IsSubtype(const Type* sub, const Type* type);
bool IsInstance(Value v, const Type* t);

// The class machinery's issubclass for user classes (multiple inheritance, MRO); null: walk `base` only.
using SubtypeHook = bool (*)(const Type* sub, const Type* type);
void SetSubtypeHook(SubtypeHook hook);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_ERRORS_H_
