#!/bin/sh
# Guards the corpus itself: under CPython every program must pass (the corpus is valid Python whose expected
# output the runner reproduces), and under a wrapper that drops the last line of output every program must fail
# (no test is unable to fail). One test case for Bazel: the per-program reports go to a scratch file.
set -eu
cd "$(dirname "$0")"
scratch="${TEST_TMPDIR:-/tmp}"
python3 run_tests.py --interpreter python3 --skip-file cpython.skip -q --junit-xml "$scratch/cpython.xml" --jobs 2 \
  > "$scratch/cpython.log" 2>&1 || { cat "$scratch/cpython.log"; echo "FAIL: the corpus does not pass under CPython"; exit 1; }
tail -1 "$scratch/cpython.log"
python3 run_tests.py --interpreter _selfcheck/drop_last_line.py -q --junit-xml "$scratch/broken.xml" --jobs 2 \
  > "$scratch/broken.log" 2>&1 && { echo "FAIL: the runner reported success for a broken interpreter"; exit 1; }
summary=$(tail -1 "$scratch/broken.log")
echo "with a broken interpreter: $summary"
case "$summary" in
  "0 passed, "*) echo "PASS: every program can fail" ;;
  *) grep "^PASS" "$scratch/broken.log" | head -20; echo "FAIL: these programs cannot fail"; exit 1 ;;
esac
