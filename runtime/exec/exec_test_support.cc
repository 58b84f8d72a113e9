#include "runtime/exec/exec_test_support.h"

#include <string.h>

#include "gc/heap.h"
#include "runtime/exec/exec.h"
#include "runtime/exec/port.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/name_pool.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/vm/frame.h"

// The C stack's base, so the collector scans the test's and the runtime's C++ frames for roots as on a port.
extern "C" void* __libc_stack_end;

namespace mica {
namespace {

alignas(16) unsigned char g_heap[4 * 1024 * 1024];
Value g_stack[16 * 1024];
vm::Frame g_frames[256];
std::string g_stdout;
std::string g_stdin;  // what input() reads

}  // namespace

namespace port {

PathKind StatPath(const char*) { return PathKind::kMissing; }
char* ReadSourceFile(const char*, size_t*) { return nullptr; }
void WriteStdout(const char* data, size_t length) { g_stdout.append(data, length); }
void WriteStderr(const char* data, size_t length) { g_stdout.append(data, length); }
void FlushStdout() {}
int ReadStdinByte() {
  if (g_stdin.empty()) return -1;
  const unsigned char c = static_cast<unsigned char>(g_stdin.front());
  g_stdin.erase(0, 1);
  return c;
}

}  // namespace port

std::string& TestStdout() { return g_stdout; }
std::string& TestStdin() { return g_stdin; }

void ExecTest::SetUp() {
  g_stdout.clear();
  g_stdin.clear();
  ASSERT_TRUE(InitRuntime(g_heap, sizeof(g_heap)));
  ExecConfig config;
  config.stack = g_stack;
  config.stack_values = sizeof(g_stack) / sizeof(g_stack[0]);
  config.frames = g_frames;
  config.frame_count = sizeof(g_frames) / sizeof(g_frames[0]);
  ASSERT_TRUE(InitExec(config));
  Heap().SetStackBase(__libc_stack_end);
}

void ExecTest::TearDown() { Heap().SetStackBase(nullptr); }

Value ExecTest::Name(const char* text) {
  return InternName(text, strlen(text));
}

std::string ExecTest::Text(Value str) {
  const char* data;
  size_t length;
  if (!StrData(str, &data, &length)) return "<not a str>";
  return std::string(data, length);
}

std::string ExecTest::TakeError() {
  const Value exception = PendingException();
  if (exception.IsNull()) return "<no exception>";
  ClearPendingException();
  std::string result = TypeName(exception);
  const Value text = Str(exception);
  if (text.IsException()) {
    ClearPendingException();
    return result;
  }
  return result + ": " + Text(text);
}

}  // namespace mica
