"""Drives a `mica` process through a pseudo-terminal (or pipes), byte by byte, for the REPL tests."""
import os
import pty
import select
import subprocess
import time

TIMEOUT = 10.0


class Session:
    """`mica [args]` on a pty: send() bytes, expect() output. Everything read is kept in `seen` for messages."""

    def __init__(self, mica, *args, use_pty=True):
        self.pending = b""
        self.seen = b""
        if use_pty:
            self.pid, self.fd = pty.fork()
            if self.pid == 0:
                os.execv(mica, [mica, *args])
            self.process = None
            self.out_fd = self.in_fd = self.fd
        else:
            self.process = subprocess.Popen([mica, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                            stderr=subprocess.STDOUT, bufsize=0)
            self.in_fd = self.process.stdin.fileno()
            self.out_fd = self.process.stdout.fileno()

    def send(self, data):
        os.write(self.in_fd, data)

    def _read_some(self, deadline):
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        ready, _, _ = select.select([self.out_fd], [], [], min(left, 0.1))
        if not ready:
            return True
        try:
            chunk = os.read(self.out_fd, 4096)
        except OSError:  # the pty's other side closed
            chunk = b""
        if not chunk:
            raise EOFError("mica closed its output; seen so far: %r" % self.seen[-400:])
        self.pending += chunk
        self.seen += chunk
        return True

    def expect(self, pattern, timeout=TIMEOUT):
        """Waits for `pattern`; returns what came before it and consumes both."""
        deadline = time.monotonic() + timeout
        while pattern not in self.pending:
            if not self._read_some(deadline):
                raise AssertionError("timed out waiting for %r; pending %r" % (pattern, self.pending[-400:]))
        before, _, self.pending = self.pending.partition(pattern)
        return before

    def read_exactly(self, count, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        while len(self.pending) < count:
            if not self._read_some(deadline):
                raise AssertionError("timed out waiting for %d bytes; pending %r" % (count, self.pending))
        data, self.pending = self.pending[:count], self.pending[count:]
        return data

    def pending_after(self, seconds):
        """Whatever arrives within `seconds` (for checking that nothing does)."""
        deadline = time.monotonic() + seconds
        try:
            while self._read_some(deadline):
                pass
        except EOFError:
            pass
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
            except EOFError:
                pass
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status)
        raise AssertionError("mica did not exit")

    def close(self):
        if self.process is not None:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
            self.process.stdin.close()
            self.process.stdout.close()
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
