#!/bin/sh
# The ten reference programs of ../shared/bench (beside the source tree, as on every developer machine and in CI)
# must print exactly what CPython prints: reference_programs_test.sh <mica> [run_tests.py options...]
# Their instruction counts are a benchmark (benchmarks/run.py), not part of this test.
set -eu
mica="$1"
shift
cd "${TEST_SRCDIR}/${TEST_WORKSPACE}"
source_root=$(dirname "$(dirname "$(readlink -f tests/run_tests.py)")")
bench="${MICA_BENCH_DIR:-${source_root}/../shared/bench}"
if [ ! -f "${bench}/fib.py" ]; then
  echo "FAIL: no reference programs at ${bench} (set MICA_BENCH_DIR to the folder holding fib.py, nbody.py, ...)"
  exit 1
fi
exec python3 tests/run_tests.py -q --jobs 2 --timeout 300 --interpreter "${PWD}/${mica}" "$@" "${bench}"/*.py
