// The object model: every Python object starts with a pointer to its Type, and a Type is a table of slot
// functions plus a sorted table of members.
//
// Built-in types are `constexpr Type` objects (flash on boards); user classes are Type objects in the heap,
// created by the class machinery (runtime/objects/type.*). An object's memory comes from the GC heap
// (runtime/allocator.h); its layout after the type pointer is its own business.
//
// Calling convention, used by Type::call, Type::make_new and built-in functions: `args` holds `n_pos` positional
// values followed by `n_kw` (name, value) pairs, names as Value::Name. Nothing is allocated to make a call.
//
// Errors follow docs/architecture.md: a slot that fails records a pending exception (runtime/errors.h) and
// returns Value::Exception(). Slots that may decline return Value() (null), meaning "not supported here, try the
// next thing", e.g. binary_op for the reflected operand, attr when the member is missing.
#ifndef MICA_RUNTIME_OBJECT_H_
#define MICA_RUNTIME_OBJECT_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/value.h"

namespace mica {

struct Type;

struct Object {
  const Type* type;
};

// Where repr() and str() text goes: a string builder, a stream, the console.
struct Printer {
  void (*write)(void* context, const char* data, size_t length);
  void* context;

  void Write(const char* data, size_t length) const { write(context, data, length); }
  void Write(const char* text) const {
    size_t n = 0;
    while (text[n] != 0) ++n;
    write(context, text, n);
  }
};

enum class PrintKind : uint8_t { kStr, kRepr };

enum class UnaryOp : uint8_t {
  kBool,      // truth: returns True/False
  kLen,       // len(): returns a small int, or null if the type has no length
  kHash,      // hash(): returns a small int, or null if unhashable
  kPositive,  // +x
  kNegative,  // -x
  kInvert,    // ~x
  kAbs,       // abs(x)
};

// In-place forms come right after the plain ones in the same order, so kInplaceAdd - kAdd is the offset of
// every in-place operator. A type that has no special in-place behaviour gets the plain operator.
enum class BinaryOp : uint8_t {
  kAdd, kSubtract, kMultiply, kMatMultiply, kTrueDivide, kFloorDivide, kModulo, kPower, kLShift, kRShift, kAnd, kOr,
  kXor,
  kInplaceAdd, kInplaceSubtract, kInplaceMultiply, kInplaceMatMultiply, kInplaceTrueDivide, kInplaceFloorDivide,
  kInplaceModulo, kInplacePower, kInplaceLShift, kInplaceRShift, kInplaceAnd, kInplaceOr, kInplaceXor,
  kLess, kLessEqual, kEqual, kNotEqual, kGreater, kGreaterEqual,
  kContains,  // `rhs in lhs`: the container is lhs
};

constexpr uint8_t kInplaceOffset = static_cast<uint8_t>(BinaryOp::kInplaceAdd) - static_cast<uint8_t>(BinaryOp::kAdd);

enum class AttrOp : uint8_t { kLoad, kStore, kDelete };

// A named member of a built-in type: a method (a builtin function object), a property, a class constant.
struct Member {
  uint16_t name;         // names::Id; the table is sorted by it
  const Object* object;  // constant object in flash
};

struct MemberTable {
  const Member* members;
  uint16_t count;
};

// Type::flags.
enum TypeFlags : uint16_t {
  kTypeIsUserClass = 1 << 0,   // a heap Type created by `class`: has a dict, bases and an MRO
  kTypeSubclassable = 1 << 1,  // `class X(this)` is allowed
  kTypeIsException = 1 << 2,   // BaseException or a subclass
  kTypeHasFinalizer = 1 << 3,  // instances are allocated with the GC's finaliser bit (files, sockets)
};

struct Type {
  Object header;  // header.type is &kTypeType
  uint16_t name;  // names::Id or run-time name id
  uint16_t flags;
  const Type* base;  // the built-in base (single inheritance for built-ins); null for object

  // type(*args): build a new instance. Null: the type cannot be instantiated from Python.
  Value (*make_new)(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw);
  // repr()/str(); null: the default "<name object at 0x...>". Returns Value::None() or an exception.
  Value (*print)(const Printer& printer, Value self, PrintKind kind);
  // self(*args); null: not callable.
  Value (*call)(Value self, const Value* args, uint32_t n_pos, uint32_t n_kw);
  Value (*unary_op)(UnaryOp op, Value self);
  Value (*binary_op)(BinaryOp op, Value lhs, Value rhs);
  // Attribute access beyond the member table (instance dicts, computed attributes). kLoad writes the result to
  // *value (leaves it null when missing); kStore reads *value; kDelete ignores it. Returns Value::None() on
  // success, null when the type does not handle this name, or an exception.
  Value (*attr)(Value self, uint32_t name, AttrOp op, Value* value);
  // self[index] when value is null; del self[index] when value is Value::Unbound(); else self[index] = value.
  Value (*subscript)(Value self, Value index, Value value);
  // iter(self); null: not iterable (unless subscript makes it a sequence).
  Value (*get_iter)(Value self);
  // next(self): the next item, or null when exhausted (no StopIteration object is made).
  Value (*iter_next)(Value self);

  MemberTable members;

  // The buffer protocol for types outside runtime/objects (array.array): the bytes of `self` for GetBuffer
  // (bytes(), bytearray(), memoryview, ...), valid until the next allocation. Last, with a default, so the types
  // that have no buffer or that GetBuffer knows directly (bytes, bytearray, memoryview) leave it out.
  bool (*buffer)(Value self, const uint8_t** data, size_t* length) = nullptr;
};

// The type of a value, immediates included (small int -> int, name -> str, None/bools/... -> their types).
const Type* TypeOf(Value value);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECT_H_
