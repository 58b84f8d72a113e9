// Constant folding: the value of an expression made only of literals, computed at compile time with Python's
// semantics, so `x = 60 * 60 * 24` costs one LOAD_SMALL_INT.
//
// What folds: int and float literals under unary + - ~ and binary + - * / // % ** << >> & | ^; True, False,
// None, Ellipsis, __debug__; str and bytes literals (unchanged); tuples whose items all fold; and names bound by
// micropython.const() (through FoldContext::lookup). What never folds, because it could raise or build
// something big: any operation whose int operands or result leave 64 bits (`2**1000000` stays a BINARY_POWER),
// division or modulo by zero, negative shift counts and int exponents, float results that are not finite, float
// `**` (the runtime's pow() decides its rounding), and arithmetic on bools, strings and tuples.
#ifndef MICA_COMPILER_EMITTER_CONSTANT_FOLD_H_
#define MICA_COMPILER_EMITTER_CONSTANT_FOLD_H_

#include <stdint.h>

#include "compiler/ast.h"

namespace mica {
namespace emit {

struct FoldedValue {
  enum class Kind : uint8_t {
    kInt,        // `integer`
    kBigInt,     // an int literal beyond 64 bits: `node` is the Int
    kFloat,      // `number`
    kImaginary,  // `number` is the imaginary part
    kStr,        // `node` is the Str literal
    kBytes,      // `node` is the Bytes literal
    kNone,
    kTrue,
    kFalse,
    kEllipsis,
    kTuple,  // `node` is the Tuple; every item folds
  };
  Kind kind = Kind::kNone;
  int64_t integer = 0;
  double number = 0.0;
  const ast::Expr* node = nullptr;
};

struct FoldContext {
  const char* source = nullptr;
  bool optimize = false;  // __debug__ is False
  // The value of a name bound by micropython.const() that this (loaded) Name refers to, or null.
  const FoldedValue* (*lookup)(void* context, const ast::Name* name) = nullptr;
  void* lookup_context = nullptr;
};

// True and *out set when `expr` has a compile-time value.
bool FoldConstant(const ast::Expr* expr, const FoldContext& context, FoldedValue* out);

// The truth value of a folded constant: 1, 0, or -1 when it needs the runtime.
int FoldedTruth(const FoldedValue& value, const char* source);

}  // namespace emit
}  // namespace mica

#endif  // MICA_COMPILER_EMITTER_CONSTANT_FOLD_H_
