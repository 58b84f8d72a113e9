#!/usr/bin/env python3
"""Mica's benchmark report: instructions per reference program and the smallest heap each one runs in.

usage: benchmarks/run.py [--interpreter PATH] [--bench-dir DIR] [--no-heap] [--programs a.py,b.py]

- Instructions: runs ../shared/bench/measure (callgrind) with the interpreter and prints its table with the ratio
  to the MicroPython anchor figures (anchor-micropython.txt) and the geometric mean. Instruction counts repeat
  exactly on one machine; wall time does not, so it is not reported.
- Heap: the smallest `-X heapsize=` (to 1 KiB) under which each program still prints CPython's output, found by
  bisection. It needs no instrumentation in the interpreter and is what a board has to provide.

This is a benchmark, not a test: it never fails on a number. It builds the -c opt mica itself.
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_BENCH = os.path.normpath(os.path.join(ROOT, "..", "shared", "bench"))


def expected_output(program):
    return subprocess.run(["python3", program], capture_output=True, text=True).stdout


def runs_in(interpreter, program, heap_bytes, expected):
    try:
        run = subprocess.run([interpreter, "-X", "heapsize=%d" % heap_bytes, program],
                             capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        return False
    return run.returncode == 0 and run.stdout == expected


def smallest_heap(interpreter, program):
    expected = expected_output(program)
    high = 64 << 20
    if not runs_in(interpreter, program, high, expected):
        return None
    low = 1024  # known to fail or irrelevant below this
    while high - low > 1024:
        middle = (low + high) // 2
        if runs_in(interpreter, program, middle, expected):
            high = middle
        else:
            low = middle
    return high


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--interpreter", default="",
                        help="default: builds //ports/unix:mica with -c opt and uses that binary (bazel-bin follows "
                             "whatever configuration was built last, so it is not used)")
    parser.add_argument("--bench-dir", default=DEFAULT_BENCH)
    parser.add_argument("--no-heap", action="store_true")
    parser.add_argument("--programs", default="")
    args = parser.parse_args()
    if args.interpreter:
        interpreter = os.path.abspath(args.interpreter)
    else:
        subprocess.run(["bazel", "build", "-c", "opt", "//ports/unix:mica"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        bin_dir = subprocess.run(["bazel", "info", "-c", "opt", "bazel-bin"], cwd=ROOT, check=True,
                                 capture_output=True, text=True).stdout.strip()
        interpreter = os.path.join(bin_dir, "ports", "unix", "mica")
    if not os.path.exists(interpreter):
        sys.exit("no interpreter at %s; build it with: bazel build -c opt //ports/unix:mica" % interpreter)

    print("== instructions (millions), output check, ratio to the MicroPython anchor")
    sys.stdout.flush()
    subprocess.run([sys.executable, os.path.join(args.bench_dir, "measure"), "--ratio-to",
                    os.path.join(args.bench_dir, "anchor-micropython.txt"), interpreter])

    if args.no_heap:
        return
    print("== smallest heap that runs each program (KiB)")
    programs = sorted(p for p in os.listdir(args.bench_dir) if p.endswith(".py"))
    if args.programs:
        programs = [p for p in programs if p in args.programs.split(",")]
    for name in programs:
        size = smallest_heap(interpreter, os.path.join(args.bench_dir, name))
        print("%-16s %s" % (name, "%8d" % (size // 1024) if size else "  does not run in 64 MiB"), flush=True)


if __name__ == "__main__":
    main()
