#!/usr/bin/env python3
"""The `mica` command line end to end: every flag, sys.argv, sys.path and the exit statuses.

    command_line_cli_test.py [--wrapper CMD] <mica>

Runs the real binary (under `--wrapper`, e.g. qemu-arm, when given) on small programs in a temporary folder and
checks stdout, stderr and the exit status of each run. Needs only the Python standard library.
"""
import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile

FAILURES = []


class Mica:
    def __init__(self, command, folder):
        self.command = command
        self.folder = folder
        self.home = os.path.join(folder, "home")

    def run(self, *args, env=None, stdin=None, cwd=None):
        environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": self.home}
        environment.update(env or {})
        result = subprocess.run(self.command + list(args), input=stdin, capture_output=True, text=True,
                                env=environment, cwd=cwd or self.folder, timeout=60)
        return result.returncode, result.stdout, result.stderr


def check(name, got, expected):
    if got == expected:
        print("PASS", name)
    else:
        print("FAIL %s\n  expected: %r\n  got:      %r" % (name, expected, got))
        FAILURES.append(name)


def check_run(name, result, status, stdout=None, stderr_has=None):
    got_status, got_stdout, got_stderr = result
    ok = got_status == status and (stdout is None or got_stdout == stdout) and (
        stderr_has is None or stderr_has in got_stderr)
    if ok:
        print("PASS", name)
    else:
        print("FAIL %s\n  expected: status %r stdout %r stderr containing %r\n  got:      status %r stdout %r "
              "stderr %r" % (name, status, stdout, stderr_has, got_status, got_stdout, got_stderr))
        FAILURES.append(name)


def write(folder, name, text):
    path = os.path.join(folder, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    return path


def test_programs(mica):
    f = mica.folder
    check_run("-c runs code", mica.run("-c", "print(6 * 7)"), 0, "42\n")
    check_run("-c: sys.argv is [''] + args", mica.run("-c", "import sys; print(sys.argv)", "a", "-b"), 0,
              "['', 'a', '-b']\n")
    script = write(f, "prog/show_argv.py", "import sys\nprint(sys.argv)\nprint(__name__)\n")
    check_run("script: sys.argv[0] is its path", mica.run(script, "x", "-O"), 0,
              "[%r, 'x', '-O']\n__main__\n" % script)
    check_run("script given relative to cwd", mica.run("prog/show_argv.py"), 0, "['prog/show_argv.py']\n__main__\n")
    write(f, "prog/path0.py", "import sys\nprint(sys.path[0])\n")
    check_run("script: sys.path[0] is its absolute folder", mica.run("prog/path0.py"), 0,
              os.path.realpath(os.path.join(f, "prog")) + "\n")
    check_run("missing script: status 2", mica.run("no_such_file.py"), 2, "", "can't open file")
    write(f, "prog/bad_syntax.py", "print('never')\nx = (\n")
    check_run("SyntaxError: status 1", mica.run("prog/bad_syntax.py"), 1, "", "SyntaxError")


def test_module_option(mica):
    f = mica.folder
    write(f, "lib/runme.py", "import sys\nprint(__name__, sys.argv)\n")
    write(f, "lib/pkg/__init__.py", "print('init', __name__)\n")
    write(f, "lib/pkg/helper.py", "VALUE = 7\n")
    write(f, "lib/pkg/tool.py", "from . import helper\nprint(__name__, __package__, helper.VALUE)\n")
    lib = {"MICROPYPATH": os.path.join(f, "lib")}
    check_run("-m runs a module from sys.path as __main__", mica.run("-m", "runme", "a", "b", env=lib), 0,
              "__main__ ['runme', 'a', 'b']\n")
    check_run("-m finds modules in the current folder", mica.run("-m", "runme", cwd=os.path.join(f, "lib")), 0,
              "__main__ ['runme']\n")
    check_run("-m pkg.mod imports the package, runs the module", mica.run("-m", "pkg.tool", env=lib), 0,
              "init pkg\n__main__ pkg 7\n")
    check_run("-m with an unknown module: status 1", mica.run("-m", "no_such_module", env=lib), 1, "",
              "No module named 'no_such_module'")


def test_exit_statuses(mica):
    check_run("uncaught exception: status 1, traceback", mica.run("-c", "print('before')\n1/0"), 1, "before\n",
              "ZeroDivisionError: division by zero")
    check_run("raise SystemExit(3): status 3", mica.run("-c", "raise SystemExit(3)"), 3, "")
    check_run("sys.exit(4): status 4", mica.run("-c", "import sys\nsys.exit(4)"), 4, "")
    check_run("sys.exit(): status 0", mica.run("-c", "import sys\nsys.exit()"), 0, "")
    check_run("sys.exit('text'): status 1, text on stderr", mica.run("-c", "import sys\nsys.exit('bye')"), 1, "",
              "bye")


def test_flags(mica):
    status, stdout, _ = mica.run("-h")
    check("-h: usage on stdout, status 0", (status, stdout.startswith("usage: mica")), (0, True))
    check_run("unknown flag: status 2", mica.run("-q", "-c", "print(1)"), 2, "", "unknown option: -q")
    check_run("-c without code: status 2", mica.run("-c"), 2, "", "argument expected")
    check_run("-m without module: status 2", mica.run("-m"), 2, "", "argument expected")
    check_run("-v is accepted", mica.run("-v", "-c", "print('v')"), 0, "v\n")
    status, out, err = mica.run("-i", "-c", "x = 6", stdin="print(x * 7)\n")
    check("-i: the REPL runs after the program, in its namespace", (status, "\n42\n" in out, ">>> " in out),
          (0, True, True))
    check_run("-X emit=bytecode is accepted", mica.run("-X", "emit=bytecode", "-c", "print('b')"), 0, "b\n")
    check_run("-X emit=native: not built yet", mica.run("-X", "emit=native", "-c", "print(1)"), 2, "",
              "not built yet")
    check_run("-X emit=viper: not built yet", mica.run("-X", "emit=viper", "-c", "print(1)"), 2, "",
              "not built yet")
    check_run("unknown -X option: status 2", mica.run("-X", "nonsense", "-c", "print(1)"), 2, "",
              "unknown implementation option")


def test_optimisation(mica):
    code = "assert 1 == 2, 'checked'\nprint(__debug__)\n"
    check_run("without -O asserts run", mica.run("-c", code), 1, "", "AssertionError: checked")
    check_run("-O strips asserts, __debug__ is False", mica.run("-O", "-c", code), 0, "False\n")
    check_run("-OO likewise", mica.run("-OO", "-c", code), 0, "False\n")
    check_run("-O0 keeps them", mica.run("-O0", "-c", code), 1, "", "AssertionError")
    write(mica.folder, "opt/asserting.py", "assert False\nprint('imported', __debug__)\n")
    check_run("-O applies to imported modules", mica.run("-O", "-c", "import asserting",
                                                         env={"MICROPYPATH": os.path.join(mica.folder, "opt")}),
              0, "imported False\n")


def test_heap_size(mica):
    check_run("-X heapsize=256k", mica.run("-X", "heapsize=256k", "-c", "print(len(list(range(1000))))"), 0,
              "1000\n")
    check_run("-Xheapsize=1M (attached)", mica.run("-Xheapsize=1M", "-c", "print('ok')"), 0, "ok\n")
    check_run("-X heapsize too small: status 2", mica.run("-X", "heapsize=1k", "-c", "print(1)"), 2, "",
              "mica: ")
    check_run("-X heapsize=bad: status 2", mica.run("-X", "heapsize=lots", "-c", "print(1)"), 2, "",
              "bad heap size")
    check_run("a full heap: MemoryError, status 1",
              mica.run("-X", "heapsize=64k", "-c", "x = []\nwhile True: x.append([0] * 100)"), 1, "",
              "MemoryError")


def test_search_path(mica):
    f = mica.folder
    show = "import sys; print(sys.path)"
    check_run("default path: '', the frozen modules, then ~/.micropython/lib", mica.run("-c", show), 0,
              "['', '.frozen', '%s/.micropython/lib']\n" % mica.home)
    check_run("MICROPYPATH replaces the default", mica.run("-c", show, env={"MICROPYPATH": "/a:/b"}), 0,
              "['', '/a', '/b']\n")
    check_run("MICROPYPATH: empty entries are the current folder, ~/ is HOME",
              mica.run("-c", show, env={"MICROPYPATH": "~/lib::/c:"}), 0,
              "['', '%s/lib', '', '/c', '']\n" % mica.home)
    write(f, "mp/found_there.py", "print('found', __name__)\n")
    check_run("modules are imported from MICROPYPATH",
              mica.run("-c", "import found_there", env={"MICROPYPATH": os.path.join(f, "mp")}), 0,
              "found found_there\n")
    write(mica.home, ".micropython/lib/home_module.py", "print('home')\n")
    check_run("and from ~/.micropython/lib by default", mica.run("-c", "import home_module"), 0, "home\n")


def test_stdin(mica):
    code = ("import sys\nprint(repr(sys.stdin.readline()))\nprint(repr(sys.stdin.read(3)))\n"
            "print(repr(sys.stdin.buffer.read()))\nprint(repr(sys.stdin.read()))\n")
    check_run("sys.stdin: readline, read(n), buffer.read, end of input", mica.run("-c", code, stdin="one\nt\u00e9xt\n"),
              0, "'one\\n'\n't\u00e9x'\nb't\\n'\n''\n")
    check_run("sys.stderr.write goes to stderr", mica.run("-c", "import sys\nsys.stderr.write('err\\n')"), 0, "",
              "err")


def test_interrupt(mica):
    """SIGINT (the terminal's Ctrl-C) raises KeyboardInterrupt in a running loop, unless kbd_intr(-1) turned it off."""
    code = ("import micropython, sys\n"
            "micropython.kbd_intr(-1)\n"
            "print('ready'); sys.stdout.flush()\n"
            "sys.stdin.readline()\n"
            "print('not interrupted'); micropython.kbd_intr(3)\n"
            "print('again'); sys.stdout.flush()\n"
            "try:\n"
            "    while True: pass\n"
            "except KeyboardInterrupt:\n"
            "    print('KeyboardInterrupt')\n")
    process = subprocess.Popen(mica.command + ["-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, cwd=mica.folder)
    lines = [process.stdout.readline()]
    process.send_signal(signal.SIGINT)  # ignored: kbd_intr(-1)
    process.stdin.write("go\n")
    process.stdin.flush()
    lines.append(process.stdout.readline())
    lines.append(process.stdout.readline())
    process.send_signal(signal.SIGINT)
    out, _ = process.communicate(timeout=60)
    check("SIGINT: ignored after kbd_intr(-1), KeyboardInterrupt after kbd_intr(3)",
          ("".join(lines) + out, process.returncode), ("ready\nnot interrupted\nagain\nKeyboardInterrupt\n", 0))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wrapper", default="", help="a command to run mica under (qemu-arm)")
    parser.add_argument("mica")
    args = parser.parse_args()
    command = (args.wrapper.split() if args.wrapper else []) + [os.path.abspath(args.mica)]
    folder = tempfile.mkdtemp(prefix="mica-cli-", dir=os.environ.get("TEST_TMPDIR"))
    try:
        mica = Mica(command, folder)
        os.makedirs(mica.home)
        for test in (test_programs, test_module_option, test_exit_statuses, test_flags, test_optimisation,
                     test_heap_size, test_search_path, test_stdin, test_interrupt):
            test(mica)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print("%d failed" % len(FAILURES))
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
