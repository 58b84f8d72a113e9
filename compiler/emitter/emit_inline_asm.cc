// `@micropython.asm_thumb` and friends: when the build has the named inline assembler (CompileOptions::
// inline_assemblers), the function's body is handed to it instead of being compiled to bytecode, and the
// sink's callable object for the machine code is loaded as a constant where MAKE_FUNCTION would be; the
// decorator itself is not called (outer decorators still are). Without that assembler the function compiles
// as usual and the decorator, a function of the `micropython` module, raises NotImplementedError when called,
// except in mpy-cross, which refuses such a function (a .mpy file cannot carry machine code).
#include <string.h>

#include "compiler/emitter/function_emitter.h"
#include "compiler/emitter/scope_internal.h"
#include "natives/inline_asm.h"

namespace mica {
namespace emit {
namespace {

bool IdentIs(const char* source, ast::Ident id, const char* text) {
  return id.length == strlen(text) && memcmp(source + id.offset, text, id.length) == 0;
}

// The decorators that make machine code in MicroPython.
constexpr const char* kNativeDecorators[] = {"asm_rv32", "asm_thumb", "asm_xtensa", "native", "viper"};

}  // namespace

bool FunctionEmitter::EmitInlineAsmDef(const ast::FunctionDef* node) {
  const uint32_t count = node->decorators.count;
  const auto* attribute = count != 0 ? ast::As<ast::Attribute>(node->decorators[count - 1]) : nullptr;
  const auto* module = attribute != nullptr ? ast::As<ast::Name>(attribute->value) : nullptr;
  if (module == nullptr || !IdentIs(ctx_->source, module->id, "micropython")) return false;
  const CompileOptions& options = *ctx_->options;
  const natives::InlineAssembler* assembler = nullptr;
  for (const natives::InlineAssembler* const* entry = options.inline_assemblers; entry != nullptr && *entry != nullptr;
       ++entry) {
    if (IdentIs(ctx_->source, attribute->attr, (*entry)->decorator)) assembler = *entry;
  }
  if (assembler == nullptr) {
    if (!options.refuse_native_code) return false;
    for (const char* name : kNativeDecorators) {
      if (!IdentIs(ctx_->source, attribute->attr, name)) continue;
      FailWithName(ctx_->error, ctx_->arena, attribute, "@micropython.", Text(attribute->attr),
                   attribute->attr.length, " makes machine code, which a .mpy file cannot hold",
                   "native code cannot be saved in a .mpy file");
      code_.Fail(BuildError::kInternal);
      return true;
    }
    return false;
  }
  if (!reachable()) return true;
  for (uint32_t i = 0; i + 1 < count; ++i) EmitExpression(node->decorators[i]);
  ConstantKey key;
  key.kind = ConstantKind::kNode;
  key.bits = reinterpret_cast<uintptr_t>(node);
  int32_t index = code_.FindConstant(key);
  if (index < 0) {  // the first pass assembles; the later ones find the constant
    Arena* arena = ctx_->arena;
    const size_t mark = arena->Mark();
    natives::AssembledCode code;
    SyntaxError error;
    if (!assembler->assemble(ctx_->source, node, arena, &code, &error)) {
      if (error.kind == ErrorKind::kMemoryError) {
        FailOutOfMemory(node);
      } else {
        *ctx_->error = error;  // the message may live in the arena, which stays until the error is read
        code_.Fail(BuildError::kInternal);
      }
      return true;
    }
    const CodeSink& sink = *ctx_->sink;
    const Value name = sink.InternName(Text(node->name), node->name.length);
    if (sink.make_native_code == nullptr) {
      arena->Release(mark);
      Fail(attribute, "this compiler cannot keep machine code");
      return true;
    }
    const Value made = name.IsName() ? sink.make_native_code(sink.context, assembler, code, name.AsNameId()) : Value();
    arena->Release(mark);
    if (made.IsNull()) {
      FailOutOfMemory(node);
      return true;
    }
    index = code_.AddConstant(key, made);
  }
  EmitLoadConstant(index);
  EmitDecoratorCalls(count - 1);
  EmitName(node->name, ast::ExprContext::kStore, node);
  return true;
}

}  // namespace emit
}  // namespace mica
