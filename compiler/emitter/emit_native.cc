// `@micropython.native`: when the build has a native emitter (CompileOptions::native_emitter), the function's
// body becomes machine code instead of bytecode. The function is still made by MAKE_FUNCTION from a RawCode, so
// defaults, keyword arguments, globals and __name__ work as for any function; the RawCode has kCodeNative, its
// constant table keeps the heap constants the code refers to alive, and its `bytecode` is the machine code
// (natives/native_emitter.h). Without a native emitter the decorator is an ordinary call of
// micropython.native (NotImplementedError), or a compile error in mpy-cross (emit_inline_asm.cc).
#include <string.h>

#include "compiler/emitter/function_emitter.h"
#include "compiler/emitter/scope_internal.h"
#include "natives/native_emitter.h"

namespace mica {
namespace emit {
namespace {

bool IdentIs(const char* source, ast::Ident id, const char* text) {
  return id.length == strlen(text) && memcmp(source + id.offset, text, id.length) == 0;
}

}  // namespace

bool FunctionEmitter::IsNativeDef(const ast::FunctionDef* node) const {
  const natives::NativeEmitter* emitter = ctx_->options->native_emitter;
  const uint32_t count = node->decorators.count;
  if (emitter == nullptr || count == 0) return false;
  const auto* attribute = ast::As<ast::Attribute>(node->decorators[count - 1]);
  const auto* module = attribute != nullptr ? ast::As<ast::Name>(attribute->value) : nullptr;
  return module != nullptr && IdentIs(ctx_->source, module->id, "micropython") &&
         IdentIs(ctx_->source, attribute->attr, emitter->decorator);
}

int32_t FunctionEmitter::NativeLocalSlot(void* context, const char* text, uint32_t length) {
  const FunctionEmitter* self = static_cast<const FunctionEmitter*>(context);
  const Symbol* symbol = self->scope_->Find(text, length);
  if (symbol == nullptr) return natives::kGlobalName;
  switch (symbol->binding) {
    case Binding::kLocal:
      return symbol->slot != kNoSlot ? static_cast<int32_t>(symbol->slot) : natives::kUnsupportedName;
    case Binding::kGlobalExplicit:
    case Binding::kGlobalImplicit:
      return natives::kGlobalName;
    default:
      return natives::kUnsupportedName;  // cells and free variables: closures
  }
}

// Folds `expression`; a heap constant is entered in the constant table once (keyed by its node), which keeps it
// alive as long as the code, and later passes find the same object.
bool FunctionEmitter::NativeConstant(void* context, const ast::Expr* expression, Value* value) {
  FunctionEmitter* self = static_cast<FunctionEmitter*>(context);
  ConstantKey key;
  key.kind = ConstantKind::kNode;
  key.bits = reinterpret_cast<uintptr_t>(expression);
  const int32_t index = self->code_.FindConstant(key);
  if (index >= 0) {
    *value = self->code_.constant(static_cast<uint32_t>(index));
    return true;
  }
  FoldedValue folded;
  if (!self->Fold(expression, &folded)) return false;
  const Value made = self->MakeValue(folded);
  if (made.IsNull() || self->failed()) return false;
  if (made.IsObject() && self->code_.AddConstant(key, made) < 0) {
    self->CheckBuilder(expression);
    return false;
  }
  *value = made;
  return true;
}

bool FunctionEmitter::NativeName(void* context, const char* text, uint32_t length, uint32_t* id) {
  const FunctionEmitter* self = static_cast<const FunctionEmitter*>(context);
  const Value name = self->ctx_->sink->InternName(text, length);
  if (!name.IsName()) return false;
  *id = name.AsNameId();
  return true;
}

const vm::RawCode* FunctionEmitter::CompileNative() {
  const auto* def = static_cast<const ast::FunctionDef*>(scope_->node);
  const natives::NativeEmitter* emitter = ctx_->options->native_emitter;
  Arena* arena = ctx_->arena;
  const size_t mark = arena->Mark();
  const vm::RawCode* result = nullptr;
  code_.BeginPass(false);  // the native emitter runs in this measuring pass: it may add constants
  const natives::NativeHost host = {this,           NativeLocalSlot,   NativeConstant, NativeName,
                                    scope_->num_locals, scope_->num_positional};
  natives::NativeOutput out = {nullptr, 0};
  SyntaxError error;
  const bool emitted = emitter->emit(ctx_->source, def, host, arena, &out, &error);
  if (!emitted && !failed()) {
    if (error.kind == ErrorKind::kMemoryError) {
      FailOutOfMemory(def);
    } else {
      *ctx_->error = error;  // the messages are static text
      code_.Fail(BuildError::kInternal);
    }
  }
  if (emitted && !failed()) {
    code_.Settle();
    if (code_.PrepareFinal()) {
      code_.BeginPass(true);
      vm::RawCode code = {};
      if (code_.Finish(&code) && FillCode(&code)) {
        code.bytecode = out.code;
        code.bytecode_size = out.size;
        code.line_table_size = 0;
        code.exception_table_size = 0;
        code.max_stack = 0;
        code.flags |= vm::kCodeNative;
        RawCodeBuilderResult built;
        built.code = code;
        result = ctx_->sink->FinishCode(built);
        if (result == nullptr || emitter->install == nullptr || !emitter->install(result)) {
          result = nullptr;
          FailOutOfMemory(def);
        }
      }
    }
  }
  CheckBuilder(def);
  arena->Release(mark);
  return failed() ? nullptr : result;
}

}  // namespace emit
}  // namespace mica
