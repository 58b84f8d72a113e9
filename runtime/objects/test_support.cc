#include "runtime/objects/test_support.h"

#include <string.h>

#include "gc/heap.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

extern "C" void* __libc_stack_end;

namespace mica {
namespace testing {
namespace {

void MarkTestRoots(gc::Heap& heap, void* context) {
  auto* roots = static_cast<std::vector<Value>*>(context);
  for (Value v : *roots) MarkValue(heap, v);
}

std::string TextOf(Value str) {
  const char* data;
  size_t length;
  if (!StrData(str, &data, &length)) return "<not a str>";
  return std::string(data, length);
}

}  // namespace

bool RuntimeTest::StressMode() {
#if defined(MICA_GC_STRESS) && MICA_GC_STRESS
  return true;
#else
  return false;
#endif
}

void RuntimeTest::SetUp() {
  memory_.assign(heap_bytes_ / sizeof(uint64_t), 0);
  ASSERT_TRUE(InitRuntime(memory_.data(), heap_bytes_));
  ASSERT_TRUE(AddRootMarker(&MarkTestRoots, &roots));
  Heap().SetStackBase(__libc_stack_end);
  Heap().SetStressMode(StressMode());
}

void RuntimeTest::TearDown() {
  Heap().SetStressMode(false);
  EXPECT_EQ(TakeError(), "") << "an exception was left pending";
  EXPECT_TRUE(Heap().CheckConsistency());
  Heap().SetStackBase(nullptr);
  RemoveRootMarker(&MarkTestRoots, &roots);
}

Value RuntimeTest::Keep(Value v) {
  if (!v.IsException() && !v.IsNull()) roots.push_back(v);
  return v;
}

Value RuntimeTest::I(int64_t v) { return Keep(NewInt(v)); }
Value RuntimeTest::F(double v) { return Keep(NewFloat(v)); }
Value RuntimeTest::S(const std::string& text) { return Keep(NewStr(text.data(), text.size())); }
Value RuntimeTest::N(const std::string& text) { return Keep(InternName(text.data(), text.size())); }
Value RuntimeTest::Big(const std::string& decimal) {
  return Keep(IntFromText(decimal.data(), decimal.size(), 10));
}

Value RuntimeTest::L(std::initializer_list<Value> items) {
  return Keep(NewListFrom(items.begin(), items.size()));
}

Value RuntimeTest::T(std::initializer_list<Value> items) { return Keep(NewTuple(items.begin(), items.size())); }

std::string RuntimeTest::TakeError() {
  const Value pending = PendingException();
  if (pending.IsNull()) return "";
  ClearPendingException();
  Keep(pending);
  const Value text = Str(pending);
  if (text.IsException()) {
    ClearPendingException();
    return std::string(TypeName(pending)) + ": <str failed>";
  }
  const std::string message = TextOf(text);
  return std::string(TypeName(pending)) + (message.empty() ? "" : ": " + message);
}

std::string RuntimeTest::ErrorOf(Value result) {
  if (!result.IsException()) return "<no exception: " + ReprOf(result) + ">";
  return TakeError();
}

std::string RuntimeTest::ReprOf(Value v) {
  if (v.IsException()) return "<EXC " + TakeError() + ">";
  if (v.IsNull()) return "<null>";
  const Value text = Repr(v);
  if (text.IsException()) return "<EXC " + TakeError() + ">";
  return TextOf(text);
}

std::string RuntimeTest::StrOf(Value v) {
  if (v.IsException()) return "<EXC " + TakeError() + ">";
  const Value text = Str(v);
  if (text.IsException()) return "<EXC " + TakeError() + ">";
  return TextOf(text);
}

Value RuntimeTest::Call(Value object, const std::string& name, std::initializer_list<Value> args,
                        std::initializer_list<std::pair<std::string, Value>> kwargs) {
  if (object.IsException()) return object;
  const Value name_value = InternName(name.data(), name.size());
  if (name_value.IsException()) return name_value;
  const Value method = Keep(LoadAttr(object, name_value.AsNameId()));
  if (method.IsException()) return method;
  std::vector<Value>& buffer = roots;  // the argument array must be visible to the collector
  const size_t base = buffer.size();
  for (Value v : args) buffer.push_back(v);
  for (const auto& kw : kwargs) {
    const Value key = InternName(kw.first.data(), kw.first.size());
    if (key.IsException()) return key;
    buffer.push_back(key);
    buffer.push_back(kw.second);
  }
  // Copy to a stack array: the vector may reallocate while the callee allocates (Keep).
  Value stack_args[32];
  const size_t count = buffer.size() - base;
  for (size_t i = 0; i < count && i < 32; ++i) stack_args[i] = buffer[base + i];
  return Keep(CallValue(method, stack_args, static_cast<uint32_t>(args.size()), static_cast<uint32_t>(kwargs.size())));
}

Value RuntimeTest::Op(BinaryOp op, Value a, Value b) {
  if (a.IsException() || b.IsException()) return Value::Exception();
  return Keep(BinaryOperation(op, a, b));
}

}  // namespace testing
}  // namespace mica
