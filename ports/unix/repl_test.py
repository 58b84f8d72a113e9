"""The friendly REPL of the real `mica` binary, driven through a pseudo-terminal: repl_test.py <mica>."""
import subprocess
import sys
import time
import unittest

from repl_session import BoardError, Session

MICA = None
PROMPT = b">>> "


class FriendlyReplTest(unittest.TestCase):
    def setUp(self):
        self.s = Session(MICA)
        self.addCleanup(self.s.close)
        banner = self.s.expect(PROMPT)
        self.assertRegex(banner, rb"^Mica \d+\.\d+\.\d+ on \d{4}-\d\d-\d\d; unix \[GCC [\d.]+\] version\r\n"
                                 rb"Use Ctrl-D to exit, Ctrl-E for paste mode\r\n$")

    def run_line(self, keys):
        """Sends a line and returns the output up to the next prompt, without the line's own echo."""
        self.s.send(keys)
        return self.s.expect(PROMPT).split(b"\r\n", 1)[1]

    def test_expression_echo_and_underscore(self):
        self.assertEqual(self.run_line(b"6 * 7\r"), b"42\r\n")
        self.assertEqual(self.run_line(b"_ + 1\r"), b"43\r\n")
        self.assertEqual(self.run_line(b"None\r"), b"")
        self.assertEqual(self.run_line(b"'a' + 'b'\r"), b"'ab'\r\n")
        self.assertEqual(self.run_line(b"x = 5\r"), b"")

    def test_for_loop_continuation_and_auto_indent(self):
        self.s.send(b"for i in range(3):\r")
        self.s.expect(b"\r\n...     ")  # pre-filled with 4 spaces
        self.s.send(b"if i:\r")
        self.s.expect(b"\r\n...         ")
        self.s.send(b"print(i * 2)\r")
        self.s.expect(b"\r\n...         ")
        self.s.send(b"\x7fprint('end', i)\r")  # one backspace removes a level
        self.s.expect(b"\r\n...     ")
        self.s.send(b"\r")
        self.assertEqual(self.s.expect(PROMPT), b"\r\nend 0\r\n2\r\nend 1\r\n4\r\nend 2\r\n")

    def test_open_brackets_continue(self):
        self.s.send(b"[1,\r")
        self.s.expect(b"... ")
        self.assertEqual(self.run_line(b"2]\r"), b"[1, 2]\r\n")

    def test_line_editing(self):
        self.assertEqual(self.run_line(b"prnt(1)\x1b[D\x1b[D\x1b[D\x1b[D\x1b[Di\r"), b"1\r\n")  # left + insert
        self.assertEqual(self.run_line(b"print(12\x7f)\r"), b"1\r\n")                     # backspace
        self.assertEqual(self.run_line(b"(2)\x01print\x05\r"), b"2\r\n")                  # Ctrl-A, Ctrl-E
        self.assertEqual(self.run_line(b"print(3)junk\x1b[D\x1b[D\x1b[D\x1b[D\x0b\r"), b"3\r\n")  # Ctrl-K
        self.assertEqual(self.run_line(b"junk\x15print(4)\r"), b"4\r\n")                  # Ctrl-U
        self.assertEqual(self.run_line(b"print(5) junk\x17\x7f\r"), b"5\r\n")             # Ctrl-W
        self.assertEqual(self.run_line(b"(6)\x1b[Hprint\x1b[F\r"), b"6\r\n")              # Home, End

    def test_history(self):
        self.assertEqual(self.run_line(b"40 + 2\r"), b"42\r\n")
        self.assertEqual(self.run_line(b"'other'\r"), b"'other'\r\n")
        self.assertEqual(self.run_line(b"\x1b[A\x1b[A\r"), b"42\r\n")
        # The recalled line is now the newest entry: up, up, down comes back to it.
        self.assertEqual(self.run_line(b"\x1b[A\x1b[A\x1b[B\r"), b"42\r\n")
        self.assertEqual(self.run_line(b"\x1b[A\x1b[A\r"), b"'other'\r\n")

    def test_ctrl_c_interrupts_a_running_loop(self):
        self.s.send(b"while True: pass\r")
        self.s.expect(b"... ")
        self.s.send(b"\r")
        self.s.expect(b"\r\n")
        # The REPL gives the terminal back to cooked mode when the loop starts: until then a Ctrl-C is a key.
        for _ in range(50):
            time.sleep(0.1)
            self.s.send(b"\x03")
            try:
                out = self.s.expect(b"KeyboardInterrupt\r\n", timeout=0.2)
                break
            except BoardError:  # not yet: try again
                pass
        else:
            self.fail("no KeyboardInterrupt: %r" % self.s.seen[-300:])
        self.assertIn(b"Traceback (most recent call last):", out)
        self.s.expect(PROMPT)
        self.s.pending_after(0.3)
        self.assertEqual(self.run_line(b"'alive'\r"), b"'alive'\r\n")

    def test_ctrl_c_at_the_prompt_discards_the_line(self):
        self.s.send(b"print('no')\x03")
        self.assertEqual(self.s.expect(PROMPT), b"print('no')\r\n")
        self.assertEqual(self.run_line(b"print('yes')\r"), b"yes\r\n")

    def test_paste_mode(self):
        self.s.send(b"\x05")
        self.s.expect(b"paste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ")
        self.s.send(b"def g():\r    return 'pasted'\r\rprint(g())\r\x04")
        self.assertEqual(self.s.expect(PROMPT),
                         b"def g():\r\n===     return 'pasted'\r\n=== \r\n=== print(g())\r\n=== \r\npasted\r\n")
        self.s.send(b"\x05")
        self.s.expect(b"=== ")
        self.s.send(b"print('cancelled')\x03")
        self.assertEqual(self.s.expect(PROMPT), b"print('cancelled')\r\n")

    def test_tab_completion(self):
        self.s.send(b"pri\t")
        self.s.expect(b"pri" + b"nt")
        self.assertEqual(self.run_line(b"('done')\r"), b"done\r\n")
        self.run_line(b"import micropython\r")
        self.s.send(b"micropython.co\t")
        self.s.expect(b"micropython.co" + b"nst")
        self.assertEqual(self.run_line(b"\r"), b"<built-in function const>\r\n")
        # Several matches: listed, then the prompt and the line again.
        self.run_line(b"value_one = value_two = 1\r")
        self.s.send(b"value_\t")
        listing = self.s.expect(PROMPT + b"value_")
        self.assertIn(b"value_one", listing)
        self.assertIn(b"value_two", listing)
        self.assertEqual(self.run_line(b"two\r"), b"1\r\n")

    def test_help_exists(self):
        self.s.send(b"help()\r")
        self.assertNotIn(b"Error", self.s.expect(PROMPT))

    def test_exceptions_print_a_traceback_and_the_repl_goes_on(self):
        out = self.run_line(b"1/0\r")
        self.assertIn(b"ZeroDivisionError: division by zero\r\n", out)
        self.assertIn(b"SyntaxError", self.run_line(b"1 +\r"))
        self.assertEqual(self.run_line(b"'still here'\r"), b"'still here'\r\n")

    def test_ctrl_d_exits_with_status_0(self):
        self.s.send(b"\x04")
        self.assertEqual(self.s.wait(), 0)

    def test_system_exit_sets_the_status(self):
        self.s.send(b"raise SystemExit(3)\r")
        self.assertEqual(self.s.wait(), 3)

    def test_ctrl_b_prints_the_banner(self):
        self.s.send(b"\x02")
        self.assertIn(b"Use Ctrl-D to exit", self.s.expect(PROMPT))


class CommandLineTest(unittest.TestCase):
    def test_stdin_that_is_not_a_terminal_runs_as_a_program(self):
        result = subprocess.run([MICA], input=b"for i in range(2):\n    print(i)\nprint('end')\n",
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
        self.assertEqual((result.returncode, result.stdout, result.stderr), (0, b"0\n1\nend\n", b""))

    def test_dash_i_enters_the_repl_after_the_command(self):
        s = Session(MICA, "-i", "-c", "x = 41")
        self.addCleanup(s.close)
        s.expect(PROMPT)
        s.send(b"x + 1\r")
        self.assertEqual(s.expect(PROMPT), b"x + 1\r\n42\r\n")
        s.send(b"\x04")
        self.assertEqual(s.wait(), 0)


TIMEOUT = 10

if __name__ == "__main__":
    MICA = sys.argv.pop(1)
    unittest.main()
