#include "runtime/vm/vm_test_support.h"

#include "gtest/gtest.h"
#include "runtime/vm/bytecode.h"

namespace mica {
namespace vm {

TestVm::TestVm(size_t stack_values, size_t frame_count) : stack_(stack_values), frames_(frame_count) {
  hooks_ = kDefaultVmHooks;
  hooks_.binary_op = BinaryOp;
  hooks_.unary_op = UnaryOp;
  hooks_.truth = Truth;
  hooks_.bytecode_function = BytecodeFunction;
  hooks_.call = Call;
  hooks_.get_iter = GetIter;
  hooks_.iter_next = IterNext;
  hooks_.raise = Raise;
  hooks_.exception_value = ExceptionValue;
  hooks_.traceback = Traceback;
  hooks_.interrupt = Interrupt;
  hooks_.opcode = RuntimeOpcode;
  InitVmState(&state_, &hooks_, stack_.data(), stack_.size(), frames_.data(), frames_.size());
  state_.runtime = this;
}

std::unique_ptr<AssembledCode> TestVm::Build(const std::string& source, const std::vector<const RawCode*>& children) {
  std::string error;
  std::unique_ptr<AssembledCode> code = Assemble(source, &names_, &error, children);
  if (code == nullptr) ADD_FAILURE() << "assembly failed: " << error;
  return code;
}

Value TestVm::Function(const AssembledCode& code) {
  functions_.push_back(code.get());
  return Value::FromObject(reinterpret_cast<const Object*>(code.get()));
}

Value TestVm::MakeList(std::vector<Value> items) {
  lists_.push_back(std::move(items));
  return Value::FromObject(reinterpret_cast<const Object*>(&lists_.back()));
}

Value TestVm::Run(const AssembledCode& code, const std::vector<Value>& args) {
  return Execute(&state_, code.get(), Value::None(), args.data(), args.size());
}

std::string TestVm::Describe(Value value) {
  if (value.IsSmallInt()) return std::to_string(value.AsSmallInt());
  if (value.IsNone()) return "None";
  if (value.IsTrue()) return "True";
  if (value.IsFalse()) return "False";
  if (value.IsNull()) return "null";
  if (value.IsException()) return "<exception>";
  if (value.IsName()) {
    const char* text = names_.Text(value.AsNameId());
    return text != nullptr ? text : "#" + std::to_string(value.AsNameId());
  }
  return "<object>";
}

Value TestVm::BinaryOp(VmState* state, Opcode op, Value lhs, Value rhs) {
  TestVm* vm = From(state);
  vm->log.push_back(std::string("binary_op ") + OpcodeName(op) + " " + vm->Describe(lhs) + " " + vm->Describe(rhs));
  if (vm->binary_op) return vm->binary_op(op, lhs, rhs);
  return RaiseException(state, Value::SmallInt(kSlowPathException));
}

Value TestVm::UnaryOp(VmState* state, Opcode op, Value operand) {
  TestVm* vm = From(state);
  vm->log.push_back(std::string("unary_op ") + OpcodeName(op) + " " + vm->Describe(operand));
  if (vm->unary_op) return vm->unary_op(op, operand);
  return RaiseException(state, Value::SmallInt(kSlowPathException));
}

Value TestVm::Truth(VmState* state, Value value) {
  TestVm* vm = From(state);
  vm->log.push_back("truth " + vm->Describe(value));
  if (vm->truth) return vm->truth(value);
  return RaiseException(state, Value::SmallInt(kSlowPathException));
}

const RawCode* TestVm::BytecodeFunction(VmState* state, Value callable) {
  TestVm* vm = From(state);
  if (!callable.IsObject()) return nullptr;
  const RawCode* code = reinterpret_cast<const RawCode*>(callable.AsObject());
  for (const RawCode* known : vm->functions_) {
    if (known == code) return code;
  }
  return nullptr;
}

Value TestVm::Call(VmState* state, Value callable, const Value* args, size_t argc) {
  TestVm* vm = From(state);
  std::string entry = "call " + vm->Describe(callable);
  for (size_t i = 0; i < argc; ++i) entry += " " + vm->Describe(args[i]);
  vm->log.push_back(entry);
  if (vm->call) return vm->call(callable, args, argc);
  return RaiseException(state, Value::SmallInt(kSlowPathException));
}

Value TestVm::GetIter(VmState* state, Value iterable) {
  TestVm* vm = From(state);
  vm->log.push_back("get_iter " + vm->Describe(iterable));
  for (const std::vector<Value>& list : vm->lists_) {
    if (iterable.IsObject() && reinterpret_cast<const void*>(iterable.AsObject()) == &list) {
      vm->iterators_.push_back({&list, 0});
      return Value::FromObject(reinterpret_cast<const Object*>(&vm->iterators_.back()));
    }
  }
  return RaiseException(state, Value::SmallInt(kSlowPathException));
}

Value TestVm::IterNext(VmState* state, Value iterator) {
  TestVm* vm = From(state);
  for (ListIterator& it : vm->iterators_) {
    if (iterator.IsObject() && reinterpret_cast<const void*>(iterator.AsObject()) == &it) {
      if (it.next == it.items->size()) return Value();
      return (*it.items)[it.next++];
    }
  }
  vm->log.push_back("iter_next " + vm->Describe(iterator));
  return RaiseException(state, Value::SmallInt(kSlowPathException));
}

Value TestVm::Raise(VmState* state, Value exception, Value cause) {
  TestVm* vm = From(state);
  vm->log.push_back("raise " + vm->Describe(exception) + " from " + vm->Describe(cause));
  return RaiseException(state, exception);
}

Value TestVm::ExceptionValue(VmState* state) {
  if (state->error.kind == VmError::kRaised) return state->error.exception;
  return Value::SmallInt(kVmErrorExceptionBase + static_cast<intptr_t>(state->error.kind));
}

void TestVm::Traceback(VmState* state, const RawCode* code, uint32_t offset) {
  From(state)->traceback.emplace_back(code, offset);
}

Value TestVm::Interrupt(VmState* state) {
  TestVm* vm = From(state);
  vm->log.push_back("interrupt");
  if (vm->interrupt) return vm->interrupt();
  return RaiseVmError(state, VmError::kInterrupted);
}

Value TestVm::RuntimeOpcode(VmState* state, Frame* frame, Opcode op) {
  TestVm* vm = From(state);
  if (vm->opcode) {
    vm->log.push_back(std::string("opcode ") + OpcodeName(op));
    return vm->opcode(frame, op);
  }
  vm->log.push_back(std::string("unimplemented ") + OpcodeName(op));
  return RaiseVmError(state, VmError::kUnimplementedOpcode, static_cast<uint32_t>(op));
}

const char* const kFibAssembly = R"(
    .name fib
    .params 1
    .locals 1
    .const null
        LOAD_FAST 0
        LOAD_SMALL_INT 2
        COMPARE_LT
        POP_JUMP_IF_FALSE recurse
        LOAD_FAST 0
        RETURN_VALUE
    recurse:
        LOAD_CONST 0
        LOAD_FAST 0
        LOAD_SMALL_INT 1
        BINARY_SUBTRACT
        CALL_FUNCTION 1
        LOAD_CONST 0
        LOAD_FAST 0
        LOAD_SMALL_INT 2
        BINARY_SUBTRACT
        CALL_FUNCTION 1
        BINARY_ADD
        RETURN_VALUE
)";

}  // namespace vm
}  // namespace mica
