#!/usr/bin/env python3
"""A deliberately broken "interpreter" for checking that every test in the corpus can fail.

It runs the program with the python3 that runs this script, then drops the last line of the program's stdout
and of its stderr, keeping the exit status. Every test must FAIL under it: a test that still passes prints
nothing that is checked. Usage (from tests/):

    python3 run_tests.py --interpreter _selfcheck/drop_last_line.py
"""
import subprocess
import sys


def drop_last(data):
    lines = data.splitlines(keepends=True)
    return b"".join(lines[:-1])


proc = subprocess.run([sys.executable] + sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
sys.stdout.buffer.write(drop_last(proc.stdout))
sys.stderr.buffer.write(drop_last(proc.stderr))
sys.exit(proc.returncode)
