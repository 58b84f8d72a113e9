#!/usr/bin/env python3
"""Mica language conformance test runner (stdlib only).

For every test program the expected result is either the program's `<name>.py.exp` file (a deliberate,
documented difference from CPython) or what CPython prints when it runs the program. The actual result is what
the interpreter under test prints. stdout must match exactly, the exit status must match, and for programs that
carry the marker `# expect: stderr-last-line` the last non-empty line of stderr must match too.

See tests/README.md for the conventions (helper modules, markers, .exp files, skip files).
"""

import argparse
import concurrent.futures
import difflib
import fnmatch
import glob
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
CACHE_VERSION = "1"
DIFF_LINES = 20

# `# expect: stderr-last-line` (value taken from CPython or from the .exp run) or
# `# expect: stderr-last-line: SomeError: text` (explicit value, required for .exp programs that fail).
STDERR_MARKER = re.compile(r"^#\s*expect:\s*stderr-last-line\s*(?::\s*(?P<value>.*\S))?\s*$", re.M)
# `# expect: exit-status: N` (only meaningful next to a .exp file; otherwise CPython's status is used).
STATUS_MARKER = re.compile(r"^#\s*expect:\s*exit-status\s*:\s*(?P<value>-?\d+)\s*$", re.M)


def is_helper_name(name):
    """Files and folders whose name starts with '_' or '.' are never tests (helper modules, __init__.py,
    __pycache__)."""
    return name.startswith("_") or name.startswith(".")


def is_package_dir(path):
    """A folder holding __init__.py is a helper package imported by tests, never a folder of tests."""
    return os.path.isfile(os.path.join(path, "__init__.py"))


def is_test_file(path):
    path = os.path.abspath(path)
    if not path.endswith(".py") or path == os.path.abspath(__file__):
        return False
    if is_helper_name(os.path.basename(path)):
        return False
    rel = os.path.relpath(path, TESTS_DIR)
    if not rel.startswith(".."):
        parts = rel.split(os.sep)[:-1]
        cur = TESTS_DIR
        for p in parts:
            cur = os.path.join(cur, p)
            if is_helper_name(p) or is_package_dir(cur):
                return False
    return True


def walk_tests(root):
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames
                             if not is_helper_name(d) and not is_package_dir(os.path.join(dirpath, d)))
        for f in sorted(filenames):
            p = os.path.join(dirpath, f)
            if is_test_file(p):
                found.append(os.path.abspath(p))
    return found


# Folders of programs that belong to one core choice (toolchains/core_config.bzl): in the default corpus only when
# the interpreter was built with that choice (--float, --ints, --strings); their .exp files hold the expected output.
# Elsewhere the corpus is compared with CPython (binary64 floats, arbitrary ints, unicode str).
CORE_CHOICE_DIRS = {
    "float32": ("float", "binary32"),
    "float_none": ("float", "none"),
    "ints_long_long": ("ints", "long_long"),
    "ints_small": ("ints", "small"),
    "strings_bytes": ("strings", "bytes"),
    "inline_asm_thumb": ("inline_asm", "thumb"),  # @micropython.asm_thumb: machine code, so never in CPython's run
    "native_thumb": ("native", "thumb"),  # @micropython.native: the micropython module is not CPython's
}
CORE_CHOICE_DEFAULTS = {"float": "binary64", "ints": "arbitrary", "strings": "unicode", "inline_asm": "none",
                        "native": "none"}


def collect(args_paths, choices=None):
    choices = dict(CORE_CHOICE_DEFAULTS, **(choices or {}))
    if not args_paths:
        left_out = [os.path.join(TESTS_DIR, d) + os.sep
                    for d, (setting, value) in CORE_CHOICE_DIRS.items() if choices[setting] != value]
        return [p for p in walk_tests(TESTS_DIR) if not any(p.startswith(d) for d in left_out)]
    result = []
    for arg in args_paths:
        matches = []
        for base in (os.getcwd(), TESTS_DIR):
            cand = arg if os.path.isabs(arg) else os.path.join(base, arg)
            matches = sorted(glob.glob(cand, recursive=True)) if glob.has_magic(arg) else (
                [cand] if os.path.exists(cand) else [])
            if matches:
                break
        if not matches:
            raise SystemExit("run_tests.py: no test matches %r" % arg)
        for m in matches:
            if os.path.isdir(m):
                result.extend(walk_tests(m))
            elif is_test_file(m):
                result.append(os.path.abspath(m))
    seen = set()
    unique = []
    for p in result:
        if p not in seen:
            seen.add(p)
            unique.append(p)
    return unique


def test_name(path):
    rel = os.path.relpath(path, TESTS_DIR)
    return path if rel.startswith("..") else rel.replace(os.sep, "/")


def read_skip_files(files):
    """Each line: `path-or-glob  # reason`. Paths are relative to tests/. Blank and comment lines are ignored."""
    entries = []
    for f in files or []:
        with open(f, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                body, _, reason = line.partition("#")
                body = body.strip()
                if not body:
                    continue
                entries.append((body, reason.strip() or "listed in " + os.path.basename(f), f, lineno))
    return entries


def skip_reason(name, entries, used):
    for i, (pattern, reason, _, _) in enumerate(entries):
        if name == pattern or fnmatch.fnmatchcase(name, pattern):
            used.add(i)
            return reason
    return None


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1].strip() if lines else ""


def base_env():
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONUTF8"] = "1"
    for k in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONWARNINGS"):
        env.pop(k, None)
    return env


def run_program(argv, path, timeout):
    """Returns (stdout_bytes, stderr_text, status or None on timeout). The program runs in its own process
    group so that a timeout also ends any children (e.g. of a wrapper script)."""
    try:
        proc = subprocess.Popen(argv + [os.path.basename(path)], cwd=os.path.dirname(path), env=base_env(),
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)
    except OSError as e:
        return b"", "cannot run %s: %s" % (argv[0], e), -1
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            proc.kill()
        out, err = proc.communicate()
        return out, err.decode("utf-8", "replace"), None
    return out, err.decode("utf-8", "replace"), proc.returncode


def helper_files(test_dir):
    """Helper modules and packages beside a test: their content is part of the cache key."""
    out = []
    for entry in sorted(os.listdir(test_dir)):
        p = os.path.join(test_dir, entry)
        if os.path.isfile(p) and entry.endswith(".py") and is_helper_name(entry):
            out.append(p)
        elif os.path.isdir(p) and entry != "__pycache__" and (is_helper_name(entry) or is_package_dir(p)):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
                out.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
    return out


class Expected:
    def __init__(self, stdout, stderr_last, status, source, error=None):
        self.stdout, self.stderr_last, self.status, self.source, self.error = \
            stdout, stderr_last, status, source, error


class Runner:
    def __init__(self, opts):
        self.opts = opts
        self.interp = [resolve_exe(opts.interpreter)] + list(opts.interpreter_arg or [])
        self.cpython = [resolve_exe(opts.cpython)]
        self.cache_dir = opts.expected_dir
        self._cpython_version = None

    def cpython_version(self):
        if self._cpython_version is None:
            try:
                self._cpython_version = subprocess.run(self.cpython + ["-c", "import sys; print(sys.version)"],
                                                       stdout=subprocess.PIPE, timeout=30).stdout
            except (OSError, subprocess.TimeoutExpired):
                self._cpython_version = b"?"
        return self._cpython_version

    def expected(self, path, source):
        stderr_marker = STDERR_MARKER.search(source)
        exp_path = path + ".exp"
        if os.path.exists(exp_path):
            with open(exp_path, "rb") as fh:
                out = fh.read()
            status_m = STATUS_MARKER.search(source)
            status = int(status_m.group("value")) if status_m else 0
            err = None
            if stderr_marker:
                err = stderr_marker.group("value")
                if err is None:
                    return Expected(out, None, status, ".exp", error="a .exp program with a stderr-last-line "
                                    "marker must give the value: `# expect: stderr-last-line: Error: text`")
            return Expected(out, err, status, ".exp")

        h = hashlib.sha256()
        h.update(CACHE_VERSION.encode() + b"\0" + self.cpython_version() + b"\0" + source.encode("utf-8"))
        for helper in helper_files(os.path.dirname(path)):
            with open(helper, "rb") as fh:
                h.update(b"\0" + os.path.relpath(helper, os.path.dirname(path)).encode() + b"\0" + fh.read())
        key = h.hexdigest()
        cache_file = os.path.join(self.cache_dir, key[:2], key) if self.cache_dir else None
        if cache_file and os.path.exists(cache_file):
            with open(cache_file, "rb") as fh:
                data = fh.read()
            header, _, out = data.partition(b"\n")
            status_s, _, err = header.decode("utf-8").partition(" ")
            return self._finish(int(status_s), err, out, stderr_marker, "cpython (cached)")

        out, err_text, status = run_program(self.cpython, path, self.opts.timeout * 3)
        if status is None:
            return Expected(out, None, 0, "cpython", error="CPython timed out producing the expected output")
        err = last_line(err_text).replace("\n", " ")
        if cache_file:
            try:
                os.makedirs(os.path.dirname(cache_file), exist_ok=True)
                tmp = cache_file + ".tmp%d" % os.getpid() + str(id(out))
                with open(tmp, "wb") as fh:
                    fh.write(("%d %s" % (status, err)).encode("utf-8") + b"\n" + out)
                os.replace(tmp, cache_file)
            except OSError:
                pass
        return self._finish(status, err, out, stderr_marker, "cpython")

    @staticmethod
    def _finish(status, err, out, marker, source):
        if marker:
            value = marker.group("value")
            return Expected(out, value if value is not None else err, status, source)
        if status != 0:
            return Expected(out, None, status, source,
                            error="CPython exited with status %d (%s) but the program has no "
                                  "`# expect: stderr-last-line` marker" % (status, err))
        return Expected(out, None, status, source)

    def run_one(self, path, skip):
        start = time.time()
        kind, name, message, details = self._run_one(path, skip)
        return kind, name, message, details, time.time() - start

    def _run_one(self, path, skip):
        name = test_name(path)
        if skip is not None:
            return ("SKIP", name, skip, "")
        try:
            with open(path, encoding="utf-8") as fh:
                source = fh.read()
        except (OSError, UnicodeDecodeError) as e:
            return ("FAIL", name, "cannot read test: %s" % e, "")
        exp = self.expected(path, source)
        if exp.error:
            return ("FAIL", name, "bad test: " + exp.error, "")
        out, err_text, status = run_program(self.interp, path, self.opts.timeout)
        details = []
        message = None
        if status is None:
            message = "timeout"
            details.append("timeout after %g s" % self.opts.timeout)
        if out != exp.stdout:
            message = message or "stdout differs"
            diff = list(difflib.unified_diff(exp.stdout.decode("utf-8", "replace").splitlines(),
                                             out.decode("utf-8", "replace").splitlines(),
                                             "expected (%s)" % exp.source, "actual", lineterm="", n=2))
            if not diff:  # differ only in trailing newline or line endings
                diff = ["expected %r" % exp.stdout[-40:], "actual   %r" % out[-40:]]
            if len(diff) > DIFF_LINES:
                diff = diff[:DIFF_LINES] + ["... (%d more diff lines)" % (len(diff) - DIFF_LINES)]
            details.extend(diff)
        if status is not None and status != exp.status:
            message = message or "exit status differs"
            details.append("exit status: expected %d, got %d" % (exp.status, status))
        if exp.stderr_last is not None and status is not None:
            got = last_line(err_text)
            if got != exp.stderr_last:
                message = message or "stderr last line differs"
                details.append("stderr last line: expected %r" % exp.stderr_last)
                details.append("                  got      %r" % got)
        if message:
            if err_text.strip() and exp.stderr_last is None:
                tail = err_text.strip().splitlines()[-3:]
                details.append("stderr (last lines):")
                details.extend("  " + l for l in tail)
            return ("FAIL", name, message, "\n".join(details))
        return ("PASS", name, "", "")


def resolve_exe(exe):
    if os.sep in exe:
        return os.path.abspath(exe)
    found = shutil.which(exe)
    return found or exe


def default_cache_dir():
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "mica", "expected")


def write_junit(path, results, elapsed):
    failures = sum(1 for r in results if r[0] == "FAIL")
    skipped = sum(1 for r in results if r[0] == "SKIP")
    suite = ET.Element("testsuite", name="mica-conformance", tests=str(len(results)), failures=str(failures),
                       errors="0", skipped=str(skipped), time="%.3f" % elapsed)
    for kind, name, message, details, elapsed in results:
        classname = name.rsplit("/", 1)[0].replace("/", ".") if "/" in name else "tests"
        case = ET.SubElement(suite, "testcase", name=name, classname=classname, time="%.3f" % elapsed)
        if kind == "FAIL":
            el = ET.SubElement(case, "failure", message=message, type="failure")
            el.text = details
        elif kind == "SKIP":
            ET.SubElement(case, "skipped", message=message)
    root = ET.Element("testsuites")
    root.append(suite)
    d = os.path.dirname(os.path.abspath(path))
    os.makedirs(d, exist_ok=True)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def main(argv=None):
    under_bazel = bool(os.environ.get("TEST_SRCDIR"))
    ap = argparse.ArgumentParser(description="Run the Mica conformance corpus against an interpreter.")
    ap.add_argument("--interpreter", required=True, help="interpreter under test (path or command name)")
    ap.add_argument("--interpreter-arg", action="append", default=[],
                    help="extra argument for the interpreter, before the program (repeatable)")
    ap.add_argument("--cpython", default="python3", help="reference interpreter for expected output")
    ap.add_argument("--jobs", "-j", type=int, default=2, help="programs run in parallel (default 2)")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per program (default 10)")
    ap.add_argument("--float", choices=["binary64", "binary32", "none"], default="binary64",
                    help="the interpreter's float format: binary32 adds float32/ to the default corpus, none "
                         "(no float at all) float_none/")
    ap.add_argument("--ints", choices=["arbitrary", "long_long", "small"], default="arbitrary",
                    help="the interpreter's int range: long_long or small adds ints_<choice>/ to the default corpus")
    ap.add_argument("--strings", choices=["unicode", "bytes"], default="unicode",
                    help="the interpreter's str: bytes adds strings_bytes/ to the default corpus")
    ap.add_argument("--inline-asm", choices=["none", "thumb"], default="none",
                    help="the interpreter's inline assembler: thumb adds inline_asm_thumb/ to the default corpus")
    ap.add_argument("--native", choices=["none", "thumb"], default="none",
                    help="the interpreter's native emitter: thumb adds native_thumb/ to the default corpus")
    ap.add_argument("--skip-file", action="append", default=[],
                    help="file of `test/path.py  # reason` lines reported as SKIP (repeatable)")
    ap.add_argument("--junit-xml", default=os.environ.get("XML_OUTPUT_FILE") if under_bazel else None,
                    help="write a JUnit XML report here (default under Bazel: $XML_OUTPUT_FILE)")
    ap.add_argument("--expected-dir", default=None,
                    help="cache of CPython's expected outputs, keyed by content hash "
                         "(default ~/.cache/mica/expected; 'none' disables the cache)")
    ap.add_argument("--quiet", "-q", action="store_true", help="print only failures and the summary")
    ap.add_argument("paths", nargs="*", help="test files, folders or globs (relative to cwd or tests/)")
    opts = ap.parse_args(argv)

    if opts.expected_dir is None:
        if under_bazel and os.environ.get("TEST_TMPDIR"):
            opts.expected_dir = os.path.join(os.environ["TEST_TMPDIR"], "mica-expected")
        else:
            opts.expected_dir = default_cache_dir()
    elif opts.expected_dir.lower() == "none":
        opts.expected_dir = None

    start = time.time()
    tests = collect(opts.paths, {"float": opts.float, "ints": opts.ints, "strings": opts.strings,
                                 "inline_asm": opts.inline_asm, "native": opts.native})
    entries = read_skip_files(opts.skip_file)
    used = set()
    skips = [skip_reason(test_name(p), entries, used) for p in tests]
    for i, (pattern, _, f, lineno) in enumerate(entries):
        if i not in used and not opts.paths:
            print("warning: %s:%d: %r matches no test" % (f, lineno, pattern), file=sys.stderr)

    runner = Runner(opts)
    results = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
        futures = [pool.submit(runner.run_one, p, s) for p, s in zip(tests, skips)]
        for fut in futures:
            res = fut.result()
            results.append(res)
            kind, name, message, details, _ = res
            if kind == "PASS" and opts.quiet:
                continue
            line = "%s %s" % (kind, name)
            if message:
                line += " (%s)" % message
            print(line, flush=True)
            if details:
                print("\n".join("    " + l for l in details.splitlines()), flush=True)

    passed = sum(1 for r in results if r[0] == "PASS")
    failed = sum(1 for r in results if r[0] == "FAIL")
    skipped = sum(1 for r in results if r[0] == "SKIP")
    if opts.junit_xml:
        write_junit(opts.junit_xml, results, time.time() - start)
    summary = "%d passed, %d failed" % (passed, failed)
    if skipped:
        summary += ", %d skipped" % skipped
    print(summary)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
