// mica::Value: one machine word that is a Python value.
//
// The encoding (see docs/architecture.md, "Values") is kept behind the inline functions below, so a board could
// change it without touching the VM:
//
//   ...1    small int: the word shifted right arithmetically by one (31 bits on 32-bit targets, 63 on 64-bit)
//   ..010   interned name (qstr): id = word >> 3
//   ..110   special constant: None, False, True, Ellipsis, NotImplemented, and two internal markers,
//           kException ("an exception is pending", the error result of every fallible runtime call) and
//           kUnbound (an empty local variable or slot)
//   ...00   pointer to an object (heap or flash), which is at least 4-byte aligned; 0 is never a valid value
//
// Values are compared for identity by comparing words (`a.bits() == b.bits()`), which is exactly Python's `is`
// for everything here: equal small ints and equal interned names are the same word.
#ifndef MICA_RUNTIME_VALUE_H_
#define MICA_RUNTIME_VALUE_H_

#include <stddef.h>
#include <stdint.h>

namespace mica {

struct Object;

class Value {
 public:
  // Small ints hold one bit less than a word.
  static constexpr intptr_t kSmallIntMax = static_cast<intptr_t>((uintptr_t{1} << (sizeof(uintptr_t) * 8 - 2)) - 1);
  static constexpr intptr_t kSmallIntMin = -kSmallIntMax - 1;

  // The null word: not a Python value. Used as "no value" in tables and as the result of a failed lookup.
  constexpr Value() : bits_(0) {}

  static constexpr Value FromBits(uintptr_t bits) { return Value(bits); }

  static constexpr bool FitsSmallInt(int64_t v) { return v >= kSmallIntMin && v <= kSmallIntMax; }
  // Precondition: FitsSmallInt(v). The shift is done on the unsigned word, which is well defined for negatives.
  static constexpr Value SmallInt(intptr_t v) { return Value((static_cast<uintptr_t>(v) << 1) | kSmallIntTag); }

  static constexpr Value Name(uint32_t id) { return Value((static_cast<uintptr_t>(id) << 3) | kNameTag); }

  static Value FromObject(const Object* object) { return Value(reinterpret_cast<uintptr_t>(object)); }

  static constexpr Value None() { return Special(kNone); }
  static constexpr Value False() { return Special(kFalse); }
  static constexpr Value True() { return Special(kTrue); }
  static constexpr Value Bool(bool b) { return b ? True() : False(); }
  static constexpr Value Ellipsis() { return Special(kEllipsis); }
  static constexpr Value NotImplemented() { return Special(kNotImplemented); }
  static constexpr Value Exception() { return Special(kException); }
  static constexpr Value Unbound() { return Special(kUnbound); }

  constexpr uintptr_t bits() const { return bits_; }
  constexpr bool IsNull() const { return bits_ == 0; }

  constexpr bool IsSmallInt() const { return (bits_ & 1) != 0; }
  constexpr bool IsName() const { return (bits_ & 7) == kNameTag; }
  constexpr bool IsSpecial() const { return (bits_ & 7) == kSpecialTag; }
  constexpr bool IsObject() const { return (bits_ & 3) == 0 && bits_ != 0; }

  constexpr bool IsNone() const { return bits_ == None().bits_; }
  constexpr bool IsBool() const { return bits_ == True().bits_ || bits_ == False().bits_; }
  constexpr bool IsTrue() const { return bits_ == True().bits_; }
  constexpr bool IsFalse() const { return bits_ == False().bits_; }
  constexpr bool IsException() const { return bits_ == Exception().bits_; }
  constexpr bool IsUnbound() const { return bits_ == Unbound().bits_; }

  // Arithmetic right shift of the signed word; GCC guarantees it on every target we build for (and C++20 does).
  constexpr intptr_t AsSmallInt() const { return static_cast<intptr_t>(bits_) >> 1; }
  constexpr uint32_t AsNameId() const { return static_cast<uint32_t>(bits_ >> 3); }
  Object* AsObject() const { return reinterpret_cast<Object*>(bits_); }

  constexpr bool Is(Value other) const { return bits_ == other.bits_; }

 private:
  static constexpr uintptr_t kSmallIntTag = 1;
  static constexpr uintptr_t kNameTag = 2;     // 0b010
  static constexpr uintptr_t kSpecialTag = 6;  // 0b110

  enum SpecialId : uintptr_t {
    kNone = 0,
    kFalse = 1,
    kTrue = 2,
    kEllipsis = 3,
    kNotImplemented = 4,
    kException = 5,
    kUnbound = 6,
  };

  static constexpr Value Special(SpecialId id) { return Value((static_cast<uintptr_t>(id) << 3) | kSpecialTag); }

  explicit constexpr Value(uintptr_t bits) : bits_(bits) {}

  uintptr_t bits_;
};

static_assert(sizeof(Value) == sizeof(void*), "a Value is one machine word");

// Propagates a pending exception: `MICA_TRY(v);` returns v from the enclosing function if it is kException.
#define MICA_TRY(expr)                           \
  do {                                           \
    const ::mica::Value mica_try_value = (expr); \
    if (mica_try_value.IsException()) return mica_try_value; \
  } while (0)

}  // namespace mica

#endif  // MICA_RUNTIME_VALUE_H_
