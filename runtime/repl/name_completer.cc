#include "runtime/repl/name_completer.h"

#include <string.h>

#include "runtime/exec/builtins_exec.h"
#include "runtime/exec/exec_state.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/list.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str.h"

namespace mica {
namespace {

void OfferKeys(Value dict, Value skip_if_in, CompletionSink* sink) {
  size_t position = 0;
  Value key;
  Value value;
  while (DictNext(dict, &position, &key, &value)) {
    const char* data;
    size_t length;
    if (!StrData(key, &data, &length)) continue;
    if (!skip_if_in.IsNull()) {
      const Value shadowing = DictLookup(skip_if_in, key);
      if (shadowing.IsException()) ClearPendingException();
      if (!shadowing.IsNull() && !shadowing.IsException()) continue;  // offered already
    }
    sink->Offer(data, length);
  }
}

// The value of a global or builtin name, or null.
Value LookupGlobal(Value globals, const char* data, size_t length) {
  const Value name = FindName(data, length);
  if (name.IsNull()) return Value();
  const Value global = DictLookupName(globals, name.AsNameId());
  if (!global.IsNull()) return global;
  return DictLookupName(Exec().builtins, name.AsNameId());
}

}  // namespace

void CompleteFromNamespace(void* context, const char* word, size_t length, CompletionSink* sink) {
  const Value globals = *static_cast<const Value*>(context);
  const char* dot = static_cast<const char*>(memchr(word, '.', length));
  if (dot == nullptr) {
    OfferKeys(globals, Value(), sink);
    OfferKeys(Exec().builtins, globals, sink);
    return;
  }
  Value object = LookupGlobal(globals, word, static_cast<size_t>(dot - word));
  if (object.IsNull()) return;
  const char* end = word + length;
  for (;;) {
    const char* start = dot + 1;
    dot = static_cast<const char*>(memchr(start, '.', static_cast<size_t>(end - start)));
    if (dot == nullptr) break;  // the rest is the prefix being completed
    const Value name = FindName(start, static_cast<size_t>(dot - start));
    if (name.IsNull()) return;
    object = LoadAttr(object, name.AsNameId());
    if (object.IsException()) {
      ClearPendingException();
      return;
    }
  }
  const Value names = BuiltinDir(&object, 1, 0);
  if (names.IsException()) {
    ClearPendingException();
    return;
  }
  ListObject* list = AsList(names);
  for (uint32_t i = 0; i < list->length; ++i) {
    const char* data;
    size_t name_length;
    if (StrData(list->items[i], &data, &name_length)) sink->Offer(data, name_length);
  }
}

}  // namespace mica
