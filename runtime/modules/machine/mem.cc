// machine.mem8 / mem16 / mem32: raw memory and register access, mem32[addr] and mem32[addr] = value. The address
// must be aligned to the width (ValueError otherwise, where a Cortex-M would fault) and mapped on the board
// (machine_port::MemRead/MemWrite decide), so a wrong address raises instead of crashing. Stored values are
// truncated to the width, as MicroPython does.
#include "runtime/modules/machine/machine_port.h"
#include "runtime/modules/machine/machine_types.h"
#include "runtime/names.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace machine {
namespace {

Value Address(Value index, unsigned width, uintptr_t* out) {
  if (!IsInt(index) || index.IsBool()) return RaiseFormat(&kTypeErrorType, "memory address must be int, not %T", index);
  int64_t address = 0;
  if (!IntToInt64(index, &address) || address < 0 || static_cast<uint64_t>(address) > UINTPTR_MAX) {
    return RaiseValueError("memory address out of range");
  }
  if (address % width != 0) {
    return RaiseFormat(&kValueErrorType, "address %x is not aligned to %d bytes", static_cast<unsigned>(address),
                       static_cast<int>(width));
  }
  *out = static_cast<uintptr_t>(address);
  return Value::None();
}

Value MemSubscript(Value self, Value index, Value value) {
  const unsigned width = reinterpret_cast<const MemObject*>(self.AsObject())->width;
  if (value.IsUnbound()) return RaiseTypeError("memory cannot be deleted");
  uintptr_t address = 0;
  MICA_TRY(Address(index, width, &address));
  if (value.IsNull()) {
    uint32_t word = 0;
    if (!machine_port::MemRead(address, width, &word)) {
      return RaiseFormat(&kValueErrorType, "address %x is not mapped", static_cast<unsigned>(address));
    }
    return NewIntFromUint64(word);
  }
  if (!IsInt(value)) return RaiseFormat(&kTypeErrorType, "can't convert %T to int", value);
  int64_t signed_word = 0;
  if (!IntToInt64(value, &signed_word)) {
    // Beyond 64 bits: only the low bits matter.
    Value low;
    MICA_TRY(low = BinaryOperation(BinaryOp::kAnd, value, NewIntFromUint64(0xFFFFFFFFu)));
    IntToInt64(low, &signed_word);
  }
  const uint32_t mask = width == 4 ? 0xFFFFFFFFu : ((1u << (8 * width)) - 1);
  if (!machine_port::MemWrite(address, width, static_cast<uint32_t>(signed_word) & mask)) {
    return RaiseFormat(&kValueErrorType, "address %x is not mapped", static_cast<unsigned>(address));
  }
  return Value::None();
}

Value MemPrint(const Printer& printer, Value self, PrintKind) {
  switch (reinterpret_cast<const MemObject*>(self.AsObject())->width) {
    case 1: printer.Write("<8-bit memory>"); break;
    case 2: printer.Write("<16-bit memory>"); break;
    default: printer.Write("<32-bit memory>"); break;
  }
  return Value::None();
}

}  // namespace

constexpr Type kMemType = {{&kTypeType}, names::object, 0,      nullptr, nullptr, MemPrint, nullptr, nullptr,
                           nullptr,      nullptr,       MemSubscript, nullptr, nullptr, MemberTable{nullptr, 0}};

constexpr MemObject kMem8 = {{&kMemType}, 1};
constexpr MemObject kMem16 = {{&kMemType}, 2};
constexpr MemObject kMem32 = {{&kMemType}, 4};

}  // namespace machine
}  // namespace mica
