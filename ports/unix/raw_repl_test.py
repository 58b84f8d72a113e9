"""The raw REPL and raw-paste mode of the real `mica`, spoken byte by byte as mpremote/pyboard.py do, over a
pseudo-terminal and over pipes (`mica -i`): raw_repl_test.py <mica>."""
import struct
import sys
import unittest

from repl_session import Session

MICA = None
RAW_BANNER = b"raw REPL; CTRL-B to exit\r\n>"


class RawReplTest(unittest.TestCase):
    use_pty = True
    newline = b"\r\n"  # what the program's "\n" becomes on the way out (a terminal adds the \r)

    def setUp(self):
        args = [] if self.use_pty else ["-i"]
        self.s = Session(MICA, *args, use_pty=self.use_pty)
        self.addCleanup(self.s.close)
        self.s.expect(b">>> ")
        self.s.send(b"\x01")
        self.assertEqual(self.s.read_exactly(len(RAW_BANNER)), RAW_BANNER)

    def run_raw(self, program):
        """Raw mode: program, Ctrl-D -> "OK", stdout, \\x04, stderr, \\x04, ">"."""
        self.s.send(program + b"\x04")
        self.assertEqual(self.s.read_exactly(2), b"OK")
        out = self.s.expect(b"\x04")
        err = self.s.expect(b"\x04")
        self.assertEqual(self.s.read_exactly(1), b">")
        return out, err

    def test_program_output_is_framed(self):
        self.assertEqual(self.run_raw(b"print('hi')\nprint(1 + 1)"), (b"hi" + self.newline + b"2" + self.newline, b""))
        # Globals persist between programs; nothing is echoed.
        self.assertEqual(self.run_raw(b"x = 5"), (b"", b""))
        self.assertEqual(self.run_raw(b"print(x)"), (b"5" + self.newline, b""))

    def test_an_exception_goes_between_the_markers(self):
        out, err = self.run_raw(b"print('before')\n1/0")
        self.assertEqual(out, b"before" + self.newline)
        self.assertTrue(err.startswith(b"Traceback (most recent call last):"), err)
        self.assertTrue(err.endswith(b"ZeroDivisionError: division by zero" + self.newline), err)
        out, err = self.run_raw(b"def f(:\n  pass")
        self.assertEqual(out, b"")
        self.assertIn(b"SyntaxError", err)

    def test_ctrl_c_clears_the_buffer(self):
        self.s.send(b"print('dropped')\x03")
        self.assertEqual(self.run_raw(b"print('kept')"), (b"kept" + self.newline, b""))

    def test_ctrl_a_restarts_raw_mode(self):
        self.s.send(b"junk\x01")
        self.assertEqual(self.s.read_exactly(len(RAW_BANNER)), RAW_BANNER)

    def test_soft_reset_on_an_empty_program(self):
        self.run_raw(b"y = 1")
        self.s.send(b"\x04")
        expected = b"OK\r\nMPY: soft reboot\r\n" + RAW_BANNER
        self.assertEqual(self.s.read_exactly(len(expected)), expected)
        out, err = self.run_raw(b"try:\n    y\nexcept NameError:\n    print('fresh')")
        self.assertEqual(out, b"fresh" + self.newline)

    def test_ctrl_b_returns_to_the_friendly_repl(self):
        self.s.send(b"\x02")
        self.assertTrue(self.s.expect(b">>> ").startswith(b"\r\nMica "))
        self.s.send(b"1 + 2\r")
        self.assertIn(b"3", self.s.expect(b">>> "))

    def raw_paste(self, program, chunk_limit=None):
        """Raw-paste: returns (stdout, stderr, window). Sends no more than the window allows."""
        self.s.send(b"\x05A\x01")
        self.assertEqual(self.s.read_exactly(2), b"R\x01")
        window = struct.unpack("<H", self.s.read_exactly(2))[0]
        self.assertGreater(window, 0)
        credit = window
        sent = 0
        while sent < len(program):
            if credit == 0:
                self.assertEqual(self.s.read_exactly(1), b"\x01")  # only a window grant may arrive
                credit += window
            # Before the window is used up, the device must not grant more.
            self.assertEqual(self.s.pending, b"")
            n = min(credit, len(program) - sent, chunk_limit or credit)
            self.s.send(program[sent:sent + n])
            sent += n
            credit -= n
        self.s.send(b"\x04")
        # Grants for windows the host has filled may still arrive before the end acknowledgement.
        ack = self.s.expect(b"\x04")
        self.assertEqual(ack.strip(b"\x01"), b"")
        out = self.s.expect(b"\x04")
        err = self.s.expect(b"\x04")
        self.assertEqual(self.s.read_exactly(1), b">")
        return out, err, window

    def test_raw_paste_with_flow_control(self):
        lines = [b"total = 0"] + [b"total += %d" % i for i in range(200)] + [b"print('total', total)"]
        program = b"\n".join(lines)
        out, err, window = self.raw_paste(program)
        self.assertGreater(len(program), 3 * window)  # several windows were needed
        self.assertEqual((out, err), (b"total 19900" + self.newline, b""))
        # Small writes within a window work too, and the REPL is ready for the next command.
        out, err, _ = self.raw_paste(b"print(total // 100)", chunk_limit=3)
        self.assertEqual((out, err), (b"199" + self.newline, b""))

    def test_raw_paste_error_output(self):
        out, err, _ = self.raw_paste(b"print('x')\nraise ValueError('bad value')")
        self.assertEqual(out, b"x" + self.newline)
        self.assertTrue(err.endswith(b"ValueError: bad value" + self.newline), err)

    def test_unknown_raw_paste_command(self):
        self.s.send(b"\x05B\x01")
        self.assertEqual(self.s.read_exactly(2), b"R\x00")
        self.assertEqual(self.run_raw(b"print(3)"), (b"3" + self.newline, b""))


class RawReplOverPipesTest(RawReplTest):
    """The same protocol with stdin and stdout as pipes (`mica -i`): no terminal, no newline translation."""
    use_pty = False
    newline = b"\n"


if __name__ == "__main__":
    MICA = sys.argv.pop(1)
    unittest.main()
