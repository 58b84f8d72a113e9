#!/bin/sh
# The report target of a feature set prints what ports/unix/BUILD.bazel declares:
# feature_set_report_test.sh <minimal_features_report> <vmonly_features_report>
set -eu
minimal="$1"
vmonly="$2"
fail=0

check() {  # check <report binary> <expected text>
  actual=$("$1")
  if [ "$actual" != "$2" ]; then
    echo "FAIL: $1 printed:"
    echo "$actual"
    echo "expected:"
    echo "$2"
    fail=1
  fi
}

check "$minimal" "feature set: minimal_features
compiler: yes
repl: yes
gc stress: no
float: double
ints: arbitrary
strings: unicode
heap: 8388608 bytes
vm stack: 262144 values
frames: 1000
modules: gc micropython sys
frozen: (none)
natives: (none)
inline assemblers: (none)"

check "$vmonly" "feature set: vmonly_features
compiler: no
repl: no
gc stress: no
float: double
ints: arbitrary
strings: unicode
heap: 8388608 bytes
vm stack: 262144 values
frames: 1000
modules: array asyncio binascii cmath collections errno gc hashlib heapq io json math micropython os random re struct sys time
frozen: (none)
natives: (none)
inline assemblers: (none)"

[ "$fail" = 0 ] && echo "PASS"
exit "$fail"
