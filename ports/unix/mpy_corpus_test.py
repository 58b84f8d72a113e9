#!/usr/bin/env python3
"""Runs the language corpus from .mpy files: every program (and its helper modules) is compiled with mpy-cross,
then run as `mica -m prog` from a folder that holds only the .mpy files, and its output compared with CPython's
run of the .py (tests/run_tests.py does the comparing).

  mpy_corpus_test.py --mica MICA --mpy-cross MPYCROSS [--qemu-arm] [--vmonly] [run_tests.py options...]

A file mpy-cross rejects (the SyntaxError tests and the broken helpers of syntax/_bad/) is kept as .py, so the
program still fails the way the test expects. The same .mpy files serve the host and the 32-bit ARM build
(--qemu-arm): the format is architecture independent. Skipped: tests/unix.skip (and tests/arm.skip under
qemu-arm), tests/mpy.skip (what differs only because the program runs with -m), and with --vmonly (MICA is the
VM-only build, which links no compiler) tests/vmonly.skip: the programs that compile source at run time.
"""
import os
import shlex
import shutil
import subprocess
import sys


def build_mirror(tests, mirror, mpy_cross):
    """Compiles tests/**/*.py into mirror/ (same layout); other files are copied. Returns (compiled, kept)."""
    compiled = kept = 0
    for root, dirs, files in os.walk(tests):
        dirs[:] = [d for d in dirs if d not in ("_selfcheck", "__pycache__")]
        out_dir = os.path.join(mirror, os.path.relpath(root, tests))
        os.makedirs(out_dir, exist_ok=True)
        for name in files:
            src = os.path.join(root, name)
            if not name.endswith(".py"):
                shutil.copyfile(src, os.path.join(out_dir, name))
                continue
            out = os.path.join(out_dir, name[:-3] + ".mpy")
            source_name = name  # as tracebacks name a program run from its folder
            result = subprocess.run([mpy_cross, "-o", out, "-s", source_name, src], stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE)
            if result.returncode == 0:
                compiled += 1
            else:
                shutil.copyfile(src, os.path.join(out_dir, name))
                kept += 1
    return compiled, kept


def run_one(argv):
    """Wrapper mode: argv = [prog.py, args...] with cwd = the program's folder in tests/."""
    tests = os.environ["MICA_MPY_TESTS"]
    mirror = os.environ["MICA_MPY_MIRROR"]
    interpreter = shlex.split(os.environ["MICA_MPY_INTERPRETER"])
    prog = argv[0]
    here = os.path.relpath(os.getcwd(), tests)
    target = os.path.join(mirror, here)
    module = prog[:-3]
    if os.path.exists(os.path.join(target, module + ".mpy")):
        os.chdir(target)
        os.execvp(interpreter[0], interpreter + ["-m", module] + argv[1:])
    # Not compilable (a SyntaxError test): run the source, which fails as the test expects.
    os.execvp(interpreter[0], interpreter + argv)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--run":
        return run_one(sys.argv[2:])
    args = sys.argv[1:]
    mica = mpy_cross = None
    qemu = False
    vmonly = False
    rest = []
    while args:
        arg = args.pop(0)
        if arg == "--mica":
            mica = os.path.abspath(args.pop(0))
        elif arg == "--mpy-cross":
            mpy_cross = os.path.abspath(args.pop(0))
        elif arg == "--qemu-arm":
            qemu = True
        elif arg == "--vmonly":
            vmonly = True
        else:
            rest.append(arg)
    tests = os.path.abspath("tests")
    tmp = os.environ.get("TEST_TMPDIR", "/tmp")
    mirror = os.path.join(tmp, "mpy-corpus")
    shutil.rmtree(mirror, ignore_errors=True)
    compiled, kept = build_mirror(tests, mirror, mpy_cross)
    print("mpy-cross: %d files compiled, %d kept as source (rejected by the compiler)" % (compiled, kept))
    wrapper = os.path.join(tmp, "mica-mpy")
    with open(wrapper, "w") as f:
        f.write('#!/bin/sh\nexec python3 "%s" --run "$@"\n' % os.path.abspath(__file__))
    os.chmod(wrapper, 0o755)
    env = dict(os.environ)
    env["MICA_MPY_TESTS"] = tests
    env["MICA_MPY_MIRROR"] = mirror
    env["MICA_MPY_INTERPRETER"] = ("qemu-arm " if qemu else "") + shlex.quote(mica)
    skips = ["--skip-file", "tests/unix.skip", "--skip-file", "tests/mpy.skip"]
    if qemu:
        skips += ["--skip-file", "tests/arm.skip"]
    if vmonly:
        skips += ["--skip-file", "tests/vmonly.skip"]
    command = [sys.executable, "tests/run_tests.py", "-q", "--jobs", "2", "--interpreter", wrapper] + skips + rest
    return subprocess.run(command, env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
