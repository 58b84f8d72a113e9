// complex: a boxed pair of mica::Float (runtime/float_type.h; gc::kNoScan). Its binary_op slot handles complex
// mixed with int, bool and float in both orders (int's and float's slots decline a complex operand). Hashes
// follow CPython: hash(real) + 1000003 * hash(imag), so complex(2, 0) hashes like 2 and 2.0.
#ifndef MICA_RUNTIME_OBJECTS_COMPLEX_H_
#define MICA_RUNTIME_OBJECTS_COMPLEX_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/float_type.h"
#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {

struct ComplexObject {
  Object header;
  Float real;
  Float imag;
};

extern const Type kComplexType;

bool IsComplex(Value v);
Value NewComplex(Float real, Float imag);

// complex(text): "1+2j", "(3j)", "-j", "1e3", surrounding whitespace and parentheses; ValueError("complex() arg
// is a malformed string") otherwise.
Value ComplexFromText(const char* text, size_t length);

Value ComplexMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw);

}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_COMPLEX_H_
