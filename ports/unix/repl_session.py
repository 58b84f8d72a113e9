"""Drives a `mica` process through a pseudo-terminal (or pipes), byte by byte, for the REPL tests.

The byte-stream side (send, expect, read_exactly, `seen`) is tools/board_client.py's Board, the same client the
pyboard's tests use over QEMU's serial port; this adds starting the process and waiting for its exit."""
import os
import pty
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from board_client import Board, BoardError  # noqa: E402

TIMEOUT = 10.0


class Session(Board):
    """`mica [args]` on a pty (or pipes). Timeouts and a closed output raise BoardError."""

    def __init__(self, mica, *args, use_pty=True):
        if use_pty:
            pid, fd = pty.fork()
            if pid == 0:
                os.execv(mica, [mica, *args])
            super().__init__(fd, fd)
            self.pid, self.fd = pid, fd
        else:
            process = subprocess.Popen([mica, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                       stderr=subprocess.STDOUT, bufsize=0)
            super().__init__(process.stdout.fileno(), process.stdin.fileno(), process)

    def expect(self, pattern, timeout=TIMEOUT):
        return super().expect(pattern, timeout)

    def read_exactly(self, count, timeout=TIMEOUT):
        return super().read_exactly(count, timeout)

    def pending_after(self, seconds):
        """Whatever arrives within `seconds` (for checking that nothing does), even if mica then exits."""
        try:
            return self.drain(seconds)
        except BoardError:  # the output closed
            data, self.pending = self.pending, b""
            return data

    def wait(self, timeout=TIMEOUT):
        """The exit status."""
        if self.process is not None:
            self.process.stdin.close()
            return self.process.wait(timeout)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                self._read_some(deadline)
            except BoardError:
                pass
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status)
        raise AssertionError("mica did not exit")

    def close(self):
        if self.process is not None:
            super().close()
            return
        try:
            pid, _ = os.waitpid(self.pid, os.WNOHANG)
            if not pid:
                os.kill(self.pid, 9)
                os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
        try:
            os.close(self.fd)
        except OSError:
            pass
