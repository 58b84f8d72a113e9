#include "compiler/runtime_sink/runtime_sink.h"

#include <string.h>

#include "compiler/arena.h"
#include "compiler/emitter/code_sink.h"
#include "compiler/emitter/compile.h"
#include "compiler/syntax_error.h"
#include "natives/inline_asm.h"
#include "natives/native_emitter.h"
#include "runtime/exec/exec_state.h"
#include "runtime/exec/function.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/raw_code.h"

namespace mica {
namespace {

// Arena bytes for a source of `length` bytes on the first attempt; doubled (up to three times) if it runs out.
// A heap too small for that gets a smaller block (down to kSmallestArenaBytes): small programs still compile.
constexpr size_t kMinArenaBytes = 32 * 1024;
constexpr size_t kSmallestArenaBytes = 4 * 1024;
constexpr size_t kArenaBytesPerSourceByte = 32;
constexpr int kArenaAttempts = 4;


// A block of about `bytes` for the arena (less if the heap cannot give that much); null with MemoryError.
void* AllocateArena(size_t* bytes) {
  for (;;) {
    void* block = Heap().Allocate(*bytes, 0);
    if (block != nullptr) return block;
    if (*bytes / 2 < kSmallestArenaBytes) return AllocateRaw(*bytes, 0);  // raises MemoryError
    *bytes /= 2;
  }
}

struct SinkContext {
  const char* unsupported;  // a literal this runtime cannot represent: the compile error's message
};

constexpr size_t AlignUp(size_t n, size_t alignment) {
  return (n + alignment - 1) & ~(alignment - 1);
}

Value SinkMakeInt(void* context, const char* digits, size_t length, int base) {
  const Value value = IntFromText(digits, length, static_cast<unsigned>(base));
  if (value.IsException()) {
    // A literal outside a bounded build's ints (the folder leaves those unfolded) is a compile error.
    if (kIntsFitInt64 && IsInstance(PendingException(), &kOverflowErrorType)) {
      static_cast<SinkContext*>(context)->unsupported = kIntRange == IntRange::kSmallOnly
                                                            ? "int literal too big for this build's small ints"
                                                            : "int literal too big for this build's long long ints";
    }
    ClearPendingException();
    return Value();
  }
  return value;
}

// `made`, or the null Value (the compile fails) with its exception cleared.
Value ConstantOrNull(Value made) {
  if (made.IsException()) {
    ClearPendingException();
    return Value();
  }
  return made;
}

// Without float (float = none) the front end refuses float and imaginary literals, so the emitter never asks for
// these constants; if it did, the null Value would fail the compile.
Value SinkMakeFloat(void*, double value) {
  if constexpr (kHasFloat) {
    return ConstantOrNull(NewFloat(value));
  } else {
    return Value();
  }
}

Value SinkMakeComplex(void*, double imag) {
  if constexpr (kHasFloat) {
    return ConstantOrNull(NewComplex(0.0, imag));
  } else {
    return Value();
  }
}

Value SinkMakeStr(void*, const char* data, size_t length) {
  const Value result = NewStr(data, length);
  if (result.IsException()) {
    ClearPendingException();
    return Value();
  }
  return result;
}

Value SinkMakeBytes(void*, const char* data, size_t length) {
  const Value result = NewBytes(data, length);
  if (result.IsException()) {
    ClearPendingException();
    return Value();
  }
  return result;
}

Value SinkMakeTuple(void*, const Value* items, size_t count) {
  const Value result = NewTuple(items, count);
  if (result.IsException()) {
    ClearPendingException();
    return Value();
  }
  return result;
}

Value SinkInternName(void*, const char* data, size_t length) {
  const Value result = InternName(data, length);
  if (result.IsException()) {
    ClearPendingException();
    return Value();
  }
  return result;
}

// The inline assemblers InstallRuntimeCompiler was given (null-terminated), or null.
const natives::InlineAssembler* const* g_inline_assemblers = nullptr;
// The native emitter InstallRuntimeCompiler was given, or null.
const natives::NativeEmitter* g_native_emitter = nullptr;

Value SinkMakeNativeCode(void*, const natives::InlineAssembler* assembler, const natives::AssembledCode& code,
                         uint32_t name) {
  return assembler->make_code(code, name);
}

// One heap block: the RawCode, then constants, children, slot names, bytecode, line table, exception table.
const vm::RawCode* SinkFinishCode(void*, const RawCodeBuilderResult& result) {
  const vm::RawCode& in = result.code;
  const size_t n_slots = vm::NumSlots(in);
  size_t size = AlignUp(sizeof(vm::RawCode), sizeof(void*));
  const size_t constants_at = size;
  size += AlignUp(in.num_constants * sizeof(Value), sizeof(void*));
  const size_t children_at = size;
  size += AlignUp(in.num_children * sizeof(vm::RawCode*), sizeof(void*));
  const size_t slot_names_at = size;
  size += in.slot_names != nullptr ? n_slots * sizeof(uint32_t) : 0;
  const size_t bytecode_at = size;
  size += in.bytecode_size;
  const size_t line_table_at = size;
  size += in.line_table_size;
  const size_t exception_table_at = size;
  size += in.exception_table_size;

  uint8_t* block = static_cast<uint8_t*>(AllocateRaw(size, 0));
  if (block == nullptr) {
    ClearPendingException();
    return nullptr;
  }
  vm::RawCode* code = reinterpret_cast<vm::RawCode*>(block);
  *code = in;
  Value* constants = reinterpret_cast<Value*>(block + constants_at);
  for (uint32_t i = 0; i < in.num_constants; ++i) constants[i] = in.constants[i];
  code->constants = constants;
  const vm::RawCode** children = reinterpret_cast<const vm::RawCode**>(block + children_at);
  for (uint32_t i = 0; i < in.num_children; ++i) children[i] = in.children[i];
  code->children = children;
  if (in.slot_names != nullptr) {
    uint32_t* slot_names = reinterpret_cast<uint32_t*>(block + slot_names_at);
    memcpy(slot_names, in.slot_names, n_slots * sizeof(uint32_t));
    code->slot_names = slot_names;
  }
  memcpy(block + bytecode_at, in.bytecode, in.bytecode_size);
  code->bytecode = block + bytecode_at;
  if (in.line_table_size > 0) memcpy(block + line_table_at, in.line_table, in.line_table_size);
  code->line_table = block + line_table_at;
  if (in.exception_table_size > 0) memcpy(block + exception_table_at, in.exception_table, in.exception_table_size);
  code->exception_table = block + exception_table_at;
  return code;
}

CompileMode ToCompileMode(SourceKind kind) {
  switch (kind) {
    case SourceKind::kEval:
      return CompileMode::kEval;
    case SourceKind::kSingle:
      return CompileMode::kSingle;
    default:
      return CompileMode::kModule;
  }
}

// SyntaxError(message, (file, line, column, source line)), as CPython's, with the file and line also recorded as
// its one traceback entry (exec.h prints it the way CPython shows a SyntaxError).
Value RaiseSyntaxError(const SyntaxErrorInfo& error, uint32_t file_name, const char* source, size_t length) {
  const Type* type = &kSyntaxErrorType;
  switch (error.kind) {
    case ErrorKind::kIndentationError:
      type = &kIndentationErrorType;
      break;
    case ErrorKind::kTabError:
      type = &kTabErrorType;
      break;
    case ErrorKind::kMemoryError:
      return RaiseMemoryError();
    default:
      break;
  }
  const char* message = error.message != nullptr ? error.message : "invalid syntax";
  const char* line_start = source;
  const char* end = source + length;
  for (uint32_t line = 1; line < error.line && line_start < end; ++line) {
    const void* newline = memchr(line_start, '\n', static_cast<size_t>(end - line_start));
    line_start = newline != nullptr ? static_cast<const char*>(newline) + 1 : end;
  }
  const bool has_text = error.line > 0 && line_start < end;
  const Value exception = NewSyntaxError(type, message, file_name, error.line, error.column,
                                         has_text ? line_start : nullptr, static_cast<size_t>(end - line_start));
  MICA_TRY(exception);
  ExceptionAddTraceback(exception, names::kEmpty, file_name, error.line);
  return Raise(exception);
}

// The front end recurses once per nesting level (parser) and per level of tree height (emitter), so its limits
// (parser.h) follow the C stack left above the runtime's limit: a board with a 16 KiB stack gets a few dozen
// levels and a clean "too deeply nested" SyntaxError, a PC the full CPython-like defaults. Per-level costs are
// measured upper bounds across the targets and -O levels, with a fixed allowance for the front end's own frames.
constexpr uintptr_t kFrontEndBaseBytes = 2048;
constexpr uintptr_t kBytesPerNestingLevel = 400;
constexpr uintptr_t kBytesPerTreeLevel = 160;

constexpr uintptr_t kMinNesting = 4, kMinTreeHeight = 16;

uint16_t LevelsThatFit(uintptr_t available, uintptr_t per_level, uint16_t maximum) {
  const uintptr_t levels = available > kFrontEndBaseBytes ? (available - kFrontEndBaseBytes) / per_level : 0;
  return levels > maximum ? maximum : static_cast<uint16_t>(levels);
}

// False (RuntimeError raised) if even a trivial program could not be compiled in the C stack that is left.
bool FitLimitsToStack(CompileOptions* options) {
  const uintptr_t limit = State().c_stack_limit;
  if (limit == 0) return true;  // unchecked: keep the defaults
  volatile char here = 0;
  const uintptr_t address = reinterpret_cast<uintptr_t>(&here);
  const uintptr_t available = address > limit ? address - limit : 0;
  options->max_nesting = LevelsThatFit(available, kBytesPerNestingLevel, options->max_nesting);
  options->max_ast_height = LevelsThatFit(available, kBytesPerTreeLevel, options->max_ast_height);
  if (options->max_nesting >= kMinNesting && options->max_ast_height >= kMinTreeHeight) return true;
  RaiseRecursionError();
  return false;
}

}  // namespace

Value CompileToFunction(const char* source, size_t length, uint32_t file_name, SourceKind kind, Value globals) {
  SinkContext context = {nullptr};
  const CodeSink sink = {&context,      SinkMakeInt,    SinkMakeFloat,  SinkMakeComplex, SinkMakeStr,
                         SinkMakeBytes, SinkMakeTuple, SinkInternName, SinkFinishCode, SinkMakeNativeCode};
  size_t arena_bytes = length * kArenaBytesPerSourceByte;
  if (arena_bytes < kMinArenaBytes) arena_bytes = kMinArenaBytes;
  for (int attempt = 0;; ++attempt) {
    const size_t wanted = arena_bytes;
    void* block = AllocateArena(&arena_bytes);
    if (block == nullptr) return Value::Exception();
    const vm::RawCode* code;
    SyntaxErrorInfo error;
    {
      Arena arena(block, arena_bytes);
      CompileOptions options;
      options.mode = ToCompileMode(kind);
      options.optimize = OptimizationLevel() > 0;  // `mica -O`, micropython.opt_level()
      options.inline_assemblers = g_inline_assemblers;
      options.native_emitter = g_native_emitter;
      if (!FitLimitsToStack(&options)) {
        FreeRaw(block);
        return Value::Exception();
      }
      code = Compile(source, length, file_name, options, arena, sink, &error);
    }
    if (code != nullptr) {
      FreeRaw(block);
      return NewFunction(code, globals, Value(), Value(), Value());
    }
    if (error.kind == ErrorKind::kMemoryError && context.unsupported == nullptr && attempt + 1 < kArenaAttempts) {
      // The arena ran out: a bigger one. Or, on a small heap that could not give the arena what was asked, the
      // code being emitted (in the heap beside the arena) may be what ran out: a smaller arena leaves it room.
      const size_t next = arena_bytes == wanted ? arena_bytes * 2 : arena_bytes / 2;
      if (next >= kSmallestArenaBytes) {
        FreeRaw(block);
        arena_bytes = next;
        continue;
      }
    }
    // The message may live in the arena: make the exception before giving the block back.
    Value raised;
    if (context.unsupported != nullptr) {
      raised = RaiseNew(&kSyntaxErrorType, context.unsupported);
      ExceptionAddTraceback(PendingException(), names::kEmpty, file_name, error.line);
    } else {
      raised = RaiseSyntaxError(error, file_name, source, length);
    }
    FreeRaw(block);
    return raised;
  }
}

Value CompileAndRun(const char* source, size_t length, uint32_t file_name, SourceKind kind, Value globals) {
  const Value function = CompileToFunction(source, length, file_name, kind, globals);
  MICA_TRY(function);
  return CallFunction(function, nullptr, 0, 0);
}

void InstallRuntimeCompiler(uint8_t optimization_level, const natives::InlineAssembler* const* inline_assemblers,
                            const natives::NativeEmitter* native_emitter) {
  g_inline_assemblers = inline_assemblers;
  g_native_emitter = native_emitter;
  Exec().native_executor = native_emitter != nullptr ? native_emitter->execute : nullptr;
  SetOptimizationLevel(optimization_level);
  SetCompileHook(CompileToFunction);
}

}  // namespace mica
