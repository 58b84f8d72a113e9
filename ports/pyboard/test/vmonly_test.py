"""The VM-only image (//ports/pyboard:firmware_vmonly: no compiler linked): the frozen boot.py and main.py run
from flash at boot and soft reset, and source typed at the REPL gets a clear error instead of running.
Usage: vmonly_test.py <firmware_vmonly.elf>"""
import os
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "tools"))
import board_client  # noqa: E402

FIRMWARE = None


class VmOnlyTest(unittest.TestCase):
    def setUp(self):
        self.board = board_client.start_qemu(FIRMWARE)

    def tearDown(self):
        self.board.close()

    def test_frozen_scripts_run_without_a_compiler(self):
        before = self.board.wait_for_prompt().decode()
        self.assertTrue(before.startswith("boot.py ran 1\r\nmain.py ran 1\r\nMica "), before)

    def test_source_at_the_prompt_is_refused_clearly(self):
        self.board.wait_for_prompt()
        self.assertEqual(self.board.run_line("1 + 1").decode(), "RuntimeError: no compiler in this build\r\n")
        self.board.send(b"\x04")  # soft reset: the frozen scripts run again
        self.assertIn("MPY: soft reboot\r\nboot.py ran 1\r\nmain.py ran 1\r\n", self.board.expect(b">>> ").decode())

    def test_no_compiler_code_is_linked(self):
        symbols = subprocess.run(["arm-none-eabi-nm", "-C", FIRMWARE], capture_output=True, text=True,
                                 check=True).stdout
        self.assertNotIn("mica::Parser", symbols)
        self.assertNotIn("mica::emit::", symbols)
        self.assertIn("mica::mpy::", symbols)  # the loader that frozen modules go through


if __name__ == "__main__":
    FIRMWARE = sys.argv.pop(1)
    unittest.main(verbosity=2)
