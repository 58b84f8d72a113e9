#!/usr/bin/env python3
"""Talks to a Mica (or MicroPython) board's console: the friendly REPL, the raw REPL and raw-paste mode.

As a library: `Board(stream)` over anything with read/write of bytes (a QEMU process from `start_qemu`, or a
serial port opened by the caller). As a command, it runs a program on a board and acts like an interpreter:

    board_client.py --qemu-pyboard firmware.elf program.py

boots the firmware in qemu-system-arm (netduinoplus2), sends the program through raw-paste mode, copies what it
printed to stdout and its traceback to stderr, and exits 1 if it raised (0 otherwise), so tests/run_tests.py can
use it as `--interpreter`. docs/repl.md describes the bytes on the wire.
"""
import argparse
import os
import select
import subprocess
import sys
import time

RAW_BANNER = b"raw REPL; CTRL-B to exit\r\n>"
SOFT_REBOOT = b"MPY: soft reboot\r\n"
TIMEOUT = 20.0


class BoardError(Exception):
    pass


class Board:
    """The console of one board: send() bytes, expect() what comes back. `seen` keeps everything read."""

    def __init__(self, read_fd, write_fd, process=None):
        self.read_fd = read_fd
        self.write_fd = write_fd
        self.process = process
        self.pending = b""
        self.seen = b""

    # -- the byte stream
    def send(self, data):
        os.write(self.write_fd, data)

    def _read_some(self, deadline):
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        ready, _, _ = select.select([self.read_fd], [], [], min(left, 0.1))
        if ready:
            try:
                chunk = os.read(self.read_fd, 4096)
            except OSError:  # a pseudo-terminal whose other side has closed
                chunk = b""
            if not chunk:
                raise BoardError("the board's console closed; last output: %r" % self.seen[-300:])
            self.pending += chunk
            self.seen += chunk
        return True

    def expect(self, pattern, timeout=TIMEOUT):
        """Waits for `pattern`; returns what came before it and consumes both."""
        deadline = time.monotonic() + timeout
        while pattern not in self.pending:
            if not self._read_some(deadline):
                raise BoardError("timed out waiting for %r; got %r" % (pattern, self.pending[-300:]))
        before, _, self.pending = self.pending.partition(pattern)
        return before

    def read_exactly(self, count, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        while len(self.pending) < count:
            if not self._read_some(deadline):
                raise BoardError("timed out waiting for %d bytes; got %r" % (count, self.pending))
        data, self.pending = self.pending[:count], self.pending[count:]
        return data

    def drain(self, seconds):
        """Whatever arrives within `seconds`."""
        deadline = time.monotonic() + seconds
        while self._read_some(deadline):
            pass
        data, self.pending = self.pending, b""
        return data

    # -- the friendly REPL
    def wait_for_prompt(self, timeout=TIMEOUT):
        return self.expect(b">>> ", timeout)

    def run_line(self, line, timeout=TIMEOUT):
        """Types one line at the >>> prompt; returns what it printed (the echo removed), without the prompt."""
        self.send(line.encode() + b"\r")
        self.expect(line.encode() + b"\r\n", timeout)
        return self.expect(b">>> ", timeout)

    # -- the raw REPL
    def enter_raw(self):
        self.send(b"\r\x03\x03")  # stop whatever runs
        self.drain(0.2)
        self.send(b"\x01")
        self.expect(RAW_BANNER)

    def exit_raw(self):
        self.send(b"\x02")
        self.expect(b">>> ")

    def exec_raw(self, source, timeout=TIMEOUT):
        """Runs `source` in raw mode (no paste): returns (stdout, traceback) as bytes."""
        self.send(source.encode() if isinstance(source, str) else source)
        self.send(b"\x04")
        self.expect(b"OK", timeout)
        return self._read_result(timeout)

    def exec_raw_paste(self, source, timeout=TIMEOUT):
        """Runs `source` through raw-paste mode, respecting the board's flow-control window."""
        data = source.encode() if isinstance(source, str) else source
        self.send(b"\x05A\x01")
        answer = self.read_exactly(2, timeout)
        if answer != b"R\x01":
            raise BoardError("raw-paste refused: %r" % answer)
        window = int.from_bytes(self.read_exactly(2, timeout), "little")
        credit = window
        sent = 0
        while sent < len(data):
            while credit == 0 or self.pending:
                flag = self.read_exactly(1, timeout)
                if flag == b"\x01":
                    credit += window
                elif flag == b"\x04":  # the board ended the paste early
                    self.send(b"\x04")
                    raise BoardError("the board aborted the raw paste")
                else:
                    raise BoardError("unexpected byte during raw paste: %r" % flag)
            chunk = data[sent:sent + credit]
            self.send(chunk)
            sent += len(chunk)
            credit -= len(chunk)
        self.send(b"\x04")
        # The board acknowledges the end of the data with \x04 (window grants may still arrive first).
        while True:
            flag = self.read_exactly(1, timeout)
            if flag == b"\x04":
                break
            if flag != b"\x01":
                raise BoardError("unexpected byte after raw paste: %r" % flag)
        return self._read_result(timeout)

    def _read_result(self, timeout):
        out = self.expect(b"\x04", timeout)
        err = self.expect(b"\x04", timeout)
        self.expect(b">", timeout)
        return out, err

    def soft_reset_raw(self):
        """Ctrl-D with nothing typed in raw mode: a fresh runtime, and raw mode again."""
        self.send(b"\x04")
        self.expect(b"OK\r\n" + SOFT_REBOOT)
        self.expect(RAW_BANNER)

    def close(self):
        if self.process is not None:
            if self.process.poll() is None:
                self.process.kill()
            self.process.wait()
            if not self.process.stdin.closed:
                self.process.stdin.close()
            self.process.stdout.close()


def start_qemu(firmware, extra_args=(), icount=False):
    """Boots `firmware` on QEMU's netduinoplus2 (an STM32F405): serial0 (USART1) is the returned Board."""
    command = ["qemu-system-arm", "-M", "netduinoplus2", "-nographic", "-monitor", "none", "-serial", "stdio",
               "-semihosting-config", "enable=on,target=native"]
    if icount:
        command += ["-icount", "shift=0,sleep=off"]
    command += list(extra_args) + ["-kernel", firmware]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               bufsize=0)
    return Board(process.stdout.fileno(), process.stdin.fileno(), process)


def run_program(board, source, timeout):
    """Runs a program as a script would run: its output, its traceback and a CPython-like exit status."""
    board.wait_for_prompt()
    board.enter_raw()
    out, err = board.exec_raw_paste(source, timeout)
    return out.replace(b"\r\n", b"\n"), err.replace(b"\r\n", b"\n"), 1 if err else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--qemu-pyboard", metavar="FIRMWARE_ELF", required=True)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("program")
    args = parser.parse_args()
    with open(args.program, "rb") as f:
        source = f.read()
    board = start_qemu(args.qemu_pyboard)
    try:
        out, err, status = run_program(board, source, args.timeout)
    except BoardError as error:
        sys.stdout.buffer.write(board.seen.replace(b"\r\n", b"\n"))
        sys.stderr.write("board_client: %s\n" % error)
        return 3
    finally:
        board.close()
    sys.stdout.buffer.write(out)
    sys.stdout.flush()
    sys.stderr.buffer.write(err)
    return status


if __name__ == "__main__":
    sys.exit(main())
