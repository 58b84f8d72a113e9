#!/usr/bin/env python3
"""Runs a cross-built binary under an emulator and checks what it did.

usage: emulated_run.py --binary=PATH [--expect-machine=M] [--expect-class=C] [--expect-output=LINE]...
                       [--expect-status=N] [--timeout=S] -- EMULATOR ARGS... ({binary} is replaced by PATH)

Checks, in order: the ELF header (machine and class, via readelf), that the emulator exits within the timeout
with the expected status, and that every expected line appears in its output. Prints the output either way so a
failing test log shows what the target printed.
"""
import argparse
import os
import subprocess
import sys


def elf_header(path):
    out = subprocess.run(["readelf", "-h", path], capture_output=True, text=True, check=True).stdout
    fields = {}
    for line in out.splitlines():
        if ":" in line:
            key, _, value = line.partition(":")
            fields[key.strip()] = value.strip()
    return fields


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--expect-machine")
    parser.add_argument("--expect-class")
    parser.add_argument("--expect-output", action="append", default=[])
    parser.add_argument("--expect-status", type=int, default=0)
    parser.add_argument("--timeout", type=int, default=120)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = [a for a in args.command if a != "--"]
    binary = os.path.abspath(args.binary)
    failures = []

    header = elf_header(binary)
    print("ELF: class %s, machine %s" % (header.get("Class"), header.get("Machine")))
    if args.expect_class and header.get("Class") != args.expect_class:
        failures.append("ELF class is %r, expected %r" % (header.get("Class"), args.expect_class))
    if args.expect_machine and header.get("Machine") != args.expect_machine:
        failures.append("ELF machine is %r, expected %r" % (header.get("Machine"), args.expect_machine))

    command = [binary if c == "{binary}" else c for c in command]
    print("running: " + " ".join(command), flush=True)
    try:
        run = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, timeout=args.timeout)
        output = run.stdout.decode("utf-8", "replace")
        status = run.returncode
    except subprocess.TimeoutExpired as e:
        output = (e.stdout or b"").decode("utf-8", "replace")
        status = None
        failures.append("no exit within %d s" % args.timeout)
    sys.stdout.write(output)
    if not output.endswith("\n"):
        print()
    if status is not None and status != args.expect_status:
        failures.append("exit status %s, expected %d" % (status, args.expect_status))
    for line in args.expect_output:
        if line not in output:
            failures.append("missing output: %r" % line)
    for f in failures:
        print("FAIL: " + f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
