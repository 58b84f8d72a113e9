#!/bin/sh
# Runs insn_count_test.py under Bazel: insn_count_test.sh <firmware.elf> <libinsn_count.so> (runfiles paths).
set -eu
cd "${TEST_SRCDIR}/${TEST_WORKSPACE}"
exec python3 tools/qemu_plugins/insn_count_test.py "${PWD}/$1" "${PWD}/$2"
