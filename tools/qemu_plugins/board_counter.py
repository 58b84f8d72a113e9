"""Counts the instructions one program costs on the pyboard firmware under QEMU (the insn_count plugin).

The window is the anchor's (../shared/bench/anchor.md, "On emulated microcontrollers"): from the start of
compile+execute of what the raw REPL received to the REPL's next read of the console. In the firmware that is
  start  mica::RunInput (runtime/repl/run_input.cc: compile, run, print the traceback, the "\\x04" framing)
  stop   mica::(anonymous)::ReadByte (ports/pyboard/main.cc: the REPL's read_byte hook; taken by address, so it
         survives inlining), else mica::board::ConsoleReadByte
Interrupt handlers (every *_Handler / *_IRQHandler symbol) are never counted: how many SysTick and USART
interrupts land inside a window could depend on when the host's bytes arrived, and leaving them out makes a
window's count repeat exactly by construction. What that leaves out is small: SysTick's handler is 6 instructions
per millisecond of virtual time, which under -icount shift=0 is 10^6 instructions (fib.py: 396 of 66.3 million).

Each CountingBoard boots its own QEMU with -icount shift=0,sleep=off, enters the raw REPL and runs programs through
raw-paste mode; run() returns the program's output, its traceback and its window's count.
"""
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import board_client  # noqa: E402  (tools/board_client.py)

START_SYMBOLS = ["_ZN4mica8RunInputE"]  # prefixes of mangled names: the parameter list may change
STOP_SYMBOLS = ["_ZN4mica12_GLOBAL__N_18ReadByteEPv", "_ZN4mica5board15ConsoleReadByteEv"]
HANDLER_SUFFIXES = ("_Handler", "_IRQHandler")
NM = os.environ.get("ARM_NM", "arm-none-eabi-nm")


class CountError(Exception):
    pass


def read_symbols(elf):
    """[(name, address, size)] of the ELF's defined symbols (size 0 when nm does not know it)."""
    listing = subprocess.run([NM, "-S", "--defined-only", elf], check=True, capture_output=True, text=True).stdout
    symbols = []
    for line in listing.splitlines():
        parts = line.split()
        if len(parts) == 4:
            address, size, _, name = parts
        elif len(parts) == 3:
            address, _, name = parts
            size = "0"
        else:
            continue
        # Thumb functions carry bit 0 in their symbol value; QEMU reports instruction addresses without it.
        symbols.append((name, int(address, 16) & ~1, int(size, 16)))
    return symbols


def _find(symbols, candidates):
    for candidate in candidates:
        for name, address, _ in symbols:
            if name == candidate or (candidate.endswith("E") and name.startswith(candidate)):
                return name, address
    raise CountError("none of %s in the firmware (did the REPL's functions get renamed or inlined?)" % candidates)


def plugin_arguments(elf):
    """The insn_count arguments for the firmware: start, stop and the interrupt handlers to leave out."""
    symbols = read_symbols(elf)
    start_name, start = _find(symbols, START_SYMBOLS)
    stop_name, stop = _find(symbols, STOP_SYMBOLS)
    handlers = sorted({(address, address + size) for name, address, size in symbols
                       if name.endswith(HANDLER_SUFFIXES) and size > 0})
    arguments = ["start=%#x" % start, "stop=%#x" % stop]
    arguments += ["exclude=%#x-%#x" % handler for handler in handlers]
    return arguments, (start_name, stop_name, len(handlers))


class CountingBoard:
    """One QEMU boot of `firmware` with the plugin, in the raw REPL, ready to run programs."""

    def __init__(self, firmware, plugin, timeout=60.0):
        self.timeout = timeout
        self.directory = tempfile.mkdtemp(prefix="insn_count.")
        self.counts_path = os.path.join(self.directory, "counts.txt")
        arguments, self.window = plugin_arguments(firmware)
        plugin_spec = ",".join([os.path.abspath(plugin)] + arguments + ["out=" + self.counts_path])
        self.board = board_client.start_qemu(firmware, ["-plugin", plugin_spec], icount=True)
        self.windows_read = 0
        try:
            self.board.wait_for_prompt(timeout)
            self.board.enter_raw()
        except board_client.BoardError:
            self.close()
            raise

    def _next_window(self):
        """The count of the next window to close (the plugin writes it as the REPL asks for input again)."""
        deadline = time.monotonic() + self.timeout
        while True:
            if os.path.exists(self.counts_path):
                with open(self.counts_path) as f:
                    lines = [line.split() for line in f if line.startswith("window ")]
                if len(lines) > self.windows_read:
                    count = int(lines[self.windows_read][2])
                    self.windows_read += 1
                    return count
            if time.monotonic() > deadline:
                raise CountError("the plugin reported no window %d" % (self.windows_read + 1))
            time.sleep(0.01)

    def run(self, source, timeout=None):
        """Runs `source` (str or bytes): (stdout, traceback, instructions in its window), \\r\\n made \\n."""
        out, err = self.board.exec_raw_paste(source, timeout or self.timeout)
        count = self._next_window()
        return out.replace(b"\r\n", b"\n"), err.replace(b"\r\n", b"\n"), count

    def close(self):
        self.board.close()
        for name in os.listdir(self.directory):
            os.unlink(os.path.join(self.directory, name))
        os.rmdir(self.directory)
