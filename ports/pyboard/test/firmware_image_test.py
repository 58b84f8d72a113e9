"""firmware.bin and firmware.dfu agree with the ELF: the .bin is what `objcopy -O binary` makes, the .dfu is a
well-formed DfuSe file (prefix, one target, one element at 0x08000000 holding the .bin, suffix with a valid CRC)
and, when dfu-util is installed, `dfu-suffix --check` accepts it. Usage: firmware_image_test.py <dir of firmware.*>"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import unittest
import zlib

DIR = None


def read(name):
    with open(os.path.join(DIR, name), "rb") as f:
        return f.read()


class FirmwareImageTest(unittest.TestCase):
    def test_bin_matches_objcopy(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "objcopy.bin")
            subprocess.run(["arm-none-eabi-objcopy", "-O", "binary", os.path.join(DIR, "firmware.elf"), out],
                           check=True)
            with open(out, "rb") as f:
                self.assertEqual(read("firmware.bin"), f.read())

    def test_vector_table_at_the_start(self):
        image = read("firmware.bin")
        stack, reset = struct.unpack_from("<II", image, 0)
        self.assertEqual(stack & 0xFFF00000, 0x20000000)  # initial SP in SRAM
        self.assertEqual(reset & 0xFFF00001, 0x08000001)  # reset handler in flash, Thumb bit set

    def test_dfu_layout_and_crc(self):
        dfu = read("firmware.dfu")
        image = read("firmware.bin")
        signature, version, size, targets = struct.unpack_from("<5sBIB", dfu, 0)
        self.assertEqual((signature, version, targets), (b"DfuSe", 1, 1))
        self.assertEqual(size, len(dfu) - 16)
        name, alt, named, target_name, target_size, elements = struct.unpack_from("<6sBI255sII", dfu, 11)
        self.assertEqual((name, alt, named, elements), (b"Target", 0, 1, 1))
        self.assertEqual(target_size, 8 + len(image))
        address, element_size = struct.unpack_from("<II", dfu, 11 + 274)
        self.assertEqual((address, element_size), (0x08000000, len(image)))
        self.assertEqual(dfu[11 + 274 + 8:11 + 274 + 8 + len(image)], image)
        device, product, vendor, bcd_dfu, ufd, length, crc = struct.unpack_from("<HHHH3sBI", dfu, len(dfu) - 16)
        self.assertEqual((product, vendor, bcd_dfu, ufd, length), (0xDF11, 0x0483, 0x011A, b"UFD", 16))
        self.assertEqual(crc, zlib.crc32(dfu[:-4]) ^ 0xFFFFFFFF)

    @unittest.skipUnless(shutil.which("dfu-suffix"), "dfu-util is not installed")
    def test_dfu_suffix_accepts_it(self):
        result = subprocess.run(["dfu-suffix", "--check", os.path.join(DIR, "firmware.dfu")],
                                capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("0483", result.stdout.lower() + result.stderr.lower())

    def test_size_report(self):
        report = read("firmware.size.txt").decode()
        self.assertRegex(report, r"text \d+, data \d+, bss \d+ \(flash \d+ bytes")


if __name__ == "__main__":
    DIR = os.path.dirname(sys.argv.pop(1))
    unittest.main(verbosity=2)
