#!/bin/sh
# Runs the conformance corpus against a mica binary: conformance_test.sh <mica> [run_tests.py options...]
set -eu
mica="$1"
shift
cd "${TEST_SRCDIR}/${TEST_WORKSPACE}"
exec python3 tests/run_tests.py -q --jobs 2 --interpreter "${PWD}/${mica}" --skip-file tests/unix.skip "$@"
