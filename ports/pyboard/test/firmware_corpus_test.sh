#!/bin/sh
# The language corpus on the pyboard firmware under QEMU: each program is sent through the raw REPL's raw-paste
# mode by tools/board_client.py and its output compared with CPython's (tests/run_tests.py). The board's float is
# binary32: tests/float32/ runs, and the binary64 programs of tests/float32.skip do not.
#   firmware_corpus_test.sh <firmware.elf>
set -eu
cd "${TEST_SRCDIR}/${TEST_WORKSPACE}"
exec python3 tests/run_tests.py -q --jobs 2 --timeout 60 --interpreter "${PWD}/tools/board_client.py" \
  --interpreter-arg=--qemu-pyboard --interpreter-arg="${PWD}/$1" \
  --float=binary32 --skip-file tests/unix.skip --skip-file tests/pyboard.skip --skip-file tests/float32.skip
