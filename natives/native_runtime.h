// The runtime entry points that `@micropython.native` machine code calls, as one constant table of plain
// functions on machine words (so generated code reaches each with `ldr rX, [table, #offset]; blx rX`), and the
// executor that enters such code from the normal call path.
//
// Every entry follows the runtime's error convention on words: the result is a Value's bits, and
// Value::Exception() means an exception is pending (generated code returns it straight away, the way a C++
// builtin does). The generated code never sees a raw pointer it did not get from here, so it needs no
// relocation: the table's address arrives in r0 at entry (docs/native.md, "Calling convention").
#ifndef MICA_NATIVES_NATIVE_RUNTIME_H_
#define MICA_NATIVES_NATIVE_RUNTIME_H_

#include <stddef.h>
#include <stdint.h>

#include "runtime/value.h"
#include "runtime/vm/raw_code.h"

namespace mica {
namespace natives {

using Word = uintptr_t;

struct NativeRuntime {
  Word (*binary_op)(Word op, Word lhs, Word rhs);  // op: a mica::BinaryOp (arithmetic or in-place)
  Word (*compare)(Word op, Word lhs, Word rhs);    // op: kLess..kGreaterEqual, kEqual, kNotEqual
  Word (*unary_op)(Word op, Word operand);         // op: a mica::UnaryOp (kPositive, kNegative, kInvert)
  Word (*truth)(Word v);                           // True/False
  Word (*not_)(Word v);                            // `not v`: True/False
  Word (*contains)(Word container, Word item);     // `item in container`: True/False
  Word (*load_global)(Word globals, Word name);    // name: an interned name id; globals, then builtins
  Word (*store_global)(Word globals, Word name, Word value);
  Word (*load_attr)(Word object, Word name);
  Word (*store_attr)(Word object, Word name, Word value);
  Word (*load_subscript)(Word object, Word index);
  Word (*store_subscript)(Word object, Word index, Word value);
  // callable(*args): n_pos values, then n_kw (name, value) pairs.
  Word (*call)(Word callable, const Value* args, Word n_pos, Word n_kw);
  // object.name(*args): counts = n_pos | n_kw << 16. args[-1] must be a frame slot it may overwrite (with self).
  Word (*call_method)(Word object, Word name, Value* args, Word counts);
  Word (*get_iter)(Word iterable);
  Word (*iter_next)(Word iterator);  // 0 (null) when exhausted
  Word (*is_builtin_range)(Word callable);  // 1 when it is the built-in range (never raises)
  Word (*build_list)(const Value* items, Word n);
  Word (*build_tuple)(const Value* items, Word n);
  Word (*build_dict)(const Value* pairs, Word n);  // n (key, value) pairs
  Word (*build_slice)(Word lower, Word upper, Word step);
  Word (*raise)(Word exception);  // `raise x`: always Value::Exception()
  Word (*unbound_local)(Word name);  // UnboundLocalError for the local named `name`: Value::Exception()
  Word (*poll)();  // a backward branch saw the interrupt flag: scheduled callbacks, Ctrl-C
  // Unpacks the iterable into out[0, n) (ValueError on a count mismatch); None.
  Word (*unpack)(Word iterable, Word n, Value* out);
};

extern const NativeRuntime kNativeRuntime;

// The machine code's entry: r0 = &kNativeRuntime, r1 = the function's globals dict, r2 = its parameter values
// (exactly num_positional, defaults applied), r3 = the VM's interrupt flag. Returns a Value's bits.
using NativeEntry = Word (*)(const NativeRuntime* runtime, Word globals, const Value* args,
                             volatile uint8_t* interrupt);

// The executable entry of a native RawCode sits in the first word of its `bytecode` (natives install it when
// the function is compiled); the machine code follows at kNativeCodeOffset.
constexpr uint32_t kNativeCodeOffset = sizeof(uintptr_t);

// ExecState::native_executor: runs a RawCode with vm::kCodeNative as a call of `function` (a FunctionObject)
// with its parameter slots args[0, argc): checks the C stack (RuntimeError "maximum recursion depth exceeded"),
// calls the code, and adds the function's traceback entry to an exception it raised.
Value ExecuteNative(const vm::RawCode* code, Value function, const Value* args, size_t argc);

}  // namespace natives
}  // namespace mica

#endif  // MICA_NATIVES_NATIVE_RUNTIME_H_
