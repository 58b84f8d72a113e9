// Tab completion over the running program: a bare name completes from a namespace (the REPL's globals, then
// the builtins), `a.b.pre` from dir() of the object `a.b`. Only names and attribute loads are evaluated, never
// calls or subscripts, so completing cannot run arbitrary code beyond a property getter.
#ifndef MICA_RUNTIME_REPL_NAME_COMPLETER_H_
#define MICA_RUNTIME_REPL_NAME_COMPLETER_H_

#include <stddef.h>

#include "runtime/repl/completion.h"

namespace mica {

// A Completer (completion.h); `context` points at the Value holding the globals dict.
void CompleteFromNamespace(void* context, const char* word, size_t length, CompletionSink* sink);

}  // namespace mica

#endif  // MICA_RUNTIME_REPL_NAME_COMPLETER_H_
