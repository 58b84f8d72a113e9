// The generic operations on any value: what the VM hooks, the builtins and every container call. Each follows
// the error convention (Value::Exception() with an exception pending) and dispatches through the Type slots of
// runtime/object.h, with the messages CPython gives ("unsupported operand type(s) for +: 'int' and 'str'",
// "'NoneType' object is not subscriptable", ...).
//
// Conventions on top of runtime/object.h that every type here follows (and user classes must, to mix with them):
// - binary_op is called with the operands in source order, on the left operand's type first and then on the
//   right's: `3 * [1]` reaches list's slot as (kMultiply, 3, [1]). A slot checks which side it is and declines
//   (null or NotImplemented) what it does not handle. Comparisons are not mirrored either: (kLess, a, b) always
//   means a < b. In-place operators are offered to the left operand's slot first and fall back to the plain one.
// - unary_op null means "hashable by identity, always true"; a unary_op that returns null for kHash makes the
//   type unhashable (list, dict). kBool falls back to kLen, then to True.
// - Equality falls back to identity when both slots decline; ordering raises TypeError.
// - A built-in type's `base` of null means `object` (IsSubtype(t, &kObjectType) is always true).
// - Member tables hold BuiltinFunction objects (bound to the instance on lookup, unbound on the type) or any
//   constant object (returned as is). For user classes (kTypeIsUserClass) the attr slot is asked before the
//   member tables of the built-in bases, so Python methods override built-in ones.
#ifndef MICA_RUNTIME_OBJECTS_OBJECT_OPS_H_
#define MICA_RUNTIME_OBJECTS_OBJECT_OPS_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

// ---- Text ----------------------------------------------------------------------------------------------------

// repr(v) / str(v) as a str value.
Value Repr(Value v);
Value Str(Value v);
// Writes str(v) or repr(v) to the printer: the type's print slot, or "<name object at 0x...>". None or an
// exception. Containers use the repr guard below, so a self-containing list prints as [[...]].
Value Print(const Printer& printer, Value v, PrintKind kind);
// The name of v's type ("int", "NoneType") as C text.
const char* TypeName(Value v);
const char* TypeNameOf(const Type* type, size_t* length = nullptr);

// Recursion guard for container repr and comparison: Enter returns false when `container` is already being
// printed (print "..." instead); every true Enter must be paired with Leave. Also checks the C stack
// (RuntimeError when deep).
Value ReprEnter(Value container, bool* already_active);
void ReprLeave(Value container);

// ---- Identity, hashing, comparison ---------------------------------------------------------------------------

// hash(v) as a small int, or TypeError("unhashable type: 'list'").
Value Hash(Value v);
// The same as a machine word, for tables; false with an exception pending.
bool HashWord(Value v, uintptr_t* out);
// Folds a hash into a small int the same way for every type (on 32-bit targets small ints have 31 bits).
Value HashToValue(intptr_t hash);

// a == b: True, False or an exception. Identity implies equality (as CPython's containers assume).
Value Equals(Value a, Value b);
// The same as a bool; false with an exception pending is distinguished by PendingException() / *failed.
bool EqualsBool(Value a, Value b, bool* failed);
// a op b for op in kLess..kGreaterEqual, kEqual, kNotEqual: True/False (or any value a user __lt__ returns) or an
// exception: TypeError("'<' not supported between instances of 'int' and 'str'").
Value Compare(BinaryOp op, Value a, Value b);

// ---- Operators -----------------------------------------------------------------------------------------------

// lhs op rhs with Python's dispatch: in-place slot first for kInplace* (falling back to the plain operator), then
// lhs's slot, then rhs's (the reflected operand), NotImplemented / null meaning "try the other";
// TypeError("unsupported operand type(s) for +: 'int' and 'str'") when nothing applies. kContains: `rhs in lhs`.
Value BinaryOperation(BinaryOp op, Value lhs, Value rhs);
// -x, +x, ~x, abs(x), and the kBool/kLen/kHash queries (prefer Truth/Len/Hash).
Value UnaryOperation(UnaryOp op, Value v);
// `item in container` as True/False (falls back to iteration when the container has no kContains).
Value Contains(Value container, Value item);
// pow(base, exp, mod) (mod None: plain power).
Value Power(Value base, Value exponent, Value modulus);

// bool(v): True/False or an exception.
Value Truth(Value v);
// len(v) as a small int; TypeError("object of type 'int' has no len()").
Value Len(Value v);

// ---- Iteration -----------------------------------------------------------------------------------------------

// iter(v): TypeError("'int' object is not iterable").
Value GetIter(Value v);
// next(it): the item, the null Value when exhausted, or an exception.
Value IterNext(Value iterator);

// ---- Subscripts ----------------------------------------------------------------------------------------------

Value LoadSubscript(Value object, Value index);
Value StoreSubscript(Value object, Value index, Value value);
Value DeleteSubscript(Value object, Value index);

// ---- Attributes ----------------------------------------------------------------------------------------------

// The member named `name` of `type` or of its bases (binary search of each member table), or null.
const Member* FindMember(const Type* type, uint32_t name);

// obj.name: the member table (methods bound to obj, or the member itself when obj is a type), then the attr slot.
// AttributeError("'int' object has no attribute 'x'") when missing.
Value LoadAttr(Value object, uint32_t name);
// The same, but the null Value (no exception) when missing; other errors still raise.
Value LookupAttr(Value object, uint32_t name);
Value StoreAttr(Value object, uint32_t name, Value value);
Value DeleteAttr(Value object, uint32_t name);

// obj.name for an immediate call without a bound-method object: on success out[0] is the callable and out[1] the
// self to pass first (or the null Value when the callable takes no self). Returns None or an exception.
Value LoadMethod(Value object, uint32_t name, Value out[2]);

// ---- Calls ---------------------------------------------------------------------------------------------------

// callable(*args) with the object.h convention: TypeError("'int' object is not callable").
Value CallValue(Value callable, const Value* args, uint32_t n_pos, uint32_t n_kw);
// obj.name(*args) via LoadMethod (no bound method allocated); up to 8 positional arguments, no keywords.
Value CallMethod(Value object, uint32_t name, const Value* args, uint32_t n_pos);

// Argument checking for built-in callables: TypeError("f() takes exactly 2 arguments (3 given)") style.
Value CheckArgCount(const char* function, uint32_t n_pos, uint32_t n_kw, uint32_t min_pos, uint32_t max_pos);
// Finds keyword argument `name` among the n_kw pairs after the positionals; null when absent.
Value FindKeyword(const Value* args, uint32_t n_pos, uint32_t n_kw, uint32_t name);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_OBJECT_OPS_H_
