#include "natives/native_code.h"

#include <string.h>

#include "gc/heap.h"
#include "runtime/exec/port_executable.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace natives {
namespace {

struct NativeCode {
  Object header;  // &kNativeCodeType
  uint32_t name;
  uint32_t size;
  const void* entry;
  uint8_t num_args;
  ReturnKind return_kind;
  // The machine code follows at kCodeOffset.
};

constexpr size_t kCodeOffset = (sizeof(NativeCode) + 7) & ~size_t{7};

const NativeCode* AsNativeCode(Value v) { return reinterpret_cast<const NativeCode*>(v.AsObject()); }

// An argument as a machine word.
bool ToWord(Value v, uint32_t* word) {
  if (IsInt(v)) {
    int64_t value;
    if (!IntToInt64(v, &value) || value < -2147483648LL || value > 4294967295LL) {
      RaiseOverflowError("int too big for a machine word");
      return false;
    }
    *word = static_cast<uint32_t>(value);
    return true;
  }
  const uint8_t* data;
  size_t length;
  if (GetBuffer(v, &data, &length)) {
    *word = static_cast<uint32_t>(reinterpret_cast<uintptr_t>(data));
    return true;
  }
  RaiseFormat(&kTypeErrorType, "can't convert '%s' object to a machine word", TypeNameOf(TypeOf(v)));
  return false;
}

Value NativeCodeCall(Value self, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  const NativeCode* code = AsNativeCode(self);
  if (n_kw != 0) return RaiseTypeError("function doesn't take keyword arguments");
  if (n_pos != code->num_args) {
    return RaiseFormat(&kTypeErrorType, "function takes %d positional arguments but %d were given",
                       static_cast<int>(code->num_args), static_cast<int>(n_pos));
  }
  uint32_t words[4] = {0, 0, 0, 0};
  for (uint32_t i = 0; i < n_pos; ++i) {
    if (!ToWord(args[i], &words[i])) return Value::Exception();
  }
  // The AAPCS on ARM: four word arguments in r0-r3, the result in r0. Only the ports that can run the
  // assembler's code link this (runtime/exec/port_executable.h).
  using Entry = uint32_t (*)(uint32_t, uint32_t, uint32_t, uint32_t);
  const Entry entry = reinterpret_cast<Entry>(reinterpret_cast<uintptr_t>(code->entry));
  const uint32_t result = entry(words[0], words[1], words[2], words[3]);
  switch (code->return_kind) {
    case ReturnKind::kUint:
      return NewInt(static_cast<int64_t>(result));
    case ReturnKind::kBool:
      return Value::Bool(result != 0);
    default:
      return NewInt(static_cast<int64_t>(static_cast<int32_t>(result)));
  }
}

Value NativeCodePrint(const Printer& printer, Value self, PrintKind) {
  const char* name;
  size_t length;
  if (!NameText(AsNativeCode(self)->name, &name, &length)) {
    name = "?";
    length = 1;
  }
  printer.Write("<function ", 10);
  printer.Write(name, length);
  printer.Write(">", 1);
  return Value::None();
}

Value NativeCodeUnaryOp(UnaryOp op, Value self) {
  if (op == UnaryOp::kHash) return HashToValue(static_cast<intptr_t>(self.bits() >> 3));
  return Value();
}

Value NativeCodeAttr(Value self, uint32_t name, AttrOp op, Value* value) {
  if (op != AttrOp::kLoad || (name != names::__name__ && name != names::__qualname__)) return Value();
  *value = Value::Name(AsNativeCode(self)->name);
  return Value::None();
}

}  // namespace

constexpr Type kNativeCodeType = {
    {&kTypeType}, names::function, 0,       nullptr, nullptr, NativeCodePrint, NativeCodeCall, NativeCodeUnaryOp,
    nullptr,      NativeCodeAttr,  nullptr, nullptr, nullptr, MemberTable{nullptr, 0}};

Value NewNativeCode(const AssembledCode& code, uint32_t name, bool thumb) {
  Object* object = NewObject(&kNativeCodeType, kCodeOffset + code.size, gc::kNoScan);
  if (object == nullptr) {
    ClearPendingException();
    return Value();
  }
  NativeCode* native = reinterpret_cast<NativeCode*>(object);
  uint8_t* bytes = reinterpret_cast<uint8_t*>(object) + kCodeOffset;
  memcpy(bytes, code.code, code.size);
  native->name = name;
  native->size = code.size;
  native->num_args = code.num_args;
  native->return_kind = code.return_kind;
  native->entry = port::MakeExecutable(bytes, code.size, thumb);
  if (native->entry == nullptr) return Value();  // the block is unreachable: the collector takes it back
  return Value::FromObject(object);
}

}  // namespace natives
}  // namespace mica
