"""The pyboard firmware booted on QEMU's netduinoplus2 and driven over its console (USART1), as a user or a host
tool would: the friendly REPL, the raw REPL and raw-paste mode, soft reset, Ctrl-C, and the errors that must end
in a Python exception rather than a crash. Usage: firmware_test.py <firmware.elf>"""
import os
import sys
import time
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "tools"))
import board_client  # noqa: E402

FIRMWARE = None


class FirmwareTest(unittest.TestCase):
    def setUp(self):
        self.board = board_client.start_qemu(FIRMWARE)
        self.banner = self.board.wait_for_prompt()

    def tearDown(self):
        self.board.close()

    def run_line(self, line, timeout=20):
        return self.board.run_line(line, timeout).decode()

    def test_banner(self):
        self.assertRegex(self.banner.decode(), r"^Mica \d+\.\d+\.\d+ on \d{4}-\d\d-\d\d; pyboard with STM32F405RG\r\n"
                                               r"Type \"help\(\)\" for more information\.\r\n$")

    def test_expressions_and_statements(self):
        self.assertEqual(self.run_line("1 + 2"), "3\r\n")
        self.assertEqual(self.run_line("x = [i * i for i in range(5)]"), "")
        self.assertEqual(self.run_line("print(x, sum(x))"), "[0, 1, 4, 9, 16] 30\r\n")
        self.assertEqual(self.run_line("2 ** 100"), "1267650600228229401496703205376\r\n")
        self.assertEqual(self.run_line("1.5 * 2"), "3.0\r\n")

    def test_compound_statement(self):
        board = self.board
        board.send(b"def f(n):\r")
        board.expect(b"... ")
        board.send(b"return n * 2\r")  # auto-indent supplies the indentation
        board.expect(b"... ")
        board.send(b"\r")
        board.expect(b">>> ")
        self.assertEqual(self.run_line("f(21)"), "42\r\n")

    def test_platform_and_free_heap(self):
        self.assertEqual(self.run_line("import sys; sys.platform"), "'pyboard'\r\n")
        self.assertEqual(self.run_line("sys.implementation.name"), "'mica'\r\n")
        free = int(self.run_line("import gc; gc.collect(); gc.mem_free()"))
        self.assertGreater(free, 60 * 1024)

    def test_traceback(self):
        out = self.run_line("1 / 0")
        self.assertEqual(out, "Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\n"
                              "ZeroDivisionError: division by zero\r\n")

    def test_raw_repl(self):
        board = self.board
        board.enter_raw()
        out, err = board.exec_raw("print('a')\nprint(6 * 7)")
        self.assertEqual((out, err), (b"a\r\n42\r\n", b""))
        out, err = board.exec_raw("print('before')\nraise ValueError('boom')")
        self.assertEqual(out, b"before\r\n")
        self.assertTrue(err.endswith(b"ValueError: boom\r\n"), err)
        board.exit_raw()
        self.assertEqual(self.run_line("6 * 7"), "42\r\n")

    def test_asm_thumb_runs_on_the_cortex_m4(self):
        # Machine code from @micropython.asm_thumb runs in place in SRAM: a loop with a backward branch, and sdiv.
        board = self.board
        board.enter_raw()
        out, err = board.exec_raw(
            "@micropython.asm_thumb\n"
            "def sum_to(r0):\n"
            "    mov(r1, 0)\n"
            "    label(loop)\n"
            "    add(r1, r1, r0)\n"
            "    sub(r0, 1)\n"
            "    bne(loop)\n"
            "    mov(r0, r1)\n"
            "@micropython.asm_thumb\n"
            "def quotient(r0, r1):\n"
            "    sdiv(r0, r0, r1)\n"
            "print(sum_to(1000), quotient(-1000, 7))\n")
        self.assertEqual((out, err), (b"500500 -142\r\n", b""))
        board.exit_raw()

    def test_asm_thumb_writes_a_bytearray(self):
        board = self.board
        board.enter_raw()
        out, err = board.exec_raw(
            "@micropython.asm_thumb\n"
            "def fill(r0, r1, r2):\n"
            "    label(loop)\n"
            "    strb(r2, [r0, 0])\n"
            "    add(r0, 1)\n"
            "    sub(r1, 1)\n"
            "    bne(loop)\n"
            "b = bytearray(8)\n"
            "fill(b, 5, 0x41)\n"
            "print(b)\n"
            "try:\n"
            "    fill(b)\n"
            "except TypeError as e:\n"
            "    print(e)\n")
        self.assertEqual((out, err), (b"bytearray(b'AAAAA\\x00\\x00\\x00')\r\n"
                                      b"function takes 3 positional arguments but 1 were given\r\n", b""))
        board.exit_raw()

    def test_native_runs_on_the_cortex_m4(self):
        # @micropython.native code runs in place in SRAM: the inline small-int loop, calls, big ints, and an
        # exception that propagates out of native code with the same message as bytecode's.
        board = self.board
        board.enter_raw()
        out, err = board.exec_raw(
            "@micropython.native\n"
            "def total(n):\n"
            "    s = 0\n"
            "    for i in range(n):\n"
            "        s += i * i\n"
            "    return s\n"
            "@micropython.native\n"
            "def fib(n):\n"
            "    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
            "@micropython.native\n"
            "def div(a, b):\n"
            "    return a // b\n"
            "print(total(1000), fib(15), total(2) + 2**40)\n"
            "try:\n"
            "    div(1, 0)\n"
            "except ZeroDivisionError as e:\n"
            "    print('ZeroDivisionError', e)\n")
        self.assertEqual((out, err), (b"332833500 610 1099511627777\r\n"
                                      b"ZeroDivisionError integer division or modulo by zero\r\n", b""))
        board.exit_raw()

    def test_native_recursion_is_bounded(self):
        board = self.board
        board.enter_raw()
        out, err = board.exec_raw(
            "@micropython.native\n"
            "def down(n):\n"
            "    return down(n + 1)\n"
            "try:\n"
            "    down(0)\n"
            "except RuntimeError as e:\n"
            "    print(e)\n")
        self.assertEqual((out, err), (b"maximum recursion depth exceeded\r\n", b""))
        board.exit_raw()

    def test_ctrl_c_stops_a_native_loop(self):
        # The native loop's backward branch polls the interrupt flag, as the VM's jumps do.
        board = self.board
        board.enter_raw()
        board.exec_raw("@micropython.native\ndef spin():\n    n = 0\n    while True:\n        n += 1\n")
        board.exit_raw()
        board.send(b"spin()\r")
        time.sleep(0.5)
        board.send(b"\x03")
        out = board.expect(b">>> ").decode()
        self.assertIn("KeyboardInterrupt", out)
        self.assertEqual(self.run_line("1 + 1"), "2\r\n")

    def test_raw_paste_respects_the_window(self):
        board = self.board
        board.enter_raw()
        lines = ["total = 0"] + ["total += %d  # padding to make the program longer than a window" % i
                                 for i in range(120)] + ["print(total)"]
        program = "\n".join(lines)
        self.assertGreater(len(program), 4 * 256)
        out, err = board.exec_raw_paste(program)
        self.assertEqual((out, err), (b"%d\r\n" % sum(range(120)), b""))
        out, err = board.exec_raw_paste("print(total + 1)")
        self.assertEqual(out, b"%d\r\n" % (sum(range(120)) + 1))

    def test_raw_paste_syntax_error(self):
        self.board.enter_raw()
        out, err = self.board.exec_raw_paste("x = (1,\nprint(x")
        self.assertEqual(out, b"")
        self.assertIn(b"SyntaxError", err)

    def test_soft_reset_clears_state(self):
        board = self.board
        free_at_boot = int(self.run_line("import gc; gc.collect(); gc.mem_free()"))
        self.run_line("x = 5")
        self.run_line("big = bytearray(20000)")
        board.send(b"\x04")
        board.expect(b"MPY: soft reboot\r\n")
        board.expect(b"Mica ")
        board.wait_for_prompt()
        self.assertIn("NameError: name 'x' is not defined", self.run_line("x"))
        self.assertIn("NameError", self.run_line("gc"))  # modules are gone too
        free = int(self.run_line("import gc; gc.collect(); gc.mem_free()"))
        self.assertLess(abs(free - free_at_boot), 512)

    def test_soft_reset_in_raw_mode_stays_raw(self):
        board = self.board
        board.enter_raw()
        board.exec_raw("y = 1")
        board.soft_reset_raw()
        out, err = board.exec_raw("print('y' in globals())")
        self.assertEqual(out, b"False\r\n")
        board.exit_raw()

    def test_ctrl_c_stops_a_loop(self):
        board = self.board
        board.send(b"while True: pass\r")
        board.expect(b"... ")
        board.send(b"\r")
        time.sleep(0.3)
        board.send(b"\x03")
        out = board.expect(b">>> ").decode()
        self.assertIn("KeyboardInterrupt", out)
        self.assertEqual(self.run_line("1 + 1"), "2\r\n")

    def test_ctrl_c_stops_a_sleep(self):
        board = self.board
        board.send(b"import time; time.sleep(60)\r")
        time.sleep(0.3)
        start = time.monotonic()
        board.send(b"\x03")
        out = board.expect(b">>> ", timeout=10).decode()
        self.assertIn("KeyboardInterrupt", out)
        self.assertLess(time.monotonic() - start, 5)

    def test_ctrl_c_in_raw_mode(self):
        board = self.board
        board.enter_raw()
        board.send(b"n = 0\nwhile True:\n    n += 1\n\x04")
        board.expect(b"OK")
        time.sleep(0.3)
        board.send(b"\x03")
        out = board.expect(b"\x04")
        err = board.expect(b"\x04")
        board.expect(b">")
        self.assertEqual(out, b"")
        self.assertIn(b"KeyboardInterrupt", err)
        out, err = board.exec_raw("print(n > 0)")
        self.assertEqual(out, b"True\r\n")

    def test_ctrl_c_stops_input(self):
        board = self.board
        board.send(b"input()\r")
        board.expect(b"input()\r\n")
        time.sleep(0.3)
        board.send(b"\x03")
        self.assertIn(b"KeyboardInterrupt", board.expect(b">>> "))

    def test_recursion_is_a_runtime_error(self):
        self.run_line("f = lambda n: f(n + 1)")
        self.assertIn("RuntimeError: maximum recursion depth exceeded", self.run_line("f(0)"))
        self.run_line("a = []")
        self.run_line("exec('for i in range(1000): a = [a]')")
        self.assertIn("RuntimeError: maximum recursion depth exceeded", self.run_line("repr(a)"))
        self.run_line("a = None")
        self.assertEqual(self.run_line("1 + 1"), "2\r\n")

    def test_deep_nesting_is_a_syntax_error(self):
        out = self.run_line("eval('(' * 200 + '1' + ')' * 200)")
        self.assertIn("SyntaxError: expression too deeply nested", out)
        self.assertEqual(self.run_line("eval('(' * 10 + '1' + ')' * 10)"), "1\r\n")
        self.assertIn("SyntaxError", self.run_line("eval('-' * 5000 + '1')"))

    def test_memory_error(self):
        self.assertIn("MemoryError", self.run_line("bytearray(200000)"))
        self.assertIn("MemoryError", self.run_line("[0] * 100000"))
        self.assertEqual(self.run_line("len(bytearray(1000))"), "1000\r\n")

    def test_time_from_systick(self):
        out = self.run_line("import time; t = time.ticks_ms(); time.sleep_ms(200); time.ticks_diff(time.ticks_ms(), t)")
        self.assertTrue(190 <= int(out) <= 2000, out)
        out = self.run_line("t = time.ticks_us(); time.sleep_us(5000); time.ticks_diff(time.ticks_us(), t)")
        self.assertTrue(4900 <= int(out) <= 200000, out)
        self.assertEqual(self.run_line("time.ticks_ms() >= 0"), "True\r\n")

    def test_input_reads_the_console(self):
        board = self.board
        board.send(b"s = input('name? ')\r")
        board.expect(b"input('name? ')\r\n")
        board.expect(b"name? ")
        board.send(b"pyboard\r")
        board.expect(b"pyboard\r\n")  # echoed as typed
        board.expect(b">>> ")
        self.assertEqual(self.run_line("s"), "'pyboard'\r\n")

    def test_help_modules_lists_the_board_modules(self):
        out = self.run_line("help('modules')")
        for module in ("gc", "micropython", "sys", "time", "math", "struct", "json"):
            self.assertIn(module, out)


    # machine and pyb: what QEMU's netduinoplus2 models (docs/ports/pyboard.md says what it does not: GPIO, RCC,
    # the unique id; those drivers are tested on the host by //ports/pyboard/stm32:drivers_test).
    def test_machine_board_facts(self):
        self.run_line("import machine, pyb")
        self.assertEqual(self.run_line("machine.freq()"), "168000000\r\n")
        self.assertEqual(self.run_line("machine.unique_id()"), "b''\r\n")  # not mapped under QEMU
        self.assertEqual(self.run_line("s = machine.disable_irq(); machine.enable_irq(s); 1"), "1\r\n")

    def test_machine_timer_calls_back_until_deinit(self):
        self.run_line("import machine, time")
        self.run_line("n = [0]")
        self.run_line("t = machine.Timer(2, freq=10, callback=lambda t: n.__setitem__(0, n[0] + 1))")
        count = int(self.run_line("time.sleep_ms(1000); t.deinit(); n[0]"))
        self.assertGreaterEqual(count, 3)  # QEMU's timer model runs fast or slow; it must run, and stop
        self.assertEqual(self.run_line("c = n[0]; time.sleep_ms(300); n[0] == c"), "True\r\n")

    def test_machine_mem32_reaches_registers(self):
        self.run_line("import machine")
        self.run_line("machine.mem32[0x4000042C] = 12345")  # TIM3 ARR
        self.assertEqual(self.run_line("machine.mem32[0x4000042C]"), "12345\r\n")
        self.assertIn("ValueError: address 40000002 is not aligned to 4 bytes",
                      self.run_line("machine.mem32[0x40000002]"))

    def test_machine_pin_names_and_errors(self):
        self.run_line("from machine import Pin, Signal")
        self.assertEqual(self.run_line("Pin('X1', Pin.OUT)"), "Pin(A0)\r\n")
        self.assertEqual(self.run_line("Pin('LED_RED')"), "Pin(A13)\r\n")
        self.assertIn("ValueError", self.run_line("Pin('Z9')"))
        self.assertIn("ValueError", self.run_line("Pin('X1', 99)"))
        self.run_line("exec('class V:\\n v = 0\\n def value(self, x=None):\\n  if x is None: return self.v\\n"
                      "  self.v = x')")
        self.assertEqual(self.run_line("s = Signal(V(), invert=True); s.on(); s.value()"), "1\r\n")

    def test_machine_uart2_writes(self):
        self.run_line("import machine")
        self.assertEqual(self.run_line("u = machine.UART(2, 115200); u.write(b'hello')"), "5\r\n")
        self.assertEqual(self.run_line("u.any()"), "0\r\n")

    def test_pyb_leds(self):
        self.run_line("import pyb")
        self.assertEqual(self.run_line("l = pyb.LED(1); l.on(); l.off(); l.toggle(); 1"), "1\r\n")
        self.assertIn("ValueError", self.run_line("pyb.LED(9)"))


if __name__ == "__main__":
    FIRMWARE = sys.argv.pop(1)
    unittest.main(verbosity=2)
