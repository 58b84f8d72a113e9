// The lazy iterators the builtins return: enumerate, zip, map, filter and reversed. Each is a type (calling it
// makes an iterator) whose get_iter returns itself and whose iter_next pulls from the underlying iterators.
#ifndef MICA_RUNTIME_EXEC_BUILTIN_ITERATORS_H_
#define MICA_RUNTIME_EXEC_BUILTIN_ITERATORS_H_

#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

extern const Type kEnumerateType;
extern const Type kZipType;
extern const Type kMapType;
extern const Type kFilterType;
extern const Type kReversedType;
extern const Type kCallableIteratorType;

// iter(callable, sentinel): calls callable() until it returns something equal to sentinel.
Value NewCallableIterator(Value callable, Value sentinel);

}  // namespace mica

#endif  // MICA_RUNTIME_EXEC_BUILTIN_ITERATORS_H_
