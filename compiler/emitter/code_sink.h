// CodeSink: where the bytecode emitter's output goes. The emitter never creates Python objects itself (the
// runtime is not a dependency of the compiler's logic): every constant object and every finished code object
// is made by the sink, which the embedder provides.
//
//   - the runtime's sink puts constants and RawCodes in the GC heap (compiling at the REPL, exec, import);
//   - mpy-cross's sink records them to serialise a .mpy file;
//   - the tests' sink keeps them in STL containers as tagged fake objects.
//
// Small ints never reach the sink: the emitter encodes them as LOAD_SMALL_INT or Value::SmallInt itself.
// Every call may fail (the heap is full): it then returns the null Value (or null), and the compilation fails
// with MemoryError "out of memory". Strings passed in are not nul-terminated and are only valid during the call.
//
// Rooting: until FinishCode has copied them, the constants a sink returned are referenced only from the
// compiler's arena, which the collector does not scan. A sink backed by a collecting heap keeps every value it
// returns alive until the compilation ends (a rooted list, or collection disabled while compiling).
#ifndef MICA_COMPILER_EMITTER_CODE_SINK_H_
#define MICA_COMPILER_EMITTER_CODE_SINK_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/value.h"
#include "runtime/vm/raw_code.h"

namespace mica {
namespace natives {
struct AssembledCode;    // natives/inline_asm.h
struct InlineAssembler;
}  // namespace natives
}  // namespace mica

namespace mica {

// One finished function as the emitter built it. Every pointer in `code` refers to the compiler's arena and is
// valid only during FinishCode, which must copy what it keeps: the bytecode, constants, children, line table,
// exception table and slot names. Children are RawCodes the same sink returned earlier.
struct RawCodeBuilderResult {
  vm::RawCode code;
};

struct CodeSink {
  void* context;

  // An int too big for a small int on the target: `digits` in `base` (2, 8, 10 or 16), no prefix, no
  // underscores, possibly a leading '-'.
  Value (*make_int)(void* context, const char* digits, size_t length, int base);
  Value (*make_float)(void* context, double value);
  // A pure imaginary number (an imaginary literal, `2j`).
  Value (*make_complex)(void* context, double imag);
  // A str (UTF-8) that is not an interned name.
  Value (*make_str)(void* context, const char* data, size_t length);
  Value (*make_bytes)(void* context, const char* data, size_t length);
  // A tuple of constants (folded tuple displays, `from m import (a, b)`'s name list).
  Value (*make_tuple)(void* context, const Value* items, size_t count);
  // The interned name with this text: a Value::Name. Names are also str constants (an identifier-like string
  // literal is stored as its name).
  Value (*intern_name)(void* context, const char* data, size_t length);
  // Copies a finished function into storage the sink owns; null on failure.
  const vm::RawCode* (*finish_code)(void* context, const RawCodeBuilderResult& result);
  // The callable object for a function `assembler` assembled (`name` an interned name id); null when the sink
  // cannot make one. Only a sink for a build with inline assemblers sets it.
  Value (*make_native_code)(void* context, const natives::InlineAssembler* assembler,
                            const natives::AssembledCode& code, uint32_t name) = nullptr;

  Value MakeInt(const char* digits, size_t length, int base) const { return make_int(context, digits, length, base); }
  Value MakeFloat(double value) const { return make_float(context, value); }
  Value MakeComplex(double imag) const { return make_complex(context, imag); }
  Value MakeStr(const char* data, size_t length) const { return make_str(context, data, length); }
  Value MakeBytes(const char* data, size_t length) const { return make_bytes(context, data, length); }
  Value MakeTuple(const Value* items, size_t count) const { return make_tuple(context, items, count); }
  Value InternName(const char* data, size_t length) const { return intern_name(context, data, length); }
  const vm::RawCode* FinishCode(const RawCodeBuilderResult& result) const { return finish_code(context, result); }
};

}  // namespace mica

#endif  // MICA_COMPILER_EMITTER_CODE_SINK_H_
