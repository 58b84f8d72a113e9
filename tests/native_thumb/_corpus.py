#!/usr/bin/env python3
"""Runs corpus programs with @micropython.native added to their functions and methods, mechanically.

usage: python3 -I tests/native_thumb/_corpus.py --interpreter MICA [--jobs N] [folders or files under tests/ ...]

For each program: every `def` without decorators at the top level or in a top-level class gets
`@micropython.native`. A function the native emitter refuses (its SyntaxError "native code does not support ...",
at a line inside that function) loses the decorator again, until the program compiles. The output must then equal the same program's output without any
decorator, run by the same interpreter (the bytecode VM), so the comparison tests the native code only.
Programs whose output is not repeatable, that end with an uncaught exception, or where no function could be
compiled natively are not counted; traceback entries are compared without their line numbers (native code
reports its def line). Run it with -I: its own folder has a traceback.py that would hide the standard module.
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

TESTS_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/
DEFAULT_PATHS = ["basics", "functions", "classes"]
REFUSED = re.compile(r'File "[^"]*", line (\d+)\s*\n(?:.*\n)*?SyntaxError: (native code does not support|'
                     r'native function too large)')
# Programs whose output legitimately differs with native code: why.
DIFFERENT = {
    "functions/recursion_limit.py": "native frames use more C stack: the recursion limit is reached at another depth",
}
HEADER = "import micropython\n"


def top_level_defs(lines):
    """{line index: indentation} of the `def`s with no decorator (the previous non-blank line is not `@...`) at the
    top level or directly in a top-level class (methods)."""
    found = {}
    in_class = False
    for i, line in enumerate(lines):
        if line.strip() and not line[0].isspace():
            in_class = line.startswith("class ")
        indent = "" if line.startswith("def ") else "    " if in_class and line.startswith("    def ") else None
        if indent is None:
            continue
        j = i - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        if j < 0 or not lines[j].strip().startswith("@"):
            found[i] = indent
    return found


def with_decorators(lines, decorated, defs):
    """The program with the decorator on the functions in `decorated` and a blank line in its place on the other
    `defs`, so that line numbers are the same in every variant."""
    out = [HEADER]
    for i, line in enumerate(lines):
        if i in decorated:
            out.append(defs[i] + "@micropython.native\n")
        elif i in defs:
            out.append("\n")
        out.append(line)
    return "".join(out)


TRACEBACK_LINE = re.compile(r'^(  File "[^"]*", line )\d+(, in \S+)$', re.M)


def comparable(output):
    """Native code has no line table (its traceback entries give the def line): compare without line numbers."""
    return TRACEBACK_LINE.sub(r"\1N\2", output)


def run(interpreter, source, path):
    scratch = path + ".native_corpus.py"
    with open(scratch, "w") as f:
        f.write(source)
    try:
        result = subprocess.run(interpreter + [scratch], capture_output=True, timeout=60, cwd=os.path.dirname(path))
        return result.returncode, (result.stdout + result.stderr).decode(errors="replace").replace(scratch, path)
    except subprocess.TimeoutExpired:
        return -1, "timeout"
    finally:
        os.remove(scratch)


def check(interpreter, path):
    """(status, detail): status is 'pass', 'fail' or 'skip'."""
    lines = open(path).read().splitlines(keepends=True)
    defs = top_level_defs(lines)
    if not defs:
        return "skip", "no top-level function"
    status, expected = run(interpreter, with_decorators(lines, set(), defs), path)
    if status != 0:
        return "skip", "does not run cleanly without native code"
    if run(interpreter, with_decorators(lines, set(), defs), path)[1] != expected:
        return "skip", "output not repeatable"
    decorated = set(defs)
    output = ""
    while decorated:
        status, output = run(interpreter, with_decorators(lines, decorated, defs), path)
        refused = REFUSED.search(output)
        if not refused:
            break
        # The def that holds the error's line: in the decorated text, def d is at 1-based line
        # d + 2 + (decorator or blank lines inserted up to and including its own).
        error_line = int(refused.group(1))
        owner = None
        for d in sorted(decorated):
            if d + 2 + sum(1 for e in defs if e <= d) <= error_line:
                owner = d
        if owner is None:
            return "fail", "refused outside any decorated function:\n" + output
        decorated.discard(owner)
    if not decorated:
        return "skip", "no function compiles natively"
    if comparable(output) != comparable(expected):
        return "fail", "%d native functions; output differs:\n--- bytecode\n%s--- native\n%s" % (
            len(decorated), expected, output)
    return "pass", "%d of %d functions native" % (len(decorated), len(defs))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--interpreter", required=True)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    interpreter = [os.path.abspath(args.interpreter)]
    # The variants are written beside each program (so sibling imports and relative files work), in a copy of
    # the corpus: the checkout (or Bazel's runfiles) stays untouched.
    work = tempfile.mkdtemp(prefix="native_corpus_", dir=os.environ.get("TEST_TMPDIR"))
    corpus = os.path.join(work, "tests")
    shutil.copytree(TESTS_DIR, corpus, symlinks=False)
    programs = []
    for p in args.paths or DEFAULT_PATHS:
        full = os.path.join(corpus, p)
        if os.path.isdir(full):
            programs += sorted(os.path.join(full, f) for f in os.listdir(full)
                               if f.endswith(".py") and not f.startswith("_"))
        else:
            programs.append(full)
    results = {}
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = {pool.submit(check, interpreter, p): p for p in programs}
        for future in concurrent.futures.as_completed(futures):
            results[futures[future]] = future.result()
    counts = {"pass": 0, "fail": 0, "skip": 0}
    reasons = {}
    native_functions = 0
    for path in programs:
        name = os.path.relpath(path, corpus)
        status, detail = results[path]
        if status == "fail" and name in DIFFERENT:
            status, detail = "skip", DIFFERENT[name]
        counts[status] += 1
        if status == "skip":
            reasons[detail] = reasons.get(detail, 0) + 1
        if status == "pass":
            native_functions += int(detail.split()[0])
        if status == "fail":
            print("FAIL %s: %s" % (name, detail))
    print("native corpus: %d pass (%d functions compiled natively), %d fail, %d skipped" %
          (counts["pass"], native_functions, counts["fail"], counts["skip"]))
    for reason, count in sorted(reasons.items()):
        print("  skipped %d: %s" % (count, reason))
    shutil.rmtree(work, ignore_errors=True)
    return 1 if counts["fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
