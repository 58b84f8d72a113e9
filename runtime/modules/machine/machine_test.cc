// The machine and pyb modules through a fake board (fake_machine_port.h): what reaches the port, the errors bad
// arguments raise, and callbacks from simulated interrupts running at the next safe point, not in the handler.
#include <stdio.h>
#include <string.h>

#include <string>

#include "compiler/runtime_sink/runtime_sink.h"
#include "gtest/gtest.h"
#include "runtime/exec/exec_state.h"
#include "runtime/exec/exec_test_support.h"
#include "runtime/exec/module.h"
#include "runtime/modules/machine/fake_machine_port.h"
#include "runtime/modules/machine/machine_port.h"
#include "runtime/modules/modules.h"
#include "runtime/names.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/int.h"

namespace mica {
namespace {

using fake_port::Board;
using machine_port::PinMode;
using machine_port::PinPull;

const BuiltinModuleDef* const kModules[] = {&kGcModule, &kMachineModule, &kMicropythonModule, &kPybModule, nullptr};

// trigger(pin) and tick(timer) stand in for the port's interrupt handlers.
Value Trigger(const Value* args, uint32_t, uint32_t) {
  machine::OnPinInterrupt(static_cast<int>(args[0].AsSmallInt()));
  return Value::None();
}
Value Tick(const Value* args, uint32_t, uint32_t) {
  machine::OnTimerInterrupt(static_cast<int>(args[0].AsSmallInt()));
  return Value::None();
}
constexpr BuiltinFunction kTrigger = MakeBuiltin(names::irq, 1, 1, Trigger);
constexpr BuiltinFunction kTick = MakeBuiltin(names::irq, 1, 1, Tick);

class MachineTest : public ExecTest {
 protected:
  void SetUp() override {
    ExecTest::SetUp();
    fake_port::ResetBoard();
    Exec().builtin_modules = kModules;
  }

  // Runs the program with trigger/tick/base defined; stdout, then "error: ..." if it raised.
  std::string Run(const char* source) {
    TestStdout().clear();
    const Value module = NewMainModule(names::kAngleString);
    EXPECT_FALSE(module.IsException());
    const Value globals = ModuleGlobals(module);
    DictStoreName(globals, Name("trigger").AsNameId(), Value::FromObject(&kTrigger.header));
    DictStoreName(globals, Name("tick").AsNameId(), Value::FromObject(&kTick.header));
    DictStoreName(globals, Name("base").AsNameId(),
                  NewIntFromUint64(reinterpret_cast<uintptr_t>(Board().memory)));
    const Value result = CompileAndRun(source, strlen(source), names::kAngleString, SourceKind::kFile, globals);
    if (result.IsException()) return TestStdout() + "error: " + TakeError();
    return TestStdout();
  }
};

TEST_F(MachineTest, PinOutputDrivesThePort) {
  EXPECT_EQ(Run("from machine import Pin\n"
                "p = Pin('A5', Pin.OUT, value=1)\n"
                "print(p, p.value(), p.mode() == Pin.OUT)\n"
                "p.off(); print(p())\n"
                "p(1); print(p.value())\n"
                "p.low(); p.high(); p.value(0)\n"),
            "Pin(A5) 1 True\n0\n1\n");
  EXPECT_EQ(Board().pins[5].mode, PinMode::kOut);
  EXPECT_FALSE(Board().pins[5].output);
}

TEST_F(MachineTest, PinModesPullsAndAlternateFunctions) {
  Board().pins[2].input = true;
  EXPECT_EQ(Run("from machine import Pin\n"
                "p = Pin(2, Pin.IN, Pin.PULL_UP)\n"
                "print(p.value(), p.pull() == Pin.PULL_UP)\n"
                "q = Pin('A3', mode=Pin.OPEN_DRAIN, pull=None)\n"
                "r = Pin('A7', Pin.ALT, alt=7)\n"
                "s = Pin('A8'); s.init(Pin.ALT_OPEN_DRAIN, Pin.PULL_DOWN, af=4)\n"
                "print(Pin.IN, Pin.OUT, Pin.OPEN_DRAIN, Pin.ALT, Pin.ALT_OPEN_DRAIN, Pin.PULL_UP, Pin.PULL_DOWN)\n"
                "print(Pin.IRQ_RISING | Pin.IRQ_FALLING, isinstance(p, Pin), type(Pin) is type(Pin))\n"),
            "1 True\n0 1 17 2 18 1 2\n3 True True\n");
  EXPECT_EQ(Board().pins[2].pull, PinPull::kUp);
  EXPECT_EQ(Board().pins[3].mode, PinMode::kOpenDrain);
  EXPECT_EQ(Board().pins[3].pull, PinPull::kNone);
  EXPECT_EQ(Board().pins[7].mode, PinMode::kAlt);
  EXPECT_EQ(Board().pins[7].alt, 7);
  EXPECT_EQ(Board().pins[8].mode, PinMode::kAltOpenDrain);
  EXPECT_EQ(Board().pins[8].pull, PinPull::kDown);
  EXPECT_EQ(Board().pins[8].alt, 4);
  EXPECT_FALSE(Board().pins[9].configured);
}

TEST_F(MachineTest, PinArgumentErrors) {
  EXPECT_EQ(Run("from machine import Pin\nPin('Z9')\n"), "error: ValueError: Pin(Z9) doesn't exist");
  EXPECT_EQ(Run("from machine import Pin\nPin(99)\n"), "error: ValueError: Pin(99) doesn't exist");
  EXPECT_EQ(Run("from machine import Pin\nPin(1.5)\n"), "error: TypeError: Pin id must be str or int, not float");
  EXPECT_EQ(Run("from machine import Pin\nPin('A1', 99)\n"), "error: ValueError: invalid pin mode: 99");
  EXPECT_EQ(Run("from machine import Pin\nPin('A1', Pin.IN, 7)\n"), "error: ValueError: invalid pin pull: 7");
  EXPECT_EQ(Run("from machine import Pin\nPin('A1', Pin.IN, bogus=1)\n"),
            "error: TypeError: init() got an unexpected keyword argument 'bogus'");
  EXPECT_EQ(Run("from machine import Pin\nPin('A1', 'x')\n"), "error: TypeError: can't convert str to int");
  EXPECT_EQ(Run("from machine import Pin\nPin('A1', Pin.ANALOG)\n"),
            "error: ValueError: Pin(A1) cannot be set to mode 3");
  EXPECT_EQ(Run("from machine import Pin\nPin('A1').irq(5)\n"), "error: TypeError: 'int' object is not callable");
  EXPECT_EQ(Run("from machine import Pin\nPin('A1').irq(print, 8)\n"), "error: ValueError: invalid pin trigger: 8");
  EXPECT_EQ(Run("from machine import Pin\nPin('A15').irq(print)\n"),
            "error: ValueError: Pin(A15) cannot interrupt (its interrupt line is in use or missing)");
  EXPECT_EQ(Run("from machine import Pin\nPin('A1').irq(print, hard=True)\n"),
            "error: ValueError: hard interrupt handlers are not supported: handlers are scheduled");
  EXPECT_EQ(Run("from machine import Pin\nPin.NOPE\n"), "error: AttributeError: type object 'Pin' has no attribute 'NOPE'");
}

TEST_F(MachineTest, SignalInvertsOnOffAndValue) {
  EXPECT_EQ(Run("from machine import Pin, Signal\n"
                "led = Signal(Pin('A6', Pin.OUT), invert=True)\n"
                "led.on(); print(Pin('A6').value(), led.value())\n"
                "led.off(); print(Pin('A6').value(), led())\n"
                "s = Signal('A9', Pin.OUT)\n"
                "s(1); print(Pin('A9').value(), s)\n"
                "class Fake:\n"
                "    v = 0\n"
                "    def value(self, x=None):\n"
                "        if x is None: return self.v\n"
                "        self.v = x\n"
                "f = Fake(); t = Signal(f, invert=True)\n"
                "t.off(); print(f.v, t.value())\n"
                "Signal(5.0)\n"),
            "0 1\n1 0\n1 Signal(Pin(A9))\n1 0\n"
            "error: TypeError: Signal needs a Pin or an object with value(), not float");
  EXPECT_EQ(Board().pins[6].mode, PinMode::kOut);
}

TEST_F(MachineTest, PinIrqCallbackRunsAtTheNextBackwardJumpNotInTheHandler) {
  EXPECT_EQ(Run("import machine\n"
                "fired = []\n"
                "p = machine.Pin('A3', machine.Pin.IN)\n"
                "p.irq(lambda pin: fired.append(pin), machine.Pin.IRQ_RISING)\n"
                "trigger(3)\n"
                "print('after the interrupt', len(fired))\n"
                "n = 0\n"
                "while not fired:\n"
                "    n += 1\n"
                "print('ran with', fired[0], 'after', n, 'loop')\n"
                "trigger(4)\n"  // no handler on A4: ignored
                "p.irq(None)\n"
                "trigger(3)\n"
                "for i in range(3): pass\n"
                "print(len(fired))\n"),
            "after the interrupt 0\nran with Pin(A3) after 1 loop\n1\n");
  EXPECT_EQ(Board().pins[3].irq_triggers, 0);
}

TEST_F(MachineTest, EventsWaitInTheirPendingFlagWhenTheScheduleQueueIsFull) {
  EXPECT_EQ(Run("import machine, micropython\n"
                "fired = []\n"
                "p = machine.Pin('A3')\n"
                "p.irq(lambda pin: fired.append('pin'))\n"
                "def later(x): fired.append(x)\n"
                "s = micropython.schedule\n"  // straight-line code: no safe point runs the queue meanwhile
                "s(later, 0); s(later, 1); s(later, 2); s(later, 3); s(later, 4); s(later, 5); s(later, 6)\n"
                "s(later, 7)\n"
                "trigger(3)\n"  // the queue is full: the dispatch cannot be queued
                "trigger(3)\n"  // a second event of the same pin before any dispatch
                "for i in range(2): pass\n"
                "print(fired)\n"
                "machine.idle()\n"
                "print(fired)\n"),
            "[0, 1, 2, 3, 4, 5, 6, 7]\n[0, 1, 2, 3, 4, 5, 6, 7, 'pin']\n");
  EXPECT_EQ(Board().idles, 1);
}

TEST_F(MachineTest, CallbacksSurviveACollectionWithoutOtherReferences) {
  EXPECT_EQ(Run("import machine, gc\n"
                "out = []\n"
                "def setup():\n"
                "    machine.Pin('A2').irq(lambda pin: out.append([pin, 'x' * 3]))\n"
                "setup()\n"
                "gc.collect()\n"
                "junk = [[i] * 10 for i in range(200)]\n"
                "gc.collect()\n"
                "trigger(2)\n"
                "for i in range(2): pass\n"
                "print(out)\n"),
            "[[Pin(A2), 'xxx']]\n");
}

TEST_F(MachineTest, TimerPeriodicAndOneShot) {
  EXPECT_EQ(Run("from machine import Timer\n"
                "ticks = []\n"
                "t = Timer(2, freq=1000, callback=lambda tm: ticks.append(tm))\n"
                "tick(2); tick(2)\n"
                "for i in range(2): pass\n"
                "tick(2)\n"
                "for i in range(2): pass\n"
                "print(ticks, Timer.PERIODIC, Timer.ONE_SHOT)\n"
                "o = Timer(3)\n"
                "o.init(mode=Timer.ONE_SHOT, period=250, callback=lambda tm: ticks.append('once'))\n"
                "tick(3)\n"
                "for i in range(2): pass\n"
                "print(ticks[-1])\n"
                "t.deinit()\n"
                "tick(2)\n"
                "for i in range(2): pass\n"
                "print(len(ticks))\n"
                "Timer(2, freq=2.5)\n"),
            "[Timer(2), Timer(2)] 1 0\nonce\n3\n");
  EXPECT_EQ(Board().timer_period_us[3], 250000u);
  EXPECT_FALSE(Board().timer_running[3]);  // one-shot: stopped by its interrupt
  EXPECT_TRUE(Board().timer_one_shot[3]);
  EXPECT_EQ(Board().timer_period_us[2], 400000u);
  EXPECT_EQ(Run("from machine import Timer\nTimer(7)\n"), "error: ValueError: Timer(7) doesn't exist");
  EXPECT_EQ(Run("from machine import Timer\nTimer(2, callback=print)\n"),
            "error: ValueError: Timer needs freq or period");
  EXPECT_EQ(Run("from machine import Timer\nTimer(2, freq=0)\n"), "error: ValueError: freq must be positive");
  EXPECT_EQ(Run("from machine import Timer\nTimer(2, period=3600000)\n"),
            "error: ValueError: Timer(2) cannot run at that period");
  EXPECT_EQ(Run("from machine import Timer\nTimer(2, freq=10, mode=5)\n"), "error: ValueError: invalid Timer mode: 5");
}

TEST_F(MachineTest, UartWritesAndReadsBufferedBytes) {
  Board().uart_received = "ab\ncd";
  EXPECT_EQ(Run("from machine import UART\n"
                "u = UART(2, 115200)\n"
                "print(u)\n"
                "print(u.write(b'hi'), u.any())\n"
                "print(u.readline(), u.read(1), u.read())\n"
                "print(u.read(), u.any())\n"
                "u.init(9600, bits=7, parity=1, stop=2)\n"
                "print(u)\n"
                "u.deinit()\n"
                "u.write(b'x')\n"),
            "UART(2, baudrate=115200, bits=8, parity=None, stop=1)\n2 5\nb'ab\\n' b'c' b'd'\nb'' 0\n"
            "UART(2, baudrate=9600, bits=7, parity=1, stop=2)\n"
            "error: ValueError: I/O operation on closed file.");
  EXPECT_EQ(Board().uart_sent, "hi");
  EXPECT_FALSE(Board().uart_open);
  EXPECT_EQ(Board().uart_config.stop, 2);
  EXPECT_EQ(Run("from machine import UART\nUART(1)\n"), "error: ValueError: UART(1) doesn't exist");
  EXPECT_EQ(Run("from machine import UART\nUART(2, bits=5)\n"), "error: ValueError: invalid bits: 5");
  EXPECT_EQ(Run("from machine import UART\nUART(2, 5000000)\n"),
            "error: ValueError: UART(2) cannot do baudrate=5000000 bits=8");
}

TEST_F(MachineTest, MemReadsAndWritesWithAlignmentChecks) {
  EXPECT_EQ(Run("from machine import mem8, mem16, mem32\n"
                "mem32[base] = 0x12345678\n"
                "print(hex(mem8[base]), hex(mem16[base + 2]), hex(mem32[base]))\n"
                "mem8[base + 1] = 0x1ff\n"
                "mem32[base + 4] = -1\n"
                "print(hex(mem32[base]), mem32[base + 4], mem32)\n"),
            "0x78 0x1234 0x12345678\n0x1234ff78 4294967295 <32-bit memory>\n");
  const std::string misaligned = Run("from machine import mem32\nmem32[base + 2]\n");
  EXPECT_NE(misaligned.find("error: ValueError: address "), std::string::npos) << misaligned;
  EXPECT_NE(misaligned.find(" is not aligned to 4 bytes"), std::string::npos) << misaligned;
  EXPECT_EQ(Run("from machine import mem16\nmem16[4] = 1\n"), "error: ValueError: address 4 is not mapped");
  EXPECT_EQ(Run("from machine import mem8\nmem8[-1]\n"), "error: ValueError: memory address out of range");
  EXPECT_EQ(Run("from machine import mem8\nmem8['a']\n"), "error: TypeError: memory address must be int, not str");
  EXPECT_EQ(Run("from machine import mem8\ndel mem8[base]\n"), "error: TypeError: memory cannot be deleted");
}

TEST_F(MachineTest, CpuFunctions) {
  EXPECT_EQ(Run("import machine\n"
                "print(machine.freq(), machine.unique_id())\n"
                "s = machine.disable_irq()\n"
                "machine.enable_irq(s)\n"
                "machine.reset()\n"
                "try:\n"
                "    machine.soft_reset()\n"
                "except SystemExit:\n"
                "    print('soft reset')\n"),
            "168000000 b'\\x124Vx'\nsoft reset\n");
  EXPECT_EQ(Board().resets, 1);
  EXPECT_EQ(Board().irq_disabled, 0u);
}

TEST_F(MachineTest, PybLedsAreNamedPins) {
  EXPECT_EQ(Run("import pyb\n"
                "r = pyb.LED(1)\n"
                "r.on(); print(r, r is pyb.LED(1))\n"
                "b = pyb.LED(4); b.toggle()\n"
                "pyb.LED(5)\n"),
            "LED(1) True\nerror: ValueError: LED(5) doesn't exist");
  EXPECT_TRUE(Board().pins[13].output);
  EXPECT_EQ(Board().pins[13].mode, PinMode::kOut);
  EXPECT_TRUE(Board().pins[4].output);
  EXPECT_EQ(Run("import pyb\npyb.LED(4).toggle()\n"), "");
  EXPECT_FALSE(Board().pins[4].output);
}

}  // namespace
}  // namespace mica
