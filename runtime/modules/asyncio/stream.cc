// asyncio.Stream (also StreamReader and StreamWriter, as in MicroPython): async methods over any object with the
// stream protocol (read/readline/write/close: a file, io.BytesIO, later a UART).
//
// The wrapped object is called directly and each async method returns an already-completed awaitable, so
// awaiting one never suspends: the port has no poller yet, and files and memory streams never block. write()
// writes through at once; drain() has nothing left to flush. Sockets (open_connection, start_server) are not here.
#include "runtime/modules/asyncio/asyncio_types.h"
#include "runtime/modules/asyncio/awaitable.h"
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace asyncio {
namespace {

struct StreamObject {
  Object header;
  Value stream;  // the wrapped object
};

Value Wrapped(Value self) { return reinterpret_cast<StreamObject*>(self.AsObject())->stream; }

// stream.<name>(*args) on the wrapped object; the result as a completed awaitable when `async` is set.
Value Forward(const Value* args, uint32_t n_pos, uint32_t name, bool async) {
  const Value result = CallMethod(Wrapped(args[0]), name, args + 1, n_pos - 1);
  MICA_TRY(result);
  return async ? NewCompleted(result) : Value::None();
}

Value StreamRead(const Value* args, uint32_t n_pos, uint32_t) { return Forward(args, n_pos, names::read, true); }
Value StreamReadline(const Value* args, uint32_t n_pos, uint32_t) {
  return Forward(args, n_pos, names::readline, true);
}
Value StreamWrite(const Value* args, uint32_t n_pos, uint32_t) { return Forward(args, n_pos, names::write, false); }
Value StreamAwrite(const Value* args, uint32_t n_pos, uint32_t) {
  MICA_TRY(Forward(args, n_pos, names::write, false));
  return CompletedNone();
}
Value StreamClose(const Value* args, uint32_t, uint32_t) { return Forward(args, 1, names::close, false); }
Value StreamAclose(const Value* args, uint32_t, uint32_t) {
  MICA_TRY(Forward(args, 1, names::close, false));
  return CompletedNone();
}
Value StreamNothingToWait(const Value*, uint32_t, uint32_t) { return CompletedNone(); }

Value StreamMakeNew(const Type* type, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  MICA_TRY(CheckArgCount("Stream", n_pos, n_kw, 1, 2));  // Stream(s[, extra]) as in MicroPython
  StreamObject* stream = NewRecord<StreamObject>(type);
  if (stream == nullptr) return Value::Exception();
  stream->stream = args[0];
  return Value::FromObject(&stream->header);
}

constexpr BuiltinFunction kAclose = MakeMethod(&kStreamType, names::aclose, 1, 1, StreamAclose);
constexpr BuiltinFunction kAwrite = MakeMethod(&kStreamType, names::awrite, 2, 2, StreamAwrite);
constexpr BuiltinFunction kClose = MakeMethod(&kStreamType, names::close, 1, 1, StreamClose);
constexpr BuiltinFunction kDrain = MakeMethod(&kStreamType, names::drain, 1, 1, StreamNothingToWait);
constexpr BuiltinFunction kRead = MakeMethod(&kStreamType, names::read, 1, 2, StreamRead);
constexpr BuiltinFunction kReadline = MakeMethod(&kStreamType, names::readline, 1, 1, StreamReadline);
constexpr BuiltinFunction kWaitClosed = MakeMethod(&kStreamType, names::wait_closed, 1, 1, StreamNothingToWait);
constexpr BuiltinFunction kWrite = MakeMethod(&kStreamType, names::write, 2, 2, StreamWrite);

constexpr Member kStreamMembers[] = {
    {names::aclose, &kAclose.header}, {names::awrite, &kAwrite.header},
    {names::close, &kClose.header},   {names::drain, &kDrain.header},
    {names::read, &kRead.header},     {names::readline, &kReadline.header},
    {names::wait_closed, &kWaitClosed.header}, {names::write, &kWrite.header},
};
static_assert(MembersSorted(kStreamMembers, sizeof(kStreamMembers) / sizeof(kStreamMembers[0])),
              "sorted by name id");

}  // namespace

constexpr Type kStreamType = {
    {&kTypeType}, names::Stream, 0,       nullptr, StreamMakeNew, nullptr, nullptr,
    nullptr,      nullptr,       nullptr, nullptr, nullptr,       nullptr,
    MemberTable{kStreamMembers, sizeof(kStreamMembers) / sizeof(kStreamMembers[0])},
};

}  // namespace asyncio
}  // namespace mica
