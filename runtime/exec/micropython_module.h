// The built-in `micropython` module, as much of it as the language core needs: `const`.
//
// `X = const(expr)` is folded by the compiler (compiler/emitter), but the program still runs
// `from micropython import const` (or calls `micropython.const(...)` where folding does not apply), so the module
// must exist and `const` must return its argument. The rest of the module (mem_info, heap_lock, opt_level, ...)
// belongs to the standard-modules work.
#ifndef MICA_RUNTIME_EXEC_MICROPYTHON_MODULE_H_
#define MICA_RUNTIME_EXEC_MICROPYTHON_MODULE_H_

namespace mica {

// Creates the module and registers it in the module table. False on MemoryError. After InitBuiltins.
bool InitMicropythonModule();

}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_MICROPYTHON_MODULE_H_
