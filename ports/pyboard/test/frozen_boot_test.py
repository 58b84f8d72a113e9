"""The test image (//ports/pyboard:firmware_frozen_test_image, test/frozen/): the frozen boot.py and main.py run
at boot and at every soft reset, in that order and before the banner; main.py's names are in __main__; frozen
library modules import from flash. Usage: frozen_boot_test.py <firmware.elf>"""
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "tools"))
import board_client  # noqa: E402

FIRMWARE = None


class FrozenBootTest(unittest.TestCase):
    def setUp(self):
        self.board = board_client.start_qemu(FIRMWARE)

    def tearDown(self):
        self.board.close()

    def run_line(self, line):
        return self.board.run_line(line).decode()

    def test_boot_then_main_then_repl(self):
        before = self.board.wait_for_prompt().decode()
        self.assertTrue(before.startswith("boot.py ran 1\r\nmain.py ran 1\r\nMica "), before)
        self.assertEqual(self.run_line("led_state"), "1\r\n")  # main.py ran in __main__

    def test_soft_reset_runs_them_again_on_a_fresh_runtime(self):
        self.board.wait_for_prompt()
        self.run_line("led_state = 99")
        self.board.send(b"\x04")
        after = self.board.expect(b">>> ").decode()
        self.assertIn("MPY: soft reboot\r\nboot.py ran 1\r\nmain.py ran 1\r\nMica ", after)
        self.assertEqual(self.run_line("led_state"), "1\r\n")

    def test_frozen_modules_import_from_flash(self):
        self.board.wait_for_prompt()
        self.assertEqual(self.run_line("import sys; sys.path"), "['.frozen']\r\n")
        self.assertEqual(self.run_line("import blink; blink.where()"), "'blink.py'\r\n")
        modules = self.run_line("help('modules')")
        for name in ("blink", "boot", "bootcount", "main", "machine", "pyb"):
            self.assertIn(name + "\r\n", modules)
        self.assertIn("ModuleNotFoundError", self.run_line("import not_frozen_anywhere"))


if __name__ == "__main__":
    FIRMWARE = sys.argv.pop(1)
    unittest.main(verbosity=2)
