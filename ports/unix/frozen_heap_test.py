#!/usr/bin/env python3
"""The heap an import costs: a frozen module (bytecode left in the image) against the same module imported from
.py (compiled at run time) and from .mpy (loaded into the heap).

  frozen_heap_test.py --mica MICA --mpy-cross MPYCROSS --big-module frozen_big.py [--qemu-arm]

MICA must be a build with frozen_big frozen in (mica_frozen). The module has one big function, so its bytecode
and line table dominate; frozen, only RawCode headers, constants and names reach the heap. Prints the three
figures (gc.mem_alloc() after a collection, before and after each import) and fails unless the frozen import
costs less than half of either of the others.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

PROGRAM = """\
import gc
def cost(name):
    gc.collect()
    before = gc.mem_alloc()
    __import__(name)
    gc.collect()
    return gc.mem_alloc() - before
print("frozen", cost("frozen_big"))
print("py", cost("big_source"))
print("mpy", cost("big_mpy"))
import frozen_big, big_source, big_mpy
print(frozen_big.RESULT == big_source.RESULT == big_mpy.RESULT)
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mica", required=True)
    ap.add_argument("--mpy-cross", required=True)
    ap.add_argument("--big-module", required=True)
    ap.add_argument("--qemu-arm", action="store_true")
    args = ap.parse_args()
    mica = os.path.abspath(args.mica)
    work = tempfile.mkdtemp(dir=os.environ.get("TEST_TMPDIR"))
    try:
        shutil.copyfile(args.big_module, os.path.join(work, "big_source.py"))
        subprocess.run([args.mpy_cross, "-o", os.path.join(work, "big_mpy.mpy"), "-s", "big_mpy.py",
                        args.big_module], check=True)
        with open(os.path.join(work, "measure.py"), "w") as f:
            f.write(PROGRAM)
        command = (["qemu-arm"] if args.qemu_arm else []) + [mica, "measure.py"]
        result = subprocess.run(command, cwd=work, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                universal_newlines=True, timeout=120)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(result.stdout, end="")
    if result.returncode != 0:
        print("FAIL: exit status %d\n%s" % (result.returncode, result.stderr))
        return 1
    costs = dict((m.group(1), int(m.group(2))) for m in re.finditer(r"^(\w+) (\d+)$", result.stdout, re.M))
    if set(costs) != {"frozen", "py", "mpy"} or not result.stdout.rstrip().endswith("True"):
        print("FAIL: unexpected output")
        return 1
    if not (costs["frozen"] * 2 < costs["mpy"] and costs["frozen"] * 2 < costs["py"]):
        print("FAIL: the frozen import should cost less than half the heap of the .py and .mpy imports")
        return 1
    print("PASS: frozen import takes %.0f%% of the .mpy import's heap, %.0f%% of the .py import's" %
          (100.0 * costs["frozen"] / costs["mpy"], 100.0 * costs["frozen"] / costs["py"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
