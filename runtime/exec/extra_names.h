// Names the execution layer compares against that are not built-in names (runtime/names.def): interned once at
// start-up, then compared by id like the others. (Adding them to names.def would make them constants.)
#ifndef MICA_RUNTIME_EXEC_EXTRA_NAMES_H_
#define MICA_RUNTIME_EXEC_EXTRA_NAMES_H_

#include <stdint.h>

namespace mica {

#define MICA_EXTRA_NAMES(X)            \
  X(dunder_reversed, "__reversed__")   \
  X(dunder_builtins, "__builtins__")   \
  X(dunder_package, "__package__")     \
  X(dunder_all, "__all__")             \
  X(dunder_bases, "__bases__")         \
  X(dunder_base, "__base__")           \
  X(dunder_index, "__index__")         \
  X(dunder_round, "__round__")         \
  X(dunder_func, "__func__")           \
  X(dunder_self, "__self__")           \
  X(dunder_missing, "__missing__")     \
  X(mro, "mro")                        \
  X(metaclass, "metaclass")            \
  X(default_, "default")               \
  X(strict, "strict")                  \
  X(flush, "flush")                    \
  X(file, "file")                      \
  X(underscore, "_")                   \
  X(function, "function")              \
  X(cell, "cell")                      \
  X(generator, "generator")            \
  X(coroutine, "coroutine")            \
  X(module, "module")                  \
  X(async_generator, "async_generator") \
  X(async_generator_asend, "async_generator_asend") \
  X(builtins, "builtins")              \
  X(delattr, "delattr")                \
  X(UnboundLocalError, "UnboundLocalError") \
  X(ModuleNotFoundError, "ModuleNotFoundError") \
  X(RecursionError, "RecursionError")

struct ExtraNames {
#define MICA_EXTRA_NAME_FIELD(field, text) uint32_t field;
  MICA_EXTRA_NAMES(MICA_EXTRA_NAME_FIELD)
#undef MICA_EXTRA_NAME_FIELD
};

const ExtraNames& Extra();

// Interns them; false on MemoryError.
bool InitExtraNames();

}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_EXTRA_NAMES_H_
