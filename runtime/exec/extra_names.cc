#include "runtime/exec/extra_names.h"

#include <string.h>

#include "runtime/objects/name_pool.h"

namespace mica {
namespace {

ExtraNames g_extra;

}  // namespace

const ExtraNames& Extra() {
  return g_extra;
}

bool InitExtraNames() {
#define MICA_INTERN_EXTRA(field, text)                      \
  {                                                         \
    const Value name = InternName(text, strlen(text));      \
    if (name.IsException()) return false;                   \
    g_extra.field = name.AsNameId();                        \
  }
  MICA_EXTRA_NAMES(MICA_INTERN_EXTRA)
#undef MICA_INTERN_EXTRA
  return true;
}

}  // namespace mica
