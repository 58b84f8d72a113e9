"""insn_count on the pyboard firmware under QEMU: windows count exactly, repeat exactly, and grow linearly with
the work done in them. Usage: insn_count_test.py <firmware.elf> <libinsn_count.so>"""
import os
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import board_counter  # noqa: E402

FIRMWARE = None
PLUGIN = None

# The same text length for every n, so compiling costs the same and only the loop differs.
LOOP = "def f(n):\n    for i in range(n):\n        pass\nf(%6d)\n"
CALLS = "def g(x):\n    return x + 1\ndef f(n):\n    t = 0\n    while n:\n        t = g(t)\n        n -= 1\n    " \
        "return t\nprint(f(%6d))\n"


def count(source):
    """Instructions of `source` on a freshly booted board: (window, pass's window, output)."""
    board = board_counter.CountingBoard(FIRMWARE, PLUGIN, timeout=30)
    try:
        _, _, baseline = board.run("pass")
        out, err, window = board.run(source)
    finally:
        board.close()
    if err:
        raise AssertionError("the program raised: %s" % err.decode(errors="replace"))
    return window, baseline, out


class InsnCountTest(unittest.TestCase):
    def test_counts_repeat_exactly(self):
        first = count(CALLS % 300)
        second = count(CALLS % 300)
        self.assertEqual(first[2], b"300\n")
        self.assertEqual(first, second)
        self.assertGreater(first[0], first[1])

    # The first iteration costs more than the others (caches fill), so the base is N iterations, not 0: then N more
    # iterations cost exactly the same whenever they are added. n, 2n and 3n have as many digits, so parsing the
    # literal and printing the result cost the same for all three.
    def assert_linear(self, template, n, low, high):
        once, twice, thrice = (count(template % k)[0] for k in (n, 2 * n, 3 * n))
        per_batch = twice - once
        self.assertGreaterEqual(per_batch, low * n)
        self.assertLessEqual(per_batch, high * n)
        self.assertEqual(thrice - once, 2 * per_batch)

    def test_loop_cost_is_linear_in_iterations(self):
        self.assert_linear(LOOP, 1000, 5, 1000)  # for i in range(n): pass; 78 instructions each on 2026-11-21

    def test_call_cost_is_linear_in_calls(self):
        self.assert_linear(CALLS, 1000, 20, 5000)  # t = g(t); n -= 1; 521 instructions each on 2026-11-21

    def test_window_symbols_are_found(self):
        arguments, (start, stop, handlers) = board_counter.plugin_arguments(FIRMWARE)
        self.assertIn("RunInput", start)
        self.assertIn("ReadByte", stop)
        self.assertGreaterEqual(handlers, 2)  # SysTick and USART1 at least
        self.assertTrue(any(argument.startswith("exclude=") for argument in arguments))

    def test_bad_argument_stops_qemu(self):
        run = subprocess.run(["qemu-system-arm", "-M", "netduinoplus2", "-nographic", "-monitor", "none",
                              "-serial", "null", "-plugin", os.path.abspath(PLUGIN) + ",start=0x100",
                              "-kernel", FIRMWARE], capture_output=True, text=True, timeout=30)
        self.assertNotEqual(run.returncode, 0)
        self.assertIn("start= and stop= go together", run.stderr)


if __name__ == "__main__":
    FIRMWARE, PLUGIN = sys.argv[1], sys.argv[2]
    unittest.main(argv=sys.argv[:1], verbosity=2)
