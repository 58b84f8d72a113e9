// machine.UART: a serial port as a binary stream (read/readline/readinto/write come from io's IOBase, stream.h),
// plus init/deinit/any. Received bytes are buffered by the port's receive interrupt; reads never wait, they
// return what has arrived (b'' when nothing has: MicroPython returns None after its timeout, and this build has
// no read timeout).
//
//   UART(id, baudrate=9600, bits=8, parity=None, stop=1)   init(baudrate=9600, bits=8, parity=None, stop=1)
#include "runtime/modules/machine/arg_parse.h"
#include "runtime/modules/machine/machine_port.h"
#include "runtime/modules/machine/machine_types.h"
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/type_type.h"

namespace mica {
namespace machine {
namespace {

struct UartObject {
  StreamObject stream;
  int16_t id;
  machine_port::UartConfig config;
};

UartObject* AsUart(Value v) { return reinterpret_cast<UartObject*>(v.AsObject()); }
UartObject* AsUart(StreamObject* s) { return reinterpret_cast<UartObject*>(s); }

constexpr uint16_t kInitNames[] = {names::baudrate, names::bits, names::parity, names::stop};
constexpr ParamSpec kInitSpec = {"init", kInitNames, 4, 4};

Value Configure(UartObject* uart, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  Value given[4];
  MICA_TRY(ParseArgs(kInitSpec, args, n_pos, n_kw, given));
  intptr_t baudrate = 9600, bits = 8, parity = -1, stop = 1;
  if (!given[0].IsNull()) MICA_TRY(IntArg(given[0], &baudrate));
  if (!given[1].IsNull()) MICA_TRY(IntArg(given[1], &bits));
  if (!given[2].IsNull() && !given[2].IsNone()) MICA_TRY(IntArg(given[2], &parity));
  if (!given[3].IsNull()) MICA_TRY(IntArg(given[3], &stop));
  if (baudrate <= 0 || baudrate > 0x7FFFFFFF) return RaiseFormat(&kValueErrorType, "invalid baudrate: %i", baudrate);
  if (bits < 7 || bits > 9) return RaiseFormat(&kValueErrorType, "invalid bits: %i", bits);
  if (parity < -1 || parity > 1) return RaiseFormat(&kValueErrorType, "invalid parity: %i", parity);
  if (stop != 1 && stop != 2) return RaiseFormat(&kValueErrorType, "invalid stop bits: %i", stop);
  machine_port::UartConfig config;
  config.baudrate = static_cast<uint32_t>(baudrate);
  config.bits = static_cast<uint8_t>(bits);
  // MicroPython: parity None, 0 (even) or 1 (odd).
  config.parity = parity < 0 ? machine_port::UartParity::kNone
                             : (parity == 0 ? machine_port::UartParity::kEven : machine_port::UartParity::kOdd);
  config.stop = static_cast<uint8_t>(stop);
  if (!machine_port::UartInit(uart->id, config)) {
    return RaiseFormat(&kValueErrorType, "UART(%d) cannot do baudrate=%i bits=%i", static_cast<int>(uart->id),
                       baudrate, bits);
  }
  uart->config = config;
  uart->stream.flags &= ~kStreamClosed;
  return Value::None();
}

Value UartMakeNew(const Type*, const Value* args, uint32_t n_pos, uint32_t n_kw) {
  if (n_pos < 1) return RaiseTypeError("UART() needs a UART id");
  intptr_t id = 0;
  MICA_TRY(IntArg(args[0], &id));
  if (id < 0 || id > 0x7FFF || !machine_port::UartExists(static_cast<int>(id))) {
    return RaiseFormat(&kValueErrorType, "UART(%i) doesn't exist", id);
  }
  StreamObject* stream = NewStreamObject(&kUartType, sizeof(UartObject), kStreamReadable | kStreamWritable);
  if (stream == nullptr) return Value::Exception();
  UartObject* uart = AsUart(stream);
  uart->id = static_cast<int16_t>(id);
  const Value self = Value::FromObject(&stream->header);
  MICA_TRY(Configure(uart, args + 1, n_pos - 1, n_kw));
  return self;
}

Value UartInitMethod(const Value* args, uint32_t n_pos, uint32_t n_kw) {
  return Configure(AsUart(args[0]), args + 1, n_pos - 1, n_kw);
}

Value UartDeinitMethod(const Value* args, uint32_t, uint32_t) {
  UartObject* uart = AsUart(args[0]);
  if ((uart->stream.flags & kStreamClosed) == 0) machine_port::UartDeinit(uart->id);
  uart->stream.flags |= kStreamClosed;
  return Value::None();
}

Value UartAnyMethod(const Value* args, uint32_t, uint32_t) {
  UartObject* uart = AsUart(args[0]);
  MICA_TRY(CheckStreamOpen(&uart->stream));
  return Value::SmallInt(static_cast<intptr_t>(machine_port::UartAny(uart->id)));
}

intptr_t UartRead(StreamObject* self, void* data, size_t length) {
  return static_cast<intptr_t>(machine_port::UartRead(AsUart(self)->id, static_cast<uint8_t*>(data), length));
}

intptr_t UartWrite(StreamObject* self, const void* data, size_t length) {
  return static_cast<intptr_t>(
      machine_port::UartWrite(AsUart(self)->id, static_cast<const uint8_t*>(data), length));
}

int UartClose(StreamObject* self) {
  machine_port::UartDeinit(AsUart(self)->id);
  return 0;
}

Value UartPrint(const Printer& printer, Value self, PrintKind) {
  const UartObject* uart = AsUart(self);
  char text[96];
  size_t n = 0;
  auto put_text = [&](const char* s) {
    while (*s != 0 && n + 1 < sizeof(text)) text[n++] = *s++;
  };
  auto put_number = [&](uint32_t v) {
    char digits[12];
    int d = 0;
    do {
      digits[d++] = static_cast<char>('0' + v % 10);
      v /= 10;
    } while (v > 0);
    while (d > 0 && n + 1 < sizeof(text)) text[n++] = digits[--d];
  };
  put_text("UART(");
  put_number(static_cast<uint32_t>(uart->id));
  put_text(", baudrate=");
  put_number(uart->config.baudrate);
  put_text(", bits=");
  put_number(uart->config.bits);
  put_text(", parity=");
  put_text(uart->config.parity == machine_port::UartParity::kNone
               ? "None"
               : (uart->config.parity == machine_port::UartParity::kEven ? "0" : "1"));
  put_text(", stop=");
  put_number(uart->config.stop);
  put_text(")");
  printer.Write(text, n);
  return Value::None();
}

constexpr BuiltinFunction kAny = MakeMethod(&kUartType.type, names::any, 1, 1, UartAnyMethod);
constexpr BuiltinFunction kDeinit = MakeMethod(&kUartType.type, names::deinit, 1, 1, UartDeinitMethod);
constexpr BuiltinFunction kInit =
    MakeMethod(&kUartType.type, names::init, 1, 5, UartInitMethod, kBuiltinTakesKeywords);

constexpr Member kUartMembers[] = {
    {names::any, &kAny.header},
    {names::deinit, &kDeinit.header},
    {names::init, &kInit.header},
};
static_assert(MembersSorted(kUartMembers, 3), "sorted by name id");

constexpr StreamOps kUartOps = {UartRead, UartWrite, nullptr, UartClose};

}  // namespace

constexpr StreamType kUartType = {
    {{&kTypeType}, names::UART, 0, &kIOBaseType, UartMakeNew, UartPrint, nullptr, nullptr, nullptr, StreamAttr,
     nullptr, StreamGetIter, StreamIterNext, MemberTable{kUartMembers, 3}},
    kUartOps};

}  // namespace machine
}  // namespace mica
