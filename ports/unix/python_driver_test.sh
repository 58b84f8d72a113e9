#!/bin/sh
# Runs a python3 test script against a mica binary: python_driver_test.sh <script.py> <mica>
set -eu
cd "${TEST_SRCDIR}/${TEST_WORKSPACE}"
exec python3 "$1" "${PWD}/$2"
