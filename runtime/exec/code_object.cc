#include "runtime/exec/code_object.h"

#include "runtime/exec/function.h"
#include "runtime/int_format.h"
#include "runtime/names.h"
#include "runtime/exec/address_text.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace {

// <code object NAME at 0x..., file "FILE", line N>, as CPython writes it.
Value CodePrint(const Printer& printer, Value self, PrintKind) {
  const vm::RawCode* code = CodeRawCode(self);
  const char* text;
  size_t length;
  printer.Write("<code object ");
  if (NameText(code->name, &text, &length)) printer.Write(text, length);
  printer.Write(" at ");
  PrintAddress(printer, self.AsObject());
  printer.Write(", file \"");
  if (NameText(code->source_file, &text, &length)) printer.Write(text, length);
  printer.Write("\", line ");
  char digits[kMaxIntText];
  printer.Write(digits, FormatUint(code->first_line, IntFormat{}, digits, sizeof(digits)));
  printer.Write(">");
  return Value::None();
}

}  // namespace

const Type kCodeType = {
    {&kTypeType}, names::code, 0, nullptr, nullptr, CodePrint, nullptr, nullptr, nullptr, nullptr, nullptr,
    nullptr, nullptr, {nullptr, 0},
};

bool IsCode(Value v) { return v.IsObject() && v.AsObject()->type == &kCodeType; }

Value NewCode(Value function) {
  MICA_TRY(function);
  Object* object = NewObject(&kCodeType, sizeof(CodeObject));
  if (object == nullptr) return Value::Exception();
  reinterpret_cast<CodeObject*>(object)->function = function;
  return Value::FromObject(object);
}

const vm::RawCode* CodeRawCode(Value code) {
  return AsFunction(reinterpret_cast<const CodeObject*>(code.AsObject())->function)->code;
}

}  // namespace mica
