#include "compiler/emitter/constant_fold.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "compiler/emitter/float_literal.h"
#include "compiler/number_literal.h"
#include "compiler/string_literal.h"
#include "runtime/float_divmod.h"
#include "runtime/value.h"

namespace mica {
namespace emit {
namespace {

using ast::BinaryOp;
using ast::NodeKind;
using Kind = FoldedValue::Kind;

// Folding works in mica::Float, the build's Python float (runtime/float_type.h), so a folded constant is what the
// same expression gives at run time in this build. (An .mpy compiled by a binary64 mpy-cross and run on a binary32
// board carries binary64 results rounded to binary32: at most one unit in the last place from the board's own.)

// Whether an int is one this build's ints can hold (runtime/core_config.h: kIntRange). Outside the range nothing
// folds: an operation is left to raise OverflowError at run time, and a literal to be rejected when the constant
// is made (a compile error), so folding never turns an unrepresentable value into a representable one.
constexpr bool InIntRange(int64_t value) {
  return kIntRange != IntRange::kSmallOnly || Value::FitsSmallInt(value);
}

FoldedValue Int(int64_t value) {
  FoldedValue folded;
  folded.kind = Kind::kInt;
  folded.integer = value;
  return folded;
}

FoldedValue FloatConstant(Float value) {
  FoldedValue folded;
  folded.kind = Kind::kFloat;
  folded.number = value;
  return folded;
}

FoldedValue Of(Kind kind, const ast::Expr* node) {
  FoldedValue folded;
  folded.kind = kind;
  folded.node = node;
  return folded;
}

bool IsFinite(double value) {
  return value - value == 0.0;
}

// x // y and x % y for ints with Python's flooring; y != 0 and not (INT64_MIN, -1).
int64_t FloorDiv(int64_t x, int64_t y) {
  const int64_t quotient = x / y;
  return (x % y != 0 && ((x < 0) != (y < 0))) ? quotient - 1 : quotient;
}

int64_t FloorMod(int64_t x, int64_t y) {
  const int64_t remainder = x % y;
  return (remainder != 0 && ((remainder < 0) != (y < 0))) ? remainder + y : remainder;
}

bool IntPower(int64_t base, int64_t exponent, int64_t* out) {
  int64_t result = 1;
  while (exponent > 0) {
    if ((exponent & 1) != 0 && __builtin_mul_overflow(result, base, &result)) return false;
    exponent >>= 1;
    if (exponent > 0 && __builtin_mul_overflow(base, base, &base)) return false;
  }
  *out = result;
  return true;
}

bool FoldIntBinary(BinaryOp op, int64_t x, int64_t y, FoldedValue* out) {
  int64_t result = 0;
  switch (op) {
    case BinaryOp::kAdd:
      if (__builtin_add_overflow(x, y, &result)) return false;
      break;
    case BinaryOp::kSub:
      if (__builtin_sub_overflow(x, y, &result)) return false;
      break;
    case BinaryOp::kMult:
      if (__builtin_mul_overflow(x, y, &result)) return false;
      break;
    case BinaryOp::kFloorDiv:
      if (y == 0 || (x == INT64_MIN && y == -1)) return false;
      result = FloorDiv(x, y);
      break;
    case BinaryOp::kMod:
      if (y == 0) return false;
      result = y == -1 ? 0 : FloorMod(x, y);
      break;
    case BinaryOp::kPow:
      if (y < 0 || !IntPower(x, y, &result)) return false;
      break;
    case BinaryOp::kLShift:
      if (y < 0) return false;
      if (x == 0) break;
      if (y >= 63 || __builtin_mul_overflow(x, int64_t{1} << y, &result)) return false;
      break;
    case BinaryOp::kRShift:
      if (y < 0) return false;
      result = y >= 63 ? (x < 0 ? -1 : 0) : (x >> y);
      break;
    case BinaryOp::kBitAnd:
      result = x & y;
      break;
    case BinaryOp::kBitOr:
      result = x | y;
      break;
    case BinaryOp::kBitXor:
      result = x ^ y;
      break;
    case BinaryOp::kDiv:
      if constexpr (kHasFloat) {
        // True division of ints is correctly rounded in Python; with both exact as Floats, so is the quotient.
        if (y == 0 || !ConvertsToFloatExactly(x) || !ConvertsToFloatExactly(y)) {
          return false;
        }
        *out = FloatConstant(static_cast<Float>(x) / static_cast<Float>(y));
        return true;
      } else {
        return false;  // no float (float = none): int / int raises TypeError at run time
      }
    default:  // @
      return false;
  }
  if (!InIntRange(result)) return false;
  *out = Int(result);
  return true;
}

bool AsFloat(const FoldedValue& value, Float* out) {
  if (value.kind == Kind::kFloat) {
    *out = static_cast<Float>(value.number);  // exact: folded constants are Floats already
    return IsFinite(value.number);
  }
  if (value.kind == Kind::kInt && ConvertsToFloatExactly(value.integer)) {
    *out = static_cast<Float>(value.integer);
    return true;
  }
  return false;
}

bool FoldFloatBinary(BinaryOp op, Float x, Float y, FoldedValue* out) {
  Float result;
  switch (op) {
    case BinaryOp::kAdd:
      result = x + y;
      break;
    case BinaryOp::kSub:
      result = x - y;
      break;
    case BinaryOp::kMult:
      result = x * y;
      break;
    case BinaryOp::kDiv:
      if (y == 0.0) return false;
      result = x / y;
      break;
    case BinaryOp::kFloorDiv:
    case BinaryOp::kMod: {
      if (y == 0.0) return false;
      Float floordiv, mod;
      FloorDivModFloat(x, y, &floordiv, &mod);
      result = op == BinaryOp::kMod ? mod : floordiv;
      break;
    }
    default:  // ** (pow's rounding is the runtime's), @, and the int-only operators
      return false;
  }
  if (!IsFinite(result)) return false;
  *out = FloatConstant(result);
  return true;
}

bool FoldUnary(ast::UnaryOp op, const FoldedValue& operand, FoldedValue* out) {
  if (operand.kind == Kind::kInt) {
    switch (op) {
      case ast::UnaryOp::kUSub:
        if (operand.integer == INT64_MIN || !InIntRange(-operand.integer)) return false;
        *out = Int(-operand.integer);
        return true;
      case ast::UnaryOp::kUAdd:
        *out = operand;
        return true;
      case ast::UnaryOp::kInvert:
        *out = Int(~operand.integer);
        return true;
      default:
        return false;
    }
  }
  if constexpr (kHasFloat) {
    if (operand.kind == Kind::kFloat) {
      if (op == ast::UnaryOp::kUSub) {
        *out = FloatConstant(static_cast<Float>(-operand.number));
        return true;
      }
      if (op == ast::UnaryOp::kUAdd) {
        *out = operand;
        return true;
      }
    }
  }
  return false;
}

bool IsName(const char* source, const ast::Name* name, const char* text) {
  const size_t length = strlen(text);
  return name->id.length == length && memcmp(source + name->id.offset, text, length) == 0;
}

}  // namespace

bool FoldConstant(const ast::Expr* expr, const FoldContext& context, FoldedValue* out) {
  const char* source = context.source;
  switch (expr->kind) {
    case NodeKind::kInt: {
      auto* number = static_cast<const ast::Number*>(expr);
      uint64_t value = 0;
      if (DecodeIntLiteral(source + number->offset, number->length, &value) && value <= INT64_MAX &&
          InIntRange(static_cast<int64_t>(value))) {
        *out = Int(static_cast<int64_t>(value));
      } else {
        *out = Of(Kind::kBigInt, expr);
      }
      return true;
    }
    case NodeKind::kFloat:
    case NodeKind::kImaginary: {
      if constexpr (kHasFloat) {
        auto* number = static_cast<const ast::Number*>(expr);
        *out = FloatConstant(static_cast<Float>(DecodeFloatLiteral(source + number->offset, number->length)));
        if (expr->kind == NodeKind::kImaginary) out->kind = Kind::kImaginary;
        return true;
      } else {
        return false;  // no float (float = none): the lexer refuses these literals
      }
    }
    case NodeKind::kStr:
      *out = Of(Kind::kStr, expr);
      return true;
    case NodeKind::kBytes:
      *out = Of(Kind::kBytes, expr);
      return true;
    case NodeKind::kConstant: {
      static constexpr Kind kKinds[] = {Kind::kNone, Kind::kTrue, Kind::kFalse, Kind::kEllipsis};
      *out = Of(kKinds[static_cast<int>(static_cast<const ast::Constant*>(expr)->value())], nullptr);
      return true;
    }
    case NodeKind::kName: {
      auto* name = static_cast<const ast::Name*>(expr);
      if (name->ctx() != ast::ExprContext::kLoad) return false;
      if (IsName(source, name, "__debug__")) {
        *out = Of(context.optimize ? Kind::kFalse : Kind::kTrue, nullptr);
        return true;
      }
      const FoldedValue* constant = context.lookup != nullptr ? context.lookup(context.lookup_context, name) : nullptr;
      if (constant == nullptr) return false;
      *out = *constant;
      return true;
    }
    case NodeKind::kUnaryOp: {
      auto* unary = static_cast<const ast::UnaryOpExpr*>(expr);
      FoldedValue operand;
      return FoldConstant(unary->operand, context, &operand) && FoldUnary(unary->op(), operand, out);
    }
    case NodeKind::kBinOp: {
      auto* binary = static_cast<const ast::BinOp*>(expr);
      FoldedValue left, right;
      if (!FoldConstant(binary->left, context, &left) || !FoldConstant(binary->right, context, &right)) return false;
      if (left.kind == Kind::kInt && right.kind == Kind::kInt) {
        return FoldIntBinary(binary->op(), left.integer, right.integer, out);
      }
      if constexpr (kHasFloat) {
        if (left.kind != Kind::kFloat && right.kind != Kind::kFloat) return false;
        Float x, y;
        return AsFloat(left, &x) && AsFloat(right, &y) && FoldFloatBinary(binary->op(), x, y, out);
      } else {
        return false;
      }
    }
    case NodeKind::kTuple: {
      auto* tuple = static_cast<const ast::Sequence*>(expr);
      if (tuple->ctx() != ast::ExprContext::kLoad) return false;
      for (const ast::Expr* item : tuple->elts) {
        FoldedValue ignored;
        if (!FoldConstant(item, context, &ignored)) return false;
      }
      *out = Of(Kind::kTuple, expr);
      return true;
    }
    default:
      return false;
  }
}

int FoldedTruth(const FoldedValue& value, const char* source) {
  switch (value.kind) {
    case Kind::kInt:
      return value.integer != 0 ? 1 : 0;
    case Kind::kBigInt:
      return 1;  // a literal beyond 64 bits is never zero
    case Kind::kFloat:
    case Kind::kImaginary:
      return value.number != 0.0 ? 1 : 0;
    case Kind::kNone:
    case Kind::kFalse:
      return 0;
    case Kind::kTrue:
    case Kind::kEllipsis:
      return 1;
    case Kind::kTuple:
      return static_cast<const ast::Sequence*>(value.node)->elts.count != 0 ? 1 : 0;
    case Kind::kStr:
    case Kind::kBytes: {
      auto* literal = static_cast<const ast::Str*>(value.node);
      return DecodeStringLiteral(source + literal->offset, literal->length, nullptr, 0).length != 0 ? 1 : 0;
    }
  }
  return -1;
}

}  // namespace emit
}  // namespace mica
