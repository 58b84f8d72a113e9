#!/usr/bin/env python3
"""Instructions per reference program on the pyboard firmware under QEMU, against MicroPython's Cortex-M3 figures.

usage: benchmarks/board.py [--firmware ELF] [--plugin SO] [--bench-dir DIR] [--programs fib.py,loops.py] [--repeat K]

For each ../shared/bench program (all of them; the anchor has figures for fib, loops, queens, nbody and objects):
boots bazel-bin/ports/pyboard/firmware.elf on `qemu-system-arm -M netduinoplus2 -icount shift=0,sleep=off` with
the insn_count plugin (tools/qemu_plugins), runs `pass` and then the program through the raw REPL, and prints
  program, millions of instructions (the program's window minus pass's), whether the output matched CPython's,
  the anchor's Cortex-M3 figure and the ratio to it, and the geometric mean of the ratios.
The window is the anchor's: compile+execute to the REPL's next read (tools/qemu_plugins/board_counter.py says
which firmware functions bracket it). Every measurement boots afresh, so counts do not depend on the order.

Each program is measured --repeat times (default 3) and the median is shown with the spread (max - min) in parts
per million. Most programs repeat exactly; those that collect garbage often can differ by up to ~0.2% because the
number of collections varies by one or two between boots: the conservative C-stack scan sees stale words left
below the stack pointer by interrupt entry (SysTick and USART frames pushed on the thread stack), and where those
frames land depends on when the host's bytes arrived. benchmarks/README.md has the evidence.

A program that does not fit the board is measured from benchmarks/board/<name> when that exists (a scaled-down
copy; its header says what changed) and is marked "scaled". Without --firmware/--plugin it builds both with Bazel.
This is a benchmark, not a test: it never fails on a number (tools/qemu_plugins:insn_count_test is the test).
"""
import argparse
import math
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_BENCH = os.path.normpath(os.path.join(ROOT, "..", "shared", "bench"))
SCALED_DIR = os.path.join(HERE, "board")
sys.path.insert(0, os.path.join(ROOT, "tools", "qemu_plugins"))
import board_counter  # noqa: E402


def anchor_m3(bench_dir):
    """{program: millions} from anchor.md's "On emulated microcontrollers" table (the Cortex-M3 column)."""
    figures = {}
    path = os.path.join(bench_dir, "anchor.md")
    if not os.path.exists(path):
        return figures
    section = open(path).read().partition("## On emulated microcontrollers")[2]
    for match in re.finditer(r"^\|\s*(\w+\.py)\s*\|\s*([\d.]+)\s*\|", section, re.M):
        figures[match.group(1)] = float(match.group(2))
    return figures


def build(root):
    """Builds the firmware and the plugin; returns their paths."""
    subprocess.run(["bazel", "build", "//ports/pyboard:firmware", "//tools/qemu_plugins:libinsn_count.so"],
                   cwd=root, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    bin_dir = os.path.join(root, "bazel-bin")
    return (os.path.join(bin_dir, "ports", "pyboard", "firmware.elf"),
            os.path.join(bin_dir, "tools", "qemu_plugins", "libinsn_count.so"))


def measure(firmware, plugin, source, timeout):
    """(output, traceback, instructions of the program minus those of `pass`) on a freshly booted board."""
    board = board_counter.CountingBoard(firmware, plugin, timeout)
    try:
        _, _, baseline = board.run("pass")
        out, err, count = board.run(source, timeout)
    finally:
        board.close()
    return out, err, count - baseline


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--firmware", default="")
    parser.add_argument("--plugin", default="")
    parser.add_argument("--bench-dir", default=DEFAULT_BENCH)
    parser.add_argument("--programs", default="", help="comma-separated names (default: every *.py there)")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per program")
    parser.add_argument("--repeat", type=int, default=3, help="boots per program (the median is shown)")
    args = parser.parse_args()
    firmware, plugin = args.firmware, args.plugin
    if not firmware or not plugin:
        built_firmware, built_plugin = build(ROOT)
        firmware, plugin = firmware or built_firmware, plugin or built_plugin
    anchor = anchor_m3(args.bench_dir)
    programs = sorted(p for p in os.listdir(args.bench_dir) if p.endswith(".py"))
    if args.programs:
        programs = [p for p in programs if p in args.programs.split(",")]

    _, (start, stop, handlers) = board_counter.plugin_arguments(firmware)
    names = subprocess.run(["arm-none-eabi-c++filt", start, stop], capture_output=True, text=True).stdout.split("\n")
    if len(names) >= 2 and names[0] and names[1]:
        start, stop = names[0], names[1]
    print("window: %s .. %s; %d interrupt handlers not counted" % (start, stop, handlers))
    print("%-16s %12s %8s  %-7s %10s %7s" % ("program", "Minsn", "spread", "output", "anchor M3", "ratio"))
    ratios = []
    for name in programs:
        path = os.path.join(args.bench_dir, name)
        scaled = os.path.exists(os.path.join(SCALED_DIR, name))
        if scaled:
            path = os.path.join(SCALED_DIR, name)
        with open(path, "rb") as f:
            source = f.read()
        expected = subprocess.run(["python3", path], capture_output=True).stdout
        try:
            runs = [measure(firmware, plugin, source, args.timeout) for _ in range(max(1, args.repeat))]
        except (board_counter.CountError, board_counter.board_client.BoardError) as error:
            print("%-16s %12s  %s" % (name, "-", "failed: %s" % str(error)[:200]), flush=True)
            continue
        counts = sorted(run[2] for run in runs)
        count = counts[len(counts) // 2]
        spread = "%6dppm" % round((counts[-1] - counts[0]) * 1e6 / count) if counts[-1] != counts[0] else "   exact"
        out, err = runs[0][0], runs[0][1]
        if err:
            verdict = "error: " + err.decode(errors="replace").strip().splitlines()[-1]
        else:
            verdict = "ok" if out == expected else "WRONG"
        if any(run[:2] != (out, err) for run in runs):
            verdict = "VARIES"
        line = "%-16s %12.3f %8s  %-7s" % (name, count / 1e6, spread, verdict)
        if name in anchor and not scaled:
            ratio = count / 1e6 / anchor[name]
            line += " %10.2f %7.3f" % (anchor[name], ratio)
            if verdict == "ok":
                ratios.append(ratio)
        if scaled:
            line += "  (scaled: benchmarks/board/%s)" % name
        print(line, flush=True)
    if ratios:
        geomean = math.exp(sum(map(math.log, ratios)) / len(ratios))
        print("geomean ratio %.3f over %d programs" % (geomean, len(ratios)))


if __name__ == "__main__":
    main()
