#!/bin/sh
# Programs that need no compiler at run time: a .mpy script and a module run with -m from a .mpy file, in the
# VM-only build, and a frozen module run with -m from the binary itself.
# run_precompiled_test.sh <mica_vmonly> <mica_frozen> <mpy-cross>
set -eu
vmonly="${PWD}/$1"
frozen="${PWD}/$2"
mpy_cross="${PWD}/$3"
fail=0

expect_output() {  # expect_output <expected stdout> <command...>
  expected="$1"
  shift
  status=0
  out=$("$@" 2>&1) || status=$?
  if [ "$status" != 0 ] || [ "$out" != "$expected" ]; then
    printf 'FAIL: %s\n  exit status %s, output:\n%s\n  expected:\n%s\n' "$*" "$status" "$out" "$expected"
    fail=1
  fi
}

cd "${TEST_TMPDIR}"
cat >hello.py <<'PY'
import sys
print("hello from", __name__, sys.argv[1:])
PY
"$mpy_cross" -o hello.mpy hello.py
rm hello.py  # nothing to compile from, even by mistake

expect_output "hello from __main__ ['a', 'b']" "$vmonly" hello.mpy a b
expect_output "hello from __main__ ['c']" "$vmonly" -m hello c
expect_output "frozen_hello runs as __main__" "$frozen" -m frozen_hello
expect_output "" "$frozen" -m frozen_pkg.sub
# A package runs its __init__ as __main__, with the package as __package__ for its relative imports (which import
# the package itself first, as `python -m pkg.__main__` would).
expect_output "" "$frozen" -m frozen_pkg
mkdir -p pkg
printf 'from . import helper\nprint("init", __name__, __package__)\n' >pkg/__init__.py
printf 'print("helper", __name__)\n' >pkg/helper.py
"$mpy_cross" -o pkg/__init__.mpy pkg/__init__.py
"$mpy_cross" -o pkg/helper.mpy pkg/helper.py
rm pkg/*.py
expect_output "helper pkg.helper
init pkg pkg
init __main__ pkg" "$vmonly" -m pkg

status=0
err=$("$frozen" -m frozen_absent 2>&1) || status=$?
if [ "$status" != 1 ] || [ "$err" != "mica: No module named 'frozen_absent'" ]; then
  echo "FAIL: mica_frozen -m frozen_absent: exit status $status, stderr: $err"
  fail=1
fi

[ "$fail" = 0 ] && echo "PASS"
exit "$fail"
