// Constants: folded values and literals to LOAD_SMALL_INT / LOAD_NONE / LOAD_TRUE / LOAD_FALSE / LOAD_CONST, and
// the constant-table entries behind LOAD_CONST, made by the sink once (in the first pass) and found again by key.
#include <string.h>

#include "compiler/emitter/function_emitter.h"
#include "compiler/number_literal.h"
#include "compiler/string_literal.h"

namespace mica {
namespace emit {

using ast::NodeKind;
using Kind = FoldedValue::Kind;
using vm::Opcode;

namespace {

// ConstantKey::tag for kLiteral keys.
enum LiteralTag : uint8_t {
  kTagStr = 1,
  kTagBytes = 2,
  kTagBigInt = 3,
  kTagEmptyStr = 4,
  kTagFStringText = 8,  // | the FStringText flags
};

bool IsIdentifierStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool IsIdentifierPart(char c) {
  return IsIdentifierStart(c) || (c >= '0' && c <= '9');
}

// A plain one-token literal such as 'name' or "name" whose text is an ASCII identifier: it is stored as the
// interned name (one constant serves the string and any name operand with the same text).
bool IdentifierLiteral(const char* text, uint32_t length, const char** inner, uint32_t* inner_length) {
  if (length < 3) return false;
  const char quote = text[0];
  if ((quote != '\'' && quote != '"') || text[length - 1] != quote || !IsIdentifierStart(text[1])) return false;
  for (uint32_t i = 2; i + 1 < length; ++i) {
    if (!IsIdentifierPart(text[i])) return false;
  }
  *inner = text + 1;
  *inner_length = length - 2;
  return true;
}

bool IsIdentifier(const char* text, uint32_t length) {
  if (length == 0 || !IsIdentifierStart(text[0])) return false;
  for (uint32_t i = 1; i < length; ++i) {
    if (!IsIdentifierPart(text[i])) return false;
  }
  return true;
}

// Decimal digits of `value` into out (room for 21), returns the length.
uint32_t FormatInt64(int64_t value, char* out) {
  char digits[20];
  uint32_t count = 0;
  uint64_t magnitude = value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  do {
    digits[count++] = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  uint32_t length = 0;
  if (value < 0) out[length++] = '-';
  while (count > 0) out[length++] = digits[--count];
  return length;
}

uint64_t DoubleBits(double value) {
  uint64_t bits;
  memcpy(&bits, &value, sizeof bits);
  return bits;
}

}  // namespace

bool FunctionEmitter::Fold(const ast::Expr* expression, FoldedValue* out) {
  FoldContext context;
  context.source = ctx_->source;
  context.optimize = ctx_->options->optimize;
  context.lookup = &FunctionEmitter::LookupConstantThunk;
  context.lookup_context = this;
  return FoldConstant(expression, context, out);
}

void FunctionEmitter::EmitLoadConstant(int32_t index) {
  if (index >= 0) code_.Emit(Opcode::LOAD_CONST, static_cast<uint32_t>(index));
}

void FunctionEmitter::EmitFolded(const FoldedValue& value) {
  if (!reachable()) return;
  ConstantKey key;
  switch (value.kind) {
    case Kind::kInt:
      if (value.integer >= ctx_->small_int_min && value.integer <= ctx_->small_int_max) {
        code_.EmitSmallInt(value.integer);
        return;
      }
      key.kind = ConstantKind::kInt;
      key.bits = static_cast<uint64_t>(value.integer);
      break;
    case Kind::kBigInt: {
      auto* number = static_cast<const ast::Number*>(value.node);
      key.kind = ConstantKind::kLiteral;
      key.tag = kTagBigInt;
      key.text = ctx_->source + number->offset;
      key.length = number->length;
      break;
    }
    case Kind::kFloat:
      key.kind = ConstantKind::kFloat;
      key.bits = DoubleBits(value.number);
      break;
    case Kind::kImaginary:
      key.kind = ConstantKind::kImaginary;
      key.bits = DoubleBits(value.number);
      break;
    case Kind::kStr:
    case Kind::kBytes:
      EmitStringPiece(value.node);
      return;
    case Kind::kNone:
      code_.Emit(Opcode::LOAD_NONE);
      return;
    case Kind::kTrue:
      code_.Emit(Opcode::LOAD_TRUE);
      return;
    case Kind::kFalse:
      code_.Emit(Opcode::LOAD_FALSE);
      return;
    case Kind::kEllipsis:
      key.kind = ConstantKind::kSpecial;
      key.bits = Value::Ellipsis().bits();
      break;
    case Kind::kTuple:
      key.kind = ConstantKind::kNode;
      key.bits = reinterpret_cast<uintptr_t>(value.node);
      break;
  }
  EmitConstant(key, value);
}

void FunctionEmitter::EmitConstant(const ConstantKey& key, const FoldedValue& value) {
  if (!reachable()) return;
  int32_t index = code_.FindConstant(key);
  if (index < 0) {
    const Value made = MakeValue(value);
    if (failed()) return;
    index = code_.AddConstant(key, made);
  }
  EmitLoadConstant(index);
}

// A str, bytes or f-string text literal.
void FunctionEmitter::EmitStringPiece(const ast::Expr* node) {
  if (!reachable()) return;
  ConstantKey key;
  key.kind = ConstantKind::kLiteral;
  if (node->kind == NodeKind::kFStringText) {
    auto* text = static_cast<const ast::FStringText*>(node);
    key.tag = static_cast<uint8_t>(kTagFStringText | text->flags());
    key.text = ctx_->source + text->offset;
    key.length = text->length;
  } else {
    auto* literal = static_cast<const ast::Str*>(node);
    const char* inner;
    uint32_t inner_length;
    if (node->kind == NodeKind::kStr &&
        IdentifierLiteral(ctx_->source + literal->offset, literal->length, &inner, &inner_length)) {
      code_.Emit(Opcode::LOAD_CONST, NameIndex(inner, inner_length));
      return;
    }
    key.tag = node->kind == NodeKind::kStr ? kTagStr : kTagBytes;
    key.text = ctx_->source + literal->offset;
    key.length = literal->length;
  }
  int32_t index = code_.FindConstant(key);
  if (index < 0) {
    const Value made = MakeStringValue(node);
    if (failed()) return;
    index = code_.AddConstant(key, made);
  }
  EmitLoadConstant(index);
}

// '' (an empty f-string).
void FunctionEmitter::EmitEmptyString() {
  if (!reachable()) return;
  ConstantKey key;
  key.kind = ConstantKind::kLiteral;
  key.tag = kTagEmptyStr;
  int32_t index = code_.FindConstant(key);
  if (index < 0) {
    const Value made = ctx_->sink->MakeStr("", 0);
    if (made.IsNull()) {
      FailOutOfMemory(position_);
      return;
    }
    index = code_.AddConstant(key, made);
  }
  EmitLoadConstant(index);
}

// The decoded value of a str, bytes or f-string text node, made by the sink.
Value FunctionEmitter::MakeStringValue(const ast::Expr* node) {
  const char* source = ctx_->source;
  Arena* arena = ctx_->arena;
  uint32_t length;
  if (node->kind == NodeKind::kFStringText) {
    length = ast::DecodeFStringText(source, static_cast<const ast::FStringText*>(node), nullptr, 0);
  } else {
    auto* literal = static_cast<const ast::Str*>(node);
    length = DecodeStringLiteral(source + literal->offset, literal->length, nullptr, 0).length;
  }
  const size_t mark = arena->scratch_mark();
  char* buffer = static_cast<char*>(arena->PushScratch(length + 1, 1));
  if (buffer == nullptr) {
    FailOutOfMemory(node);
    return Value();
  }
  if (node->kind == NodeKind::kFStringText) {
    ast::DecodeFStringText(source, static_cast<const ast::FStringText*>(node), buffer, length);
  } else {
    auto* literal = static_cast<const ast::Str*>(node);
    DecodeStringLiteral(source + literal->offset, literal->length, buffer, length);
  }
  const CodeSink& sink = *ctx_->sink;
  Value value;
  if (node->kind == NodeKind::kBytes) {
    value = sink.MakeBytes(buffer, length);
  } else if (IsIdentifier(buffer, length)) {
    value = sink.InternName(buffer, length);
  } else {
    value = sink.MakeStr(buffer, length);
  }
  arena->PopScratch(mark);
  if (value.IsNull()) FailOutOfMemory(node);
  return value;
}

// A constant as a Value: for the constant table and for the items of constant tuples.
Value FunctionEmitter::MakeValue(const FoldedValue& folded) {
  const CodeSink& sink = *ctx_->sink;
  Arena* arena = ctx_->arena;
  Value value;
  switch (folded.kind) {
    case Kind::kInt:
      if (folded.integer >= ctx_->small_int_min && folded.integer <= ctx_->small_int_max &&
          Value::FitsSmallInt(folded.integer)) {
        return Value::SmallInt(static_cast<intptr_t>(folded.integer));
      } else {
        char digits[24];
        value = sink.MakeInt(digits, FormatInt64(folded.integer, digits), 10);
      }
      break;
    case Kind::kBigInt: {
      auto* number = static_cast<const ast::Number*>(folded.node);
      const char* text = ctx_->source + number->offset;
      const uint32_t length = CopyLiteralDigits(text, number->length, nullptr, 0);
      const size_t mark = arena->scratch_mark();
      char* digits = static_cast<char*>(arena->PushScratch(length + 1, 1));
      if (digits == nullptr) {
        FailOutOfMemory(number);
        return Value();
      }
      CopyLiteralDigits(text, number->length, digits, length);
      value = sink.MakeInt(digits, length, static_cast<int>(IntLiteralBase(text, number->length)));
      arena->PopScratch(mark);
      break;
    }
    case Kind::kFloat:
      value = sink.MakeFloat(folded.number);
      break;
    case Kind::kImaginary:
      value = sink.MakeComplex(folded.number);
      break;
    case Kind::kStr:
    case Kind::kBytes:
      return MakeStringValue(folded.node);
    case Kind::kNone:
      return Value::None();
    case Kind::kTrue:
      return Value::True();
    case Kind::kFalse:
      return Value::False();
    case Kind::kEllipsis:
      return Value::Ellipsis();
    case Kind::kTuple: {
      const Span<ast::Expr*>& items = static_cast<const ast::Sequence*>(folded.node)->elts;
      const size_t mark = arena->scratch_mark();
      Value* values = static_cast<Value*>(arena->PushScratch((items.count + 1) * sizeof(Value), alignof(Value)));
      if (values == nullptr) {
        FailOutOfMemory(folded.node);
        return Value();
      }
      for (uint32_t i = 0; i < items.count; ++i) {
        FoldedValue item;
        if (!Fold(items[i], &item)) {
          arena->PopScratch(mark);
          Fail(items[i], "internal compiler error");
          return Value();
        }
        values[i] = MakeValue(item);
        if (failed()) {
          arena->PopScratch(mark);
          return Value();
        }
      }
      value = sink.MakeTuple(values, items.count);
      arena->PopScratch(mark);
      break;
    }
  }
  if (value.IsNull()) FailOutOfMemory(folded.node != nullptr ? folded.node : position_);
  return value;
}

}  // namespace emit
}  // namespace mica
