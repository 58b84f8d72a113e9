#!/bin/sh
# .mpy files and a build without float (float = "none"): a float or complex constant in a .mpy file from a
# float build is a clean ValueError when mica_nofloat loads it, and the no-float mpy-cross refuses float and
# imaginary literals as the compiler does (SyntaxError) while compiling int-only code that mica_nofloat runs.
# nofloat_mpy_test.sh <mica_nofloat> <mpy-cross> <mpy-cross built with float = none>
set -eu
nofloat="${PWD}/$1"
mpy_cross="${PWD}/$2"
mpy_cross_nofloat="${PWD}/$3"
fail=0

expect() {  # expect <exit status> <last line of output> <command...>
  want_status="$1"
  want_line="$2"
  shift 2
  status=0
  out=$("$@" 2>&1) || status=$?
  last=$(printf '%s\n' "$out" | tail -n 1)
  if [ "$status" != "$want_status" ] || [ "$last" != "$want_line" ]; then
    printf 'FAIL: %s\n  exit status %s, output:\n%s\n  expected status %s, last line:\n%s\n' "$*" "$status" "$out" \
      "$want_status" "$want_line"
    fail=1
  fi
}

cd "${TEST_TMPDIR}"
printf 'print("start")\nx = 2.5\nprint(x)\n' >with_float.py
printf 'print("start")\nz = 3j\nprint(z)\n' >with_complex.py
printf 'print(sum(range(5)), 7 // 2, "no float")\n' >ints_only.py

"$mpy_cross" -o with_float.mpy with_float.py
"$mpy_cross" -o with_complex.mpy with_complex.py
expect 1 "ValueError: this .mpy file has a float constant and this build has no float" "$nofloat" with_float.mpy
expect 1 "ValueError: this .mpy file has a complex constant and this build has no float" "$nofloat" with_complex.mpy

expect 1 "with_float.py:2:5: SyntaxError: decimal numbers not supported" "$mpy_cross_nofloat" -o out.mpy with_float.py
expect 1 "with_complex.py:2:5: SyntaxError: decimal numbers not supported" "$mpy_cross_nofloat" -o out.mpy with_complex.py
"$mpy_cross_nofloat" -o ints_only.mpy ints_only.py
expect 0 "10 3 no float" "$nofloat" ints_only.mpy

[ "$fail" = 0 ] && echo "PASS"
exit "$fail"
