// RuntimeTest: a GoogleTest fixture with a fresh runtime over a 1 MiB heap for every test.
//
// The C stack is scanned conservatively (its base is the process's stack end), so Values in a test's locals stay
// alive; Values stored in host containers (std::vector) are not seen by the collector, so the helpers below
// register what they make in `roots`, which a root marker reports. Built with MICA_GC_STRESS=1, the heap collects
// before every allocation.
#ifndef MICA_RUNTIME_OBJECTS_TEST_SUPPORT_H_
#define MICA_RUNTIME_OBJECTS_TEST_SUPPORT_H_

#include <stddef.h>
#include <stdint.h>

#include <initializer_list>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/object.h"
#include "runtime/value.h"

namespace mica {
namespace testing {

class RuntimeTest : public ::testing::Test {
 protected:
  explicit RuntimeTest(size_t heap_bytes = size_t{1} << 20) : heap_bytes_(heap_bytes) {}
  void SetUp() override;
  void TearDown() override;

  // Keeps v alive for the rest of the test (also when v is an exception marker: returned unchanged).
  Value Keep(Value v);

  Value I(int64_t v);
  Value F(double v);
  Value S(const std::string& text);
  Value N(const std::string& text);  // an interned name
  Value Big(const std::string& decimal);
  Value L(std::initializer_list<Value> items);
  Value T(std::initializer_list<Value> items);

  // repr()/str() as text; "<EXC TypeError: message>" if it raised (the exception is cleared).
  std::string ReprOf(Value v);
  std::string StrOf(Value v);
  // The pending exception as "TypeError: message" (cleared), or "" when none is pending.
  std::string TakeError();
  // Checks `result` is an exception and returns TakeError().
  std::string ErrorOf(Value result);

  // obj.name(*args, **kwargs) with keywords as (name, value) pairs.
  Value Call(Value object, const std::string& name, std::initializer_list<Value> args = {},
             std::initializer_list<std::pair<std::string, Value>> kwargs = {});
  Value Op(BinaryOp op, Value a, Value b);
  // Evaluates repr(a op b).
  std::string ReprOp(BinaryOp op, Value a, Value b) { return ReprOf(Op(op, a, b)); }

  static bool StressMode();

  std::vector<Value> roots;

 private:
  size_t heap_bytes_;
  std::vector<uint64_t> memory_;
};

}  // namespace testing
}  // namespace mica

#endif  // MICA_RUNTIME_OBJECTS_TEST_SUPPORT_H_
