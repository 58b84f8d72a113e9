// Binding a built-in's arguments to named parameters, for the machine classes' constructors and init() methods,
// whose parameters MicroPython lets programs pass by position or by keyword (Pin('X1', Pin.OUT, value=1)).
#ifndef MICA_RUNTIME_MODULES_MACHINE_ARG_PARSE_H_
#define MICA_RUNTIME_MODULES_MACHINE_ARG_PARSE_H_

#include <stdint.h>

#include "runtime/value.h"

namespace mica {
namespace machine {

struct ParamSpec {
  const char* function;     // for messages: "Pin", "init"...
  const uint16_t* names;    // parameter name ids, in order
  uint8_t count;
  uint8_t max_positional;   // the rest are keyword-only
};

// Fills out[0, spec.count): the arguments given, null for the ones left out. TypeError for too many positional
// arguments, an unknown keyword, or a parameter given twice.
Value ParseArgs(const ParamSpec& spec, const Value* args, uint32_t n_pos, uint32_t n_kw, Value* out);

// An int argument (bool counts), TypeError otherwise.
Value IntArg(Value v, intptr_t* out);

}  // namespace machine
}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_MACHINE_ARG_PARSE_H_
