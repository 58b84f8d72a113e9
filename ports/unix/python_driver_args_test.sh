#!/bin/sh
# Runs a python3 test script with arguments, from the workspace root of the runfiles:
#   python_driver_args_test.sh <script.py> [args...]
set -eu
cd "${TEST_SRCDIR}/${TEST_WORKSPACE}"
script="$1"
shift
exec python3 "$script" "$@"
