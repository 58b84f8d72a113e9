#!/bin/sh
# .mpy files and the strings choice (docs/mpy-format.md, header feature bit 0): a file compiled for a bytes-like
# str build carries the flag, runs on a bytes build even when a str constant is not UTF-8, and is refused by a
# unicode build with a clear ValueError; a unicode file also runs on a bytes build.
# bytes_str_mpy_test.sh <mica> <mica_bytestr> <mpy-cross> <mpy-cross built with strings=bytes>
set -eu
mica="${PWD}/$1"
mica_bytes="${PWD}/$2"
mpy_cross="${PWD}/$3"
mpy_cross_bytes="${PWD}/$4"
fail=0

expect() {  # expect <expected exit status> <expected output> <command...>
  want_status="$1"
  expected="$2"
  shift 2
  status=0
  out=$("$@" 2>&1) || status=$?
  if [ "$status" != "$want_status" ] || [ "$out" != "$expected" ]; then
    printf 'FAIL: %s\n  exit status %s, output:\n%s\n  expected status %s and:\n%s\n' \
      "$*" "$status" "$out" "$want_status" "$expected"
    fail=1
  fi
}

flag_byte() { od -An -tu1 -j7 -N1 "$1" | tr -d ' '; }

cd "${TEST_TMPDIR}"
# '\xe9' is one byte (not UTF-8 on its own) in a bytes build, U+00E9 (two UTF-8 bytes) in a unicode one.
printf 's = "\\xe9t\\xe9"\nprint(len(s), len("caf\\u00e9"), s == "\\xe9" + "t" + "\\xe9", ord(s[0]))\n' >prog.py
"$mpy_cross_bytes" -o bytes.mpy prog.py
"$mpy_cross" -o unicode.mpy prog.py

[ "$(flag_byte bytes.mpy)" = 1 ] || { echo "FAIL: bytes-mode file's feature flags are $(flag_byte bytes.mpy)"; fail=1; }
[ "$(flag_byte unicode.mpy)" = 0 ] || { echo "FAIL: unicode file's feature flags are $(flag_byte unicode.mpy)"; fail=1; }

expect 0 "3 5 True 233" "$mica_bytes" bytes.mpy
expect 0 "3 4 True 233" "$mica" unicode.mpy
# A unicode file on a bytes build: its str constants are UTF-8 bytes, indexed by byte there.
expect 0 "5 5 True 195" "$mica_bytes" unicode.mpy
expect 1 "ValueError: invalid .mpy file: str is bytes-like in this file but unicode in this build" "$mica" bytes.mpy

[ "$fail" = 0 ] && echo "PASS"
exit "$fail"
